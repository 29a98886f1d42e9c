"""*own* before a noun and the reporting verb *note* (``owning.py``). The English sentences
are made up for these tests; the French is what the engine writes for such sentences, the
expected French written by hand; the last test goes through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.owning import note, own
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("They decide at their own discretion.", "Ils décident à leur discrétion propre.",
     "Ils décident à leur propre discrétion."),
    ("It is your own future.", "C'est votre avenir propre.", "C'est votre propre avenir."),
    ("He pursues his own political and economic interests.",
     "Il poursuit ses intérêts politiques et économiques propres.",
     "Il poursuit ses propres intérêts politiques et économiques."),
    # the finance term stays after its noun, in the plural
    ("We used our own funds.", "Nous avons utilisé notre fonds propre.",
     "Nous avons utilisé nos fonds propres."),
])
def test_own(source: str, french: str, want: str) -> None:
    assert own(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # no *own* in the English: "propre" is *clean*
    ("The city has clean streets.", "La ville a ses rues propres."),
    # *of their own*: no noun after *own*
    ("They have a plan of their own.", "Ils ont un plan à leur propre."),
    # a preposition between the noun and "propre": another phrase
    ("Our own view is clear.", "Notre vue de la ville propre."),
])
def test_own_guard(source: str, french: str) -> None:
    assert own(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The governor noted that the budget will grow.",
     "Le gouverneur a remarqué que le budget augmentera.",
     "Le gouverneur a noté que le budget augmentera."),
    ("I would like to note one of the projects.", "Je voudrais remarquer un des projets.",
     "Je voudrais noter un des projets."),
    ("The leaders noted the importance of the agreement.",
     "Les dirigeants ont remarqué l'importance de l'accord.",
     "Les dirigeants ont souligné l'importance de l'accord."),
    ("It is worth noting that the plan works.", "Il vaut en remarquant que le plan marche.",
     "Il convient de noter que le plan marche."),
    ("I have to point out that the court ruled.", "Je dois remarquer que la cour a jugé.",
     "Je dois souligner que la cour a jugé."),
    ("It drew many noted scientists.", "Il a attiré beaucoup de scientifiques remarqués.",
     "Il a attiré beaucoup de scientifiques éminents."),
])
def test_note(source: str, french: str, want: str) -> None:
    assert note(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *notice*: the French "remarquer" is right
    ("I noticed that he was tired.", "J'ai remarqué qu'il était fatigué."),
    # *note* and *remark* in one sentence: which "remarquer" is whose is unknown
    ("He noted my remark and remarked that it was late.",
     "Il a remarqué ma remarque et a remarqué qu'il était tard."),
    # *a note*, a noun: no verb *note* in the English
    ("He sent a note; we saw it.", "Il a envoyé une note ; nous l'avons remarqué."),
])
def test_note_guard(source: str, french: str) -> None:
    assert note(source, french) == french


def test_engine() -> None:
    texts = ["People will decide at their own discretion.",
             "The minister noted that the roads were ready."]
    out = [t.text for t in translate_texts(texts, ApertiumEngine(), "en", "fr")]
    assert "leur propre discrétion" in out[0]
    assert "a noté que" in out[1]

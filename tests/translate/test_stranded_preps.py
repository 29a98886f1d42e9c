"""Prepositions left at the end of an English relative (``stranded_preps.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.stranded_preps import stranded_preps


@pytest.mark.parametrize(("source", "french", "want"), [
    # *to* "à", agreed with a feminine antecedent; the participle stays masculine.
    ("You serve Russia and the cause you have devoted your life to.",
     "Vous servez la Russie et la cause que vous avez consacrée votre vie à.",
     "Vous servez la Russie et la cause à laquelle vous avez consacré votre vie."),
    # *for* "pour" (the pivot's "par"), a masculine plural antecedent.
    ("It is important to achieve the goals we are all working for.",
     "Il est important d'atteindre les buts que nous travaillons tous par.",
     "Il est important d'atteindre les buts pour lesquels nous travaillons tous."),
    # *with* "avec"; a noun of both genders is masculine after "les".
    ("These are the partners we cooperate with.",
     "Ce sont les partenaires que nous coopérons avec.",
     "Ce sont les partenaires avec lesquels nous coopérons."),
    # "à" + "lesquelles" is "auxquelles"; *believe in* is "croire à".
    ("These are the values we believe in.", "Ce sont les valeurs que nous croyons dedans.",
     "Ce sont les valeurs auxquelles nous croyons."),
    # *what* ... *to* after "ce": "ce sur quoi" (*draw attention to* "attirer l'attention
    # sur").
    ("What you would like to draw our attention to, that is the question.",
     "Ce que vous voudriez attirer notre attention sur, c'est la question.",
     "Ce sur quoi vous voudriez attirer notre attention, c'est la question."),
    # *of* past what ``stranded`` reads: "ce dont".
    ("You will see what the young people of this generation are capable of.",
     "Vous verrez ce que les jeunes de la génération de notre pays sont capables de.",
     "Vous verrez ce dont les jeunes de la génération de notre pays sont capables."),
    # A relative without "que", as the English has it.
    ("It was the reward we could dream of.", "C'était la récompense nous pourrions rêver de.",
     "C'était la récompense dont nous pourrions rêver."),
    ("These are the times we live in.", "Ce sont les temps nous vivons dedans.",
     "Ce sont les temps dans lesquels nous vivons."),
    # After "quelque chose": "quoi" (Grevisse § 723).
    ("This is something that we will come back to.",
     "C'est quelque chose que nous reviendrons à.",
     "C'est quelque chose à quoi nous reviendrons."),
    # *agree on* "convenir de": "dont", the participle back in the masculine.
    ("This is the decision that they agreed on.",
     "C'est la décision qu'ils ont convenue au-dessus.",
     "C'est la décision dont ils ont convenu."),
    # A verb French says with a direct object: only the stranded word goes.
    ("This is the level we should aim for.", "C'est le niveau que nous devrions viser par.",
     "C'est le niveau que nous devrions viser."),
])
def test_stranded_prepositions(source: str, french: str, want: str) -> None:
    assert stranded_preps([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # An infinitive's *to*, no relative's preposition.
    ("They are supposed to leave, but they do not want to.",
     "Ils sont censés partir, mais ils ne veulent pas à."),
    # A phrasal verb's particle (*and so on*).
    ("We discussed trade, investment and so on.",
     "Nous avons parlé du commerce, de l'investissement et ainsi de suite sur."),
    # Not as many stranded prepositions in the English as in the French.
    ("The goals that we set are important.",
     "Les buts que nous avons fixés pour sont importants."),
    # No noun before the relative: left.
    ("That is what we work for.", "C'est pourquoi que nous travaillons pour."),
])
def test_what_is_left(source: str, french: str) -> None:
    assert stranded_preps([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["You faithfully serve Russia and the cause you have devoted your"
                           " life to."], engine, "en", "fr")[0].text
    assert "la cause à laquelle vous avez consacré votre vie." in out

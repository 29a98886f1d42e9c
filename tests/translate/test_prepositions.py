"""English *in* the pivot reads as the adverb "dedans" (``prepositions.py``): the gerund,
"à" + infinitive, "en" before a bare noun, "dans" before a determiner; through the real
engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.prepositions import in_adverb
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read words with Apertium's French analyser."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("In doing so, we kept our word.", "Dedans en faisant aussitôt que, nous avons tenu.",
     "Ce faisant, nous avons tenu."),
    ("In solving these problems, we act together.", "Dedans en résolvant ces problèmes, nous",
     "En résolvant ces problèmes, nous"),
    ("He helped in organising the fair.", "Il a aidé dedans en organisant la foire.",
     "Il a aidé à organiser la foire."),
    ("They succeeded in cutting costs.", "Ils ont eu succès dans réduisant des coûts.",
     "Ils ont eu succès à réduire des coûts."),
    ("We helped in building it.", "Nous avons aidé dedans en le construisant.",
     "Nous avons aidé à le construire."),
    ("ties in trade and science", "des liens dedans commerce et science",
     "des liens en commerce et science"),
    ("progress in the region", "des progrès dedans la région", "des progrès dans la région"),
])
def test_in(source: str, french: str, want: str) -> None:
    assert in_adverb(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("Keep the cat inside, in the house.", "Garde le chat dedans en restant."),  # *inside*
    ("The box is empty.", "La boîte est vide dedans en restant."),  # no *in*
    ("We live in peace.", "Nous vivons dans la paix."),
    ("We succeeded by cutting costs in May.", "Ils ont réussi dans réduisant"),  # no in + -ing
    ("in the house", "le chat dedans exerce"),  # a verb only: left
])
def test_kept(source: str, french: str) -> None:
    assert in_adverb(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    # the tagger reads "trade" as a verb: "la coopération dedans commerce"; the engine says
    # the line again with "in the trade" (rereads.py): "dans le commerce"
    out = translate_texts(["We discussed cooperation in trade, investment and science."],
                          engine, "en", "fr")
    assert "coopération dans le commerce" in out[0].text or \
        "coopération en commerce" in out[0].text
    assert "dedans" not in out[0].text

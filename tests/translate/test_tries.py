"""*try* and *test* read as "goûter" (``tries.py``): constructed examples, the French as
the engine writes such sentences, and guards."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.tries import tries


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Forms are made by Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The ministers tried to help.", "Les ministres goûté pour aider.",
     "Les ministres essayé pour aider."),
    ("He is now trying to rally them.", "Il maintenant goûte pour les rassembler.",
     "Il maintenant essaie pour les rassembler."),
    ("The system was tested by the league.", "Le système a été goûté par la ligue.",
     "Le système a été testé par la ligue."),
    ("We will test it next year.", "Nous le goûterons l'année prochaine.",
     "Nous le testerons l'année prochaine."),
])
def test_tries(source: str, french: str, want: str) -> None:
    assert tries([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("You should try our local cheese.", "Vous devriez goûter notre fromage local."),
    ("We tasted the wine.", "Nous avons goûté le vin."),
    ("It is a matter of taste and we tried.", "C'est une question de goût et nous goûté."),
    ("We tried to help.", "Chacun a ses goûts."),  # the noun stays
])
def test_left_alone(source: str, french: str) -> None:
    assert tries([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["All the deputies and ministers present here tried to make "
                           "their contribution."], engine, "en", "fr")
    assert "essayé d" in out[0].text.replace("’", "'")
    assert "goût" not in out[0].text

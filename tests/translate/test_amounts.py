"""*a lot* as a passive's subject and *relocate* people from housing (``amounts.py``). The
English sentences are made up for these tests; the French is what the engine writes for
such sentences, the expected French written by hand; the last test goes through the real
engine."""

from __future__ import annotations

import pytest

from daybook.translate.amounts import a_lot
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("A lot was done for the veterans.", "Très a été fait pour les vétérans.",
     "Beaucoup a été fait pour les vétérans."),
    ("Much has been done, but a lot remains to be done.",
     "Beaucoup il a été fait, mais beaucoup de restes pour être faites.",
     "Beaucoup a été fait, mais il reste beaucoup à faire."),
    ("We relocated families from dilapidated housing.",
     "Nous avons déplacé des familles de logements vétustes.",
     "Nous avons relogé des familles de logements vétustes."),
    # *resettle* people elsewhere: "réinstaller"
    ("Families have been resettled in the Far East.",
     "Des familles ont été déplacées en Extrême-Orient.",
     "Des familles ont été réinstallées en Extrême-Orient."),
])
def test_a_lot(source: str, french: str, want: str) -> None:
    assert a_lot(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *very* in the English: "très" is its own
    ("It was very good and it has been done.", "C'était très bon et il a été fait."),
    # a plant relocated: no housing, "déplacer" stays
    ("The plant was relocated to Kazan.", "L'usine a été déplacée à Kazan."),
    # another verb of moving beside *resettle*: its "déplacer" is kept
    ("They moved the plant and resettled the workers.",
     "Ils ont déplacé l'usine et déplacé les ouvriers."),
])
def test_a_lot_guard(source: str, french: str) -> None:
    assert a_lot(source, french) == french


def test_engine() -> None:
    texts = ["A lot was done to relocate people from dilapidated housing."]
    out = [t.text for t in translate_texts(texts, ApertiumEngine(), "en", "fr")]
    assert out[0].startswith("Beaucoup a été fait pour reloger des personnes")

"""Apertium's French morphology (``gender.py``): words' readings, forms from the generator,
determiners in a gender and number."""

from __future__ import annotations

import pytest

from daybook.translate.gender import determiner, generate, readings


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def test_readings_and_forms() -> None:
    reads = readings(["équipe", "fortes", "Xyzzyq"])
    assert {(r.lemma, r.gender, r.number) for r in reads["équipe"] if r.pos == "n"} == {
        ("équipe", "f", "sg")}
    assert [(r.pos, r.gender, r.number) for r in reads["fortes"] if r.pos == "adj"] == [
        ("adj", "f", "pl")]
    assert reads["Xyzzyq"] == ()  # unknown: nothing to agree
    assert generate(["^fort<adj><f><sg>$", "^national<adj><m><pl>$",
                     "^fédéral<adj><m><pl>$"]) == {
        "^fort<adj><f><sg>$": "forte", "^national<adj><m><pl>$": "nationaux",
        "^fédéral<adj><m><pl>$": "fédéraux"}  # the dictionary's "fédérals" checked


def test_determiner_forms() -> None:
    assert determiner("le", "f", "sg", "tension") == "la"
    assert determiner("la", "m", "sg", "accord") == "l'"
    assert determiner("ce", "m", "sg", "effort") == "cet"
    assert determiner("notre", "f", "pl", "villes") == "nos"
    assert determiner("Tout", "m", "pl", "aspects") == "Tous les"
    assert determiner("du", "f", "sg", "confiance") == "de la"
    assert determiner("sans", "f", "sg", "x") is None
    # "héros" has an aspirated h, "héroïsme" and its family a mute one.
    assert determiner("le", "m", "sg", "héros") == "le"
    assert determiner("la", "f", "sg", "héroïne") == "l'"

"""Decades: "the 2000s" as "les années 2000"."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, available
from daybook.translate.decades import english
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("text", "want"), [
    ("In the 2000s, trade grew.", "In the years 2000, trade grew."),
    ("since the early 1990s", "since the beginning of the years 1990"),
    ("The late 1980s were hard.", "The end of the years 1980 were hard."),
    ("the reforms of the mid-1990s", "the reforms of the middle of the years 1990"),
    ("in the 1990’s", "in the years 1990"),
    ("temperatures in the 30s", "temperatures in the 30s"),  # no year's decade
    ("the 2000 games", "the 2000 games"),  # a year
])
def test_english(text: str, want: str) -> None:
    assert english(text) == want


def test_through_the_engine() -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    out = translate_texts(["In the 2000s, trade grew.",
                           "In the late 1980s, the country was in crisis."],
                          ApertiumEngine(), "en", "fr")
    assert "les années 2000" in out[0].text and "*" not in out[0].text
    assert "la fin des années 1980" in out[1].text

"""Figures written in French after translation."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.numbers_fr import NNBSP, numbers_fr
from daybook.translate.protect import translate_texts


def test_thousands_decimals_and_percentages() -> None:
    assert numbers_fr("grandi 12.4 pour cent à 17,500 roubles") == (
        f"grandi 12,4{NNBSP}% à 17{NNBSP}500 roubles")
    assert numbers_fr("1,234,567.89 dollars") == f"1{NNBSP}234{NNBSP}567,89 dollars"
    assert numbers_fr("10,2% et 9 %") == f"10,2{NNBSP}% et 9{NNBSP}%"


def test_what_is_no_english_figure_stays() -> None:
    for text in ("le 12.04.2019, la section 1.2.3", "G20, S-400, COVID-19 à 18:30",
                 "en 2019, 2020 et 2021", "1, 2, 3", "cent pour cent", "12,4 milliards"):
        assert numbers_fr(text) == text


@given(st.text(alphabet="0123456789.,% abc", max_size=40))
def test_digits_are_kept(text: str) -> None:
    # Only separators and the percent sign's spacing change: the digits, in order, stay.
    # (Not idempotent: "0,125" is a French decimal and an English thousand alike, so the
    # figures are put in French once, on the engine's output.)
    assert re.sub(r"\D", "", numbers_fr(text)) == re.sub(r"\D", "", text)


def test_a_translated_sentence_has_french_figures(engine: ApertiumEngine) -> None:
    [out] = translate_texts(["The budget grew 12.4 percent to 17,500 rubles."], engine,
                            "en", "fr")
    assert f"12,4{NNBSP}%" in out.text and f"17{NNBSP}500" in out.text

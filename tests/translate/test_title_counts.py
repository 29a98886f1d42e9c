"""Counted noun phrases in title slots (title_counts.py). Titles made up for the test,
French from general usage."""

from __future__ import annotations

import pytest

from daybook.translate.title_counts import counted_phrase
from daybook.translate.titles import plan_title, resolve


@pytest.mark.parametrize(("en", "fr"), [
    ("12 governors", "12 gouverneurs"),
    ("the 20 new ambassadors", "les 20 nouveaux ambassadeurs"),
    ("17 foreign ambassadors", "17 ambassadeurs étrangers"),
])
def test_counted(en: str, fr: str) -> None:
    assert counted_phrase(en, resolve) == fr


@pytest.mark.parametrize("en", ["2012 governors", "1 governor", "the governors", "12 Xyzzyq",
                                "100 years since the war"])
def test_not_counted(en: str) -> None:
    assert counted_phrase(en, resolve) is None


def test_in_titles() -> None:
    assert plan_title("Vladimir Putin received letters of credence from 15 foreign "
                      "ambassadors").text == \
        "Vladimir Poutine a reçu les lettres de créance de 15 ambassadeurs étrangers"
    assert plan_title("Meeting with 12 governors").text == "Rencontre avec 12 gouverneurs"

"""Daily listing pages: entries in page order, and which dates the page shows whole."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from daybook.errors import MalformedInputError
from daybook.parsers.kremlin_listing import parse_listing

LISTINGS = Path(__file__).resolve().parents[1] / "fixtures" / "kremlin-en-2019" / "news" / "by-date"


def listing(name: str):  # type: ignore[no-untyped-def]
    path = LISTINGS / f"{name}.html"
    return parse_listing(path.read_text("utf-8"), origin=str(path)).listings[0]


def test_page_continuing_from_a_newer_page() -> None:
    page = listing("14.02.2019")
    assert page.page_date == dt.date(2019, 2, 14)
    assert page.url == "http://en.kremlin.ru/events/president/news/by-date/14.02.2019"
    assert len(page.entries) == 20
    # Manifest: 59836 59834 59835 59831 59830 59829
    assert page.ids_for(page.page_date) == [
        "kremlin:59836",
        "kremlin:59834",
        "kremlin:59835",
        "kremlin:59831",
        "kremlin:59830",
        "kremlin:59829",
    ]
    first = page.entries[0]
    assert first.id == "kremlin:59862" and first.date == dt.date(2019, 2, 19)
    assert first.time == dt.time(15, 30)
    assert first.url == "http://en.kremlin.ru/events/president/news/59862"
    # 19 Feb has no heading (cut at the top) and 14 Feb is last (may go on): neither complete.
    assert page.complete_dates == (
        dt.date(2019, 2, 18),
        dt.date(2019, 2, 17),
        dt.date(2019, 2, 16),
        dt.date(2019, 2, 15),
    )


def test_page_starting_with_a_heading() -> None:
    page = listing("01.05.2019")
    assert page.ids_for(dt.date(2019, 5, 1)) == ["kremlin:60429", "kremlin:60420"]
    assert page.complete_dates[0] == dt.date(2019, 5, 4)
    assert dt.date(2019, 4, 27) not in page.complete_dates  # the last group


def test_entries_newest_first() -> None:
    page = listing("28.06.2019")
    stamps = [(e.date, e.time or dt.time(0)) for e in page.entries]
    assert stamps == sorted(stamps, reverse=True)


def test_not_a_listing() -> None:
    with pytest.raises(MalformedInputError, match="not a listing page"):
        parse_listing("<html><body><p>x</p></body></html>")

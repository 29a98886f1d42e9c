from __future__ import annotations

import datetime as dt
from dataclasses import replace

from daybook.days import assemble_day, check_day, iter_days
from daybook.model import Listing, ListingEntry
from daybook.store.base import DayMeta, Store
from tests.factories import make_event

D = dt.date(2019, 2, 9)


def _save(store: Store, *events: object) -> None:
    with store.transaction():
        for e in events:
            store.save_event(e)  # type: ignore[arg-type]


def test_day_orders_by_time_numbers_from_one_and_drops_announcements(store: Store) -> None:
    announcement = replace(make_event(9, hour=None), kind="announcement",
                           announced_date=dt.date(2019, 2, 12))
    _save(store, make_event(1, hour=18), make_event(2, hour=9), announcement)
    day = assemble_day(store, D)
    assert [(e.id, e.number) for e in day.events] == [("kremlin:59802", 1), ("kremlin:59801", 2)]


def test_day_prefers_one_language_and_fills_in_the_others(store: Store) -> None:
    en1, en2 = make_event(1, hour=9), make_event(2, hour=12)
    fr1 = replace(make_event(1, hour=9, language="fr"), title="Rencontre")
    ru3 = make_event(3, hour=15, language="ru")
    _save(store, en1, en2, fr1, ru3)
    default = assemble_day(store, D)
    assert [(e.id, e.language) for e in default.events] == [
        ("kremlin:59801", "en"), ("kremlin:59802", "en"), ("kremlin:59803", "ru")]
    french = assemble_day(store, D, "fr")
    assert [(e.id, e.title) for e in french.events] == [("kremlin:59801", "Rencontre")]


def test_day_carries_the_digest_title_and_principal(store: Store) -> None:
    _save(store, make_event(1, language="fr"))
    with store.transaction():
        store.save_day_meta(DayMeta(D, "fr", "La journée du 9 février", "Vladimir Poutine"))
    day = assemble_day(store, D)
    assert day.title == "La journée du 9 février"
    assert day.principal is not None and day.principal.name == "Vladimir Poutine"


def test_iter_days_skips_days_with_only_announcements(store: Store) -> None:
    later = replace(make_event(5, date=dt.date(2019, 2, 11), hour=None), kind="announcement")
    _save(store, make_event(1), make_event(2, date=dt.date(2019, 2, 10)), later)
    assert [d.date for d in iter_days(store)] == [D, dt.date(2019, 2, 10)]
    assert [d.date for d in iter_days(store, date_from=dt.date(2019, 2, 10))] == [
        dt.date(2019, 2, 10)]


def test_check_day_against_listings(store: Store) -> None:
    _save(store, make_event(1), make_event(2))
    assert check_day(store, D) is None
    entries = tuple(ListingEntry(f"kremlin:{59800 + n}", D, f"t{n}") for n in (3, 2, 1))
    with store.transaction():
        store.save_listing(Listing(D, "u", entries, complete_dates=()))
    check = check_day(store, D)
    assert check is not None
    assert check.missing == ("kremlin:59803",)
    assert not check.complete
    _save(store, make_event(3))
    with store.transaction():
        store.save_listing(Listing(D, "u", entries, complete_dates=(D,)))
    check = check_day(store, D)
    assert check is not None and check.complete


def test_check_day_keeps_source_prefixes(store: Store) -> None:
    """Another site's event 59801 is not the kremlin's 59801."""
    _save(store, replace(make_event(1), id="presidence.example:59801"))
    entries = (ListingEntry("kremlin:59801", D, "t1"),)
    with store.transaction():
        store.save_listing(Listing(D, "u", entries, complete_dates=(D,)))
    check = check_day(store, D)
    assert check is not None
    assert check.missing == ("kremlin:59801",) and not check.complete

"""The store's contract, run on every backend the machine has."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import pytest

from daybook.model import Block, Listing, ListingEntry
from daybook.store.base import DayMeta, Store
from tests.factories import make_event


def test_new_unchanged_revised(store: Store) -> None:
    event = make_event()
    with store.transaction():
        assert store.save_event(event, origin="a.html") == "new"
    with store.transaction():
        assert store.save_event(event, origin="a.html") == "unchanged"
    edited = replace(event, blocks=(*event.blocks, Block("paragraph", "Corrected later.")))
    with store.transaction():
        assert store.save_event(edited, origin="a.html") == "revised"
    assert store.get_event(event.id) == edited
    revisions = store.history(event.id)
    assert [r.revision for r in revisions] == [1, 2]
    assert revisions[0].event == event
    assert revisions[1].event == edited
    assert store.info().revisions == 2


def test_same_id_in_two_languages_are_two_renditions(store: Store) -> None:
    en = make_event(language="en")
    fr = replace(make_event(language="fr"), title="Rencontre numéro 1")
    with store.transaction():
        store.save_event(en)
        store.save_event(fr)
    assert store.get_event(en.id, "fr") == fr
    assert store.get_event(en.id, "en") == en
    assert store.info().languages == ("en", "fr")


def test_failed_savepoint_leaves_nothing(store: Store) -> None:
    with store.transaction():
        store.save_event(make_event(1))
        with pytest.raises(RuntimeError), store.savepoint():
            store.save_event(make_event(2))
            raise RuntimeError("parser blew up halfway")
    assert [e.id for e in store.list_events()] == ["kremlin:59801"]
    assert store.history("kremlin:59802") == []
    assert store.integrity_check() == []


def test_rolled_back_transaction_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.save_event(make_event(1))
        raise RuntimeError("stop")
    assert store.list_events() == []


def test_reads_by_date_range_and_language(store: Store) -> None:
    with store.transaction():
        store.save_event(make_event(1, date=dt.date(2019, 2, 8)))
        store.save_event(make_event(2, date=dt.date(2019, 2, 9), hour=18))
        store.save_event(make_event(3, date=dt.date(2019, 2, 9), hour=9))
        store.save_event(make_event(4, date=dt.date(2019, 2, 10), language="ru"))
    ids = [e.id for e in store.events_on(dt.date(2019, 2, 9))]
    assert ids == ["kremlin:59803", "kremlin:59802"]
    assert store.dates() == [dt.date(2019, 2, 8), dt.date(2019, 2, 9), dt.date(2019, 2, 10)]
    assert store.dates(language="ru") == [dt.date(2019, 2, 10)]
    summaries = store.list_events(dt.date(2019, 2, 9), dt.date(2019, 2, 10))
    assert [s.id for s in summaries] == ["kremlin:59803", "kremlin:59802", "kremlin:59804"]
    info = store.info()
    assert (info.events, info.days, info.first_date) == (4, 3, dt.date(2019, 2, 8))


def test_day_meta_and_listings(store: Store) -> None:
    d = dt.date(2019, 2, 9)
    listing = Listing(
        page_date=d,
        url="http://en.kremlin.ru/events/president/news/by-date/09.02.2019",
        entries=(
            ListingEntry("59803", d, "Meeting", time=dt.time(17, 10)),
            ListingEntry("59799", dt.date(2019, 2, 8), "Older"),
        ),
        complete_dates=(d,),
    )
    with store.transaction():
        store.save_day_meta(DayMeta(d, "fr", "La journée", "Vladimir Poutine"))
        store.save_listing(listing)
        store.save_listing(listing)  # reading a page again replaces its rows
    assert store.day_meta(d) == [DayMeta(d, "fr", "La journée", "Vladimir Poutine")]
    listed = store.listed_on(d)
    assert [(e.event_id, e.time, e.complete) for e in listed] == [
        ("59803", dt.time(17, 10), True)]
    assert [e.complete for e in store.listed_on(dt.date(2019, 2, 8))] == [False]


def test_newest_stored_is_ingestion_order(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Events by when daybook first stored them, not by their date: a revision does not
    move an event up, an announcement or a day past ``date_to`` is left out."""
    from daybook.store import core

    # Each save a minute after the one before (what else calls now() gets its own minute).
    clock = itertools.count()
    monkeypatch.setattr(core, "now", lambda: (dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
                                              + dt.timedelta(minutes=next(clock))).isoformat())
    stored = [make_event(1, date=dt.date(2019, 5, 1)), make_event(2, date=dt.date(2018, 1, 1)),
              make_event(3, date=dt.date(2019, 1, 1)),
              make_event(4, date=dt.date(2017, 1, 1), kind="announcement"),
              make_event(5, date=dt.date(2031, 1, 1))]
    for event in stored:
        with store.transaction():
            store.save_event(event)
    with store.transaction():  # revised last: changed, but not new
        store.save_event(replace(stored[0], title="Meeting number 1, corrected"))
    ids = [i for i, _ in store.newest_stored(10, date_to=dt.date(2026, 1, 1))]
    assert ids == ["kremlin:59803", "kremlin:59802", "kremlin:59801"]
    assert store.newest_stored(2, date_to=dt.date(2026, 1, 1)) == [
        ("kremlin:59803", "en"), ("kremlin:59802", "en")]
    assert [i for i, _ in store.newest_stored(1)] == ["kremlin:59805"]
    assert store.newest_stored(5, language="fr") == []

"""The Atom feed lists events in the order daybook stored them: a feed reader shows what is
new to it, and an event dated long ago but read today is new."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from lxml import etree

from daybook.store import core, open_store
from tests.factories import make_event

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def test_feed_is_in_ingestion_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    # Each save a minute after the one before (what else calls now() gets its own minute).
    clock = itertools.count()
    monkeypatch.setattr(core, "now", lambda: (dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
                                              + dt.timedelta(minutes=next(clock))).isoformat())
    db = tmp_path / "feed.db"
    store = open_store(db)
    # Read in this order: a 2019 event, then an older one found later, then a newer one.
    for n, date in ((1, dt.date(2019, 5, 1)), (2, dt.date(2015, 3, 1)), (3, dt.date(2020, 1, 1))):
        with store.transaction():
            store.save_event(make_event(n, date=date))
    store.close()
    with TestClient(create_app(db)) as client:
        reply = client.get("/feed.atom")
    assert reply.status_code == 200
    root = etree.fromstring(reply.content)
    titles = root.xpath("a:entry/a:title/text()", namespaces=ATOM)
    # By date the 2015 event would come last; it was stored after the 2019 one.
    assert titles == ["Meeting number 3", "Meeting number 2", "Meeting number 1"]

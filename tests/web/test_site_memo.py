"""Whole-archive answers (all dates, the last change) are made once for a burst of
requests: when the remembered value expires, 20 threads must not all scan the archive."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from daybook.settings import Settings
from daybook.web.kernel import Site


def test_a_burst_makes_a_remembered_value_once(web_db: Path) -> None:
    site = Site(Settings(db=str(web_db), page_cache=False))
    calls: list[float] = []

    def scan() -> int:
        calls.append(time.monotonic())
        time.sleep(0.2)  # a scan of every event
        return 42

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(site.memo("dates", scan)))
               for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert results == [42] * 20
    assert len(calls) == 1
    # Expired: made again, once.
    assert site.memo("dates", scan, ttl=0.0) == 42 and len(calls) == 2
    site.close()


def test_a_remembered_value_lasts_until_the_archive_changes(tmp_path: Path) -> None:
    from daybook.store import open_store
    from tests.factories import make_event

    db = tmp_path / "memo.db"
    writer = open_store(db)
    with writer.transaction():
        writer.save_event(make_event(1))
    site = Site(Settings(db=str(db), page_cache=False))

    def count() -> int:
        return site.store().count_events()

    assert site.memo("n", count) == 1
    assert site.memo("n", lambda: 99) == 1  # remembered (no TTL has run out)
    with writer.transaction():
        writer.save_event(make_event(2))
    assert site.memo("n", count) == 2  # an ingest committed: made again
    writer.close()
    site.close()

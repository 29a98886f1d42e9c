"""Fetching a local kremlin.ru: a month of days against ingesting the same files from disk,
politeness, refusals, edits between runs, reparse from the WARC alone."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from daybook.fetch.run import reparse
from daybook.fetch.transport import Limits
from daybook.store import Store, open_store
from tests.conftest import SAMPLES
from tests.fetch.helpers import FIRST, LAST, export, ingest_from_disk, run_fetch
from tests.fetch.site_server import NEWS, Fault, SiteServer, SiteState

pytestmark = pytest.mark.skipif(not (SAMPLES / "kremlin-en-2019").is_dir(),
                                reason="needs ../shared/samples/kremlin-en-2019")

# Event pages the sample listings of May 2019 name but the sample set lacks: the site
# answers 404 for them, as for a listing naming a page that is gone.
MISSING = {"60483": "2019-05-08", "60563": "2019-05-22", "60587": "2019-05-27",
           "60592": "2019-05-28"}
DELAY = 0.05


def test_a_month_fetched_is_the_month_ingested_from_disk(tmp_path: Path) -> None:
    store = open_store(tmp_path / "fetch.db")
    with SiteServer() as server:
        report, stats = run_fetch(store, tmp_path, server, FIRST, LAST, delay=DELAY)
        hits = list(server.state.hits)
        served = server.served_files()
    states = {d.date.isoformat(): d.state for d in report.days}
    assert len(states) == 31
    partial = {day for day, state in states.items() if state != "complete"}
    assert partial == set(MISSING.values())
    for nid, day in MISSING.items():
        problems = next(d.problems for d in report.days if d.date.isoformat() == day)
        assert any(f"/news/{nid}: HTTP 404" in p for p in problems)
    # Days without events are complete with no events, not failures.
    for empty in ("2019-05-02", "2019-05-11", "2019-05-12", "2019-05-18", "2019-05-26"):
        day = next(d for d in report.days if d.date.isoformat() == empty)
        assert (day.state, day.events) == ("complete", 0)
    # The same days and events as ingesting the same files from disk: the export is equal.
    fetched = export(store)
    assert fetched == ingest_from_disk(served, tmp_path)
    assert len(fetched) == 26
    # Each URL once in the run (no retries were needed here).
    counts = Counter(h.path for h in hits)
    assert max(counts.values()) == 1, [p for p, n in counts.items() if n > 1]
    assert counts["/robots.txt"] == 1
    # Photos pages only where the event page links one.
    asked = sum(1 for h in hits if h.path.endswith("/photos"))
    assert 0 < asked < sum(d.events for d in report.days)
    # Never two requests closer than the delay (server side: end of one, start of next).
    ordered = sorted(hits, key=lambda h: h.at)
    gaps = [b.at - a.ended for a, b in itertools.pairwise(ordered)]
    assert min(gaps) >= DELAY - 0.002
    assert stats.requests == len(hits)
    # The WARC reads back with warcio: one request and one response per exchange.
    types: Counter[str] = Counter()
    for warc in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with warc.open("rb") as fh:
            for record in ArchiveIterator(fh):
                types[record.rec_type] += 1
                if record.rec_type == "response":
                    assert record.rec_headers.get_header("WARC-Payload-Digest")
                    assert record.rec_headers.protocol == "WARC/1.1"
    assert types == {"request": len(hits), "response": len(hits)}
    assert store.captures.count() == len(hits)
    # Reparse from the WARC alone gives the same export.
    rebuilt = open_store(tmp_path / "rebuilt.db")
    result = reparse(rebuilt, tmp_path / "warc")
    assert not result.failed
    assert export(rebuilt) == fetched
    # A second run fetches no page it has: only the partial days' missing pages again, and
    # their listings, asked once each and conditionally (the stream's page numbers shift).
    with SiteServer() as server:
        again, _ = run_fetch(store, tmp_path, server, FIRST, LAST)
        hits2 = list(server.state.hits)
    listings = [h for h in hits2 if "/by-date/" in h.path or "/page/" in h.path]
    paths = [h.path for h in hits2 if h not in listings]
    assert sorted(paths) == sorted(["/robots.txt"] + [f"{NEWS}/{n}" for n in MISSING])
    assert {f"{NEWS}/by-date/{dt.date.fromisoformat(d):%d.%m.%Y}" for d in MISSING.values()
            } <= {h.path for h in listings}
    assert max(Counter(h.path for h in listings).values()) == 1
    assert {h.status for h in listings} == {304}
    assert {d.state for d in again.days} == {"skipped", "partial"}
    assert export(store) == fetched
    store.close()
    rebuilt.close()


def test_photos_pages_are_read_where_the_page_links_them(tmp_path: Path, store: Store) -> None:
    day = dt.date(2019, 6, 15)
    with SiteServer() as server:
        report, _ = run_fetch(store, tmp_path, server, day, day)
        photos = [h.path for h in server.state.hits if h.path.endswith("/photos")]
        served = server.served_files()
    assert report.days[0].state == "complete"
    assert f"{NEWS}/60757/photos" in photos
    event = store.get_event("kremlin:60757", "en")
    assert event is not None and event.photos
    assert export(store, day, day) == ingest_from_disk(served, tmp_path, day, day)


def test_robots_disallow_is_respected_and_reported(tmp_path: Path, store: Store) -> None:
    state = SiteState(robots=f"User-agent: *\nDisallow: {NEWS}/60495\n")
    with SiteServer(state) as server:
        report, _ = run_fetch(store, tmp_path, server, dt.date(2019, 5, 9), dt.date(2019, 5, 9))
        paths = [h.path for h in server.state.hits]
    assert f"{NEWS}/60495" not in paths
    day = report.days[0]
    assert day.state == "refused"
    assert any("60495: robots.txt disallows it" in p for p in day.problems)
    assert day.events == 6


def test_crawl_delay_from_robots_spaces_requests(tmp_path: Path, store: Store) -> None:
    state = SiteState(robots="User-agent: *\nCrawl-delay: 0.2\n")
    with SiteServer(state) as server:
        run_fetch(store, tmp_path, server, dt.date(2019, 5, 7), dt.date(2019, 5, 7))
        hits = sorted(server.state.hits, key=lambda h: h.at)
    gaps = [b.at - a.ended for a, b in itertools.pairwise(hits[1:])]
    assert gaps and min(gaps) >= 0.2 - 0.002


def test_refused_days_are_refused_not_empty_and_a_second_run_completes_them(
        tmp_path: Path, store: Store) -> None:
    state = SiteState()
    # A burst of 403s: the listing of May 9 and then every request for a while.
    state.fault(f"{NEWS}/by-date/09.05.2019", Fault("status", 403))
    for nid in ("60485", "60486", "60484", "60481"):
        state.fault(f"{NEWS}/{nid}", Fault("status", 403))
    with SiteServer(state) as server:
        report, _ = run_fetch(store, tmp_path, server, dt.date(2019, 5, 8), dt.date(2019, 5, 9))
    by_day = {d.date.isoformat(): d for d in report.days}
    assert by_day["2019-05-09"].state == "refused"
    assert by_day["2019-05-09"].events == 0
    assert any("403" in p for p in by_day["2019-05-09"].problems)
    assert by_day["2019-05-08"].state in ("refused", "partial")
    assert not report.ok
    assert store.captures.day(dt.date(2019, 5, 9), "en").state == "refused"  # type: ignore[union-attr]
    refused = {u.url.rsplit("/", 1)[-1] for u in store.captures.urls_in("refused")}
    assert {"60485", "60486", "60484", "60481", "09.05.2019"} <= refused
    # The next run, the site answering again, completes the refused day.
    with SiteServer() as server:
        again, _ = run_fetch(store, tmp_path, server, dt.date(2019, 5, 8), dt.date(2019, 5, 9))
        paths = [h.path for h in server.state.hits]
    assert {d.date.isoformat(): d.state for d in again.days}["2019-05-09"] == "complete"
    assert len(store.events_on(dt.date(2019, 5, 9), "en")) == 7
    # Pages captured already are not asked again; the incomplete days' listings are.
    assert f"{NEWS}/by-date/09.05.2019" in paths and max(Counter(paths).values()) == 1


def test_transient_faults_are_retried_and_permanent_ones_reported(
        tmp_path: Path, store: Store) -> None:
    state = SiteState()
    state.fault(f"{NEWS}/60495", Fault("status", 429, (("Retry-After", "0"),)))
    state.fault(f"{NEWS}/60494", Fault("status", 503), Fault("status", 503))
    state.fault(f"{NEWS}/60493", Fault("truncate"))
    state.fault(f"{NEWS}/60492", Fault("stall", seconds=1.5))
    state.fault(f"{NEWS}/60490", Fault("bad-utf8"))
    state.fault(f"{NEWS}/60491", Fault("redirect", 301, location=f"{NEWS}/60491"))
    state.fault(f"{NEWS}/60489", Fault("redirect", 302,
                                       location="http://elsewhere.example/x"))
    with SiteServer(state) as server:
        report, stats = run_fetch(store, tmp_path, server, dt.date(2019, 5, 9),
                                  dt.date(2019, 5, 9), delay=DELAY,
                                  limits=Limits(connect_timeout=2, total_timeout=1.0))
    counts = Counter(h.path for h in server.state.hits)
    # The delay holds across robots.txt, retries (backoff shorter than it) and redirects.
    ordered = sorted(server.state.hits, key=lambda h: h.at)
    assert ordered[0].path == "/robots.txt"
    # (The stalled reply ends on the server after the client gave up on it: not counted.)
    assert min(b.at - a.ended for a, b in itertools.pairwise(ordered)
               if a.path != f"{NEWS}/60492") >= DELAY - 0.002
    day = report.days[0]
    assert counts[f"{NEWS}/60495"] == 2 and counts[f"{NEWS}/60494"] == 3
    assert counts[f"{NEWS}/60493"] == 2 and counts[f"{NEWS}/60492"] == 2
    assert stats.retries >= 4
    assert day.state == "partial"
    assert day.problems == [f"http://en.kremlin.ru{NEWS}/60489: redirected to "
                            "http://elsewhere.example/x, outside the configured sites: "
                            "not followed"]
    assert day.events == 6  # every page but the off-site redirect, the bad UTF-8 one too
    assert store.get_event("kremlin:60490", "en") is not None


def test_an_edited_page_becomes_a_revision_in_the_recheck_window(
        tmp_path: Path, store: Store) -> None:
    today = dt.date(2019, 5, 10)
    with SiteServer() as server:
        run_fetch(store, tmp_path, server, dt.date(2019, 5, 9), dt.date(2019, 5, 9),
                  today=today)
    page = SAMPLES / "kremlin-en-2019" / "news" / "60495.html"
    edited = page.read_bytes().replace(b"</h1>", b" (updated)</h1>", 1)
    assert edited != page.read_bytes()
    state = SiteState(edited={f"{NEWS}/60495": edited})
    with SiteServer(state) as server:
        run_fetch(store, tmp_path, server, dt.date(2019, 5, 9), dt.date(2019, 5, 9),
                  today=today)
        statuses = {h.path: h.status for h in server.state.hits}
    assert statuses[f"{NEWS}/60495"] == 200
    assert statuses[f"{NEWS}/60494"] == 304  # conditional: unchanged pages not sent again
    history = store.history("kremlin:60495", "en")
    assert [r.revision for r in history] == [1, 2]
    assert history[-1].event.title.endswith("(updated)")
    # Outside the window, nothing is asked again.
    with SiteServer() as server:
        run_fetch(store, tmp_path, server, dt.date(2019, 5, 9), dt.date(2019, 5, 9),
                  today=dt.date(2019, 7, 1))
        assert [h.path for h in server.state.hits] == []
    rebuilt = open_store(tmp_path / "rebuilt.db")
    reparse(rebuilt, tmp_path / "warc")
    assert [r.revision for r in rebuilt.history("kremlin:60495", "en")] == [1, 2]
    day = dt.date(2019, 5, 9)
    assert export(rebuilt, day, day) == export(store, day, day)
    rebuilt.close()


def test_the_language_switch_link_must_name_the_same_id(tmp_path: Path, store: Store) -> None:
    page = SAMPLES / "kremlin-en-2019" / "news" / "60481.html"
    relinked = page.read_bytes().replace(b"kremlin.ru/events/president/news/60481",
                                         b"kremlin.ru/events/president/news/99999")
    state = SiteState(edited={f"{NEWS}/60481": relinked})
    with SiteServer(state) as server:
        report, _ = run_fetch(store, tmp_path, server, dt.date(2019, 5, 8), dt.date(2019, 5, 8))
    assert any("its ru version is news 99999, not 60481" in p for p in report.days[0].problems)


def test_dry_run_lists_pages_and_writes_no_capture(tmp_path: Path, store: Store) -> None:
    with SiteServer() as server:
        report, _ = run_fetch(store, tmp_path, server, dt.date(2019, 5, 9), dt.date(2019, 5, 9),
                              dry_run=True)
        paths = [h.path for h in server.state.hits]
    assert report.days[0].state == "planned"
    assert report.days[0].events == 7
    assert sum(p.startswith("would fetch") for p in report.days[0].problems) == 7
    assert all("by-date" in p or p == "/robots.txt" for p in paths)
    assert store.events_on(dt.date(2019, 5, 9), "en") == []

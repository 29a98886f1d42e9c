"""The captures index and fetch state on both backends, recovery after a crash between the
WARC and the index, the listing walk's verdicts on real sample pages, sync and the CLI."""

from __future__ import annotations

import datetime as dt
import io
import socket
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from daybook.cli import main
from daybook.cli_fetch import _Progress
from daybook.fetch.archive import WarcArchive
from daybook.fetch.client import Stats, capture_row
from daybook.fetch.fetcher import DayReport
from daybook.fetch.http import HttpTransport
from daybook.fetch.listing import PageRead, decide
from daybook.fetch.run import fetch_days, recover
from daybook.fetch.site import paging
from daybook.parsers.kremlin_listing import parse_listing
from daybook.store import Store, open_store
from daybook.store.captures import DayStatus, UrlStatus
from tests.conftest import SAMPLES
from tests.fetch.helpers import run_fetch, settings
from tests.fetch.site_server import NEWS, SiteServer, SiteState
from tests.fetch.test_archive import exchange

LISTINGS = SAMPLES / "kremlin-en-2019" / "news" / "by-date"
needs_samples = pytest.mark.skipif(not LISTINGS.is_dir(), reason="needs the 2019 samples")


def test_captures_and_state_on_both_backends(store: Store) -> None:
    url = "http://en.kremlin.ru/events/president/news/1"
    with store.transaction():
        store.captures.set_url(UrlStatus(url, dt.date(2019, 5, 9), "en", "refused", 403,
                                         "HTTP 403", 1, "2026-01-01T00:00:00"))
        store.captures.set_url(UrlStatus(url, dt.date(2019, 5, 9), "en", "done", 200, None, 2,
                                         "2026-01-02T00:00:00"))
        store.captures.set_day(DayStatus(dt.date(2019, 5, 9), "en", "complete", 7, 0, None,
                                         "2026-01-02T00:00:00"))
        store.captures.set_day(DayStatus(dt.date(2019, 5, 10), "en", "refused", 0, 1, "403",
                                         "2026-01-02T00:00:00"))
    got = store.captures.url_status(url)
    assert got is not None and (got.state, got.attempts) == ("done", 2)
    assert store.captures.urls_in("refused") == []
    assert store.captures.last_complete_day("en") == dt.date(2019, 5, 9)
    assert store.captures.last_complete_day("ru") is None
    assert [d.state for d in store.captures.days("en")] == ["complete", "refused"]


def test_db_copy_carries_the_captures_and_states(store: Store, tmp_path: Path) -> None:
    from daybook.store import open_store
    from daybook.store.copy import copy_archive

    archive = WarcArchive(tmp_path / "warc")
    with store.transaction():
        for i in range(3):
            ref = archive.write(exchange(i), f"http://en.kremlin.ru/events/president/news/{i}")
            store.captures.add(capture_row(ref, exchange(i), f"http://en.kremlin.ru/{i}"))
        store.captures.set_url(UrlStatus("http://en.kremlin.ru/0", dt.date(2019, 5, 9), "en",
                                         "refused", 403, "HTTP 403", 2, "2026-01-01T00:00:00"))
        store.captures.set_day(DayStatus(dt.date(2019, 5, 9), "en", "refused", 0, 1, "403",
                                         "2026-01-01T00:00:00"))
    copy = open_store(tmp_path / "copy.db")
    try:
        assert copy_archive(store, copy).ok
        assert copy.captures.all() == store.captures.all()
        assert copy.captures.urls_in("refused") == store.captures.urls_in("refused")
        assert copy.captures.days() == store.captures.days()
    finally:
        copy.close()


def test_recover_indexes_what_the_warc_holds_and_cuts_a_torn_tail(store: Store,
                                                                  tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    refs = [archive.write(exchange(i), f"http://en.kremlin.ru/events/president/news/{i}")
            for i in range(3)]
    # A crash after the WARC write, before the index commit, then a torn fourth pair.
    (path,) = archive.files()
    with path.open("ab") as fh:
        fh.write(path.read_bytes()[:200])
    notes = recover(store, archive)
    assert any("torn record" in n for n in notes)
    assert any("3 capture(s) indexed" in n for n in notes)
    rows = store.captures.all()
    assert [(r.file, r.offset) for r in rows] == [(r.file, r.offset) for r in refs]
    assert rows[0].payload_digest and rows[0].payload_digest.startswith("sha256:")
    assert recover(store, archive) == []  # nothing left to do


@needs_samples
def test_a_day_cut_at_the_end_of_its_page_needs_the_next_page() -> None:
    def read(name: str) -> tuple[PageRead, int | None]:
        html = (LISTINGS / name).read_text("utf-8")
        where = paging(html)
        assert where.page is not None
        return PageRead(where.page, parse_listing(html, origin=name).listings[0]), where.pages

    may10, pages = read("10.05.2019.html")  # page 79: May 10 is its last group
    verdict = decide(dt.date(2019, 5, 10), {may10.number: may10}, pages)
    assert (verdict.kind, verdict.page) == ("need", 80)
    may9, _ = read("09.05.2019.html")  # page 80 goes on with May 10, then May 9
    verdict = decide(dt.date(2019, 5, 10), {79: may10, 80: may9}, pages)
    assert verdict.kind == "whole"
    assert [e.id for e in verdict.entries] == ["kremlin:60500", "kremlin:60499",
                                               "kremlin:60498", "kremlin:60501"]
    # May 11 and 12 have no events: between May 13 and May 10 on page 79.
    assert decide(dt.date(2019, 5, 11), {79: may10}, pages).kind == "empty"


@needs_samples
def test_sync_starts_after_the_last_complete_day_and_follows_the_feed(
        tmp_path: Path, store: Store) -> None:
    from daybook.fetch.http import HttpTransport
    from daybook.fetch.run import sync
    from tests.fetch.helpers import settings

    with SiteServer() as server:
        run_fetch(store, tmp_path, server, dt.date(2019, 5, 13), dt.date(2019, 5, 14))
    state = SiteState(feed_ids=["60495"])  # "updated now": newer than any capture
    with SiteServer(state) as server:
        transport = HttpTransport()
        try:
            report, _ = sync(store, transport, settings(tmp_path, server,
                                                        today=dt.date(2019, 5, 16),
                                                        recheck_days=1))
        finally:
            transport.close()
        paths = [h.path for h in server.state.hits]
    assert [d.date.isoformat() for d in report.days] == ["2019-05-15", "2019-05-16"]
    assert f"{NEWS}/feed" in paths
    assert f"{NEWS}/by-date/13.05.2019" not in paths


@needs_samples
def test_cli_fetch_prints_a_summary_and_fails_on_partial_days(tmp_path: Path) -> None:
    with SiteServer() as server:
        result = CliRunner().invoke(main, [
            "fetch", "--from", "2019-05-08", "--to", "2019-05-09", "--site", f"en={server.url}",
            "--delay", "0", "--db", str(tmp_path / "t.db"), "--contact", "ops@example.org"])
        agents = {h.agent for h in server.state.hits}
    assert result.exit_code == 1, result.output
    assert "events  refused  no-capture  failed" in result.output
    assert "2019-05-08  en    partial        4        0           0       1" in result.output
    assert "2019-05-09  en    complete       7" in result.output
    assert "news/60483: HTTP 404" in result.output
    assert (tmp_path / "t-archive").is_dir()
    (agent,) = agents
    assert agent.startswith("daybook/") and "+ops@example.org" in agent
    dry = CliRunner().invoke(main, ["fetch", "2019-05-10", "--dry-run", "--site",
                                    "en=http://127.0.0.1:9", "--db", str(tmp_path / "t.db")])
    assert "2019-05-10 en: planned" in dry.output
    bad = CliRunner().invoke(main, ["fetch", "2019-05-10", "--site", "en"])
    assert bad.exit_code == 2 and "LANG=URL" in bad.output


def test_an_unreachable_site_fails_each_day_not_partial_nor_empty(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nothing listens on once this is closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    store = open_store(tmp_path / "t.db")
    transport = HttpTransport()
    days = tuple(dt.date(2019, 5, d) for d in range(1, 8))
    try:
        report, stats = fetch_days(store, transport, days, settings(
            tmp_path, None, sites={"en": f"http://127.0.0.1:{port}"}, retries=0))
        assert not report.ok
        assert [(d.state, d.events, d.failed) for d in report.days] == [("failed", 0, 1)] * 7
        assert "connect:" in report.days[0].problems[0]
        # After five in a row the site is left alone: its days still fail, and say why.
        assert "could not be reached for the last requests" in report.days[-1].problems[0]
        assert stats.requests == 1 + 5  # robots.txt, then five listings
        assert {(d.state, d.events, d.failed) for d in store.captures.days("en")} == {
            ("failed", 0, 1)}
        assert len(store.captures.urls_in("failed")) == 7
        assert store.captures.last_complete_day("en") is None
    finally:
        transport.close()
        store.close()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_shows_the_days_pages_and_quiet_hides_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for quiet in (False, True):
        screen = _Terminal()
        monkeypatch.setattr(sys, "stderr", screen)
        progress = _Progress(quiet)
        stats = Stats(requests=12, retries=2, bytes=1_500_000, day="2019-05-08 en")
        progress.request(stats)
        stats.day_listed, stats.day_pages = 5, 3
        progress.request(stats)
        progress.day(DayReport(dt.date(2019, 5, 8), "en", "partial",
                               problems=["http://x/1: HTTP 404: not there"]))
        shown = screen.getvalue()
        assert "2019-05-08 en: http://x/1: HTTP 404: not there\n" in shown
        if quiet:
            assert "requests" not in shown
        else:
            assert "\r2019-05-08 en: listings · 12 requests, 2 retries, 1.5 MB" in shown
            assert "\r2019-05-08 en: page 3/5 · 12 requests" in shown

"""The fetcher through its other routes: the Wayback Machine (a local CDX server and replay)
and Chromium (``--browser``). A day lands as it does from the site; the WARC keeps both URLs
and the moment a capture shows; a URL the archive lacks is "no capture", never an empty day."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from daybook.fetch.browser import BrowserTransport
from daybook.fetch.fetcher import FetchReport
from daybook.fetch.http import HttpTransport
from daybook.fetch.run import fetch_days, reparse
from daybook.fetch.transport import Limits, Transport
from daybook.fetch.wayback import WaybackTransport
from daybook.store import open_store
from tests.conftest import SAMPLES
from tests.fetch.helpers import export, ingest_from_disk, settings
from tests.fetch.local_archive import LocalWayback, Snapshot, base_url, serve
from tests.fetch.site_server import SAMPLE_SITE, SiteServer
from tests.skip_policy import in_ci

pytestmark = pytest.mark.skipif(not (SAMPLES / "kremlin-en-2019").is_dir(),
                                reason="needs ../shared/samples/kremlin-en-2019")
DAY = dt.date(2019, 5, 1)  # two events, whole on their listing page, no photos pages
SITE = "http://en.kremlin.ru/events/president/news"
CHROMIUM = Path("/usr/bin/chromium")
FILES = {SAMPLE_SITE / "by-date" / "01.05.2019.html", SAMPLE_SITE / "60429.html",
         SAMPLE_SITE / "60420.html"}


def test_a_day_through_the_wayback_machine(tmp_path: Path) -> None:
    wayback = LocalWayback()
    wayback.add(Snapshot(f"{SITE}/by-date/01.05.2019", "20190502080000",
                         (SAMPLE_SITE / "by-date" / "01.05.2019.html").read_bytes()))
    for nid in ("60429", "60420"):
        wayback.add(Snapshot(f"{SITE}/{nid}", "20190502090000",
                             (SAMPLE_SITE / f"{nid}.html").read_bytes()))
    store = open_store(tmp_path / "wayback.db")
    with serve(wayback.route) as server:
        transport = WaybackTransport(base_url(server), HttpTransport(), spacing=0)
        try:
            report, _ = fetch_days(store, transport, (DAY,), settings(tmp_path, None))
        finally:
            transport.close()
    day = report.days[0]
    assert (day.state, day.events) == ("complete", 2), day.problems
    assert export(store, DAY, DAY) == ingest_from_disk(FILES, tmp_path, DAY, DAY)
    responses = []
    for warc in (tmp_path / "warc").glob("*.warc.gz"):
        with warc.open("rb") as fh:
            responses += [(r.rec_headers.get_header("WARC-Target-URI"),
                           r.rec_headers.get_header("Daybook-Site-URL"),
                           r.rec_headers.get_header("Daybook-Via"),
                           r.rec_headers.get_header("Daybook-Capture-Time"),
                           [v for k, v in r.rec_headers.headers if k == "Daybook-Note"])
                          for r in ArchiveIterator(fh) if r.rec_type == "response"]
    page = next(r for r in responses if r[1] == f"{SITE}/60429")
    assert page[0].startswith(base_url(server) + "/web/20190502090000id_/")
    assert page[2] == "wayback"
    # The moment the capture shows, beside WARC-Date (when it was read from the archive).
    assert page[3] == "2019-05-02T09:00:00Z"
    assert "wayback-capture=20190502090000" in page[4]
    store.close()


def _wayback_day(tmp_path: Path, wayback: LocalWayback, db: str,
                 delay: float = 0.0) -> tuple[FetchReport, list[float]]:
    store = open_store(tmp_path / db)
    with serve(wayback.route) as server:
        transport = WaybackTransport(base_url(server), HttpTransport(), spacing=delay)
        try:
            report, _ = fetch_days(store, transport, (DAY,),
                                   settings(tmp_path, None, delay=delay))
        finally:
            transport.close()
        moments = [r.at for r in server.log]
    store.close()
    return report, moments


def test_no_capture_is_reported_as_such_and_read_by_the_next_run(tmp_path: Path) -> None:
    wayback = LocalWayback()
    wayback.add(Snapshot(f"{SITE}/by-date/01.05.2019", "20190502080000",
                         (SAMPLE_SITE / "by-date" / "01.05.2019.html").read_bytes()))
    wayback.add(Snapshot(f"{SITE}/60429", "20190502090000",
                         (SAMPLE_SITE / "60429.html").read_bytes()))
    delay = 0.05
    report, moments = _wayback_day(tmp_path, wayback, "w.db", delay)
    (day,) = report.days
    assert (day.state, day.events) == ("partial", 1)
    assert (day.no_capture, day.refused, day.failed) == (1, 0, 0)
    assert day.problems[0].startswith(f"{SITE}/60420: no capture: ")
    assert not report.ok
    # Every request to the archive, the CDX queries too, at least the delay apart.
    assert all(b - a >= delay - 0.002 for a, b in itertools.pairwise(moments))
    wayback.add(Snapshot(f"{SITE}/60420", "20190502090000",
                         (SAMPLE_SITE / "60420.html").read_bytes()))
    again, _ = _wayback_day(tmp_path, wayback, "w.db")
    assert (again.days[0].state, again.days[0].events) == ("complete", 2)
    store = open_store(tmp_path / "w.db")
    assert export(store, DAY, DAY) == ingest_from_disk(FILES, tmp_path, DAY, DAY)
    store.close()


@pytest.mark.skipif(not CHROMIUM.exists() and not in_ci(), reason="no /usr/bin/chromium")
def test_days_through_the_browser_are_the_days_fetched_plainly(tmp_path: Path) -> None:
    first, last = dt.date(2019, 5, 6), dt.date(2019, 5, 7)  # with photos pages
    days = (first, last)
    exports = []
    for name in ("plain", "browser"):
        transport: Transport = (HttpTransport() if name == "plain"
                                else BrowserTransport(str(CHROMIUM)))
        store = open_store(tmp_path / f"{name}.db")
        with SiteServer() as server:
            try:
                report, stats = fetch_days(store, transport, days, settings(
                    tmp_path / name, server, limits=Limits(connect_timeout=5,
                                                           total_timeout=20)))
            finally:
                transport.close()
            photos = [h for h in server.state.hits if h.path.endswith("/photos")]
        assert [d.state for d in report.days] == ["complete", "complete"], report.days
        assert photos and stats.requests == len(server.state.hits)
        exports.append(export(store, first, last))
        rebuilt = open_store(tmp_path / f"{name}-rebuilt.db")
        assert not reparse(rebuilt, tmp_path / name / "warc").failed
        assert export(rebuilt, first, last) == exports[-1]
        rebuilt.close()
        store.close()
    assert exports[0] == exports[1] and len(exports[0]) == 2

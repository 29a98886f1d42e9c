"""The fetcher through the Wayback Machine: a day read from a local CDX server and replay
lands as it does from the site, and the WARC keeps both URLs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from daybook.fetch.http import HttpTransport
from daybook.fetch.run import fetch_days
from daybook.fetch.wayback import WaybackTransport
from daybook.store import open_store
from tests.conftest import SAMPLES
from tests.fetch.helpers import export, ingest_from_disk, settings
from tests.fetch.local_archive import LocalWayback, Snapshot, base_url, serve
from tests.fetch.site_server import SAMPLE_SITE

pytestmark = pytest.mark.skipif(not (SAMPLES / "kremlin-en-2019").is_dir(),
                                reason="needs ../shared/samples/kremlin-en-2019")
DAY = dt.date(2019, 5, 1)  # two events, whole on their listing page, no photos pages
SITE = "http://en.kremlin.ru/events/president/news"
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
                           r.rec_headers.get_header("Daybook-Via"))
                          for r in ArchiveIterator(fh) if r.rec_type == "response"]
    page = next(r for r in responses if r[1] == f"{SITE}/60429")
    assert page[0].startswith(base_url(server) + "/web/20190502090000id_/")
    assert page[2] == "wayback"
    store.close()

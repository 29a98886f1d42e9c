"""What the fetch tests share: settings for a local server, the disk copy of what it served,
and the export of a store."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from daybook.days import iter_days
from daybook.fetch.http import HttpTransport
from daybook.fetch.run import FetchSettings, fetch_days
from daybook.fetch.transport import Limits
from daybook.ingest import ingest_paths
from daybook.publish.json_export import iter_jsonl
from daybook.store import Store, open_store
from tests.fetch.site_server import SAMPLE_SITE, SiteServer

FIRST, LAST = dt.date(2019, 5, 1), dt.date(2019, 5, 31)


def settings(tmp: Path, server: SiteServer | None, **kw: Any) -> FetchSettings:
    """Fetch settings for tests: the local site (none: the site's own URLs), no delay,
    quick retries, short limits."""
    base: dict[str, Any] = dict(
        languages=("en",), sites={"en": server.url} if server else {}, archive=tmp / "warc",
        delay=0.0,
        retries=2, backoff_base=0.01, limits=Limits(connect_timeout=2, total_timeout=3),
        today=dt.date(2026, 1, 1))
    base.update(kw)
    return FetchSettings(**base)


def run_fetch(store: Store, tmp: Path, server: SiteServer, first: dt.date, last: dt.date,
              **kw: Any) -> Any:
    transport = HttpTransport()
    try:
        days = tuple(first + dt.timedelta(days=i) for i in range((last - first).days + 1))
        return fetch_days(store, transport, days, settings(tmp, server, **kw))
    finally:
        transport.close()


def disk_copy(files: set[Path], dest: Path) -> Path:
    """The served sample files laid out as saved (``news/<id>.html`` with its
    ``news/<id>/photos.html``, ``news/by-date/...``), ready for ``daybook ingest``."""
    for f in files:
        rel = f.relative_to(SAMPLE_SITE)
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(f, dest / rel)
    return dest


def export(store: Store, first: dt.date = FIRST, last: dt.date = LAST) -> list[str]:
    return list(iter_jsonl(iter_days(store, first, last, None)))


def ingest_from_disk(files: set[Path], tmp: Path, first: dt.date = FIRST,
                     last: dt.date = LAST) -> list[str]:
    disk = disk_copy(files, tmp / "disk")
    store = open_store(tmp / "disk.db")
    try:
        report = ingest_paths(store, [disk])
        assert not report.failed, [f.error for f in report.failed]
        return export(store, first, last)
    finally:
        store.close()

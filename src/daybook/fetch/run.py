"""The library calls behind ``daybook fetch``, ``daybook sync`` and ``daybook reparse``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from daybook.errors import InputError
from daybook.fetch.archive import CaptureRef, WarcArchive
from daybook.fetch.client import Client, ClientOptions, Stats, capture_row
from daybook.fetch.fetcher import DayReport, Fetcher, FetchPlan, FetchReport
from daybook.fetch.pages import ingest_page, parse_page
from daybook.fetch.polite import user_agent
from daybook.fetch.site import FEED_PATH, Site, news_id, sites_for, url_kind
from daybook.fetch.transport import Limits, Transport
from daybook.store.base import Store

RECHECK_DAYS = 7


@dataclass(frozen=True, slots=True)
class FetchSettings:
    languages: tuple[str, ...] = ("en",)
    sites: dict[str, str] = field(default_factory=dict)
    archive: str | Path = "archive"
    delay: float = 1.0
    contact: str | None = None
    retries: int = 4
    backoff_base: float = 1.0
    limits: Limits = field(default_factory=Limits)
    dry_run: bool = False
    recheck_days: int = RECHECK_DAYS
    today: dt.date | None = None
    images: bool = False  # the events' pictures too (fetch/images.py)


def default_archive(db_location: str) -> Path:
    """Beside the database: ``daybook.db`` → ``daybook-archive/``; for PostgreSQL, here."""
    if "://" in db_location:
        return Path("daybook-archive")
    p = Path(db_location)
    return p.with_name(p.stem + "-archive")


def days_between(first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    if last < first:
        raise InputError(f"--to {last} is before --from {first}", remedy="swap the dates")
    return tuple(first + dt.timedelta(days=i) for i in range((last - first).days + 1))


def _client(store: Store, transport: Transport, settings: FetchSettings, sites: list[Site],
            on_request: Callable[[Stats], None] | None) -> Client:
    archive = WarcArchive(settings.archive)
    options = ClientOptions(delay=settings.delay, user_agent=user_agent(settings.contact),
                            retries=settings.retries, backoff_base=settings.backoff_base,
                            limits=settings.limits, dry_run=settings.dry_run)
    return Client(store, archive, transport, sites, options, on_request=on_request)


def fetch_days(store: Store, transport: Transport, dates: tuple[dt.date, ...],
               settings: FetchSettings, *,
               on_day: Callable[[DayReport], None] | None = None,
               on_request: Callable[[Stats], None] | None = None,
               force_urls: frozenset[str] = frozenset()) -> tuple[FetchReport, Stats]:
    """Fetch ``dates`` in every language; recover the archive first (see ``recover``)."""
    sites = sites_for(list(settings.languages), settings.sites)
    client = _client(store, transport, settings, sites, on_request)
    report = FetchReport()
    if not settings.dry_run:
        report.notes += recover(store, client.archive)
    today = settings.today or dt.datetime.now(dt.UTC).date()
    plan = FetchPlan(tuple(dates), tuple(sites),
                     recheck_from=today - dt.timedelta(days=settings.recheck_days),
                     force_urls=force_urls)
    fetched = Fetcher(store, client, on_day=on_day).run(plan)
    report.days += fetched.days
    if settings.images and not settings.dry_run:
        from daybook.fetch.images import fetch_images, media_site

        images = fetch_images(store, client, media_site(settings.sites), plan.dates,
                              settings.languages)
        client.archive.sync()
        report.notes += [*images.problems, f"images: {images.fetched} fetched, "
                         f"{images.kept} already in the archive"]
    report.notes += client.notes
    return report, client.stats


def sync(store: Store, transport: Transport, settings: FetchSettings, *,
         since: dt.date | None = None,
         on_day: Callable[[DayReport], None] | None = None,
         on_request: Callable[[Stats], None] | None = None) -> tuple[FetchReport, Stats]:
    """From the day after the last complete day (or ``since``) to today, with the re-check
    window; the Atom feed names pages edited since their capture."""
    today = settings.today or dt.datetime.now(dt.UTC).date()
    window = today - dt.timedelta(days=settings.recheck_days)
    starts = []
    for lang in settings.languages:
        last = store.captures.last_complete_day(lang)
        starts.append(since or (last + dt.timedelta(days=1) if last else window))
    first = min(min(starts), window)
    force = frozenset() if settings.dry_run else _feed_hints(store, transport, settings)
    return fetch_days(store, transport, days_between(first, today), settings, on_day=on_day,
                      on_request=on_request, force_urls=force)


_ENTRY = re.compile(r"<entry\b.*?</entry>", re.S)
_LINK = re.compile(r"""<link\b[^>]*href=["']([^"']+)["']""")
_UPDATED = re.compile(r"<updated>([^<]+)</updated>")


def _feed_hints(store: Store, transport: Transport, settings: FetchSettings) -> frozenset[str]:
    """Event pages the feed says were updated after their newest capture."""
    sites = sites_for(list(settings.languages), settings.sites)
    client = _client(store, transport, settings, sites, None)
    stale = set()
    for site in sites:
        got = client.get(site, FEED_PATH, recheck=True)
        if got.body is None:
            continue
        for entry in _ENTRY.findall(got.body.decode("utf-8", errors="replace")):
            link, updated = _LINK.search(entry), _UPDATED.search(entry)
            nid = news_id(link.group(1)) if link else None
            if nid is None:
                continue
            url = site.canonical_url(f"/events/president/news/{nid}")
            row = store.captures.latest(url, status=200)
            if row is None or (updated and _later(updated.group(1), row.captured_at)):
                stale.add(url)
    return frozenset(stale)


def _later(feed_time: str, captured_at: str) -> bool:
    try:
        a = dt.datetime.fromisoformat(feed_time.strip().replace("Z", "+00:00"))
        b = dt.datetime.fromisoformat(captured_at)
    except ValueError:
        return False
    if a.tzinfo is None:
        a = a.replace(tzinfo=dt.UTC)
    return a > b


def recover(store: Store, archive: WarcArchive) -> list[str]:
    """After a crash: cut torn WARC tails, and index responses the WARC holds but the
    database does not (written just before the crash), so nothing is fetched twice."""
    notes = [f"{t.file}: torn record at byte {t.offset} ({t.size} bytes) cut off, kept as "
             f"{t.saved_as}" for t in archive.repair()]
    for path in archive.files():
        with store.transaction():
            lost = store.captures.drop_beyond(path.name, path.stat().st_size)
        if lost:
            notes.append(f"{path.name}: {len(lost)} capture(s) lost with the file's tail "
                         "(power cut?): fetched again")
        last = store.captures.last_offset(path.name)
        added = 0
        with store.transaction():
            for capture in archive.iter_file(path, 0 if last is None else last):
                if last is not None and capture.ref.offset <= last:
                    continue
                store.captures.add(capture_row(capture.ref, capture.exchange, capture.site_url))
                added += 1
        if added:
            notes.append(f"{path.name}: {added} capture(s) indexed from the WARC")
    return notes


@dataclass(slots=True)
class ReparseReport:
    captures: int = 0
    pages: int = 0
    failed: list[str] = field(default_factory=list)


def reparse(store: Store, archive_dir: str | Path, *,
            on_page: Callable[[str], None] | None = None) -> ReparseReport:
    """Rebuild events, listings and revisions from the WARC files alone, in capture order;
    each event page is read with the newest photos page captured before its next capture."""
    archive = WarcArchive(archive_dir)
    if not archive.files():
        raise InputError("no WARC files here", path=str(archive_dir),
                         remedy="pass --archive DIR, where `daybook fetch` wrote them")
    report = ReparseReport()
    refs: list[tuple[str, str, CaptureRef]] = []  # (url, captured_at, ref), small: no bodies
    for capture in archive.iter_captures():
        report.captures += 1
        if capture.exchange.status == 200:
            refs.append((capture.site_url, capture.exchange.started.isoformat(), capture.ref))
    photos: dict[str, list[tuple[str, CaptureRef]]] = {}
    for url, at, ref in refs:
        if url_kind(url) == "photos":
            photos.setdefault(url.rstrip("/").rsplit("/", 1)[0], []).append((at, ref))
    next_of: dict[int, str] = {}
    last_seen: dict[str, int] = {}
    for i, (url, at, _) in enumerate(refs):
        if url in last_seen:
            next_of[last_seen[url]] = at
        last_seen[url] = i
    for i, (url, _at, ref) in enumerate(refs):
        kind = url_kind(url)
        if kind not in ("listing", "page", "event"):
            continue
        body = archive.read(ref).exchange.body
        photo_body = None
        if kind == "event":
            until = next_of.get(i, "9999")
            best = [r for t, r in photos.get(url, []) if t < until]
            if best:
                photo_body = archive.read(best[-1]).exchange.body
        read = parse_page(url, body, photo_body)
        if read.parsed is None:
            report.failed.append(read.error or url)
            continue
        with store.transaction():
            result = ingest_page(store, read)
        if result.status == "failed":
            report.failed.append(result.error or url)
        else:
            report.pages += 1
        if on_page:
            on_page(url)
    return report

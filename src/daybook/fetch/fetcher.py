"""Days from the site into the store: listings until each day's group is whole, then each
event page and its photos page, read by the same readers as saved pages.

A day is ``complete`` only when its listing group and every page of it were read; a day
whose listing or pages the site refused is ``refused`` (also with other failures when no
event of it was read); one with other failures is ``partial`` when some of its events were
read, ``failed`` when none was (a site that cannot be reached). All are recorded with their
URLs and tried again by the next run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from daybook.errors import DaybookError
from daybook.fetch.client import NO_CAPTURE, Client, Outcome
from daybook.fetch.listing import PageRead, Verdict, decide
from daybook.fetch.pages import ingest_page, parse_page
from daybook.fetch.site import (
    Paging,
    Site,
    alternate_id,
    by_date_path,
    event_path,
    links_photos,
    page_path,
    paging,
    photos_path,
)
from daybook.model import Listing
from daybook.store.base import Store
from daybook.store.captures import DayState, DayStatus, UrlStatus

# Pages of the stream walked from a day's own listing page, at most, each way.
MAX_LISTING_PAGES = 12


@dataclass(slots=True)
class DayReport:
    date: dt.date
    language: str
    state: DayState | str  # also "skipped" (complete before) and "planned" (dry run)
    events: int = 0
    pages: int = 0
    problems: list[str] = field(default_factory=list)
    # URLs not read, by why: the site refused them, an archive had no capture, other faults.
    refused: int = 0
    no_capture: int = 0
    failed: int = 0

    def count(self, outcome: Outcome) -> str:
        """Count a URL not read; its line for the report."""
        if outcome.state == "refused":
            self.refused += 1
        elif outcome.message.startswith(NO_CAPTURE):
            self.no_capture += 1
        else:
            self.failed += 1
        return f"{outcome.url}: {outcome.message}"


@dataclass(slots=True)
class FetchReport:
    days: list[DayReport] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(d.state in ("complete", "skipped", "planned") for d in self.days)


@dataclass(frozen=True, slots=True)
class FetchPlan:
    """What to fetch: days, sites, which days to re-check (the re-check window)."""

    dates: tuple[dt.date, ...]
    sites: tuple[Site, ...]
    recheck_from: dt.date | None = None
    force_urls: frozenset[str] = frozenset()


class Fetcher:
    def __init__(self, store: Store, client: Client, *,
                 on_day: Callable[[DayReport], None] | None = None) -> None:
        self.store = store
        self.client = client
        self.on_day = on_day
        self._listings: dict[bytes, tuple[Listing, Paging]] = {}

    def run(self, plan: FetchPlan) -> FetchReport:
        report = FetchReport()
        # The run's writes (index rows, URL and day states, events) are committed together
        # every COMMIT_SECONDS and at the end, not once per page or day: a crash in between
        # is made good from the WARC by ``recover``, and a day is complete only once its
        # state is committed.
        try:
            with self.client.batch as batch:
                for site in plan.sites:
                    for date in plan.dates:
                        day = self.fetch_day(site, date, plan)
                        report.days.append(day)
                        batch.tick()
                        if self.on_day:
                            self.on_day(day)
        finally:
            self.client.archive.close()
        self.client.archive.sync()
        return report

    def fetch_day(self, site: Site, date: dt.date, plan: FetchPlan) -> DayReport:
        recheck = plan.recheck_from is not None and date >= plan.recheck_from
        known = self.store.captures.day(date, site.language)
        if known is not None and known.state == "complete" and not recheck:
            return DayReport(date, site.language, "skipped", known.events)
        return self._fetch_day(site, date, plan, recheck)

    def _fetch_day(self, site: Site, date: dt.date, plan: FetchPlan,
                   recheck: bool) -> DayReport:
        day = DayReport(date, site.language, "complete")
        stats = self.client.stats
        stats.day, stats.day_pages, stats.day_listed = f"{date} {site.language}", 0, 0
        verdict, failure = self._walk_listing(site, date, recheck, day)
        if self.client.options.dry_run:
            day.state = "planned"
            if verdict is None and failure is not None:
                day.problems.append(f"{failure.url}: {failure.message}")
            if verdict is not None:
                day.events = len(verdict.entries)
                for e in verdict.entries:
                    day.problems.append(f"would fetch {site.url(event_path(_nid(e.id)))}")
            return day
        if verdict is None:
            assert failure is not None
            # Nothing of the day was read: the site refused its listing, or could not be
            # reached, or answered something that is not one.
            state: DayState = "refused" if failure.state == "refused" else "failed"
            return self._close(day, state, [day.count(failure)])
        refusals: list[str] = []
        failures: list[str] = []
        stats.day_listed = len(verdict.entries)
        for entry in verdict.entries:
            self._fetch_event(site, _nid(entry.id), recheck, date, plan, day,
                              refusals, failures)
            stats.day_pages += 1
            self.client.batch.tick()
        state = ("complete" if not refusals and not failures
                 else "refused" if refusals and (not failures or not day.events)
                 else "failed" if not day.events else "partial")
        return self._close(day, state, refusals + failures)

    def _fetch_event(self, site: Site, nid: str, recheck: bool, date: dt.date,
                     plan: FetchPlan, day: DayReport, refusals: list[str],
                     failures: list[str]) -> None:
        page = self._get(site, event_path(nid), recheck, date, plan)
        if page.state not in ("ok", "unchanged"):
            (refusals if page.state == "refused" else failures).append(day.count(page))
            return
        # The site links the photos page from the event page when there is one.
        if not links_photos(page.body or b"", nid):
            photos = Outcome(page.url + "/photos", "missing", message="no photos link")
        else:
            photos = self._get(site, photos_path(nid), recheck, date, plan)
        if photos.state in ("refused", "failed"):
            (refusals if photos.state == "refused" else failures).append(day.count(photos))
            return
        day.pages += 1
        try:
            self._ingest(page, photos if photos.state in ("ok", "unchanged") else None)
        except DaybookError as exc:
            day.failed += 1
            failures.append(f"{page.url}: {exc}")
            self._set_url(page.url, date, site.language, "failed", page.status, str(exc))
            return
        day.events += 1
        self._check_pair(site, nid, page, day)

    # -- listings -------------------------------------------------------------------------

    def _walk_listing(self, site: Site, date: dt.date, recheck: bool,
                      day: DayReport) -> tuple[Verdict | None, Outcome | None]:
        first, listing, where = self._listing_at(site, by_date_path(date), recheck, date)
        if listing is None:
            return None, first
        if where.page is None or where.template is None:
            if date in listing.complete_dates:
                return decide(date, {1: PageRead(1, listing)}, None), None
            return None, Outcome(first.url, "failed", message="the listing does not say "
                                 "which page of the stream it is: the day cannot be completed")
        pages = {where.page: PageRead(where.page, listing)}
        for _ in range(2 * MAX_LISTING_PAGES):
            verdict = decide(date, pages, where.pages)
            if verdict.kind != "need":
                return verdict, None
            assert verdict.page is not None
            nxt, more, _ = self._listing_at(site, page_path(where.template, verdict.page),
                                            recheck, date)
            if more is None:
                return None, nxt
            pages[verdict.page] = PageRead(verdict.page, more)
        return None, Outcome(first.url, "failed", message=f"the day's group runs over more "
                             f"than {2 * MAX_LISTING_PAGES} listing pages")

    def _listing_at(self, site: Site, path: str, recheck: bool,
                    date: dt.date) -> tuple[Outcome, Listing | None, Paging]:
        """A listing page got and read; without a listing, the outcome says why.

        Listings are read from the site once per run (conditionally), never reused from an
        earlier run: a day is fetched because it is incomplete or re-checked, and the stream's
        page numbers shift as the site publishes."""
        fresh = recheck or not self.client.options.dry_run
        got = self.client.get(site, path, recheck=fresh, target_date=date, probe=True)
        self._note_url(got, date, site.language)
        if got.body is None:
            return got, None, Paging(None, None, None)
        listing, where = self._listing(got)
        if listing is None:
            return Outcome(got.url, "failed", message="not a listing page"), None, where
        return got, listing, where

    def _listing(self, got: Outcome) -> tuple[Listing | None, Paging]:
        assert got.body is not None
        # A page of the stream is often the very page some by-date URL gave: read it once.
        key = hashlib.sha256(got.body).digest()
        if key in self._listings:
            return self._listings[key]
        read = parse_page(got.url, got.body, None)
        if read.parsed is None or not read.parsed.listings:
            return None, Paging(None, None, None)
        if not self.client.options.dry_run:
            ingest_page(self.store, read)  # in its own savepoint
        found = read.parsed.listings[0], paging(got.body.decode("utf-8", errors="replace"))
        if len(self._listings) > 256:
            self._listings.clear()
        self._listings[key] = found
        return found

    # -- pages ----------------------------------------------------------------------------

    def _get(self, site: Site, path: str, recheck: bool, date: dt.date,
             plan: FetchPlan) -> Outcome:
        force = site.canonical_url(path) in plan.force_urls
        got = self.client.get(site, path, recheck=recheck or force, target_date=date)
        self._note_url(got, date, site.language)
        return got

    def _ingest(self, page: Outcome, photos: Outcome | None) -> None:
        assert page.body is not None
        read = parse_page(page.url, page.body, photos.body if photos else None)
        if read.parsed is None:
            raise DaybookError(read.error or "unreadable page")
        ingest_page(self.store, read)  # in its own savepoint

    def _check_pair(self, site: Site, nid: str, page: Outcome, day: DayReport) -> None:
        """The page's language-switch link must name the same id in the other language."""
        other = "ru" if site.language == "en" else "en"
        if page.body is None:
            return
        end = page.body.find(b"</head>")  # the link is in the head: decode only that
        head = page.body[: end + 7] if end >= 0 else page.body
        linked = alternate_id(head.decode("utf-8", errors="replace"), other, page.url)
        if linked is not None and linked != nid:
            day.problems.append(f"{page.url}: its {other} version is news {linked}, "
                                f"not {nid}: not paired")

    # -- state ----------------------------------------------------------------------------

    def _note_url(self, got: Outcome, date: dt.date, language: str) -> None:
        if got.state == "planned" or got.from_archive or self.client.options.dry_run:
            return
        state = {"ok": "done", "unchanged": "done", "missing": "missing",
                 "refused": "refused"}.get(got.state, "failed")
        self._set_url(got.url, date, language, state, got.status, got.message or None)

    def _set_url(self, url: str, date: dt.date, language: str, state: str,
                 status: int | None, message: str | None) -> None:
        with self.client.batch.held():
            self.store.captures.set_url(UrlStatus(
                url, date, language, state, status, message,  # type: ignore[arg-type]
                1, _now()))

    def _close(self, day: DayReport, state: DayState, problems: Iterable[str]) -> DayReport:
        day.state = state
        day.problems.extend(problems)
        failed = sum(1 for _ in day.problems if not _.startswith("would"))
        with self.client.batch.held():
            self.store.captures.set_day(DayStatus(
                day.date, day.language, state, day.events, failed if state != "complete" else 0,
                "; ".join(day.problems[:5]) or None, _now()))
        return day


def _nid(event_id: str) -> str:
    return event_id.rsplit(":", 1)[-1]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")

"""One URL, politely, into the archive: robots.txt, pacing, retries, redirects within the
configured sites, conditional requests, and every exchange kept in the WARC and indexed.

``Client.get`` answers from the archive when the URL was captured already (unless asked to
re-check it) and from the network otherwise; it never raises for what the site does: the
``Outcome`` says what happened, in words fit for the user.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal
from urllib.parse import urljoin

from daybook.fetch.archive import CaptureRef, WarcArchive
from daybook.fetch.polite import RETRY_STATUSES, Backoff, Pacer, Robots, retry_after, robots_url
from daybook.fetch.site import Site, url_kind
from daybook.fetch.transport import Exchange, FetchRequest, Limits, Transport, TransportError
from daybook.store.base import Store
from daybook.store.captures import CaptureRow

OutcomeState = Literal["ok", "unchanged", "missing", "refused", "failed", "planned"]
MAX_REDIRECTS = 5
# Refusals (or failed connections) in a row after which a host is left alone for the run.
REFUSALS_BEFORE_STOP = 5
# The run's writes are committed together once their transaction is this old (and at the
# end of the run): a crash in between is made good from the WARC by ``recover``.
COMMIT_SECONDS = 2.0
# The message of an archive transport that holds no capture of a URL: not the site's
# refusal, not a fault of the page, but nothing to read yet (tried again by the next run).
NO_CAPTURE = "no capture"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What getting one URL gave. ``body`` is set for ok/unchanged."""

    url: str
    state: OutcomeState
    status: int | None = None
    body: bytes | None = None
    message: str = ""
    from_archive: bool = False
    captured_at: str | None = None


@dataclass(slots=True)
class Stats:
    """Counters for the progress line and the summary."""

    requests: int = 0
    retries: int = 0
    bytes: int = 0
    from_archive: int = 0
    refused: int = 0
    failed: int = 0
    no_capture: int = 0
    # The day being read, for the progress line: its label, pages read and pages listed.
    day: str = ""
    day_pages: int = 0
    day_listed: int = 0


@dataclass(frozen=True, slots=True)
class ClientOptions:
    delay: float = 1.0
    user_agent: str = "daybook"
    retries: int = 4
    backoff_base: float = 1.0
    limits: Limits = field(default_factory=Limits)
    dry_run: bool = False


class Batch:
    """One open transaction for a run's writes, committed and begun again once it is
    ``seconds`` old, so that other writers are not held off for long."""

    def __init__(self, store: Store, seconds: float | None = None) -> None:
        self.store = store
        self.seconds = COMMIT_SECONDS if seconds is None else seconds
        self._open: AbstractContextManager[None] | None = None
        self._since = 0.0

    def __enter__(self) -> Batch:
        self._begin()
        return self

    def _begin(self) -> None:
        self._open = self.store.transaction()
        self._open.__enter__()
        self._since = time.monotonic()

    def tick(self) -> None:
        if self._open is not None and time.monotonic() - self._since >= self.seconds:
            self._open.__exit__(None, None, None)
            self._begin()

    def held(self) -> AbstractContextManager[None]:
        """Where one write goes: into the open batch (one statement needs no savepoint of
        its own: it fails whole, and its error ends the batch), else its own transaction."""
        return nullcontext() if self._open is not None else self.store.transaction()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._open is not None:
            opened, self._open = self._open, None
            opened.__exit__(kind, exc, tb)


class Client:
    def __init__(self, store: Store, archive: WarcArchive, transport: Transport,
                 sites: list[Site], options: ClientOptions, *,
                 pacer: Pacer | None = None, sleep: Callable[[float], None] | None = None,
                 on_request: Callable[[Stats], None] | None = None) -> None:
        self.store = store
        self.archive = archive
        self.transport = transport
        self.sites = sites
        self.options = options
        self._sleep = sleep or time.sleep
        self.pacer = pacer or Pacer(options.delay, sleep=self._sleep)
        self.robots = Robots("daybook")
        self.backoff = Backoff(base=options.backoff_base)
        self.stats = Stats()
        # The run's open transaction, when the fetcher holds one (see ``Batch``).
        self.batch = Batch(store)
        self._refusals: dict[str, int] = {}
        self._unreachable: dict[str, int] = {}
        # Site URLs read from the network in this run: asked again, they come from the archive.
        self._fresh: set[str] = set()
        self._on_request = on_request
        # What the user should read after the run (not per day): a robots.txt not read.
        self.notes: list[str] = []

    # -- the archive side -----------------------------------------------------------------

    def captured(self, canonical: str) -> Outcome | None:
        """The newest good capture of a site URL, read back from the WARC."""
        row = self.store.captures.latest(canonical, status=200)
        if row is None:
            # A photos page the site said it does not have is an answer, not a failure.
            if url_kind(canonical) == "photos":
                gone = self.store.captures.latest(canonical, status=404)
                if gone is not None:
                    self.stats.from_archive += 1
                    return Outcome(canonical, "missing", 404, message="no photos page",
                                   from_archive=True, captured_at=gone.captured_at)
            return None
        capture = self.archive.read(CaptureRef(row.file, row.offset, row.length))
        self.stats.from_archive += 1
        return Outcome(canonical, "ok", 200, capture.exchange.body, "from the archive",
                       from_archive=True, captured_at=row.captured_at)

    # -- the network side -----------------------------------------------------------------

    def get(self, site: Site, path: str, *, recheck: bool = False,
            target_date: dt.date | None = None, probe: bool = False) -> Outcome:
        """The page at ``path``. In a dry run only ``probe`` requests (the listings that
        say what a day holds) go out, and nothing is recorded."""
        canonical = site.canonical_url(path)
        if not recheck or canonical in self._fresh:
            have = self.captured(canonical)
            if have is not None:
                return have
        url = site.url(path)
        if self.options.dry_run and not probe:
            return Outcome(canonical, "planned", message=f"would fetch {url}")
        if self._refusals.get(site.base, 0) >= REFUSALS_BEFORE_STOP:
            return Outcome(canonical, "refused", message="not tried: the site was refusing "
                           "every request; the next run tries again")
        if self._unreachable.get(site.base, 0) >= REFUSALS_BEFORE_STOP:
            return Outcome(canonical, "failed", message=f"not tried: {site.base} could not "
                           "be reached for the last requests; the next run tries again")
        previous = self.store.captures.latest(canonical, status=200) if recheck else None
        headers = [("User-Agent", self.options.user_agent), ("Accept-Encoding", "gzip, deflate")]
        if previous is not None:
            if previous.etag:
                headers.append(("If-None-Match", previous.etag))
            if previous.last_modified:
                headers.append(("If-Modified-Since", previous.last_modified))
        for _hop in range(MAX_REDIRECTS + 1):
            outcome = self._get_one(site, url, canonical, tuple(headers), target_date)
            if isinstance(outcome, Outcome):
                if outcome.state == "unchanged" and previous is not None:
                    kept = self.captured(canonical)
                    if kept is not None:
                        outcome = Outcome(canonical, "unchanged", 304, kept.body,
                                          "not modified", captured_at=previous.captured_at)
                self._count(site.base, outcome)
                return outcome
            location = urljoin(url, outcome)
            if not any(s.owns(location) for s in self.sites):
                return Outcome(canonical, "failed", message=f"redirected to {location}, "
                               "outside the configured sites: not followed")
            url = next(s.rebase(location) for s in self.sites if s.owns(location))
        return Outcome(canonical, "failed", message=f"more than {MAX_REDIRECTS} redirects")

    def _count(self, base: str, outcome: Outcome) -> None:
        """Refusals and failed connections in a row, per site; a URL read is fresh."""
        if outcome.state == "refused":
            self._refusals[base] = self._refusals.get(base, 0) + 1
        elif outcome.state == "failed" and outcome.message.startswith("connect:"):
            self._unreachable[base] = self._unreachable.get(base, 0) + 1
        elif outcome.state in ("ok", "unchanged", "missing"):
            self._refusals[base] = self._unreachable[base] = 0
            if outcome.state != "missing" and not self.options.dry_run:
                self._fresh.add(outcome.url)

    def _get_one(self, site: Site, url: str, canonical: str,
                 headers: tuple[tuple[str, str], ...],
                 target_date: dt.date | None) -> Outcome | str:
        """One URL with retries; a str is a redirect's Location."""
        if not self._robots_allow(url):
            return Outcome(canonical, "refused", message="robots.txt disallows it")
        attempt = 0
        while True:
            attempt += 1
            try:
                ex = self._send(url, headers, target_date)
            except TransportError as exc:
                if attempt <= self.options.retries and exc.kind in ("timeout", "connect",
                                                                    "truncated"):
                    self._retry(attempt, None)
                    continue
                if exc.kind == "refused":
                    # An archive transport's "no capture": the site refused nothing.
                    self.stats.no_capture += 1
                    return Outcome(canonical, "failed", message=f"{NO_CAPTURE}: {exc.message}")
                self.stats.failed += 1
                return Outcome(canonical, "failed", message=f"{exc.kind}: {exc.message}")
            self._record(ex, site.to_canonical(ex.original_url))
            if ex.status in RETRY_STATUSES and attempt <= self.options.retries:
                self._retry(attempt, retry_after(ex.header("Retry-After")))
                continue
            return self._outcome(canonical, ex)

    def _outcome(self, canonical: str, ex: Exchange) -> Outcome | str:
        status = ex.status
        if status == 200:
            return Outcome(canonical, "ok", 200, ex.body, captured_at=_iso(ex.started))
        if status == 304:
            return Outcome(canonical, "unchanged", 304, message="not modified")
        if status in (301, 302, 303, 307, 308) and ex.header("Location"):
            return ex.header("Location") or ""
        if status in (404, 410):
            return Outcome(canonical, "missing", status, message=f"HTTP {status}: not there")
        if status in (401, 403, 429, 451):
            self.stats.refused += 1
            return Outcome(canonical, "refused", status,
                           message=f"HTTP {status} {ex.reason}: refused")
        self.stats.failed += 1
        return Outcome(canonical, "failed", status, message=f"HTTP {status} {ex.reason}")

    def _retry(self, attempt: int, server_says: float | None) -> None:
        self.stats.retries += 1
        self._sleep(self.backoff.pause(attempt, server_says))

    def _send(self, url: str, headers: tuple[tuple[str, str], ...],
              target_date: dt.date | None) -> Exchange:
        self.pacer.wait(url)
        try:
            return self.transport.send(FetchRequest(url, headers, target_date),
                                       self.options.limits)
        finally:
            self.pacer.done(url)
            self.stats.requests += 1
            if self._on_request:
                self._on_request(self.stats)

    def _robots_allow(self, url: str) -> bool:
        if not self.robots.known(url):
            where = robots_url(url)
            text: str | None = None
            try:
                ex = self._send(where, (("User-Agent", self.options.user_agent),), None)
                canonical = next((s.to_canonical(where) for s in self.sites if s.owns(where)),
                                 where)
                self._record(ex, canonical)
                if ex.status == 200:
                    text = ex.body.decode("utf-8", errors="replace")
                elif ex.status in (401, 403):
                    text = "User-agent: *\nDisallow: /\n"  # RFC 9309: unreachable means no
            except TransportError as exc:
                self.notes.append(f"{where}: no robots.txt ({exc.message}); fetched as "
                                  "allowed")
            self.robots.set(url, text)
            delay = self.robots.crawl_delay(url)
            if delay:
                from urllib.parse import urlsplit

                self.pacer.set_host_delay(urlsplit(url).netloc.lower(), delay)
        return self.robots.allowed(url)

    def _record(self, ex: Exchange, canonical: str) -> None:
        """Into the WARC (durable), then the index: a crash between the two is repaired
        by ``Fetcher.recover`` from the WARC itself."""
        self.stats.bytes += len(ex.raw_body)
        if self.options.dry_run:
            return
        ref = self.archive.write(ex, canonical)
        with self.batch.held():
            self.store.captures.add(capture_row(ref, ex, canonical))


def capture_row(ref: CaptureRef, ex: Exchange, canonical: str) -> CaptureRow:
    return CaptureRow(
        file=ref.file, offset=ref.offset, length=ref.length, url=canonical,
        fetched_url=ex.request_url, captured_at=_iso(ex.started), status=ex.status,
        payload_digest=ref.payload_digest or "sha256:" + hashlib.sha256(ex.raw_body).hexdigest(),
        etag=ex.header("ETag"), last_modified=ex.header("Last-Modified"), via=ex.via)


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat(timespec="microseconds")

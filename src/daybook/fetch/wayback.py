"""The Internet Archive's Wayback Machine as a transport (``--via wayback``).

For each site URL the CDX server lists the captures (``/cdx/search/cdx``, ``output=json``:
a header row of field names, then one row per capture), the capture that best stands for
the requested day is chosen, and its raw bytes are read with the ``id_`` flag
(``/web/<timestamp>id_/<url>``: the page as the archive received it, without its rewriting).

Which capture: the first one taken after the requested day ended in the site's zone (a
capture taken during the day may show a listing that is not yet whole and would pass for a
complete day), else the last one before; without a day, the latest. Only captures whose
recorded status is 200 are considered. The archive's own redirects to another timestamp of
the same URL are followed (bounded); nothing leaves the archive.

What comes back:

- a capture: an ``Exchange`` with ``request_url`` the archive URL that answered,
  ``original_url`` the site URL asked for, ``via="wayback"`` and notes
  ``wayback-capture=<14 digits>`` and ``wayback-cdx=<query URL>`` (the WARC keeps the archive
  URL as the target, which names the capture's timestamp, and the site URL beside it);
- the CDX server or the archive busy or refusing (429, 403, 5xx, any other status but a
  capture's 404): that exchange as it is
  (``request_url`` the URL that answered, note ``wayback-stage=cdx|capture``), so that the
  fetcher's retries, backoff and ``Retry-After`` apply as for the site itself;
- no capture of the URL: ``TransportError`` kind ``"refused"`` (the page exists on the site as
  far as anyone knows; the day must be reported refused, not empty, and tried again later);
- a CDX answer that is not the documented JSON, or a redirect loop: kind ``"protocol"``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from dataclasses import dataclass, replace
from urllib.parse import urlencode, urljoin, urlsplit
from zoneinfo import ZoneInfo

from daybook.fetch.transport import (
    Exchange,
    FetchRequest,
    Headers,
    Limits,
    Transport,
    TransportError,
)
from daybook.parsers.kremlin_selectors import SITE_ZONE

CDX_PATH = "/cdx/search/cdx"
CDX_FIELDS = ("timestamp", "original", "statuscode", "mimetype", "digest")
# Validators of the site's own responses mean nothing to the archive.
DROPPED_HEADERS = frozenset({"if-none-match", "if-modified-since", "host"})
TIMESTAMP = re.compile(r"\d{14}")
ARCHIVE_PATH = re.compile(r"/web/(?P<ts>\d{1,14})(?:[a-z]{2}_)?/(?P<url>.+)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Capture:
    """One row of the CDX index: when the archive took the URL and what it got."""

    timestamp: str
    original: str
    statuscode: str = ""
    mimetype: str = ""
    digest: str = ""

    @property
    def moment(self) -> dt.datetime:
        return timestamp_moment(self.timestamp)


def timestamp_moment(timestamp: str) -> dt.datetime:
    """A Wayback timestamp (``yyyyMMddhhmmss``, UTC) as an aware datetime."""
    return dt.datetime.strptime(timestamp, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)


def parse_cdx_json(data: bytes) -> list[Capture]:
    """The captures of a CDX ``output=json`` answer; ``ValueError`` saying what is wrong.

    An empty body and ``[]`` both mean no capture. Rows follow the header row's field
    names (``fl=`` may reorder them); an empty row ends the results (a resume key follows).
    """
    if not data.strip():
        return []
    try:
        rows = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"not JSON ({exc})") from None
    if not isinstance(rows, list):
        raise ValueError("not a JSON array of rows")
    if not rows:
        return []
    header = rows[0]
    if not (isinstance(header, list) and all(isinstance(name, str) for name in header)):
        raise ValueError("the first row is not a list of field names")
    for needed in ("timestamp", "original"):
        if needed not in header:
            raise ValueError(f"no {needed!r} field in the header row {header}")
    captures = []
    for number, row in enumerate(rows[1:], start=2):
        if row == []:
            break
        if not (isinstance(row, list) and len(row) == len(header)
                and all(isinstance(value, str) for value in row)):
            raise ValueError(f"row {number} does not match the header row {header}: {row!r}")
        fields = dict(zip(header, row, strict=True))
        if not TIMESTAMP.fullmatch(fields["timestamp"]):
            raise ValueError(f"row {number}: timestamp {fields['timestamp']!r} is not 14 digits")
        captures.append(Capture(**{k: fields[k] for k in CDX_FIELDS if k in fields}))
    return captures


def day_end(day: dt.date, zone: str = SITE_ZONE) -> dt.datetime:
    """The moment the site's ``day`` ends, in UTC (the zone of Wayback timestamps)."""
    following = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), ZoneInfo(zone))
    return following.astimezone(dt.UTC)


def choose_capture(
    captures: list[Capture], day: dt.date | None, zone: str = SITE_ZONE
) -> Capture | None:
    """The first capture taken after ``day`` ended, else the last before it; the latest
    without a day."""
    if not captures:
        return None
    if day is None:
        return max(captures, key=lambda c: c.timestamp)
    end = day_end(day, zone)
    after = [c for c in captures if c.moment >= end]
    if after:
        return min(after, key=lambda c: c.timestamp)
    return max(captures, key=lambda c: c.timestamp)


def capture_url(base: str, timestamp: str, original: str) -> str:
    """The raw (``id_``) replay URL of one capture."""
    return f"{base.rstrip('/')}/web/{timestamp}id_/{original}"


def parse_archive_url(base: str, url: str) -> tuple[str, str] | None:
    """``(timestamp, original URL)`` of a replay URL on the archive at ``base``, else None."""
    parts, home = urlsplit(url), urlsplit(base)
    if (parts.scheme, parts.netloc.lower()) != (home.scheme, home.netloc.lower()):
        return None
    tail = parts.path + (f"?{parts.query}" if parts.query else "")
    prefix = home.path.rstrip("/")
    if not tail.startswith(prefix):
        return None
    match = ARCHIVE_PATH.fullmatch(tail[len(prefix):])
    return (match["ts"], match["url"]) if match else None


def same_resource(a: str, b: str) -> bool:
    """True when two URLs name the same page up to scheme, host case and default port
    (the archive writes ``http://host:80/`` for ``http://host/``)."""

    def key(url: str) -> tuple[str, str, str]:
        parts = urlsplit(url if "://" in url else f"http://{url}")
        host = (parts.hostname or "").lower()
        port = parts.port
        netloc = host if port in (None, 80, 443) else f"{host}:{port}"
        return netloc, parts.path or "/", parts.query

    return key(a) == key(b)


def note_value(exchange: Exchange, key: str) -> str | None:
    """The value of a ``key=value`` note of an exchange."""
    for note in exchange.notes:
        name, sep, value = note.partition("=")
        if sep and name == key:
            return value
    return None


class WaybackTransport:
    """Reads the site through the Wayback Machine at ``cdx_base`` (CDX server and replay
    on one host, as web.archive.org has them); ``http`` makes the archive's HTTP requests,
    at least ``spacing`` seconds apart."""

    name = "wayback"

    def __init__(
        self,
        cdx_base: str = "http://web.archive.org",
        http: Transport | None = None,
        *,
        max_redirects: int = 5,
        candidates: int = 25,
        zone: str = SITE_ZONE,
        spacing: float = 1.0,
    ) -> None:
        if http is None:
            from daybook.fetch.http import HttpTransport

            http = HttpTransport()
        self.base = cdx_base.rstrip("/")
        self.http = http
        self.max_redirects = max_redirects
        self.candidates = candidates
        self.zone = zone
        # One page costs the archive two or more requests (index, capture, its redirects):
        # they are spaced like the fetcher spaces pages.
        self.spacing = spacing
        self._last = -float("inf")

    def close(self) -> None:
        self.http.close()

    def cdx_query(self, request: FetchRequest) -> str:
        params: list[tuple[str, str | int]] = [
            ("url", request.url), ("output", "json"), ("fl", ",".join(CDX_FIELDS)),
            ("filter", "statuscode:200")]
        if request.target_date is None:
            params.append(("limit", -self.candidates))
        else:
            closest = day_end(request.target_date, self.zone).strftime("%Y%m%d%H%M%S")
            params += [("closest", closest), ("sort", "closest"), ("limit", self.candidates)]
        return f"{self.base}{CDX_PATH}?{urlencode(params)}"

    def send(self, request: FetchRequest, limits: Limits) -> Exchange:
        deadline = time.monotonic() + limits.total_timeout
        headers = tuple((k, v) for k, v in request.headers if k.lower() not in DROPPED_HEADERS)
        cdx_url = self.cdx_query(request)
        listed = self._inner(cdx_url, headers, limits, deadline, request.url)
        if listed.status != 200:
            return self._passed(listed, request, cdx_url, "cdx")
        try:
            captures = parse_cdx_json(listed.body)
        except ValueError as exc:
            raise TransportError(request.url, "protocol",
                                 f"the CDX server's answer {cdx_url} is not CDX JSON: {exc}"
                                 ) from None
        chosen = choose_capture(captures, request.target_date, self.zone)
        if chosen is None:
            raise TransportError(request.url, "refused",
                                 f"the Internet Archive has no capture with status 200 "
                                 f"(CDX {cdx_url} listed none)")
        return self._read_capture(request, chosen, headers, limits, deadline, cdx_url)

    def _read_capture(self, request: FetchRequest, chosen: Capture, headers: Headers,
                      limits: Limits, deadline: float, cdx_url: str) -> Exchange:
        url = capture_url(self.base, chosen.timestamp, chosen.original)
        timestamp, seen, hops = chosen.timestamp, {url}, list[str]()
        while True:
            answer = self._inner(url, headers, limits, deadline, request.url)
            if 300 <= answer.status < 400 and answer.header("location"):
                target = urljoin(url, answer.header("location") or "")
                where = parse_archive_url(self.base, target)
                if where and same_resource(where[1], chosen.original):
                    timestamp = where[0].ljust(14, "0")
                    url = capture_url(self.base, timestamp, where[1])
                    if url in seen or len(hops) >= self.max_redirects:
                        raise TransportError(request.url, "protocol",
                                             f"the archive's redirects loop or exceed "
                                             f"{self.max_redirects}: {' -> '.join(hops)}")
                    seen.add(url)
                    hops.append(url)
                    continue
                # A capture of a redirect elsewhere: the fetcher judges it like the site's own.
                return self._passed(answer, request, cdx_url, "capture",
                                    (f"wayback-location={target}",))
            if answer.status in (404, 410):
                raise TransportError(request.url, "refused",
                                     f"the archive answered {answer.status} for its capture "
                                     f"{url} (listed by {cdx_url})")
            if not 200 <= answer.status < 300:
                return self._passed(answer, request, cdx_url, "capture")
            notes = (f"wayback-capture={timestamp}", f"wayback-cdx={cdx_url}",
                     *(f"wayback-redirect={hop}" for hop in hops))
            return replace(answer, original_url=request.url, via="wayback",
                           notes=answer.notes + notes)

    def _inner(self, url: str, headers: Headers, limits: Limits, deadline: float,
               site_url: str) -> Exchange:
        wait = max(0.0, self._last + self.spacing - time.monotonic())
        left = deadline - time.monotonic() - wait
        if left <= 0:
            raise TransportError(site_url, "timeout",
                                 f"no time left for {url} within {limits.total_timeout} s")
        time.sleep(wait)
        bounded = replace(limits, total_timeout=left,
                          connect_timeout=min(limits.connect_timeout, left))
        try:
            return self.http.send(FetchRequest(url, headers), bounded)
        except TransportError as exc:
            raise TransportError(site_url, exc.kind, f"{url}: {exc.message}") from exc
        finally:
            self._last = time.monotonic()

    @staticmethod
    def _passed(answer: Exchange, request: FetchRequest, cdx_url: str, stage: str,
                extra: tuple[str, ...] = ()) -> Exchange:
        notes = (f"wayback-stage={stage}", f"wayback-cdx={cdx_url}", *extra)
        return replace(answer, original_url=request.url, via="wayback",
                       notes=answer.notes + notes)

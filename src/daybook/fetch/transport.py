"""How the fetcher reaches a site: one HTTP exchange at a time, recorded whole.

The fetcher (politeness, retries, listings, the archive) talks to a ``Transport`` and never
to a network library, so that a plain HTTP client, a proxy, the Internet Archive's captures
and a real browser are interchangeable and every one of them lands in the WARC the same way.
A transport follows no redirect itself (the fetcher decides which ones stay within the
configured sites) except inside a service's own indirection (the Wayback Machine's).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, Protocol

Headers = tuple[tuple[str, str], ...]

FailureKind = Literal["timeout", "connect", "too-large", "truncated", "protocol", "refused"]


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on one exchange: connect time, the whole response's deadline, its size."""

    connect_timeout: float = 10.0
    total_timeout: float = 60.0
    max_bytes: int = 32 * 2**20


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """A GET of ``url`` (the site's URL after ``--site`` mapping) with the fetcher's headers
    (User-Agent, Accept-Encoding, If-None-Match / If-Modified-Since).

    ``target_date`` is the day the URL stands for, so that an archive transport can pick
    the capture nearest to it.
    """

    url: str
    headers: Headers = ()
    target_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request and its response, as the WARC keeps them.

    ``request_url`` is what went on the wire (the archive's URL for a Wayback capture),
    ``original_url`` the site URL it stands for. ``raw_body`` is the payload as received
    (content-encoding kept, transfer-encoding removed); ``body`` is it decoded.
    """

    request_url: str
    original_url: str
    status: int
    reason: str
    request_headers: Headers
    response_headers: Headers
    raw_body: bytes
    body: bytes
    started: dt.datetime
    elapsed: float
    method: str = "GET"
    http_version: str = "HTTP/1.1"
    peer_ip: str | None = None
    via: str = "http"
    notes: tuple[str, ...] = field(default=())

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        for key, value in self.response_headers:
            if key.lower() == wanted:
                return value
        return None


class TransportError(Exception):
    """An exchange that gave no complete response: the URL, what went wrong, and how."""

    def __init__(self, url: str, kind: FailureKind, message: str) -> None:
        super().__init__(f"{url}: {kind}: {message}")
        self.url = url
        self.kind = kind
        self.message = message


class Transport(Protocol):
    """Sends one request and returns the whole exchange, or raises ``TransportError``."""

    name: str

    def send(self, request: FetchRequest, limits: Limits) -> Exchange: ...

    def close(self) -> None: ...

"""Local servers for the transport tests: a plain origin, and a Wayback Machine (CDX server
and raw replay) that follows the formats documented for the Internet Archive's CDX server.

Real HTTP servers in threads on loopback; every request they get is logged for the tests.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tests.conftest import SAMPLES

KREMLIN_2019 = SAMPLES / "kremlin-en-2019" / "news"
SITE = "http://en.kremlin.ru/events/president/news"


def sample_page(name: str) -> bytes:
    """A page of the 2019 sample (``60000.html``, ``by-date/02.06.2019.html``)."""
    return (KREMLIN_2019 / name).read_bytes()


@dataclass
class Logged:
    path: str
    headers: dict[str, str]
    client: tuple[str, int]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    stall: float = 0.0  # seconds of silence after the first half of the body


Route = Callable[[str, dict[str, str]], Reply]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.log.append(Logged(self.path, headers, self.client_address[:2]))
        reply = self.server.route(self.path, headers)
        self.send_response(reply.status)
        names = {k.lower() for k, _ in reply.headers}
        for key, value in reply.headers:
            self.send_header(key, value)
        if "content-length" not in names:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.stall:
            half = len(reply.body) // 2
            self.wfile.write(reply.body[:half])
            self.wfile.flush()
            time.sleep(reply.stall)
            self.wfile.write(reply.body[half:])
        else:
            self.wfile.write(reply.body)

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, route: Route) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.route = route
        self.log: list[Logged] = []

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up on a stalled reply: expected in the fault tests


@contextmanager
def serve(route: Route) -> Iterator[_Server]:
    """A real HTTP server on loopback answering with ``route(path, headers)``."""
    server = _Server(route)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def base_url(server: _Server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}"


# --- the Wayback Machine -------------------------------------------------------------------

@dataclass
class Snapshot:
    """One capture: what the archive got for ``url`` at ``timestamp``."""

    url: str
    timestamp: str
    body: bytes = b""
    statuscode: str = "200"
    mimetype: str = "text/html"
    redirect_to: str | None = None  # the replay answers 302 to this timestamp of the URL
    location: str | None = None  # or 302 to this absolute URL
    gzip: bool = False

    @property
    def digest(self) -> str:
        return f"D{abs(hash(self.body)) % 10**12:012d}"


def url_key(url: str) -> str:
    """Exact-match key as the CDX server canonicalises: no scheme, host lowercase, no :80."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    host = (parts.hostname or "").lower()
    port = f":{parts.port}" if parts.port not in (None, 80, 443) else ""
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{port}{parts.path or '/'}{query}"


def _bound(value: str, upper: bool) -> str:
    return value.ljust(14, "9" if upper else "0")


def _seconds(ts: str) -> float:
    return dt.datetime.strptime(ts, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC).timestamp()


@dataclass
class LocalWayback:
    """The CDX server (``/cdx/search/cdx``) and the replay (``/web/<ts><flag>/<url>``).

    ``cdx_faults[url]`` is a queue of replies given instead of the index, one per query.
    """

    snapshots: list[Snapshot] = field(default_factory=list)
    cdx_faults: dict[str, list[Reply]] = field(default_factory=dict)

    def add(self, snapshot: Snapshot) -> Snapshot:
        self.snapshots.append(snapshot)
        return snapshot

    def route(self, path: str, headers: dict[str, str]) -> Reply:
        parts = urlsplit(path)
        if parts.path == "/cdx/search/cdx":
            return self.cdx(parse_qs(parts.query, keep_blank_values=True))
        match = re.fullmatch(r"/web/(\d{1,14})([a-z]{2}_)?/(.+)", path, re.DOTALL)
        if match:
            return self.replay(match[1], match[2] or "", match[3])
        return Reply(404, b"not found")

    def cdx(self, query: dict[str, list[str]]) -> Reply:
        if "url" not in query:
            return Reply(400, b"url param is required")
        url = query["url"][0]
        faults = self.cdx_faults.get(url)
        if faults:
            return faults.pop(0)
        rows = [s for s in self.snapshots if url_key(s.url) == url_key(url)]
        rows.sort(key=lambda s: s.timestamp)
        for spec in query.get("filter", []):
            invert, spec = spec.startswith("!"), spec.lstrip("!")
            name, _, pattern = spec.partition(":")
            rows = [s for s in rows
                    if bool(re.fullmatch(pattern, str(self.field(s, name)))) != invert]
        if "from" in query:
            rows = [s for s in rows if s.timestamp >= _bound(query["from"][0], False)]
        if "to" in query:
            rows = [s for s in rows if s.timestamp <= _bound(query["to"][0], True)]
        if query.get("sort") == ["closest"] and "closest" in query:
            target = _seconds(_bound(query["closest"][0], False))
            rows.sort(key=lambda s: abs(_seconds(s.timestamp) - target))
        if "limit" in query:
            limit = int(query["limit"][0])
            rows = rows[:limit] if limit >= 0 else rows[limit:]
        names = query.get("fl", [",".join(self.FIELDS)])[0].split(",")
        table = [[str(self.field(s, n)) for n in names] for s in rows]
        if query.get("output") == ["json"]:
            body = json.dumps([names, *table] if table else []).encode()
            return Reply(200, body, (("Content-Type", "application/json"),))
        text = "".join(" ".join(row) + "\n" for row in table)
        return Reply(200, text.encode(), (("Content-Type", "text/plain"),))

    FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")

    @staticmethod
    def field(s: Snapshot, name: str) -> str:
        values = {"urlkey": url_key(s.url), "timestamp": s.timestamp, "original": s.url,
                  "mimetype": s.mimetype, "statuscode": s.statuscode, "digest": s.digest,
                  "length": str(len(s.body))}
        return values[name]

    def replay(self, timestamp: str, flag: str, url: str) -> Reply:
        found = [s for s in self.snapshots
                 if s.timestamp == timestamp and url_key(s.url) == url_key(url)]
        if not found:
            return Reply(404, b"Wayback Machine doesn't have that page archived.")
        snap = found[0]
        if snap.redirect_to is not None:
            return Reply(302, b"", (("Location", f"/web/{snap.redirect_to}{flag}/{snap.url}"),))
        if snap.location is not None:
            return Reply(302, b"", (("Location", snap.location),))
        body = snap.body if flag == "id_" else b"<!-- archive toolbar -->" + snap.body
        moment = dt.datetime.strptime(timestamp, "%Y%m%d%H%M%S")
        headers = [("Content-Type", snap.mimetype),
                   ("Memento-Datetime", moment.strftime("%a, %d %b %Y %H:%M:%S GMT"))]
        if snap.gzip:
            body = gzip.compress(body)
            headers.append(("Content-Encoding", "gzip"))
        return Reply(int(snap.statuscode) if snap.statuscode.isdigit() else 200, body,
                     tuple(headers))

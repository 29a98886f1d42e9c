"""A local kremlin.ru: a real HTTP server in a thread, serving the 2019 sample pages under
the site's path layout, with robots.txt, gzip, ETag / Last-Modified, and injected faults.

Paths served (as on en.kremlin.ru):
  /events/president/news/by-date/DD.MM.YYYY  the sample listing of that date; for a date
                                             without one (no events), the sample page of
                                             the stream whose items span the date
  /events/president/news/page/N              the sample listing that is page N
  /events/president/news/<id>                news/<id>.html
  /events/president/news/<id>/photos         news/<id>/photos.html (404 when absent)
  /events/president/news/feed                an Atom feed of ``feed_ids``
Faults are queued per path: each request to the path takes the next one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.conftest import SAMPLES

SAMPLE_SITE = SAMPLES / "kremlin-en-2019" / "news"
NEWS = "/events/president/news"
_DATE = re.compile(r'<time datetime="(\d{4}-\d{2}-\d{2})"')


@dataclass(frozen=True, slots=True)
class Fault:
    """``kind``: status (answer ``status`` with ``headers``), stall (send half the body,
    then sleep ``seconds``), truncate (announce the whole length, send half), bad-utf8
    (the page with invalid UTF-8 bytes), redirect (``status`` to ``location``)."""

    kind: str
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    seconds: float = 0.0
    location: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    at: float
    ended: float
    path: str
    status: int
    file: str | None
    agent: str = ""


@dataclass
class SiteState:
    robots: str = "User-agent: *\nAllow: /\n"
    faults: dict[str, deque[Fault]] = field(default_factory=dict)
    edited: dict[str, bytes] = field(default_factory=dict)
    feed_ids: list[str] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fault(self, path: str, *faults: Fault) -> None:
        self.faults.setdefault(path, deque()).extend(faults)


def _listing_index() -> tuple[dict[int, Path], list[tuple[int, dt.date, dt.date, Path]]]:
    pages: dict[int, Path] = {}
    spans = []
    for f in sorted((SAMPLE_SITE / "by-date").glob("*.html")):
        text = f.read_text("utf-8")
        m = re.search(r'data-page="(\d+)"', text)
        if not m:
            continue
        number = int(m.group(1))
        pages.setdefault(number, f)
        dates = [dt.date.fromisoformat(d) for d in _DATE.findall(text)]
        if dates:
            spans.append((number, min(dates), max(dates), f))
    return pages, sorted(spans)


class SiteServer:
    def __init__(self, state: SiteState | None = None) -> None:
        self.state = state or SiteState()
        self.connections: list[socket.socket] = []
        self.pages, self.spans = _listing_index()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        # Handler threads are joined on close: a stalled answer is counted before exit.
        self.httpd.daemon_threads = False
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.httpd.shutdown()
        with self.state.lock:
            for conn in self.connections:  # idle keep-alive connections end now
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        self.httpd.server_close()

    def file_for(self, path: str) -> Path | None:
        if m := re.fullmatch(rf"{NEWS}/by-date/(\d\d)\.(\d\d)\.(\d{{4}})", path):
            f = SAMPLE_SITE / "by-date" / f"{m[1]}.{m[2]}.{m[3]}.html"
            if f.is_file():
                return f
            day = dt.date(int(m[3]), int(m[2]), int(m[1]))
            spanning = [f for _, lo, hi, f in self.spans if lo <= day <= hi]
            return spanning[0] if spanning else None
        if m := re.fullmatch(rf"{NEWS}/page/(\d+)", path):
            return self.pages.get(int(m[1]))
        if m := re.fullmatch(rf"{NEWS}/(\d+)/photos", path):
            f = SAMPLE_SITE / m[1] / "photos.html"
            return f if f.is_file() else None
        if m := re.fullmatch(rf"{NEWS}/(\d+)", path):
            f = SAMPLE_SITE / f"{m[1]}.html"
            return f if f.is_file() else None
        return None

    def served_files(self) -> set[Path]:
        return {Path(h.file) for h in self.state.hits if h.file and h.status == 200}

    def hits_to(self, path: str) -> list[Hit]:
        return [h for h in self.state.hits if h.path == path]


def _feed(ids: list[str], base: str) -> bytes:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    entries = "".join(
        f"<entry><id>{base}{NEWS}/{i}</id><link href=\"{base}{NEWS}/{i}\"/>"
        f"<updated>{now}</updated><title>{i}</title></entry>" for i in ids)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>News</title>{entries}</feed>").encode()


def _handler(server: SiteServer) -> type[BaseHTTPRequestHandler]:
    state = server.state

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm and
        # delayed ACKs hold every answer about 40 ms.
        disable_nagle_algorithm = True
        last_write = 0.0

        def setup(self) -> None:
            super().setup()
            with state.lock:
                server.connections.append(self.connection)

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            start = time.monotonic()
            self.last_write = start
            path = self.path.split("?", 1)[0]
            status, file = self._answer(path)
            with state.lock:
                state.hits.append(Hit(start, self.last_write, path, status,
                                      str(file) if file else None,
                                      self.headers.get("User-Agent") or ""))

        def _send(self, status: int, body: bytes, headers: tuple[tuple[str, str], ...] = (),
                  *, length: int | None = None) -> None:
            self.send_response(status)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.end_headers()
            # When the last bytes leave: the client cannot have them sooner.
            self.last_write = time.monotonic()
            self.wfile.write(body)

        def _answer(self, path: str) -> tuple[int, Path | None]:
            with state.lock:
                queue = state.faults.get(path)
                fault = queue.popleft() if queue else None
            if fault and fault.kind == "status":
                self._send(fault.status, b"refused", fault.headers)
                return fault.status, None
            if fault and fault.kind == "redirect":
                self._send(fault.status, b"", (("Location", fault.location),))
                return fault.status, None
            if path == "/robots.txt":
                self._send(200, state.robots.encode(), (("Content-Type", "text/plain"),))
                return 200, None
            if path == f"{NEWS}/feed":
                self._send(200, _feed(state.feed_ids, server.url),
                           (("Content-Type", "application/atom+xml"),))
                return 200, None
            file = server.file_for(path)
            body = state.edited.get(path) or (file.read_bytes() if file else None)
            if body is None:
                self._send(404, b"not found", (("Content-Type", "text/plain"),))
                return 404, None
            if fault and fault.kind == "bad-utf8":
                body = body.replace(b"</h1>", b"\xff\xfe</h1>", 1)
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", (("ETag", etag),))
                return 304, file
            headers = [("Content-Type", "text/html; charset=utf-8"), ("ETag", etag),
                       ("Last-Modified", "Tue, 01 Oct 2019 10:00:00 GMT")]
            if "gzip" in (self.headers.get("Accept-Encoding") or ""):
                body = gzip.compress(body, mtime=0)
                headers.append(("Content-Encoding", "gzip"))
            if fault and fault.kind == "truncate":
                self._send(200, body[: len(body) // 2], tuple(headers), length=len(body))
                self.close_connection = True
                return 200, None
            if fault and fault.kind == "stall":
                self.send_response(200)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                time.sleep(fault.seconds)
                self.last_write = time.monotonic()
                self.close_connection = True
                return 200, None
            self._send(200, body, tuple(headers))
            return 200, file

    return Handler


def main() -> None:
    """Serve until killed, printing the base URL (benchmarks run it as its own process)."""
    with SiteServer() as server:
        print(server.url, flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()

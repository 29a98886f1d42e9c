"""The site under a real uvicorn server: a slow render does not hold up other requests,
slow or abusive clients do not lock others out, request bodies are refused unread."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import statistics
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from daybook.model import Block
from daybook.settings import Settings
from daybook.web.protocol import HeaderTimeoutH11Protocol
from tests.hostile.conftest import site_archive

STATIC = "/static/style.css"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # A day whose download is large to render: 20,000 turns (the reader's cap per event).
    return site_archive(
        tmp_path_factory.mktemp("served") / "served.db", "kremlin:96000", dt.date(2019, 3, 1),
        tuple(Block("turn", f"Turn {i}: " + "words of the answer " * 12,
                    speaker="Vladimir Putin") for i in range(20_000)))


class QuickProtocol(HeaderTimeoutH11Protocol):
    header_timeout = 1.0


@contextlib.contextmanager
def served(archive: Path, **settings: Any) -> Iterator[int]:
    """The site on a real uvicorn server in a thread, with the options ``serve`` uses."""
    import uvicorn

    from daybook.web.app import create_app, server_options

    config = Settings(db=str(archive), page_cache=False, **settings)
    options = server_options(config, host="127.0.0.1", port=0, access_log=False)
    if "header_timeout" not in settings:
        options["http"] = QuickProtocol  # the same deadline, short enough for a test
    options["log_level"] = "warning"
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(config), **options))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        yield port
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()


def fetch(port: int, path: str, timeout: float = 60) -> tuple[int, float]:
    start = time.monotonic()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return status, time.monotonic() - start


def test_a_slow_render_does_not_hold_up_a_static_file(archive: Path) -> None:
    with served(archive) as port:
        assert fetch(port, STATIC)[0] == 200
        slow: list[tuple[int, float]] = []
        big = ["/event/kremlin:96000", "/day/2019-03-01.json", "/api/events/kremlin:96000"]
        workers = [threading.Thread(target=lambda p=p: slow.append(fetch(port, p))) for p in big]
        for w in workers:
            w.start()
        # A static file asked for again and again while the large pages are made.
        waits = []
        while any(w.is_alive() for w in workers):
            status, took = fetch(port, STATIC)
            assert status == 200
            waits.append(took)
            time.sleep(0.05)
        for w in workers:
            w.join(120)
        assert [s for s, _ in slow] == [200, 200, 200]
        longest = max(t for _, t in slow)
        # Rendered on the event loop, the static file waited for all the renders: one or two
        # answers in all, each as long as the renders (6.8 s of 8.6 s here before the change).
        # In the thread pool it answers between them, many times over; a single answer can
        # still wait a GIL switch or two on a busy machine (0.64 s of 1.76 s once in CI), so
        # the typical answer is judged, not the worst.
        assert len(waits) >= 5, (waits, longest)
        assert statistics.median(waits) < min(1.0, longest / 4), (waits, longest)


def test_half_open_connections_do_not_lock_others_out(archive: Path) -> None:
    # A cap of 100 connections and 200 clients that never finish their request line: they
    # are dropped after the header deadline, and a normal client gets its page.
    with served(archive, max_connections=100) as port:
        idle = []
        for _ in range(200):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"GET /api/days HT")
            idle.append(s)
        try:
            start = time.monotonic()
            status = 0
            while time.monotonic() - start < 8 and status != 200:
                status, _ = fetch(port, "/api/days", timeout=5)
                if status != 200:
                    time.sleep(0.2)
            assert status == 200
            assert time.monotonic() - start < 5
            # The idle ones were closed by the server.
            for s in idle[:20]:
                s.settimeout(5)
                assert s.recv(100) == b""
        finally:
            for s in idle:
                s.close()


def raw(port: int, data: bytes, timeout: float = 5) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        out = b""
        with contextlib.suppress(TimeoutError, ConnectionResetError):
            while chunk := s.recv(65536):
                out += chunk
        return out


def test_bodies_are_refused_unread_and_heads_are_bounded(archive: Path) -> None:
    with served(archive) as port:
        # A 1 GB upload announced, 10 bytes sent: 405 at once, the connection closed.
        start = time.monotonic()
        reply = raw(port, b"POST /api/days HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000"
                          b"\r\n\r\n0123456789")
        assert reply.startswith(b"HTTP/1.1 405") and b"connection: close" in reply.lower()
        assert time.monotonic() - start < 3
        # Request heads larger than any page needs: refused, whole or in pieces.
        big = b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 40_000 + b"\r\n\r\n"
        assert raw(port, big).startswith(b"HTTP/1.1 431")
        line = b"GET /?" + b"a" * 40_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"
        assert raw(port, line).startswith(b"HTTP/1.1 414")
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(10):
                    s.sendall(b"X-Big: " + b"a" * 4000 + b"\r\n")
                    time.sleep(0.05)
            with contextlib.suppress(ConnectionResetError):
                assert s.recv(100).startswith(b"HTTP/1.1 400")
        # A client that sends its headers a byte at a time, past the deadline: dropped.
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            start = time.monotonic()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for b in b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 30:
                    s.sendall(bytes([b]))
                    time.sleep(0.1)
            assert s.recv(100) == b""
            assert time.monotonic() - start < 6
        assert fetch(port, "/api/days")[0] == 200


def test_head_deadline_and_size_are_settings(archive: Path) -> None:
    """header_timeout and max_header_bytes reach the server: a 2 KB bound refuses a 3 KB
    header that the default bound serves, a client slower than 0.5 s is dropped."""
    big = b"GET /api/days HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 3000 + b"\r\n\r\n"
    with served(archive, header_timeout=0.5, max_header_bytes=2048) as port:
        assert raw(port, big).startswith(b"HTTP/1.1 431")
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            start = time.monotonic()
            s.sendall(b"GET / HT")
            assert s.recv(100) == b""
            assert 0.4 < time.monotonic() - start < 3
        assert fetch(port, "/api/days")[0] == 200
    with served(archive, header_timeout=5.0) as port:
        assert raw(port, big).startswith(b"HTTP/1.1 200")
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.settimeout(2)
            s.sendall(b"GET / HT")
            with pytest.raises(TimeoutError):
                s.recv(100)  # still open after 2 s: the deadline is the 5 s given

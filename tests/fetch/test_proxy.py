"""``--proxy URL``: HTTP and SOCKS5 proxies for the plain HTTP transport and the browser.

A real proxy server (the ``pproxy`` package, HTTP and SOCKS5 on one loopback port) stands
between the transport and a local origin; its log must show every request relayed.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.fetch.http import HttpTransport
from daybook.fetch.transport import FetchRequest, Limits, Transport, TransportError
from daybook.fetch.wayback import WaybackTransport
from tests.fetch.local_archive import (
    SITE,
    LocalWayback,
    Reply,
    Snapshot,
    _Server,
    base_url,
    sample_page,
    serve,
)
from tests.skip_policy import in_ci

CHROMIUM = Path("/usr/bin/chromium")
PAGE = sample_page("59836.html")
LIMITS = Limits(connect_timeout=5, total_timeout=20)


class Proxy:
    """``python -m pproxy`` serving http and socks5 on one port; its log lines collected."""

    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.process = subprocess.Popen(
            [sys.executable, "-u", "-m", "pproxy", "-l",
             f"http+socks5://127.0.0.1:{self.port}", "-v"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.start = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        deadline = time.monotonic() + 20
        while not any("Serving on" in line for line in self.lines):
            assert self.process.poll() is None, f"pproxy exited: {self.lines}"
            assert time.monotonic() < deadline, f"pproxy did not start: {self.lines}"
            time.sleep(0.05)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())

    def url(self, scheme: str) -> str:
        return f"{scheme}://127.0.0.1:{self.port}"

    def relayed(self, scheme: str, origin: _Server) -> list[int]:
        """Client ports of the connections the proxy relayed to ``origin`` by ``scheme``."""
        port = origin.server_address[1]
        return [int(m[1]) for line in self.since()
                if (m := re.fullmatch(rf"{scheme} 127\.0\.0\.1:(\d+) -> 127\.0\.0\.1:{port}",
                                      line))]

    def mark(self) -> None:
        self.start = len(self.lines)

    def since(self) -> list[str]:
        """The log lines since ``mark()``: the connections relayed meanwhile."""
        time.sleep(0.2)  # the log line may trail the response
        return self.lines[self.start:]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self._reader.join(5)


@pytest.fixture(scope="module")
def proxy() -> Iterator[Proxy]:
    running = Proxy()
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def fresh_log(request: pytest.FixtureRequest) -> None:
    if "proxy" in request.fixturenames:
        request.getfixturevalue("proxy").mark()


@pytest.fixture
def origin() -> Iterator[_Server]:
    def route(path: str, headers: dict[str, str]) -> Reply:
        if path == "/events/president/news/59836":
            return Reply(200, PAGE, (("Content-Type", "text/html; charset=UTF-8"),))
        return Reply(404, b"no such page")

    with serve(route) as server:
        yield server


def http_transport(proxy: str | None) -> Transport:
    return HttpTransport(proxy=proxy)


def browser_transport(proxy: str | None) -> Transport:
    if not CHROMIUM.exists() and not in_ci():
        pytest.skip("no /usr/bin/chromium (apt-get install chromium); runs in CI")
    from daybook.fetch.browser import BrowserTransport

    return BrowserTransport(str(CHROMIUM), proxy)


TRANSPORTS = {"http": http_transport, "browser": browser_transport}


@pytest.mark.parametrize("kind", TRANSPORTS)
@pytest.mark.parametrize("scheme", ["http", "socks5"])
def test_the_request_goes_through_the_proxy(proxy: Proxy, origin: _Server, kind: str,
                                            scheme: str) -> None:
    transport = TRANSPORTS[kind](proxy.url(scheme))
    url = f"{base_url(origin)}/events/president/news/59836"
    try:
        got = transport.send(FetchRequest(url, (("User-Agent", "daybook/0.1"),)), LIMITS)
    finally:
        transport.close()
    assert got.status == 200 and got.body == PAGE and got.request_url == url
    relayed = proxy.relayed(scheme, origin)
    assert relayed, proxy.lines
    # The origin was reached from the proxy's own connection, not the transport's.
    assert [r.path for r in origin.log] == ["/events/president/news/59836"]
    assert origin.log[0].client[1] not in relayed
    # Nothing else went out through the proxy (a browser's own services least of all).
    assert [line for line in proxy.since() if " -> " in line
            and not line.endswith(f":{origin.server_address[1]}")] == []
    assert origin.log[0].headers["user-agent"] == "daybook/0.1"


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_without_a_proxy_nothing_is_relayed(proxy: Proxy, origin: _Server, kind: str) -> None:
    transport = TRANSPORTS[kind](None)
    try:
        got = transport.send(FetchRequest(f"{base_url(origin)}/events/president/news/59836"),
                             LIMITS)
    finally:
        transport.close()
    assert got.status == 200 and proxy.relayed("http", origin) == []
    assert proxy.relayed("socks5", origin) == []


@pytest.mark.parametrize("kind", TRANSPORTS)
def test_a_dead_proxy_is_a_connect_failure(origin: _Server, kind: str) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    transport = TRANSPORTS[kind](dead)
    url = f"{base_url(origin)}/events/president/news/59836"
    try:
        with pytest.raises(TransportError) as caught:
            transport.send(FetchRequest(url), LIMITS)
    finally:
        transport.close()
    assert caught.value.kind == "connect", caught.value.message
    assert caught.value.url == url and origin.log == []


def test_the_wayback_machine_through_a_socks_proxy(proxy: Proxy) -> None:
    wayback = LocalWayback()
    wayback.add(Snapshot(f"{SITE}/59836", "20190215000000", PAGE))
    with serve(wayback.route) as archive:
        transport = WaybackTransport(base_url(archive), HttpTransport(proxy.url("socks5")))
        try:
            got = transport.send(FetchRequest(f"{SITE}/59836"), LIMITS)
        finally:
            transport.close()
        assert got.body == PAGE
        assert len(proxy.relayed("socks5", archive)) >= 1  # CDX query and capture
        assert len(archive.log) == 2

"""``--browser``: the same exchange through Debian Chromium, against a local server.

Skipped only when /usr/bin/chromium is missing outside CI; in CI (env CI set) it must run.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.errors import DaybookError
from daybook.fetch.browser import BrowserTransport, failure_kind, merge_headers, parse_head
from daybook.fetch.transport import FetchRequest, Limits, TransportError
from tests.fetch.local_archive import Reply, _Server, base_url, sample_page, serve
from tests.skip_policy import in_ci

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists() and not in_ci():
    pytest.skip("no /usr/bin/chromium (apt-get install chromium); runs in CI",
                allow_module_level=True)

PAGE = sample_page("59836.html")
LIMITS = Limits(connect_timeout=5, total_timeout=20)
UA = "daybook/0.1 (+ops@example.org)"


def route(path: str, headers: dict[str, str]) -> Reply:
    if path == "/events/president/news/59836":
        return Reply(200, gzip.compress(PAGE), (
            ("Content-Type", "text/html; charset=UTF-8"), ("Content-Encoding", "gzip"),
            ("ETag", '"v1"'), ("Set-Cookie", "session=abc; Path=/")))
    if path == "/plain":
        return Reply(200, PAGE, (("Content-Type", "text/html; charset=UTF-8"),))
    if path == "/moved":
        return Reply(301, b"<a href=/plain>moved</a>", (("Location", "/plain"),))
    if path == "/validated":
        if headers.get("if-none-match") == '"v1"':
            return Reply(304, b"", (("ETag", '"v1"'),))
        return Reply(200, b"fresh", (("ETag", '"v1"'),))
    if path == "/stall":
        return Reply(200, PAGE, (("Content-Type", "text/html"),), stall=4)
    if path == "/forbidden":
        return Reply(403, b"Access denied", (("Content-Type", "text/html"),))
    return Reply(404, b"no such page", (("Content-Type", "text/plain"),))


@pytest.fixture(scope="module")
def browser() -> Iterator[BrowserTransport]:
    transport = BrowserTransport(str(CHROMIUM))
    yield transport
    transport.close()


@pytest.fixture
def site() -> Iterator[_Server]:
    with serve(route) as server:
        yield server


def test_a_page_is_recorded_as_the_browser_exchanged_it(
        browser: BrowserTransport, site: _Server) -> None:
    url = f"{base_url(site)}/events/president/news/59836"
    got = browser.send(FetchRequest(url, (("User-Agent", UA), ("Accept-Encoding", "identity"))),
                       LIMITS)
    assert (got.status, got.reason) == (200, "OK")
    assert got.body == PAGE and got.raw_body == PAGE  # decoded by Chromium
    assert got.request_url == got.original_url == url and got.via == "browser"
    assert got.header("etag") == '"v1"' and got.header("set-cookie") == "session=abc; Path=/"
    assert got.header("content-encoding") is None and "browser-decoded=gzip" in got.notes
    sent = {k.lower(): v for k, v in got.request_headers}
    assert sent["user-agent"] == UA
    assert sent["host"] == base_url(site).removeprefix("http://")
    assert "gzip" in sent["accept-encoding"]  # the browser's own transfer headers
    # The real page links images, styles and scripts: none of them was requested.
    assert [r.path for r in site.log] == ["/events/president/news/59836"]
    assert site.log[0].headers["user-agent"] == UA


def test_the_profile_keeps_cookies_between_pages(
        browser: BrowserTransport, site: _Server) -> None:
    base = base_url(site)
    browser.send(FetchRequest(f"{base}/events/president/news/59836"), LIMITS)
    got = browser.send(FetchRequest(f"{base}/plain"), LIMITS)
    assert got.body == PAGE
    assert site.log[-1].headers.get("cookie") == "session=abc"
    assert ("Cookie", "session=abc") in got.request_headers


def test_a_redirect_is_reported_not_followed(browser: BrowserTransport, site: _Server) -> None:
    got = browser.send(FetchRequest(f"{base_url(site)}/moved"), LIMITS)
    assert got.status == 301 and got.header("location") == "/plain"
    assert got.body == b""  # Chromium does not hand over a redirect's body
    assert [r.path for r in site.log] == ["/moved"]


def test_validators_reach_the_site(browser: BrowserTransport, site: _Server) -> None:
    got = browser.send(FetchRequest(f"{base_url(site)}/validated",
                                    (("If-None-Match", '"v1"'),)), LIMITS)
    assert got.status == 304 and got.body == b""
    assert site.log[-1].headers["if-none-match"] == '"v1"'


@pytest.mark.parametrize(("path", "status", "body"), [("/forbidden", 403, b"Access denied"),
                                                      ("/nothing", 404, b"no such page")])
def test_error_pages_are_exchanges(browser: BrowserTransport, site: _Server, path: str,
                                   status: int, body: bytes) -> None:
    got = browser.send(FetchRequest(f"{base_url(site)}{path}"), LIMITS)
    assert got.status == status and got.body == body


def test_a_stalled_body_times_out(browser: BrowserTransport, site: _Server) -> None:
    url = f"{base_url(site)}/stall"
    with pytest.raises(TransportError) as caught:
        browser.send(FetchRequest(url), Limits(connect_timeout=1, total_timeout=1.5))
    assert caught.value.kind == "timeout" and caught.value.url == url
    # The transport is still usable afterwards.
    assert browser.send(FetchRequest(f"{base_url(site)}/plain"), LIMITS).body == PAGE


def test_a_body_over_the_limit_is_refused(browser: BrowserTransport, site: _Server) -> None:
    with pytest.raises(TransportError) as caught:
        browser.send(FetchRequest(f"{base_url(site)}/plain"),
                     Limits(max_bytes=len(PAGE) - 1))
    assert caught.value.kind == "too-large"


def test_a_closed_port_is_a_connect_failure(browser: BrowserTransport) -> None:
    with serve(route) as server:
        url = f"{base_url(server)}/plain"
    with pytest.raises(TransportError) as caught:
        browser.send(FetchRequest(url), LIMITS)
    assert caught.value.kind == "connect" and caught.value.url == url


def test_a_missing_chromium_names_the_package(tmp_path: Path) -> None:
    with pytest.raises(DaybookError) as caught:
        BrowserTransport(str(tmp_path / "chromium"))
    assert "apt-get install chromium" in str(caught.value)


def test_the_fetchers_headers_take_the_browsers_place() -> None:
    merged = merge_headers({"User-Agent": "Chrome", "Accept": "text/html"},
                           (("user-agent", UA), ("Accept-Encoding", "identity"),
                            ("If-Modified-Since", "Tue, 01 Dec 2026 00:00:00 GMT")))
    assert merged == [{"name": "User-Agent", "value": UA},
                      {"name": "Accept", "value": "text/html"},
                      {"name": "If-Modified-Since", "value": "Tue, 01 Dec 2026 00:00:00 GMT"}]
    assert failure_kind("ConnectionRefused") == "connect"
    assert failure_kind("net::ERR_EMPTY_RESPONSE at http://x/") == "truncated"
    assert failure_kind("BlockedByResponse") == "protocol"


def test_a_raw_head_keeps_order_and_repeats() -> None:
    text = ("HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nContent-Type: text/html\r\n"
            "Set-Cookie: b=2\r\n\r\n")
    assert parse_head(text) == ("HTTP/1.1", "OK", [("Set-Cookie", "a=1"),
                                                   ("Content-Type", "text/html"),
                                                   ("Set-Cookie", "b=2")])
    assert parse_head("HTTP/1.0 404 \r\n\r\n") == ("HTTP/1.0", "", [])
    assert parse_head("") is None and parse_head(":status: 200") is None

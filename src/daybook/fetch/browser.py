"""Debian Chromium as a transport (``--browser``), driven by Playwright.

For networks that refuse plain HTTP clients: the request leaves through the browser's own
network stack (its TLS, HTTP/2, header order, cookie jar in a temporary profile), through
``--proxy`` when given. Only the main document is fetched: the exchange is taken at the
DevTools protocol's response stage (``Fetch.requestPaused``), then the navigation is
stopped, so no page is rendered, no script runs and no subresource is requested (any that
would start is blocked). A redirect is reported as its first response and not followed,
like the other transports: the fetcher decides. The browser never downloads anything of its
own: Playwright drives ``executable`` (Debian's ``chromium`` package).

Recorded: the request headers as the browser sent them (``Network.requestWillBeSentExtraInfo``,
with the fetcher's User-Agent and validators applied), the status, reason and response
headers as received, and the body. Chromium hands over the body decoded, so ``raw_body`` is
that body and ``Content-Encoding`` / ``Content-Length`` / ``Transfer-Encoding`` are dropped from
the recorded headers (so that a WARC reader does not decode twice); a note
``browser-decoded=<encoding>`` keeps what the site sent.

Playwright's synchronous API: use one ``BrowserTransport`` from one thread.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from daybook.errors import DaybookError
from daybook.fetch.transport import (
    Exchange,
    FailureKind,
    FetchRequest,
    Headers,
    Limits,
    TransportError,
)

# Debian's build carries Google API keys: with a fresh profile it signs in, updates
# components and extensions. Those services are pointed at a closed local port, so that the
# browser makes no request but the ones asked of it (none through the user's proxy either).
NOWHERE = "http://127.0.0.1:9"
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-extensions",
                 "--disable-default-apps", "--no-pings", "--disable-domain-reliability",
                 "--disable-client-side-phishing-detection", f"--gaia-url={NOWHERE}",
                 f"--google-apis-url={NOWHERE}", f"--lso-url={NOWHERE}",
                 f"--google-base-url={NOWHERE}", f"--variations-server-url={NOWHERE}",
                 f"--component-updater=url-source={NOWHERE}")
# The browser negotiates and decodes content itself; these would describe bytes it withholds.
DECODED_AWAY = frozenset({"content-encoding", "content-length", "transfer-encoding"})
BROWSER_OWN = frozenset({"accept-encoding", "host", "connection", "content-length"})
# DevTools' failure reasons (Network.ErrorReason) and Chromium's net::ERR_ names.
FAILURES: tuple[tuple[str, FailureKind], ...] = (
    ("TimedOut", "timeout"), ("TIMED_OUT", "timeout"),
    ("ConnectionRefused", "connect"), ("AddressUnreachable", "connect"),
    ("NameNotResolved", "connect"), ("ConnectionFailed", "connect"),
    ("InternetDisconnected", "connect"), ("PROXY", "connect"), ("CONNECTION_REFUSED", "connect"),
    ("NAME_NOT_RESOLVED", "connect"), ("ADDRESS_UNREACHABLE", "connect"),
    ("CONNECTION_FAILED", "connect"), ("SOCKS", "connect"), ("TUNNEL", "connect"),
    ("ConnectionClosed", "truncated"), ("ConnectionReset", "truncated"),
    ("CONNECTION_RESET", "truncated"), ("CONNECTION_CLOSED", "truncated"),
    ("EMPTY_RESPONSE", "truncated"), ("CONTENT_LENGTH_MISMATCH", "truncated"),
    ("INCOMPLETE_CHUNKED_ENCODING", "truncated"),
)


def failure_kind(reason: str) -> FailureKind:
    """The transport failure a DevTools error reason or a ``net::ERR_`` message stands for."""
    for marker, kind in FAILURES:
        if marker in reason:
            return kind
    return "protocol"


def playwright_proxy(proxy: str) -> dict[str, str]:
    """Playwright's proxy settings for a proxy URL (``http://``, ``socks5://``; credentials
    in the URL become username and password)."""
    parts = urlsplit(proxy)
    if parts.scheme not in ("http", "https", "socks5", "socks4") or not parts.hostname:
        raise DaybookError(f"proxy {proxy!r} is not a proxy URL",
                           remedy="write it as http://HOST:PORT or socks5://HOST:PORT")
    server = f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    settings = {"server": server}
    if parts.username:
        settings["username"] = unquote(parts.username)
        settings["password"] = unquote(parts.password or "")
    return settings


def parse_head(text: str) -> tuple[str, str, list[tuple[str, str]]] | None:
    """``(HTTP version, reason, headers)`` of a raw response head (status line and header
    lines, as DevTools reports them for HTTP/1.x); None if it is not one."""
    lines = text.split("\r\n")
    status = re.fullmatch(r"(HTTP/\d(?:\.\d)?) \d{3} ?(.*)", lines[0])
    if status is None:
        return None
    headers = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers.append((name.strip(), value.strip()))
    return status[1], status[2], headers


def merge_headers(browser: dict[str, str], fetcher: Headers) -> list[dict[str, str]]:
    """The browser's own request headers with the fetcher's (User-Agent, validators, ...)
    put in their place; the transfer headers stay the browser's."""
    mine = {k.lower(): (k, v) for k, v in fetcher if k.lower() not in BROWSER_OWN}
    merged = [{"name": k, "value": mine.pop(k.lower())[1] if k.lower() in mine else v}
              for k, v in browser.items()]
    merged += [{"name": k, "value": v} for k, v in mine.values()]
    return merged


@dataclass
class _Navigation:
    """What the DevTools events told about the one document being fetched."""

    max_bytes: int
    main: str | None = None
    network_id: str | None = None
    sent: dict[str, dict[str, str]] = field(default_factory=dict)
    received: dict[str, dict[str, Any]] = field(default_factory=dict)
    request_headers: dict[str, str] = field(default_factory=dict)
    status: int | None = None
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    failure: tuple[FailureKind, str] | None = None


class BrowserTransport:
    """Fetches each URL as the main document of a fresh page of one headless Chromium."""

    name = "browser"

    def __init__(self, executable: str = "/usr/bin/chromium", proxy: str | None = None, *,
                 extra_args: tuple[str, ...] = ()) -> None:
        if not Path(executable).is_file():
            raise DaybookError(f"no Chromium at {executable}",
                               remedy="install Debian's package: apt-get install chromium")
        self.executable = executable
        self.proxy = playwright_proxy(proxy) if proxy else None
        self.args = CHROMIUM_ARGS + extra_args
        self._playwright: Any = None
        self._context: Any = None
        self._profile: str | None = None

    def _start(self) -> Any:
        if self._context is None:
            try:
                from playwright.sync_api import sync_playwright
            except ImportError:
                raise DaybookError("--browser needs the Python package playwright",
                                   remedy="pip install 'daybook[browser]' (no browser download: "
                                          "Debian's chromium is used)") from None
            self._profile = tempfile.mkdtemp(prefix="daybook-chromium-")
            self._playwright = sync_playwright().start()
            options: dict[str, Any] = {"executable_path": self.executable,
                                       "args": list(self.args), "headless": True}
            if self.proxy:
                options["proxy"] = self.proxy
            try:
                self._context = self._playwright.chromium.launch_persistent_context(
                    self._profile, **options)
            except Exception as exc:
                self.close()
                raise DaybookError(f"Chromium at {self.executable} did not start: {exc}",
                                   remedy="check the chromium package (apt-get install "
                                          "chromium)") from exc
        return self._context

    def close(self) -> None:
        context, playwright, profile = self._context, self._playwright, self._profile
        self._context = self._playwright = self._profile = None
        if context is not None:
            context.close()
        if playwright is not None:
            playwright.stop()
        if profile is not None:
            shutil.rmtree(profile, ignore_errors=True)

    def send(self, request: FetchRequest, limits: Limits) -> Exchange:
        from playwright.sync_api import Error as PlaywrightError

        context = self._start()
        page = context.new_page()
        nav = _Navigation(limits.max_bytes)
        started, clock = dt.datetime.now(dt.UTC), time.monotonic()
        try:
            session = context.new_cdp_session(page)
            session.on("Fetch.requestPaused",
                       lambda event: self._paused(session, nav, request, event))
            session.on("Network.requestWillBeSentExtraInfo",
                       lambda event: nav.sent.__setitem__(event["requestId"], event["headers"]))
            session.on("Network.responseReceivedExtraInfo",
                       lambda event: nav.received.__setitem__(event["requestId"], event))
            session.send("Network.enable")
            session.send("Fetch.enable", {"patterns": [
                {"urlPattern": "*", "requestStage": "Request"},
                {"urlPattern": "*", "requestStage": "Response"}]})
            try:
                page.goto(request.url, wait_until="commit",
                          timeout=max(1.0, limits.total_timeout * 1000))
            except PlaywrightError as exc:
                if nav.status is None:
                    message = str(exc).splitlines()[0]
                    kind: FailureKind = ("timeout" if "Timeout" in type(exc).__name__
                                         else failure_kind(message))
                    # DevTools' reason is often just "Failed"; net::ERR_ names say more.
                    if kind == "protocol" and nav.failure is not None:
                        kind, message = nav.failure[0], f"{nav.failure[1]} ({message})"
                    raise TransportError(request.url, kind, message) from None
            # The raw response head (with Set-Cookie) may trail the paused response a little.
            for _ in range(25):
                if nav.status is None or nav.network_id in nav.received:
                    break
                page.wait_for_timeout(20)
        finally:
            page.close()
        if nav.failure is not None:
            raise TransportError(request.url, *nav.failure)
        if nav.status is None:
            raise TransportError(request.url, "protocol", "the browser got no response")
        return self._exchange(request, nav, started, time.monotonic() - clock)

    def _paused(self, session: Any, nav: _Navigation, request: FetchRequest,
                event: dict[str, Any]) -> None:
        from playwright.sync_api import Error as PlaywrightError

        rid = event["requestId"]
        at_response = "responseStatusCode" in event or "responseErrorReason" in event
        try:
            if event["resourceType"] != "Document" or nav.main not in (None, rid):
                session.send("Fetch.failRequest", {"requestId": rid,
                                                   "errorReason": "BlockedByClient"})
            elif not at_response:
                nav.main, nav.network_id = rid, event.get("networkId")
                headers = merge_headers(event["request"]["headers"], request.headers)
                nav.request_headers = {h["name"]: h["value"] for h in headers}
                session.send("Fetch.continueRequest", {"requestId": rid, "headers": headers})
            elif "responseErrorReason" in event:
                reason = event["responseErrorReason"]
                nav.failure = (failure_kind(reason), f"the browser's request failed: {reason}")
                # Let the navigation fail with its own net::ERR_ name, more precise.
                session.send("Fetch.continueRequest", {"requestId": rid})
            else:
                self._take_response(session, nav, event)
                # The exchange is whole: stop here (no redirect, no rendering).
                session.send("Fetch.failRequest", {"requestId": rid, "errorReason": "Aborted"})
        except PlaywrightError:
            pass  # the page was closed under a late event (timeout): nothing left to do

    @staticmethod
    def _take_response(session: Any, nav: _Navigation, event: dict[str, Any]) -> None:
        headers = [(h["name"], h["value"]) for h in event.get("responseHeaders", [])]
        declared = next((v for k, v in headers if k.lower() == "content-length"), "")
        if declared.isdigit() and int(declared) > nav.max_bytes:
            nav.failure = ("too-large", f"Content-Length {declared} exceeds {nav.max_bytes}")
            return
        status = int(event["responseStatusCode"])
        body = b""
        if not (300 <= status < 400 or status in (204, 304)):
            got = session.send("Fetch.getResponseBody", {"requestId": event["requestId"]})
            body = (base64.b64decode(got["body"]) if got["base64Encoded"]
                    else got["body"].encode("utf-8"))
        if len(body) > nav.max_bytes:
            nav.failure = ("too-large", f"the body of {len(body)} bytes exceeds {nav.max_bytes}")
            return
        nav.status, nav.reason, nav.headers, nav.body = (
            status, event.get("responseStatusText") or "", headers, body)

    def _exchange(self, request: FetchRequest, nav: _Navigation, started: dt.datetime,
                  elapsed: float) -> Exchange:
        assert nav.status is not None
        key = nav.network_id or ""
        sent = nav.sent.get(key) or nav.request_headers
        # The head as received (HTTP/1.x: the very text), else the received headers
        # (HTTP/2: repeated ones joined by newlines), else the interception's view, which
        # leaves out cookies.
        received = nav.received.get(key, {})
        head = parse_head(received.get("headersText", ""))
        notes: tuple[str, ...] = ()
        if head is None and received.get("headers"):
            split = [(k, line) for k, v in received["headers"].items() for line in v.split("\n")]
            head = ("HTTP/1.1", nav.reason, split)
        elif head is None:
            notes += ("browser-headers=intercepted",)
        version, reason, headers = head or ("HTTP/1.1", nav.reason, nav.headers)
        encodings = [v for k, v in headers if k.lower() == "content-encoding"]
        notes += tuple(f"browser-decoded={value}" for value in encodings)
        return Exchange(
            request_url=request.url, original_url=request.url, status=nav.status,
            reason=reason, request_headers=tuple(sent.items()),
            response_headers=tuple((k, v) for k, v in headers if k.lower() not in DECODED_AWAY),
            raw_body=nav.body, body=nav.body, started=started, elapsed=elapsed,
            http_version=version, via="browser", notes=notes)

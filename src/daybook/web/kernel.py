"""What the site's views and API share: the archive and its caches (``Site``), request
parameters, cacheable responses and security headers.

The app factory (``web/app.py``) imports the views and this kernel; views and API import
only the kernel, never the app.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import hashlib
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlencode

from daybook.errors import BadRequest
from daybook.model import Day
from daybook.settings import Settings, open_archive
from daybook.store import Store

if TYPE_CHECKING:
    import jinja2
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

    from daybook.web.shared_pages import SharedPages

__all__ = ["BadRequest", "Site", "cached", "link", "param_date", "param_int", "param_lang",
           "param_str", "site_of"]

T = TypeVar("T")

MAX_PAGE = 1000
MAX_SIZE = 100
# Whole-archive answers are dropped when the archive changes (see memo), and at the latest
# after this long.
MEMO_TTL_S = 600.0
MEMO_SIZE = 32
# What one cached page costs beyond its body: the key, the tuple, the headers.
PAGE_OVERHEAD = 512
PAGE_CACHE_BYTES = 64 * 1024 * 1024
# How often a worker looks at the epoch the server's workers share their pages under.
EPOCH_LOOK_S = 1.0
# The largest request target and header block served (bytes); the header block's bound is
# the setting max_header_bytes, this its default.
MAX_TARGET = 8 * 1024
MAX_HEADERS = 16 * 1024
# Numbers in parameters: ASCII digits only (str.isdigit accepts '²', which int() refuses).
NUMBER = re.compile(r"[0-9]{1,9}")
CSP = ("default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'; img-src 'self'; style-src 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class Site:
    """What every view shares: the settings, a store per thread, caches, the templates."""

    def __init__(self, settings: Settings, shared_pages: str | None = None) -> None:
        self.settings = settings
        self.db = settings.db
        self._local = threading.local()
        self._env: jinja2.Environment | None = None
        self._lock = threading.Lock()
        self._stores: list[Store] = []
        self._memo: dict[str, tuple[float, Any]] = {}
        # Rendered pages, valid while the archive is unchanged (see page_get), bounded in
        # bytes: the keys hold only what a route reads, so junk parameters share one entry.
        from cachetools import LRUCache

        self._pages: LRUCache[tuple[str, ...], tuple[Any, ...]] = LRUCache(
            maxsize=settings.page_cache_bytes or PAGE_CACHE_BYTES, getsizeof=page_size)
        self.base_url = public_base(settings.base_url)
        # Pages being made now: a burst of requests for one uncached page makes it once.
        self._making: dict[tuple[str, ...], threading.Lock] = {}
        self._generation = 0
        self._data_version: str | None = None
        self._version_store: Store | None = None
        self.page_cache = settings.page_cache
        # The pages the server's other workers made (``web/shared_pages.py``), under the
        # shared epoch last read; skipped while warming up, which must make its pages.
        self._shared: SharedPages | None = None
        if shared_pages and self.page_cache:
            from daybook.web.shared_pages import SharedPages

            self._shared = SharedPages(shared_pages,
                                       settings.page_cache_bytes or PAGE_CACHE_BYTES)
        self._epoch, self._epoch_seen = 0, 0.0
        self.warming = False
        # Translations are served from the cache the CLI fills; the site never runs an engine.
        # The same engine identity, publisher's name forms and memory threshold as
        # `daybook day --lang`, so that the site finds what it translated.
        from daybook.translate.engines import DEFAULT_ENGINE, cached_engine
        from daybook.translate.names import load_overrides

        self.translation_cache = settings.translation_cache()
        self.translation_engine = (cached_engine(settings.translate, settings)
                                   or cached_engine(DEFAULT_ENGINE, settings))
        self.name_overrides = load_overrides(settings.names_fr) if settings.names_fr else None

    def translated_day(self, store: Store, date: dt.date, lang: str) -> Day | None:
        """The day in ``lang`` as far as stored renditions and cached translations make it
        whole; None when some text was never translated."""
        if self.translation_cache is None or not Path(self.translation_cache).exists():
            return None  # nothing was ever translated for this archive
        from daybook.translate.cache import TranslationCache
        from daybook.translate.day import cached_day_in_language
        from daybook.translate.engines import DEFAULT_ENGINE

        cache = TranslationCache(self.translation_cache, read_only=True)
        try:
            return cached_day_in_language(store, date, lang,
                                          self.translation_engine or DEFAULT_ENGINE, cache,
                                          names=self.name_overrides,
                                          threshold=self.settings.tm_threshold)
        finally:
            cache.close()

    def store(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_archive(self.settings, read_only=True)
            self._local.store = store
            with self._lock:
                self._stores.append(store)
        return store

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(store, *args)`` on this thread's own connection. Every view is a plain
        function, which Starlette runs in its thread pool: reading and rendering alike stay
        off the event loop, so one slow page never holds up the others."""
        return fn(self.store(), *args, **kwargs)

    def memo(self, key: str, fn: Callable[[], T], ttl: float = MEMO_TTL_S) -> T:
        """``fn()`` remembered until the archive changes, at most ``ttl`` seconds:
        whole-archive answers (all dates, the last change) scan every event (0.5-2 s on
        50,000 events), and the archive changes only by ingestion. Made by one thread at a
        time: 20 requests arriving when it expires would otherwise all scan and starve
        each other."""
        self.generation()  # drops every remembered value if the archive changed
        hit = self._memo_hit(key, ttl)
        if hit is not None:
            value: T = hit[1]
            return value
        with self._alone(("memo", key)):
            hit = self._memo_hit(key, ttl)
            if hit is not None:
                value = hit[1]
                return value
            now = time.monotonic()
            value = fn()
            with self._lock:
                if len(self._memo) >= MEMO_SIZE:  # bounded: keys carry query parameters
                    self._memo.clear()
                self._memo[key] = (now, value)
            return value

    def _memo_hit(self, key: str, ttl: float) -> tuple[float, Any] | None:
        with self._lock:
            hit = self._memo.get(key)
        return hit if hit is not None and time.monotonic() - hit[0] < ttl else None

    @contextlib.contextmanager
    def _alone(self, key: tuple[str, ...]) -> Iterator[None]:
        """The block run for ``key`` by one thread at a time: a burst of requests needing
        the same costly value makes it once, the others wait, then find it made."""
        with self._lock:
            making = self._making.setdefault(key, threading.Lock())
        try:
            with making:
                yield
        finally:
            with self._lock:
                if self._making.get(key) is making and not making.locked():
                    del self._making[key]

    def generation(self) -> int:
        """A number that changes whenever another process commits to the archive."""
        return self._stamp()[0]

    def _stamp(self) -> tuple[int, int]:
        """(generation, shared epoch). The generation is the store's data version, read on
        one store of our own: the site never writes, so any change comes from an ingest,
        and costs one tiny statement per request. A change seen (or a first look: this
        worker may replace one that saw older data) moves the shared epoch on; the epoch
        the other workers moved to is adopted within a second (only sharing waits for it:
        the pages of any epoch this worker reads were made after every change it saw)."""
        with self._lock:
            if self._version_store is None:
                self._version_store = open_archive(self.settings, read_only=True)
            version = self._version_store.data_version()
            changed = version != self._data_version
            if changed:
                self._data_version = version
                self._generation += 1
                self._pages.clear()
                self._memo.clear()
            if self._shared is not None:
                self._look_at_epoch(self._shared, changed)
            return self._generation, self._epoch

    def _look_at_epoch(self, shared: SharedPages, changed: bool) -> None:
        now = time.monotonic()
        try:
            if changed:
                self._epoch, self._epoch_seen = shared.advance(), now
            elif now - self._epoch_seen >= EPOCH_LOOK_S:
                self._epoch, self._epoch_seen = shared.epoch(), now
        except shared.failures as exc:
            # An epoch that cannot move cannot say which pages are current: this worker
            # stops sharing (the others still see every change on their own).
            import logging

            logging.getLogger(__name__).warning("shared pages off in this worker: %s", exc)
            self._shared = None

    def page_get(self, key: tuple[str, ...]) -> tuple[int, Any]:
        """(generation, cached value or None); pass the generation to ``page_put``."""
        return self._page_get(key)[::2]

    def _page_get(self, key: tuple[str, ...]) -> tuple[int, int, Any]:
        if not self.page_cache:
            return 0, 0, None
        gen, epoch = self._stamp()
        with self._lock:
            return gen, epoch, self._pages.get(key)

    def page_put(self, key: tuple[str, ...], generation: int, value: Any) -> None:
        """Keep a rendered page, unless the archive changed while it was being made."""
        if not self.page_cache:
            return
        with self._lock:
            if generation != self._generation:
                return
            # A page larger than the whole cache is simply not kept.
            with contextlib.suppress(ValueError):
                self._pages[key] = value

    def kept(self, key: tuple[str, ...], make: Callable[[], tuple[Any, ...]]) -> tuple[Any, ...]:
        """The page cached under ``key`` (what the route reads), else ``make()`` kept.
        ``make`` raises for an error page, which is therefore never kept."""
        if not self.page_cache:
            return make()
        generation, _, hit = self._page_get(key)
        if hit is None:
            with self._alone(key):  # the first request makes the page, the others wait
                generation, epoch, hit = self._page_get(key)
                if hit is None:
                    hit = self._made_once(epoch, key, make)
                    self.page_put(key, generation, hit)
        value: tuple[Any, ...] = hit
        return value

    def _made_once(self, epoch: int, key: tuple[str, ...],
                   make: Callable[[], tuple[Any, ...]]) -> tuple[Any, ...]:
        """``make()``, or the page another worker made (or is making) under ``epoch``."""
        shared = self._shared
        if shared is None:
            return make()
        if self.warming:  # the warm-up makes its pages: templates compiled, tables loaded
            value = make()
            shared.put(epoch, key, value)
            return value
        hit = shared.get(epoch, key)
        if hit is None and shared.claim(epoch, key):
            try:
                value = make()
                shared.put(epoch, key, value)
                return value
            finally:
                shared.release(epoch, key)
        if hit is None:
            hit = shared.wait(epoch, key)
        # None: the other worker failed (an error page) or is too slow; made here too.
        return tuple(hit) if hit is not None else make()

    def page_bytes(self) -> int:
        """What the cached pages weigh now (as the cache counts them)."""
        with self._lock:
            return int(self._pages.currsize)

    def close(self) -> None:
        with self._lock:
            if self._version_store is not None:
                self._version_store.close()
                self._version_store = None
            for store in self._stores:
                # Closing at shutdown: nobody is left to tell of a failure.
                with contextlib.suppress(Exception):
                    store.close()
            self._stores.clear()
            if self._shared is not None:
                self._shared.close()

    @property
    def env(self) -> jinja2.Environment:
        if self._env is None:
            self._env = make_env()
        return self._env


def page_size(value: tuple[Any, ...]) -> int:
    """The weight of a cached page: its body (text or bytes) and a fixed overhead."""
    body = value[0]
    return (len(body) if isinstance(body, str | bytes) else 0) + PAGE_OVERHEAD


def public_base(url: str | None) -> str:
    """The ``base_url`` setting without its final slash, or '' (links relative to the
    site): absolute links are never built from the request's Host header."""
    if not url:
        return ""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or \
            parts.fragment:
        from daybook.errors import SettingsError

        raise SettingsError(f"base_url {url!r} is not an http(s) address",
                            remedy="write it as https://host/ or https://host/path/")
    return url.strip().rstrip("/")


def is_web_url(url: Any) -> bool:
    from daybook.publish.atom import is_web_url as check

    return isinstance(url, str) and check(url)


def make_env() -> jinja2.Environment:
    import jinja2

    from daybook.sanitize import markup_finalize

    # Autoescape everything: template names end in .html.j2, which select_autoescape misses.
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("daybook.web", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=markup_finalize,  # what HTML cannot carry never reaches a page
    )
    env.filters["web_url"] = lambda u: u.strip() if is_web_url(u) else None
    env.filters["qid"] = lambda s: quote(str(s), safe=":")
    from daybook.web.typography import typo

    env.filters["typo"] = typo  # French typography on text content, never in attributes
    from daybook.web.charts import install as install_charts

    install_charts(env)  # charts drawn on the server, for the partials of templates/charts/
    return env


# -- parameters ----------------------------------------------------------------------------


def param_date(request: Request, name: str) -> dt.date | None:
    value = request.query_params.get(name)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name}={value[:40]!r} is not a date", remedy="use YYYY-MM-DD") from None


def param_int(request: Request, name: str, default: int, low: int, high: int) -> int:
    value = request.query_params.get(name)
    if value is None or value == "":
        return default
    if NUMBER.fullmatch(value) is None or not low <= int(value) <= high:
        raise BadRequest(f"{name}={value[:20]!r} is not a whole number from {low} to {high}",
                         remedy=f"use {name}={default}")
    return int(value)


def param_str(request: Request, name: str, max_len: int = 200) -> str | None:
    value = request.query_params.get(name)
    if value is None or not value.strip():
        return None
    if len(value) > max_len:
        raise BadRequest(f"{name} is longer than {max_len} characters", remedy="shorten it")
    return value.strip()


def param_lang(request: Request) -> str | None:
    lang = param_str(request, "lang", 10)
    if lang is not None and not (lang.isalpha() and len(lang) <= 3):
        raise BadRequest(f"lang={lang!r} is not a language", remedy="use fr, en or ru")
    return lang.lower() if lang else None


def local_path(path: str) -> str:
    """``path`` as a link that stays on this site: '//host/x' or '/\\host' would be read by a
    browser as another host."""
    return "/" + path.lstrip("/\\")


def link(path: str, **params: Any) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(clean) if clean else "")


# -- responses -----------------------------------------------------------------------------


def http_date(value: dt.datetime) -> str:
    return email.utils.format_datetime(value.astimezone(dt.UTC), usegmt=True)


def cached(
    request: Request,
    body: str | bytes,
    media_type: str,
    *,
    last_modified: dt.datetime | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """A response with an ETag (hash of the body); 304 when the client has that body."""
    from starlette.responses import Response

    data = body.encode("utf-8") if isinstance(body, str) else body
    etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
    extra = {"ETag": etag, "Cache-Control": "public, max-age=60", **(headers or {})}
    if last_modified is not None:
        extra["Last-Modified"] = http_date(last_modified)
    seen = request.headers.get("if-none-match", "")
    if seen and (seen.strip() == "*" or etag in [s.strip().removeprefix("W/")
                                                  for s in seen.split(",")]):
        return Response(status_code=304, headers=extra)
    return Response(data, media_type=media_type, headers=extra)


def _secured(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """The security headers added; HTML pages speak the visitor's Accept-Language, so a
    shared cache must keep one copy per language (Vary)."""
    out = list(headers) + SECURITY_HEADERS
    html = any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers)
    if html and not any(k.lower() == b"vary" for k, _ in headers):
        out.append((b"vary", b"Accept-Language"))
    return out


def _refusal(scope: Scope,
             max_headers: int = MAX_HEADERS) -> tuple[int, str, dict[str, str]] | None:
    """Why a request is refused before the app sees it: a method that would write, or a
    head larger than any page needs (the server's parser bounds only a head that arrives
    in pieces; one that arrives whole is measured here)."""
    if scope["method"] not in ("GET", "HEAD"):
        return 405, "Method Not Allowed: this site is read-only", {"Allow": "GET, HEAD"}
    if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > MAX_TARGET:
        return 414, "URI Too Long", {}
    if sum(len(k) + len(v) + 4 for k, v in scope.get("headers") or ()) > max_headers:
        return 431, "Request Header Fields Too Large", {}
    return None


class SecurityMiddleware:
    """Security headers on every response; 405 for any method but GET and HEAD, answered
    before a byte of the request body is read (and the connection closed after it)."""

    def __init__(self, app: ASGIApp, max_headers: int = MAX_HEADERS) -> None:
        self.app = app
        self.max_headers = max_headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = _secured(message.get("headers", []))
            await send(message)

        refusal = _refusal(scope, self.max_headers)
        if refusal is not None:
            from starlette.responses import PlainTextResponse

            status, text, extra = refusal
            response = PlainTextResponse(f"{status} {text}\n", status_code=status,
                                         headers={**extra, "Connection": "close"})
            await response(scope, receive, send_secure)
            return
        await self.app(scope, receive, send_secure)


def site_of(request: Request) -> Site:
    site: Site = request.app.state.site
    return site

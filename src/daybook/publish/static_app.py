"""Asking the web app for the static edition's pages, in-process and without per-page cost.

The build asks thousands of pages of one app. An HTTP client over ASGI (httpx) costs more
per page than many views (it builds and parses a request and a response, and checks for
an async library on every request); here a page is one ASGI call and its body collected.
While the build runs the archive does not change, so the events the views read again and
again (every format of a day reads the day; every page of an event reads the event) are
read once and shared (``ReadCache``).
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote

if TYPE_CHECKING:
    from daybook.store import Store
    from daybook.web.kernel import Site

T = TypeVar("T")
HOST = "daybook.invalid"
# Reads kept per build: the events and days of a large archive do not all stay in memory.
READS_KEPT = 20_000


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


async def ask(app: Any, url: str, accept_language: str) -> Answer:
    """GET ``url`` (path and query) of the ASGI ``app``: its status, headers and body."""
    path, _, query = url.partition("?")
    scope = {
        "type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1", "method": "GET", "scheme": "http",
        "path": unquote(path), "raw_path": path.encode("ascii", "replace"),
        "query_string": query.encode("ascii", "replace"), "root_path": "",
        "headers": [(b"host", HOST.encode()),
                    (b"accept-language", accept_language.encode("ascii", "replace"))],
        "client": ("127.0.0.1", 0), "server": (HOST, 80), "state": {},
    }
    sent = False
    status = 500
    headers: dict[str, str] = {}
    chunks: list[bytes] = []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        return {"type": "http.disconnect"}  # asked again only once the answer is sent

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
            for k, v in message.get("headers", []):
                headers[k.decode("latin-1").lower()] = v.decode("latin-1")
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return Answer(status, headers, b"".join(chunks))


class ReadCache:
    """The reads of one build, kept: a store per thread (the site's), whose events, days'
    events and histories are read once for all threads. Only valid while nobody writes to
    the archive, which a build does not do."""

    def __init__(self, size: int = READS_KEPT) -> None:
        from cachetools import LRUCache

        self._lock = threading.Lock()
        self._values: LRUCache[tuple[Any, ...], Any] = LRUCache(maxsize=size)

    def keep(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._values:
                return self._values[key]
        value = make()  # two threads may both make it: the same value, kept once
        with self._lock:
            self._values[key] = value
        return value

    def install(self, site: Site) -> None:
        """Make the site's views read through this cache (for this build's app only)."""
        own = site.store
        proxies: dict[int, CachedStore] = {}

        def store() -> Store:
            inner = own()
            proxy = proxies.get(id(inner))
            if proxy is None:
                proxy = proxies.setdefault(id(inner), CachedStore(inner, self))
            return proxy

        # The app's site is this build's own: its store method is replaced, nobody else's.
        setattr(site, "store", store)  # noqa: B010


class CachedStore:
    """A store whose read methods the views call most are answered from a ``ReadCache``;
    everything else goes to the store itself."""

    def __init__(self, inner: Store, cache: ReadCache) -> None:
        self._inner = inner
        self._cache = cache

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def get_event(self, event_id: str, language: str | None = None) -> Any:
        return self._cache.keep(("event", event_id, language),
                                lambda: self._inner.get_event(event_id, language))

    def events_on(self, date: Any, language: str | None = None) -> list[Any]:
        # A copy each time: callers may sort or extend the list they get.
        return list(self._cache.keep(("on", date, language),
                                     lambda: tuple(self._inner.events_on(date, language))))

    def history(self, event_id: str, language: str | None = None) -> list[Any]:
        return list(self._cache.keep(("history", event_id, language),
                                     lambda: tuple(self._inner.history(event_id, language))))

    def day_meta(self, date: Any) -> list[Any]:
        return list(self._cache.keep(("meta", date),
                                     lambda: tuple(self._inner.day_meta(date))))


def run_async(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """``asyncio.run`` of the coroutine ``make`` gives, in a thread of its own when this
    one already runs an event loop (a caller inside async code, a test's browser)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


def write_whole(path: Path, data: bytes) -> None:
    """Write whole or not at all: a reader of the folder never sees half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)

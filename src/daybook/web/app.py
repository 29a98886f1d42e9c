"""The read-only web site: an ASGI app (Starlette) over an archive opened read-only.

Store calls run in Starlette's thread pool, each worker thread with its own read-only
connection. Every response carries security headers; only GET and HEAD are served. This
module builds the app from the views, the API and the shared kernel (``web/kernel.py``).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from anyio import to_thread

from daybook.errors import BadRequest, DaybookError, NotFoundError, QueryError
from daybook.settings import Settings
from daybook.web.kernel import MAX_HEADERS, SecurityMiddleware, Site

RENDER_THREADS = 8

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json"


def error_response(request: Request, status: int, message: str) -> Response:
    from starlette.responses import HTMLResponse, JSONResponse

    if _wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    from daybook.web.views import render_error

    return HTMLResponse(render_error(request, status, message), status_code=status)


def create_app(config: Settings | str | Path, *, warm: bool = False,
               shared_pages: str | None = None) -> Starlette:
    """The ASGI app serving the archive that ``config`` names (a path or URL: the default
    settings for it), opened read-only now to fail early, then once per worker thread.

    ``warm``: before taking its first request (``daybook serve``), the app asks itself for
    a few pages of each kind (``warm_up``), so that visitors do not wait for its templates
    to compile or for the whole-archive pages (home, feeds, calendar) to be made.
    ``shared_pages``: the directory where the server's workers share the pages they make
    (``web/shared_pages.py``), so that each page is made once, not once per worker."""
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.middleware import Middleware
    from starlette.routing import Mount
    from starlette.staticfiles import StaticFiles

    from daybook.web import api, media, people_views, search_views, views

    settings = config if isinstance(config, Settings) else Settings(db=str(config))
    site = Site(settings, shared_pages)
    media.install(site)  # photos from the archive, for templates/partials/photos.html.j2
    # Open once now so that a wrong path fails at start, not on the first visitor.
    site.store()

    async def on_daybook_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, NotFoundError):
            return error_response(request, 404, exc.message)
        if isinstance(exc, BadRequest | QueryError):
            assert isinstance(exc, DaybookError)
            fix = f" ({exc.remedy})" if exc.remedy else ""
            return error_response(request, 400, exc.message + fix)
        return error_response(request, 500, "the archive could not answer")

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return error_response(request, exc.status_code, str(exc.detail))

    async def on_crash(request: Request, exc: Exception) -> Response:
        return error_response(request, 500, "internal error")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Few render threads: under a burst of first makes, 40 threads sharing the GIL
        # all finish late together, and cached pages wait behind them.
        to_thread.current_default_thread_limiter().total_tokens = (
            settings.render_threads or RENDER_THREADS)
        if warm:
            await warm_up(app)
        yield
        site.close()

    static = Path(__file__).with_name("static")
    routes = [
        *views.routes(),
        *people_views.routes(),
        *search_views.routes(),
        *api.routes(),
        *media.routes(),
        Mount("/static", app=StaticFiles(directory=static), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityMiddleware,
                               max_headers=settings.max_header_bytes or MAX_HEAD_BYTES)],
        exception_handlers={DaybookError: on_daybook_error, HTTPException: on_http_error,
                            Exception: on_crash},
        lifespan=lifespan,
    )
    app.state.site = site
    return app


def warm_paths(site: Site) -> list[str]:
    """What a worker makes before its first visitor: the pages of the whole archive (home,
    feeds, calendar: the costliest, and kept in the page cache) and one page of each other
    kind (its template compiled, its code and the archive's pages read once)."""
    import datetime as dt
    from urllib.parse import quote

    store = site.store()
    paths = ["/", "/feed.atom", "/calendar.ics", "/api/days", "/api/events", "/openapi.json"]
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    dates = store.dates(date_to=tomorrow)
    events = store.events_on(dates[-1]) if dates else []
    if events:
        e = events[0]
        key = quote(e.id, safe=":")
        word = quote(next((w for w in e.title.split() if len(w) > 3), e.title.split()[0]))
        paths += [f"/day/{e.date}", f"/api/days/{e.date}", f"/event/{key}",
                  f"/api/events/{key}?lang={e.language}", f"/search?q={word}",
                  f"/api/search?q={word}"]
    return paths


async def warm_up(app: Starlette) -> dict[str, int]:
    """Ask the app for ``warm_paths`` through ASGI, one after the other; the status of
    each (an error is the page's business: a warm-up never stops the server)."""
    import httpx

    site: Site = app.state.site
    statuses = {}
    transport = httpx.ASGITransport(app=app)
    site.warming = True  # made here, not read from the other workers: that is the point
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://warm-up") as client:
            for path in warm_paths(site):
                try:
                    statuses[path] = (await client.get(path)).status_code
                except httpx.HTTPError:
                    statuses[path] = 0
    finally:
        site.warming = False
    app.state.warmed = statuses
    return statuses


# Bounds on what one client can hold: the request line and headers together (h11 refuses a
# larger head arriving in pieces with 400, the middleware one arriving whole with 431; the
# setting max_header_bytes), the idle time of a kept-alive connection.
MAX_HEAD_BYTES = MAX_HEADERS
KEEP_ALIVE_S = 30
# How long a worker may take to answer its supervisor's health check before it is killed
# and replaced (uvicorn's default, 5 s, kills workers that are only starting slowly on a
# busy machine, over and over).
WORKER_HEALTHCHECK_S = 60
MAX_CONNECTIONS = 1000


def server_options(settings: Settings, *, host: str, port: int, access_log: bool,
                   forwarded_allow_ips: str = "127.0.0.1") -> dict[str, Any]:
    """uvicorn's options for the site: h11 with a deadline on each request's head
    (``web/protocol.py``, setting header_timeout), a cap on open connections (503 beyond),
    bounded heads (setting max_header_bytes)."""
    from daybook.web.protocol import HEADER_TIMEOUT_S, HeaderTimeoutH11Protocol

    # A loaded server may take longer than uvicorn's 5 s to read the next request on a
    # kept-alive connection; closing it then makes the client's request fail.
    return {"host": host, "port": port, "log_level": "info", "access_log": access_log,
            "server_header": False,
            "http": partial(HeaderTimeoutH11Protocol,
                            header_timeout=settings.header_timeout or HEADER_TIMEOUT_S),
            "timeout_keep_alive": KEEP_ALIVE_S, "timeout_worker_healthcheck": WORKER_HEALTHCHECK_S,
            "limit_concurrency": settings.max_connections or MAX_CONNECTIONS,
            "h11_max_incomplete_event_size": settings.max_header_bytes or MAX_HEAD_BYTES,
            # Client address and scheme from a proxy's X-Forwarded-* headers, only when the
            # connection comes from one of these addresses.
            "proxy_headers": True, "forwarded_allow_ips": forwarded_allow_ips}


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
          access_log: bool = True, forwarded_allow_ips: str = "127.0.0.1") -> None:
    """Run the site with uvicorn until interrupted; several workers share the port.

    Each worker process builds its own app from ``settings``: uvicorn's supervisor pickles
    its config into the processes it spawns, and the config's app is a factory,
    ``create_app`` bound to the settings. Nothing goes through the environment or a file.
    """
    import uvicorn

    options = server_options(settings, host=host, port=port, access_log=access_log,
                             forwarded_allow_ips=forwarded_allow_ips)
    if workers == 1:
        uvicorn.run(create_app(settings, warm=True), **options)
        return
    import tempfile

    from uvicorn.supervisors import Multiprocess

    create_app(settings).state.site.close()  # says now, in this process, if it is unusable
    # The workers' shared pages live as long as this server (a fresh server starts cold:
    # a page made from an older archive is never served after a restart).
    with (tempfile.TemporaryDirectory(prefix="daybook-pages-") if settings.page_cache
          else contextlib.nullcontext()) as shared:
        # uvicorn.run refuses anything but an import string with workers > 1, yet its
        # supervisor takes any picklable factory: the same steps as uvicorn.run, by hand.
        config = uvicorn.Config(partial(create_app, settings, warm=True, shared_pages=shared),
                                factory=True, workers=workers, **options)
        sock = config.bind_socket()
        Multiprocess(config, sockets=[sock]).run()

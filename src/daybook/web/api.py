"""The JSON API under /api/: paginated, cacheable (ETag, Last-Modified), read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from daybook.errors import BadRequest, NotFoundError
from daybook.sanitize import dumps_json
from daybook.web.kernel import (
    MAX_PAGE,
    MAX_SIZE,
    Site,
    cached,
    param_date,
    param_int,
    param_lang,
    param_str,
    site_of,
)
from daybook.web.openapi import OPENAPI

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import BaseRoute

    from daybook.store.base import EventSummary, Store

JSON = "application/json"
DEFAULT_SIZE = 20


def reply(request: Request, data: Any, last_modified: dt.datetime | None = None) -> Response:
    body = dumps_json(data, separators=(",", ":"))
    return cached(request, body, JSON, last_modified=last_modified)


def kept_reply(request: Request, key: tuple[str, ...],
               make: Callable[[], tuple[Any, dt.datetime | None]]) -> Response:
    """A reply kept in the page cache under ``key`` (what the route reads), made by
    ``make`` (the document and its last change) when not there."""
    def made() -> tuple[str, dt.datetime | None]:
        doc, changed = make()
        return dumps_json(doc, separators=(",", ":")), changed

    body, changed = site_of(request).kept(key, made)
    return cached(request, body, JSON, last_modified=changed)


def paging(request: Request) -> tuple[int, int]:
    return (param_int(request, "page", 1, 1, MAX_PAGE),
            param_int(request, "size", DEFAULT_SIZE, 1, MAX_SIZE))


def envelope(items: list[Any], total: int, page: int, size: int) -> dict[str, Any]:
    return {"total": total, "page": page, "size": size,
            "pages": (total + size - 1) // size, "items": items}


def summary_dict(s: EventSummary) -> dict[str, Any]:
    return {"id": s.id, "language": s.language, "date": s.date.isoformat(),
            "start": s.start.isoformat() if s.start else None, "kind": s.kind,
            "title": s.title, "place": s.place, "url": s.url, "revision": s.revision}


def _range(request: Request) -> tuple[dt.date | None, dt.date | None]:
    date_from, date_to = param_date(request, "from"), param_date(request, "to")
    if date_from and date_to and date_from > date_to:
        raise BadRequest("from is after to", remedy="swap the dates")
    return date_from, date_to


def _changed(site: Site, store: Store) -> dt.datetime | None:
    from daybook.browse import last_changed

    return site.memo("last_changed", lambda: last_changed(store))


def _days(store: Store, date_from: dt.date | None, date_to: dt.date | None,
          lang: str | None, site: Site) -> tuple[list[tuple[dt.date, int]], dt.datetime | None]:
    counts = site.memo(f"days:{date_from}:{date_to}:{lang}",
                       lambda: store.day_counts(date_from, date_to, lang))
    return counts, _changed(site, store)


def days(request: Request) -> Response:
    date_from, date_to = _range(request)
    lang = param_lang(request)
    page, size = paging(request)
    rows, changed = site_of(request).call(_days, date_from, date_to, lang,
                                               site_of(request))
    chunk = rows[(page - 1) * size: page * size]
    items = [{"date": d.isoformat(), "events": n, "href": f"/api/days/{d.isoformat()}"}
             for d, n in chunk]
    return reply(request, envelope(items, len(rows), page, size), changed)


def _day(store: Store, date: dt.date, lang: str | None) -> tuple[dict[str, Any], Any]:
    from daybook.browse import last_changed
    from daybook.days import assemble_day

    result = assemble_day(store, date, lang)
    if not result.events:
        raise NotFoundError(f"no events on {date.isoformat()}", remedy="see /api/days")
    return result.to_dict(), last_changed(store, [e.id for e in result.events])


def day(request: Request) -> Response:
    value = request.path_params["date"]
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{value[:40]!r} is not a date", remedy="use YYYY-MM-DD") from None
    lang = param_lang(request)
    site = site_of(request)
    return kept_reply(request, ("api-day", date.isoformat(), lang or ""),
                      lambda: site.call(_day, date, lang))


def _events(store: Store, date_from: dt.date | None, date_to: dt.date | None,
            lang: str | None, kind: str | None, page: int, size: int,
            site: Site) -> tuple[list[EventSummary], int, Any]:
    """One page of summaries, paged in SQL; the total is remembered for a minute."""
    total = site.memo(f"events:{date_from}:{date_to}:{lang}:{kind}",
                      lambda: store.count_events(date_from, date_to, lang, kind=kind))
    rows = store.list_events(date_from, date_to, lang, kind=kind, limit=size,
                             offset=(page - 1) * size)
    return rows, total, _changed(site, store)


def events(request: Request) -> Response:
    from daybook.model import EVENT_KINDS

    date_from, date_to = _range(request)
    kind = param_str(request, "kind", 20)
    if kind is not None and kind not in EVENT_KINDS:
        raise BadRequest(f"unknown kind {kind!r}", remedy="use one of " + ", ".join(EVENT_KINDS))
    page, size = paging(request)
    rows, total, changed = site_of(request).call(
        _events, date_from, date_to, param_lang(request), kind, page, size, site_of(request))
    items = [summary_dict(s) for s in rows]
    return reply(request, envelope(items, total, page, size), changed)


def _event(store: Store, event_id: str, lang: str | None) -> tuple[dict[str, Any], Any]:
    from daybook.browse import last_changed

    found = store.get_event(event_id, lang)
    if found is None:
        raise NotFoundError(f"no event {event_id[:80]!r}", remedy="see /api/events")
    return found.to_dict(), last_changed(store, [event_id])


def event(request: Request) -> Response:
    event_id, lang = request.path_params["event_id"], param_lang(request)
    site = site_of(request)
    return kept_reply(request, ("api-event", event_id, lang or ""),
                      lambda: site.call(_event, event_id, lang))


def person(request: Request) -> Response:
    """One person by registry id (``person:vladimir-putin``) or name slug; any other
    spelling (``vladimir-poutine``, ``в-путин``) redirects to the person's id."""
    from daybook.browse import person as load_person
    from daybook.web.people_views import resolve

    page, size = paging(request)
    key = request.path_params["key"]
    site = site_of(request)
    resolved = resolve(request, "/api/people")
    if not isinstance(resolved, tuple):
        return resolved
    generation, found_dir = resolved

    def make() -> tuple[dict[str, Any], None]:
        found = site.call(load_person, key, limit=size, offset=(page - 1) * size,
                          directory=found_dir)
        if found is None:
            raise NotFoundError(f"nobody under {key[:80]!r}", remedy="see /api/people")
        data = found.to_dict()
        data.update(page=page, size=size, pages=(found.total + size - 1) // size)
        return data, None

    return kept_reply(request, ("api-person", key, str(page), str(size), str(generation)),
                      make)


def people(request: Request) -> Response:
    """People by number of appearances (or name, or latest appearance); ``q`` searches
    their names in any script, ``role`` their roles."""
    from daybook.directory import SORTS
    from daybook.web.directory_cache import current

    page, size = paging(request)
    q = param_str(request, "q", 200)
    role = param_str(request, "role", 200)
    sort = request.query_params.get("sort", "appearances")
    if sort not in SORTS:
        raise BadRequest(f"unknown sort {sort[:40]!r}", remedy="use " + ", ".join(SORTS))
    generation, everybody = current(site_of(request))

    def make() -> tuple[dict[str, Any], None]:
        found = everybody.listing(q, role, sort)
        items = [{"id": e.key, "person_id": e.person_id, "name": e.name,
                  "appearances": e.total,
                  "last_seen": e.last_seen.isoformat() if e.last_seen else None,
                  "names": [n for n, _ in e.spellings.most_common()],
                  "roles": [r.role for r in e.roles[:5]],
                  "href": "/api/people/" + quote(e.key, safe=":")}
                 for e in found[(page - 1) * size: page * size]]
        return envelope(items, len(found), page, size), None

    return kept_reply(request, ("api-people", q or "", role or "", sort, str(page), str(size),
                                str(generation)), make)


def search(request: Request) -> Response:
    from daybook.aliases import directory_aliases
    from daybook.search import SORTS
    from daybook.search import search as run_search
    from daybook.web.directory_cache import current

    q = param_str(request, "q", 500)
    if q is None:
        raise BadRequest("q is missing", remedy="add ?q=words")
    page, size = paging(request)
    with_facets = request.query_params.get("facets", "0") in ("1", "true", "yes")
    expand = request.query_params.get("expand", "1") not in ("0", "false", "no")
    exact = request.query_params.get("exact", "0") in ("1", "true", "yes")
    sort = request.query_params.get("sort", "relevance")
    if sort not in SORTS:
        raise BadRequest(f"unknown sort {sort[:40]!r}", remedy="use " + " or ".join(SORTS))
    site = site_of(request)
    generation, people = current(site)

    def make() -> tuple[dict[str, Any], None]:
        result = site.call(run_search, q, limit=size, offset=(page - 1) * size,
                           facets=with_facets, aliases=directory_aliases(people),
                           expand=expand, sort=sort, exact_total=exact)
        data = result.to_dict()
        data.update(page=page, size=size, pages=(result.total + size - 1) // size)
        return data, None

    return kept_reply(request, ("api-search", q, str(page), str(size), str(with_facets),
                                str(expand), sort, str(exact), str(generation)), make)


def openapi(request: Request) -> Response:
    return reply(request, OPENAPI)


def index(request: Request) -> Response:
    """The endpoints, from the OpenAPI description."""
    endpoints = [{"path": path, "summary": item["get"]["summary"]}
                 for path, item in OPENAPI["paths"].items()]
    return reply(request, {"openapi": "/openapi.json", "docs": "/api/docs",
                           "endpoints": endpoints})


def docs(request: Request) -> Response:
    """The OpenAPI description as a readable page, rendered on the server (no scripts)."""
    from daybook.web.openapi import operations
    from daybook.web.views import render

    body = render(request, "api_docs.html.j2", info=OPENAPI["info"],
                  operations=operations(OPENAPI))
    return cached(request, body, "text/html; charset=utf-8")


def routes() -> list[BaseRoute]:
    from starlette.routing import Route

    return [
        Route("/api/days", days, methods=["GET"]),
        Route("/api/days/{date}", day, methods=["GET"]),
        Route("/api/events", events, methods=["GET"]),
        Route("/api/events/{event_id:path}", event, methods=["GET"]),
        Route("/api/people", people, methods=["GET"]),
        Route("/api/people/{key:path}", person, methods=["GET"]),
        Route("/api/search", search, methods=["GET"]),
        Route("/api/", index, methods=["GET"]),
        Route("/api/docs", docs, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
    ]

"""Person pages and the list of people: one page per person whatever the spelling.

Both read the people directory (``daybook.directory``), built once per archive version
and shared by the worker's threads; any spelling's URL redirects to the person's page."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from daybook.errors import BadRequest, NotFoundError
from daybook.web.directory_cache import current
from daybook.web.kernel import MAX_SIZE, Site, cached, link, param_int, param_str, site_of

if TYPE_CHECKING:
    from markupsafe import Markup
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import BaseRoute

    from daybook.browse import PersonPage
    from daybook.directory import Directory
    from daybook.store.base import Store

CYRILLIC = re.compile("[\u0400-\u04ff]")
HTML = "text/html; charset=utf-8"
PEOPLE_PAGE_SIZE = 100
COMPANIONS = 12

def canonical_key(people: Directory, key: str) -> str:
    """The key of the person ``key`` means; NotFoundError when nobody."""
    found = people.canonical(key)
    if found is None:
        raise NotFoundError(f"nobody under {key[:80]!r}",
                            remedy="search for the name, or see /people")
    return found


@lru_cache(maxsize=1024)
def appearances_chart(months: tuple[tuple[str, int], ...], label: str,
                      ui: str = "en") -> Markup | None:
    """The appearances chart (``web/charts.py``), kept per months, label and language:
    a few milliseconds to draw, saved when the page is asked again."""
    from daybook.web.charts import appearances_chart as draw

    return draw(months, label, ui)


def lang_of(name: str) -> Markup:
    """A ``lang`` attribute for a name in Cyrillic (read aloud as Russian), else nothing."""
    from markupsafe import Markup

    return Markup(' lang="ru"') if CYRILLIC.search(name) else Markup("")


def redirect(request: Request, path: str) -> Response:
    from starlette.responses import RedirectResponse

    params = {k: v for k, v in request.query_params.items() if k in ("page", "ui", "size")}
    return RedirectResponse(link(path, **params), status_code=308)


def resolve(request: Request, prefix: str) -> tuple[int, Directory] | Response:
    """The directory (with its generation) when the URL names a person by their own key;
    else a redirect to that key under ``prefix``. NotFoundError when nobody."""
    key = request.path_params["key"]
    generation, people = current(site_of(request))
    target = canonical_key(people, key)
    if target != key:
        return redirect(request, f"{prefix}/{target}")
    return generation, people


def person(request: Request) -> Response:
    from daybook.web.views import view_key

    key = request.path_params["key"]
    site = site_of(request)
    resolved = resolve(request, "/person")
    if not isinstance(resolved, tuple):
        return resolved
    generation, people = resolved
    number = param_int(request, "page", 1, 1, 1000)

    def make() -> tuple[str]:
        from daybook.web.views import render, ui_of

        found = _load(site, people, key, MAX_SIZE, (number - 1) * MAX_SIZE)
        pages = max(1, (found.total + MAX_SIZE - 1) // MAX_SIZE)
        if number > pages:  # the name as the page would give it ("Vladimir Poutine")
            raise NotFoundError(f"{found.name_in(ui_of(request))} has {pages} page(s) of "
                                "appearances",
                                remedy="follow the page links")
        return (render(request, "person.html.j2", person=found, key=key, page=number,
                       pages=pages, lang_of=lang_of, chart_appearances=appearances_chart),)

    body = site.kept(view_key(request, "person", key, str(number), str(generation)), make)[0]
    return cached(request, body, HTML)


def _load(site: Site, people: Directory, key: str, limit: int, offset: int) -> PersonPage:
    from daybook.browse import person as load_person

    def load(store: Store) -> PersonPage | None:
        return load_person(store, key, limit=limit, offset=offset, directory=people)

    found = site.call(load)
    if found is None:
        raise NotFoundError(f"nobody under {key[:80]!r}", remedy="see /people")
    return found


def people(request: Request) -> Response:
    """Everybody, by number of appearances (or name, or latest appearance), searchable by
    name in any script and by role."""
    from daybook.directory import SORTS
    from daybook.web.views import render, view_key

    q = param_str(request, "q", 200) or ""
    role = param_str(request, "role", 200) or ""
    sort = request.query_params.get("sort", "appearances")
    if sort not in SORTS:
        raise BadRequest(f"unknown sort {sort[:40]!r}", remedy="use " + ", ".join(SORTS))
    number = param_int(request, "page", 1, 1, 10_000)
    site = site_of(request)

    generation, everybody = current(site)

    def make() -> tuple[str]:
        found = everybody.listing(q, role, sort)
        pages = max(1, (len(found) + PEOPLE_PAGE_SIZE - 1) // PEOPLE_PAGE_SIZE)
        if number > pages:
            raise NotFoundError(f"the list has {pages} page(s) of {PEOPLE_PAGE_SIZE}",
                                remedy="follow the page links")
        chunk = found[(number - 1) * PEOPLE_PAGE_SIZE: number * PEOPLE_PAGE_SIZE]
        return (render(request, "people.html.j2", people=chunk, total=len(found), q=q,
                       role=role, sort=sort, sorts=SORTS, page=number, pages=pages),)

    body = site.kept(view_key(request, "people", q, role, sort, str(number), str(generation)),
                     make)[0]
    return cached(request, body, HTML)


def routes() -> list[BaseRoute]:
    from starlette.routing import Route

    return [
        Route("/people", people, methods=["GET"]),
        Route("/person/{key:path}", person, methods=["GET"]),
    ]

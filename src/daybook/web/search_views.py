"""The search page: the form (words, dates, order), the alias expansions shown and
removable, a person or place suggestion above the hits, and states that help."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from daybook.errors import QueryError
from daybook.web.directory_cache import current
from daybook.web.kernel import cached, param_date, param_int, param_str, site_of

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import BaseRoute

HTML = "text/html; charset=utf-8"
SEARCH_PAGE_SIZE = 20
# Filters the form's fields stand for: written in the query, they would be given twice.
_FORM_FILTERS = re.compile(r'(?<!\S)(?:from|to|sort):(?:"[^"]*"|\S*)', re.I)


def facet_query(q: str, name: str, value: str) -> str:
    clean = value.replace('"', " ").strip()
    term = f'{name}:"{clean}"' if any(c.isspace() for c in clean) or ":" in clean else \
        f"{name}:{clean}"
    field = {"language": "lang", "year": "from"}.get(name, name)
    if name == "year":
        term = f"from:{clean}-01-01 to:{clean}-12-31"
    elif field != name:
        term = f"{field}:{clean}"
    # A filter already in the query is not added twice (the page shows it as chosen).
    return q if term in q else f"{q} {term}".strip()


def form_query(q: str, date_from: dt.date | None, date_to: dt.date | None,
               sort: str | None) -> str:
    """The query with the form's dates and order written into it (so that every link of
    the page, pager and facets alike, keeps them); the form's values replace the query's."""
    if date_from or date_to:
        q = _FORM_FILTERS.sub(lambda m: m.group() if m.group().lower().startswith("sort:")
                              else "", q)
    if sort:
        q = _FORM_FILTERS.sub(lambda m: "" if m.group().lower().startswith("sort:")
                              else m.group(), q)
    parts = [" ".join(q.split())]
    if date_from:
        parts.append(f"from:{date_from.isoformat()}")
    if date_to:
        parts.append(f"to:{date_to.isoformat()}")
    if sort and sort != "relevance":
        parts.append(f"sort:{sort}")
    return " ".join(p for p in parts if p)


def search_page(request: Request) -> Response:
    from daybook.aliases import directory_aliases
    from daybook.search import SORTS, literal_query, search, snippet_html
    from daybook.web.views import render, view_key

    date_from, date_to = param_date(request, "from"), param_date(request, "to")
    sort = param_str(request, "sort", 20)
    q = form_query(param_str(request, "q", 500) or "", date_from, date_to,
                   sort if sort in SORTS else None)
    number = param_int(request, "page", 1, 1, 500)
    # A common word's total is a lower bound unless the reader asks for every match counted.
    exact = request.query_params.get("exact", "0") in ("1", "true", "yes")
    site = site_of(request)
    generation, people = current(site)
    context = {"snippet_html": snippet_html, "facet_query": facet_query,
               "literal_query": literal_query, "sorts": SORTS}

    def make() -> tuple[str]:
        result = site.call(search, q, limit=SEARCH_PAGE_SIZE,
                           offset=(number - 1) * SEARCH_PAGE_SIZE, facets=True,
                           aliases=directory_aliases(people), exact_total=exact) if q else None
        pages = ((result.total + SEARCH_PAGE_SIZE - 1) // SEARCH_PAGE_SIZE) if result else 0
        suggestions = [(e, people.get(e.key)) for e in result.expansions] if result else []
        return (render(request, "search.html.j2", q=q, result=result, page=number,
                       pages=pages, error=None, suggestions=suggestions, **context),)

    try:
        if sort is not None and sort not in SORTS:
            raise QueryError(f"unknown order {sort[:40]!r}", remedy="use " + " or ".join(SORTS))
        body = site.kept(view_key(request, "search", q, str(number), str(exact),
                                  str(generation)),
                         make)[0]
    except QueryError as exc:
        # The form stays filled in, with the message and its remedy beside it (not kept).
        from starlette.responses import HTMLResponse

        from daybook.web.i18n import error_text
        from daybook.web.views import ui_of

        error, error_lang = error_text(exc.message + (f" ({exc.remedy})" if exc.remedy else ""),
                                       ui_of(request))
        return HTMLResponse(render(request, "search.html.j2", q=q, result=None, page=number,
                                   pages=0, error=error, error_lang=error_lang, suggestions=[],
                                   **context),
                            status_code=400)
    return cached(request, body, HTML)


def routes() -> list[BaseRoute]:
    from starlette.routing import Route

    return [Route("/search", search_page, methods=["GET"])]

"""The OpenAPI 3.1 description of the JSON API, as data (checked against the routes in tests)."""

from __future__ import annotations

from typing import Any


def _param(name: str, where: str, schema: dict[str, Any], description: str,
           required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required or where == "path",
            "description": description, "schema": schema}


_DATE = {"type": "string", "format": "date"}
_PAGE = _param("page", "query", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 1},
               "Page number, from 1.")
_SIZE = _param("size", "query", {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
               "Items per page (at most 100).")
_LANG = _param("lang", "query", {"type": "string", "examples": ["fr", "en", "ru"]},
               "Language of the events.")
_FROM = _param("from", "query", _DATE, "First date, YYYY-MM-DD.")
_TO = _param("to", "query", _DATE, "Last date, YYYY-MM-DD.")

_ERRORS = {
    "304": {"description": "Not modified: the If-None-Match ETag is current."},
    "400": {"description": "A parameter is invalid; the message says how to fix it.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
}
_NOT_FOUND = {"404": {"description": "Nothing under this key.",
                      "content": {"application/json": {
                          "schema": {"$ref": "#/components/schemas/Error"}}}}}


def _ok(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": description,
                    "headers": {"ETag": {"schema": {"type": "string"}},
                                "Last-Modified": {"schema": {"type": "string"}}},
                    "content": {"application/json": {"schema": schema}}},
            **_ERRORS}


def _page_of(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": ["total", "page", "size", "pages", "items"],
            "properties": {"total": {"type": "integer"}, "page": {"type": "integer"},
                           "size": {"type": "integer"}, "pages": {"type": "integer"},
                           "items": {"type": "array", "items": item}}}


OPENAPI: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "daybook API",
        "version": "1",
        "description": "Read-only access to a daybook archive: days, events, people and "
                       "full-text search. Every response has an ETag; send If-None-Match to get "
                       "304. Pages hold at most 100 items.",
    },
    "paths": {
        "/api/days": {"get": {
            "summary": "Days with events, oldest first",
            "parameters": [_FROM, _TO, _LANG, _PAGE, _SIZE],
            "responses": _ok("Dates and their number of events",
                             _page_of({"$ref": "#/components/schemas/DayRef"})),
        }},
        "/api/days/{date}": {"get": {
            "summary": "One day as the contract's day document (daybook/day@1)",
            "parameters": [_param("date", "path", _DATE, "The day, YYYY-MM-DD."), _LANG],
            "responses": {**_ok("The day document", {"$ref": "#/components/schemas/Day"}),
                          **_NOT_FOUND},
        }},
        "/api/events": {"get": {
            "summary": "Event summaries in day order",
            "parameters": [_FROM, _TO, _LANG, _param(
                "kind", "query", {"type": "string"}, "Event kind, e.g. meeting."), _PAGE, _SIZE],
            "responses": _ok("Event summaries",
                             _page_of({"$ref": "#/components/schemas/EventSummary"})),
        }},
        "/api/events/{event_id}": {"get": {
            "summary": "One event as in the day document",
            "parameters": [_param("event_id", "path", {"type": "string"},
                                  "Event id, e.g. kremlin:59803 (':' may be sent as is)."),
                           _LANG],
            "responses": {**_ok("The event", {"type": "object"}), **_NOT_FOUND},
        }},
        "/api/": {"get": {
            "summary": "This API's endpoints, with links to this description and its docs",
            "parameters": [],
            "responses": _ok("The endpoints", {"$ref": "#/components/schemas/Index"}),
        }},
        "/api/docs": {"get": {
            "summary": "This description as a readable HTML page (no scripts)",
            "parameters": [],
            "responses": {"200": {"description": "HTML documentation",
                                  "content": {"text/html": {"schema": {"type": "string"}}}}},
        }},
        "/api/people": {"get": {
            "summary": "People, most appearances first",
            "parameters": [
                _param("q", "query", {"type": "string", "maxLength": 200},
                       "Part of a name, in any script and spelling (Poutine, Путин)."),
                _param("role", "query", {"type": "string", "maxLength": 200},
                       "Part of a role the person held (minister, ministre)."),
                _param("sort", "query", {"type": "string", "default": "appearances",
                                         "enum": ["appearances", "name", "recent"]},
                       "Order: number of appearances, name, or latest appearance."),
                _PAGE, _SIZE],
            "responses": _ok("People", _page_of({"$ref": "#/components/schemas/PersonRef"})),
        }},
        "/api/people/{person_id}": {"get": {
            "summary": "A person's spellings, dated roles, appearances per month, companions "
                       "and appearances (newest first)",
            "parameters": [_param("person_id", "path", {"type": "string"},
                                  "Registry id (person:vladimir-putin), else the slug of the "
                                  "name (e.g. merkel-angela). Any spelling's slug "
                                  "(vladimir-poutine, в-путин) answers 308 to the id."),
                           _PAGE, _SIZE],
            "responses": {**_ok("The person", {"$ref": "#/components/schemas/Person"}),
                          "308": {"description": "Another spelling: Location is the person."},
                          **_NOT_FOUND},
        }},
        "/api/search": {"get": {
            "summary": "Full-text search, one hit per event, best first",
            "parameters": [
                _param("q", "query", {"type": "string", "maxLength": 500},
                       'Query: words, "phrases", AND/OR/NOT, -word, prefix*, and filters '
                       "speaker: person: place: kind: tag: from: to: lang: sort:",
                       required=True),
                _param("facets", "query", {"type": "boolean", "default": False},
                       "Also count hits by kind, speaker, place, tag, language and year."),
                _param("sort", "query", {"type": "string", "default": "relevance",
                                         "enum": ["relevance", "date"]},
                       "Order: best first, or newest first (also sort:date in q)."),
                _param("expand", "query", {"type": "boolean", "default": True},
                       "Also search the other spellings of a person or place named in q "
                       "(Shoigu, Шойгу, Choïgou; Sochi, Sotchi, Сочи): see expansions. "
                       "A quoted word is never expanded."),
                _param("exact", "query", {"type": "boolean", "default": False},
                       "Count every matching event. By default a very common word ranks "
                       "its newest matches only and total counts the events among them "
                       "(total_is_exact false); exact costs one more pass over the index."),
                _PAGE, _SIZE],
            "responses": _ok("Hits", {"$ref": "#/components/schemas/SearchResult"}),
        }},
    },
    "components": {"schemas": {
        "Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {
            "status": {"type": "integer"}, "message": {"type": "string"}}}}},
        "DayRef": {"type": "object", "properties": {
            "date": _DATE, "events": {"type": "integer"}, "href": {"type": "string"}}},
        "Day": {"type": "object", "description": "See day.schema.json (daybook/day@1).",
                "required": ["schema", "date", "events"]},
        "EventSummary": {"type": "object", "properties": {
            "id": {"type": "string"}, "language": {"type": "string"}, "date": _DATE,
            "start": {"type": ["string", "null"], "description": (
                "Local clock time with its offset. en.kremlin.ru and kremlin.ru give the time "
                "they published the page, not when the event began: the full event's "
                "time_basis says which ('published' or 'start').")},
            "kind": {"type": "string"},
            "title": {"type": "string"}, "place": {"type": ["string", "null"]},
            "url": {"type": ["string", "null"]}, "revision": {"type": "integer"}}},
        "Index": {"type": "object", "properties": {
            "openapi": {"type": "string"}, "docs": {"type": "string"},
            "endpoints": {"type": "array", "items": {"type": "object", "properties": {
                "path": {"type": "string"}, "summary": {"type": "string"}}}}}},
        "PersonRef": {"type": "object", "properties": {
            "id": {"type": "string"}, "person_id": {"type": ["string", "null"]},
            "name": {"type": "string"}, "appearances": {"type": "integer"},
            "last_seen": {"type": ["string", "null"], "format": "date"},
            "names": {"type": "array", "items": {"type": "string"}},
            "roles": {"type": "array", "items": {"type": "string"}},
            "href": {"type": "string"}}},
        "Person": {"type": "object", "properties": {
            "id": {"type": "string", "description": "The registry id, else the name's slug."},
            "person_id": {"type": ["string", "null"]},
            "name": {"type": "string"},
            "names": {"type": "array", "items": {"type": "string"},
                      "description": "Spellings seen in the events, most frequent first."},
            "known_names": {"type": "array", "items": {"type": "string"},
                            "description": "The registry's other spellings."},
            "roles": {"type": "array", "items": {"type": "object", "properties": {
                "role": {"type": "string"}, "from": _DATE, "to": _DATE,
                "events": {"type": "integer"}}}},
            "total": {"type": "integer", "description": "Events that link the person."},
            "months": {"type": "array", "items": {"type": "object", "properties": {
                "month": {"type": "string"}, "events": {"type": "integer"}}}},
            "companions": {"type": "array", "items": {"type": "object", "properties": {
                "id": {"type": "string"}, "name": {"type": "string"},
                "events": {"type": "integer"}}}},
            "appearances": {"type": "array", "items": {"type": "object", "properties": {
                "event_id": {"type": "string"}, "language": {"type": "string"},
                "date": _DATE, "title": {"type": "string"}, "kind": {"type": "string"},
                "name": {"type": "string"}, "role": {"type": ["string", "null"]},
                "relation": {"type": "string",
                             "enum": ["speaker", "participant", "tagged", "mentioned"]}}}}}},
        "SearchResult": {"type": "object", "properties": {
            "query": {"type": "string"}, "total": {"type": "integer"},
            "sort": {"type": "string", "enum": ["relevance", "date"]},
            "expansions": {"type": "array", "items": {"type": "object", "properties": {
                "term": {"type": "string"}, "kind": {"type": "string",
                                                     "enum": ["person", "place"]},
                "id": {"type": "string"}, "name": {"type": "string"},
                "forms": {"type": "array", "items": {"type": "string"}}}}},
            "total_is_exact": {"type": "boolean", "description": (
                "False: total is a lower bound, the events among the newest matches "
                "of a very common word that were ranked (ask exact=true to count all).")},
            "hits": {"type": "array", "items": {"type": "object", "properties": {
                "event_id": {"type": "string"}, "language": {"type": "string"}, "date": _DATE,
                "title": {"type": "string"}, "url": {"type": ["string", "null"]},
                "block": {"type": ["integer", "null"],
                          "description": "Index in the event's blocks; null: title or lead."},
                "speaker": {"type": ["string", "null"]},
                "snippet": {"type": "string",
                            "description": "HTML: escaped text, matches in <mark>."},
                "score": {"type": "number"}}}},
            "facets": {"type": "object"}}},
    }},
}


def _schema_text(schema: dict[str, Any]) -> str:
    """A short reading of a schema: its type (or the component it refers to), its format,
    its allowed values and bounds."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = schema.get("type", "object")
    text = " or ".join(kind) if isinstance(kind, list) else str(kind)
    if "format" in schema:
        text += f" ({schema['format']})"
    if "enum" in schema:
        text += ": " + ", ".join(map(str, schema["enum"]))
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength", "default")
              if k in schema]
    return text + (f"; {', '.join(bounds)}" if bounds else "")


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Each GET of the description in reading order, flattened for the docs page."""
    out = []
    for path, item in spec["paths"].items():
        op = item["get"]
        responses = []
        for code, resp in op["responses"].items():
            content: dict[str, Any] = resp.get("content", {})
            schema = next(iter(content.values())).get("schema") if content else None
            responses.append({"code": code, "description": resp.get("description", ""),
                              "schema": _schema_text(schema) if schema else ""})
        out.append({
            "path": path, "summary": op.get("summary", ""),
            "anchor": "op-" + "".join(c if c.isalnum() else "-" for c in path).strip("-"),
            "parameters": [{"name": p["name"], "in": p["in"], "required": p["required"],
                            "description": p.get("description", ""),
                            "schema": _schema_text(p["schema"])}
                           for p in op.get("parameters", [])],
            "responses": responses,
        })
    return out

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
        "/api/people/{person_id}": {"get": {
            "summary": "A person's appearances and roles, newest first",
            "parameters": [_param("person_id", "path", {"type": "string"},
                                  "Registry id, else the slug of the name "
                                  "(e.g. serguei-choigu)."), _PAGE, _SIZE],
            "responses": {**_ok("The person", {"$ref": "#/components/schemas/Person"}),
                          **_NOT_FOUND},
        }},
        "/api/search": {"get": {
            "summary": "Full-text search, one hit per event, best first",
            "parameters": [
                _param("q", "query", {"type": "string", "maxLength": 500},
                       'Query: words, "phrases", AND/OR/NOT, -word, prefix*, and filters '
                       "speaker: person: place: kind: tag: from: to: lang:", required=True),
                _param("facets", "query", {"type": "boolean", "default": False},
                       "Also count hits by kind, speaker, place, tag, language and year."),
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
        "Person": {"type": "object", "properties": {
            "id": {"type": "string"}, "names": {"type": "array", "items": {"type": "string"}},
            "roles": {"type": "array", "items": {"type": "string"}},
            "total": {"type": "integer"}, "appearances": {"type": "array"}}},
        "SearchResult": {"type": "object", "properties": {
            "query": {"type": "string"}, "total": {"type": "integer"},
            "total_is_exact": {"type": "boolean", "description": (
                "False: total is a lower bound (a very common word with filters).")},
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

"""The query language as data: the syntax tree, filters and result types of a search.

A leaf: it imports nothing of daybook but the model, so the parser (``daybook.search``) and
every backend's compiler (``store/sqlite_search.py``, ``store/postgres_search.py``) depend
on it, never on each other. Each backend turns a ``Query`` and ``Filters`` into one
``SearchPage`` (one hit per event, best first) and ``Facets``.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

# Snippet markers: control characters that never occur in stored text (they are stripped
# from it), turned into <mark> by ``snippet_html`` after the text is escaped.
MARK_START = "\x02"
MARK_END = "\x03"


# -- the syntax tree ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Term:
    """One word as typed (NFC); ``prefix`` when it ended with '*'."""

    text: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that must follow each other."""

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """Exclusion; only valid as an item of ``And`` beside at least one positive item."""

    item: Node


Node = Term | Phrase | And | Or | Not


@dataclass(frozen=True, slots=True)
class Expansion:
    """A query word that names a person or a place, searched under its other forms too."""

    term: str                  # as typed
    kind: str                  # person | place
    key: str                   # the person's or the place's id
    name: str                  # its preferred name
    forms: tuple[str, ...]     # the other forms searched

    def to_dict(self) -> dict[str, Any]:
        return {"term": self.term, "kind": self.kind, "id": self.key, "name": self.name,
                "forms": list(self.forms)}


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions on events (and, for ``speaker``, on the matching block).

    Values of one field combine with AND, except ``kind`` (an event has one kind: OR).
    Names match without case or accents, as substrings; ``person`` also matches a person id.
    """

    speaker: tuple[str, ...] = ()
    person: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    tag: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    lang: str | None = None

    def __bool__(self) -> bool:
        return any((self.speaker, self.person, self.place, self.kind, self.tag,
                    self.date_from, self.date_to, self.lang))

    def merge(self, other: Filters) -> Filters:
        return Filters(
            speaker=self.speaker + other.speaker,
            person=self.person + other.person,
            place=self.place + other.place,
            kind=self.kind + other.kind,
            tag=self.tag + other.tag,
            date_from=other.date_from or self.date_from,
            date_to=other.date_to or self.date_to,
            lang=other.lang or self.lang,
        )


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: the tree to match (None for a filters-only query) and its text."""

    root: Node | None
    text: str = ""
    # Words that named a person or a place, and the other forms searched with them.
    expansions: tuple[Expansion, ...] = ()
    # The order written in the query (sort:date), None when it says none.
    sort: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """The best-matching block of one event: ``block`` indexes the event's blocks (from 0),
    None when the match is in the title or lead; ``score`` is higher for better hits."""

    event_id: str
    language: str
    date: dt.date
    title: str
    url: str | None
    block: int | None
    block_type: str
    speaker: str | None
    score: float
    text: str = field(default="", repr=False)
    snippet: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "language": self.language,
            "date": self.date.isoformat(),
            "title": self.title,
            "url": self.url,
            "block": self.block,
            "speaker": self.speaker,
            "snippet": snippet_html(self.snippet),
            "score": round(self.score, 4),
        }


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page of hits; ``total`` counts matching events, or is a lower bound when not
    ``exact`` (a common word with filters: counting every match would cost more than the
    search)."""

    total: int
    hits: tuple[SearchHit, ...]
    exact: bool = True


# facet name -> [(value, count)], most frequent first
Facets = dict[str, list[tuple[str, int]]]
# The snippets of a page's hits from their (text, language): given to a backend so that it
# builds each hit once, with its snippet and without the text.
Snippets = Callable[[list[tuple[str, str]]], list[str]]
FACET_NAMES = ("kind", "speaker", "place", "tag", "language", "year")


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    filters: Filters
    total: int
    hits: tuple[SearchHit, ...]
    limit: int
    offset: int
    facets: Facets | None = None
    total_is_exact: bool = True
    expansions: tuple[Expansion, ...] = ()
    sort: str = "relevance"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "query": self.query,
            "total": self.total,
            "total_is_exact": self.total_is_exact,
            "sort": self.sort,
            "expansions": [e.to_dict() for e in self.expansions],
            "limit": self.limit,
            "offset": self.offset,
            "hits": [h.to_dict() for h in self.hits],
        }
        if self.facets is not None:
            d["facets"] = {k: [{"value": v, "count": n} for v, n in vs]
                           for k, vs in self.facets.items()}
        return d



def iter_terms(node: Node | None) -> Iterable[Term | Phrase]:
    """Positive terms and phrases of a tree (what a snippet highlights)."""
    if node is None or isinstance(node, Not):
        return
    if isinstance(node, Term | Phrase):
        yield node
        return
    for item in node.items:
        yield from iter_terms(item)


def snippet_html(snippet: str) -> str:
    """The snippet as safe HTML: its text escaped, its matches in <mark>."""
    return (html.escape(snippet, quote=True)
            .replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))

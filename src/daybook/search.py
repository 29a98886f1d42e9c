"""Full-text search: the query parser, snippets and the one public entry point.

Query syntax (documented in docs/search.md)::

    négociation Kazakhstan          both words (AND is implicit)
    "coopération énergétique"       a phrase
    gaz OR pétrole                  either word; OR binds looser than AND
    gaz NOT pétrole, gaz -pétrole   exclusion (needs at least one positive term)
    negoc*                          a prefix (at least two letters)
    (gaz OR pétrole) Kazakhstan     grouping
    speaker:Poutine person:"Zhang Youxia" place:Moscou kind:meeting tag:Kazakhstan
    from:2023-11-01 to:2023-11-30 lang:fr

Words are matched on their stems (Snowball, French, English and Russian) and without
accents, so "négociation" finds "négociations" and "Choigu" finds "Choïgu".

The parser turns text into a ``Query`` (a tree of the frozen dataclasses of
``daybook.query``: ``Term``, ``Phrase``, ``And``, ``Or``, ``Not``) plus ``Filters``. Each
backend compiles that tree in its own module (``store/sqlite_search.py``,
``store/postgres_search.py``); a store offers it as its typed ``search`` capability
(``store.base.SearchIndex``)::

    store.search.search_blocks(query, filters, limit, offset, sort, exact, snippets)
        -> SearchPage
    store.search.facet_counts(query, filters) -> Facets

A backend returns one hit per event (its best block) with the block's text, or, given
``snippets`` (this module's, the same for every backend), with the highlighted snippet of
that text instead: each hit is then built once.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import methodcaller

from daybook.aliases import Aliases, curated_aliases
from daybook.errors import QueryError
from daybook.model import EVENT_KINDS
from daybook.query import (
    FACET_NAMES,
    MARK_END,
    MARK_START,
    And,
    Expansion,
    Facets,
    Filters,
    Node,
    Not,
    Or,
    Phrase,
    Query,
    SearchHit,
    SearchPage,
    SearchResult,
    Term,
    iter_terms,
    snippet_html,
)
from daybook.stemming import LANGUAGES, fold, query_languages, query_stems, stem, words
from daybook.store.base import Store

# The tree and result types live in daybook.query; they are also this module's API.
__all__ = [
    "FACET_NAMES", "MARK_END", "MARK_START", "And", "Facets", "Filters", "Node", "Not", "Or",
    "Phrase", "Query", "SearchHit", "SearchPage", "SearchResult", "Term", "highlight",
    "iter_terms", "literal_query", "parse_query", "search", "snippet_html", "snippet_plain",
    "stem_languages",
]

# Bounds on what one query may cost.
MAX_QUERY_LENGTH = 500
MAX_TERMS = 24
MAX_LIMIT = 100
MIN_PREFIX = 2
MAX_DEPTH = 32

SNIPPET_WORDS = 32
# Words are runs of letters and digits (the underscore splits them, as in unicode61).
_PARTS = re.compile(r"([^\W_]+)")
_PARTS_FAST = re.compile(r"(\w+)")
# For ASCII text \w is [a-zA-Z0-9_] either way; the ASCII pattern skips the Unicode tables.
_PARTS_ASCII = re.compile(r"(\w+)", re.ASCII)

SORTS = ("relevance", "date")
FILTER_FIELDS = ("speaker", "person", "place", "kind", "tag", "from", "to", "lang", "sort")
OPERATORS = frozenset({"AND", "OR", "NOT"})


# -- parsing -----------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<lpar>\() | (?P<rpar>\)) |
      (?P<field>[A-Za-z]+):(?:"(?P<fquoted>[^"]*)"|(?P<fvalue>[^\s()"]*)) |
      (?P<neg>-)(?=[^\s-]) |
      "(?P<phrase>[^"]*)" |
      (?P<open>") |
      (?P<word>[^\s()"]+)
    )""",
    re.X,
)


def _syntax(message: str, remedy: str) -> QueryError:
    return QueryError(message, remedy=remedy)


def _date(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _syntax(f"{name}:{value} is not a date", "write dates as YYYY-MM-DD") from None


class _Parser:
    def __init__(self, text: str, aliases: Aliases | None = None) -> None:
        self.aliases = aliases
        self.expansions: dict[str, Expansion] = {}
        self.tokens: list[tuple[str, str]] = []
        self.pos = 0
        self.filters: dict[str, list[str]] = {f: [] for f in FILTER_FIELDS}
        self.terms = 0
        self.depth = 0
        for m in _TOKEN.finditer(text):
            kind = m.lastgroup
            if kind is None:
                continue
            if kind in ("fquoted", "fvalue"):
                self._filter(m.group("field"), m.group(kind))
            elif kind == "open":
                raise _syntax("a quotation mark is not closed", 'close the phrase with "')
            elif kind == "word" and m.group("word") in OPERATORS:
                self.tokens.append(("op", m.group("word")))
            else:
                self.tokens.append((kind, m.group(kind)))

    def _filter(self, name: str, value: str) -> None:
        key = name.lower()
        if key not in self.filters:
            raise _syntax(
                f"unknown filter {name}:",
                "use one of " + ", ".join(f + ":" for f in FILTER_FIELDS)
                + ', or put the words in quotes to search for them',
            )
        if not value.strip():
            raise _syntax(f"the filter {name}: has no value",
                          f'write {key}:value or {key}:"two words"')
        if key == "sort" and value.strip().lower() not in SORTS:
            raise _syntax(f"unknown order sort:{value[:40]}",
                          "write " + " or ".join(f"sort:{s}" for s in SORTS))
        self.filters[key].append(value.strip())

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node | None:
        node = self.or_expr()
        if self.peek() is not None:
            raise _syntax("unbalanced ')'", "remove it or add the matching '('")
        return node

    def or_expr(self) -> Node | None:
        items = [self.and_expr()]
        while self.peek() == ("op", "OR"):
            self.take()
            items.append(self.and_expr())
        kept = [i for i in items if i is not None]
        if len(items) > 1 and len(kept) < len(items):
            raise _syntax("OR needs a term on each side", "write a OR b")
        if len(kept) == 1 and isinstance(kept[0], Not):
            # FTS5 cannot list what does not match: a word must be searched for.
            raise _syntax("a search cannot only exclude words",
                          "add a word to search for: ukraine -sanctions")
        if any(isinstance(i, Not) for i in kept):
            raise _syntax("NOT cannot be an alternative of OR", "write (a OR b) NOT c")
        return kept[0] if len(kept) == 1 else (Or(tuple(kept)) if kept else None)

    def and_expr(self) -> Node | None:
        items: list[Node] = []
        while (tok := self.peek()) is not None and tok != ("op", "OR") and tok[0] != "rpar":
            if tok == ("op", "AND"):
                self.take()
                continue
            node = self.unary()
            if node is not None:
                items.append(node)
        if not items:
            return None
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self) -> Node | None:
        # Parentheses and NOT recurse: bounded, so that a hostile query is a clear error.
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _syntax(f"the query nests more than {MAX_DEPTH} levels of ( or NOT",
                          "remove some parentheses")
        try:
            return self._unary()
        finally:
            self.depth -= 1

    def _unary(self) -> Node | None:
        tok = self.take()
        if tok[0] == "neg" or tok == ("op", "NOT"):
            nxt = self.peek()
            if nxt is None or nxt[0] in ("rpar", "op"):
                raise _syntax("NOT needs a term after it", "write a NOT b or a -b")
            inner = self.unary()
            return Not(inner) if inner is not None else None
        if tok[0] == "lpar":
            node = self.or_expr()
            if self.peek() is None or self.take()[0] != "rpar":
                raise _syntax("a '(' is not closed", "add the matching ')'")
            return node
        if tok[0] == "rpar":
            raise _syntax("unbalanced ')'", "remove it or add the matching '('")
        if tok[0] == "op":
            raise _syntax(f"{tok[1]} needs a term on each side", f"write a {tok[1]} b")
        if tok[0] == "phrase":
            return self._words(tok[1], prefix=False, phrase=True)
        return self._words(tok[1], prefix=tok[1].endswith("*"), phrase=False)

    def _words(self, text: str, *, prefix: bool, phrase: bool) -> Node | None:
        found = words(text)
        self.terms += len(found)
        if self.terms > MAX_TERMS:
            raise _syntax(f"the query has more than {MAX_TERMS} words", "search for fewer words")
        if not found:
            return None
        if prefix and len(found) == 1:
            if len(found[0]) < MIN_PREFIX:
                raise _syntax(f"the prefix {text} is too short",
                              f"give at least {MIN_PREFIX} letters before *")
            return Term(found[0], prefix=True)
        node: Node = Phrase(tuple(found)) if len(found) > 1 else Term(found[0])
        # A quoted word or phrase is searched as typed; an unquoted one that names a person
        # or a place also under its other forms.
        return node if phrase else self._expanded(node, " ".join(found))

    def _expanded(self, node: Node, text: str) -> Node:
        found = self.aliases.expand(text) if self.aliases is not None else None
        if found is None:
            return node
        self.expansions.setdefault(fold(text), found)
        forms: list[Node] = []
        for form in found.forms:
            ws = words(form)
            if ws:
                forms.append(Phrase(tuple(ws)) if len(ws) > 1 else Term(ws[0]))
        return Or((node, *forms)) if forms else node

    def built_filters(self) -> Filters:
        f = self.filters
        kinds = tuple(k.lower() for k in f["kind"])
        for k in kinds:
            if k not in EVENT_KINDS:
                raise _syntax(f"unknown kind {k!r}", "use one of " + ", ".join(EVENT_KINDS))
        langs = f["lang"]
        if len(set(langs)) > 1:
            raise _syntax("more than one lang: filter", "give one language: fr, en or ru")
        return Filters(
            speaker=tuple(f["speaker"]), person=tuple(f["person"]), place=tuple(f["place"]),
            kind=kinds, tag=tuple(f["tag"]),
            date_from=_date(f["from"][-1], "from") if f["from"] else None,
            date_to=_date(f["to"][-1], "to") if f["to"] else None,
            lang=langs[0].lower() if langs else None,
        )


def _check(node: Node) -> None:
    if isinstance(node, Not):
        raise _syntax("a query cannot only exclude words", "add a word to search for: a -b")
    if isinstance(node, And):
        if all(isinstance(i, Not) for i in node.items):
            raise _syntax("a query cannot only exclude words", "add a word to search for: a -b")
        for i in node.items:
            _check(i.item if isinstance(i, Not) else i)
    elif isinstance(node, Or):
        for i in node.items:
            _check(i)


def parse_query(text: str, aliases: Aliases | None = None) -> tuple[Query, Filters]:
    """Parse query text into the tree and the filters written in it; ``QueryError`` if bad.
    With ``aliases``, unquoted words naming a person or place also match their other forms
    (listed in ``Query.expansions``)."""
    if len(text) > MAX_QUERY_LENGTH:
        raise _syntax(f"the query is longer than {MAX_QUERY_LENGTH} characters",
                      "shorten it")
    text = text.replace(MARK_START, " ").replace(MARK_END, " ")
    parser = _Parser(text, aliases)
    root = parser.parse()
    if root is not None:
        _check(root)
    sort = parser.filters["sort"][-1].lower() if parser.filters["sort"] else None
    return (Query(root, text.strip(), tuple(parser.expansions.values()), sort),
            parser.built_filters())


@lru_cache(maxsize=1024)
def _parsed(text: str) -> tuple[Query, Filters]:
    """``parse_query`` with the curated aliases, kept per text: the results are immutable and
    the registry does not change in a process, while a name's expansion reads its spellings
    (0.1-0.4 ms a search). Errors are not kept: they are raised again."""
    return parse_query(text, curated_aliases())


def literal_query(q: str, term: str) -> str:
    """``q`` with ``term`` quoted: searched as typed, without its other forms."""
    pattern = re.compile(rf'(?<![\w"]){re.escape(term)}(?![\w"*])')
    return pattern.sub(lambda m: f'"{m.group()}"', q, count=1)


def stem_languages(filters: Filters) -> tuple[str, ...]:
    """Languages whose stems a query word is matched on: the lang: filter's, else all."""
    return query_languages(filters.lang)


# -- snippets ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Matcher:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    stems: frozenset[str]

    @classmethod
    def of(cls, query: Query, languages: tuple[str, ...]) -> _Matcher:
        exact: set[str] = set()
        prefixes: list[str] = []
        stems: set[str] = set()
        for t in iter_terms(query.root):
            for w in (t.words if isinstance(t, Phrase) else (t.text,)):
                if isinstance(t, Term) and t.prefix:
                    prefixes.append(fold(w))
                    continue
                exact.add(fold(w))
                stems.update(query_stems(w, languages))
        return cls(frozenset(exact), tuple(prefixes), frozenset(stems))

    def hits(self, distinct: set[str], lang: str) -> set[str]:
        """The words (as written) that match: folded, equal to a query word or starting
        with a prefix of one, or of the same stem in ``lang``."""
        folded, stems = _word_keys(distinct, lang)
        # One C-level pass per test (map and compress), not a Python call per word.
        ws = list(distinct)
        out = set(compress(ws, map(self.exact.__contains__, map(folded.__getitem__, ws))))
        out.update(compress(ws, map(self.stems.__contains__, map(stems.__getitem__, ws))))
        if self.prefixes:
            starts = methodcaller("startswith", self.prefixes)
            out.update(compress(ws, map(starts, map(folded.__getitem__, ws))))
        return out


@lru_cache(maxsize=256)
def _matcher(query: Query, languages: tuple[str, ...]) -> _Matcher:
    # One per query, not per hit: a page highlights 20 blocks with the same words.
    return _Matcher.of(query, languages)


# Snippets fold and stem every word of 20 blocks per page; words repeat, so keep them
# (bounded: the web process lives long). Plain dicts, read in C by the matcher.
_FOLDED: dict[str, str] = {}
_STEMS: dict[str, dict[str, str]] = {}
MAX_KEPT_WORDS = 65536


def _word_keys(distinct: set[str], lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """The folded form and the folded stem in ``lang`` of each word, computed once."""
    stems = _STEMS.get(lang)
    if stems is None:
        stems = _STEMS[lang] = {}
    new = distinct.difference(stems)
    if new:
        if len(stems) + len(new) > MAX_KEPT_WORDS:
            stems.clear()
        if len(_FOLDED) + len(new) > MAX_KEPT_WORDS * len(LANGUAGES):
            _FOLDED.clear()
            for kept in _STEMS.values():
                kept.clear()
            new = distinct
        for w in new:
            _FOLDED[w] = fold(w)
            stems[w] = fold(stem(w, lang))
    return _FOLDED, stems


def highlight(text: str, query: Query, lang: str, languages: tuple[str, ...] = LANGUAGES) -> str:
    """A window of the text around its best matches, matches between MARK_START/MARK_END.

    Done here rather than with FTS5's snippet(): matches are on stems, which snippet()
    could only show in their stemmed form.
    """
    return _snippets([(text, lang)], _matcher(query, languages))[0]


def _split(text: str) -> list[str]:
    """Separators and words in turn (``[sep, word, sep, ..., word, sep]``): one pass.
    Without an underscore in the text, words are runs of word characters (faster)."""
    if "_" in text:
        return _PARTS.split(text)
    return (_PARTS_ASCII if text.isascii() else _PARTS_FAST).split(text)


def _snippets(texts: list[tuple[str, str]], matcher: _Matcher) -> list[str]:
    """``highlight`` for each (text, language) of a page: each distinct word of a language
    is tested once for the whole page, since blocks repeat their words."""
    split = []
    distinct: dict[str, set[str]] = {}
    for text, lang in texts:
        if MARK_START in text or MARK_END in text:
            text = text.replace(MARK_START, "").replace(MARK_END, "")
        parts = _split(text)
        words = parts[1::2]
        split.append((text, parts, words, lang))
        found = distinct.get(lang)
        if found is None:
            distinct[lang] = set(words)
        else:
            found.update(words)
    # Each matching word with its marks, once per page.
    marked = {lang: {w: MARK_START + w + MARK_END for w in matcher.hits(ws, lang)}
              for lang, ws in distinct.items()}
    return [_window(text, parts, words, marked[lang]) for text, parts, words, lang in split]


def _window(text: str, parts: list[str], words: list[str], hits: dict[str, str]) -> str:
    """The snippet of one text (``parts`` as ``_split`` gives them, ``words`` its odd items,
    both consumed); ``hits`` maps each matching word to its marked form."""
    if not words:
        return text[:200]
    best = 0
    if len(words) > SNIPPET_WORDS:
        # The first window with the most matches. Long blocks are common, and the first
        # best window begins at 0 or where its last word is a match: only those are tried.
        at = list(compress(count(), map(hits.__contains__, words)))
        best_hits = bisect_left(at, SNIPPET_WORDS)
        for h in at:
            i = h - SNIPPET_WORDS + 1
            if i > len(words) - SNIPPET_WORDS:
                break
            if i >= 1:
                n = bisect_left(at, i + SNIPPET_WORDS) - bisect_left(at, i)
                if n > best_hits:
                    best, best_hits = i, n
    # From the text's start (or the window's first word) to the window's last word (or
    # the text's end): parts[2i + 1] is word i.
    whole = best + SNIPPET_WORDS >= len(words)
    if best == 0 and whole:
        # The whole text: mark its words in place (no copy).
        parts[1::2] = map(hits.get, words, words)
        return " ".join("".join(parts).split())
    seg = parts[0 if best == 0 else 2 * best + 1:
                len(parts) if whole else 2 * (best + SNIPPET_WORDS)]
    first = 1 if best == 0 else 0
    ws = words[best:best + SNIPPET_WORDS]
    seg[first::2] = map(hits.get, ws, ws)
    body = " ".join("".join(seg).split())
    return ("… " if best else "") + body + ("" if whole else " …")


def snippet_plain(snippet: str, start: str = "[", end: str = "]") -> str:
    return snippet.replace(MARK_START, start).replace(MARK_END, end)


# -- the entry point ---------------------------------------------------------------------


def _as_tuple(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(v for v in value if v.strip())


def search(
    store: Store,
    q: str,
    *,
    speaker: str | Iterable[str] | None = None,
    person: str | Iterable[str] | None = None,
    place: str | Iterable[str] | None = None,
    kind: str | Iterable[str] | None = None,
    tag: str | Iterable[str] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    lang: str | None = None,
    limit: int = 20,
    offset: int = 0,
    facets: bool = False,
    aliases: Aliases | None = None,
    expand: bool = True,
    sort: str = "relevance",
    exact_total: bool = False,
) -> SearchResult:
    """Search titles, leads and blocks; one ranked hit per event, with a snippet.

    Filters may be written in ``q`` (``speaker:Poutine``) or passed as keywords; both apply.
    Unquoted words naming a person or a place also match their other spellings
    (``aliases``, by default the curated registry's people and the gazetteer's places;
    ``expand=False`` searches every word as typed). ``sort`` is "relevance" (bm25 or
    ts_rank, best first) or "date" (newest first). A very common word ranks only its newest
    matches, and the total is then the events among them, a lower bound
    (``total_is_exact`` False); ``exact_total`` counts every match (SQLite: one more pass
    over the index). Raises ``QueryError`` (with a remedy) for a malformed query or bad
    bounds.
    """
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort[:40]!r}", remedy="use " + " or ".join(SORTS))
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit {limit} is out of range", remedy=f"use 1 to {MAX_LIMIT}")
    if offset < 0:
        raise QueryError(f"offset {offset} is negative", remedy="use 0 or more")
    query, written = (_parsed(q) if expand and aliases is None
                      else parse_query(q, aliases if expand else None))
    kinds = tuple(k.lower() for k in _as_tuple(kind))
    for k in kinds:
        if k not in EVENT_KINDS:
            raise QueryError(f"unknown kind {k!r}", remedy="use one of " + ", ".join(EVENT_KINDS))
    given = Filters(
        speaker=_as_tuple(speaker), person=_as_tuple(person), place=_as_tuple(place),
        kind=kinds, tag=_as_tuple(tag), date_from=date_from, date_to=date_to,
        lang=lang.lower() if lang else None,
    )
    filters = given.merge(written)
    if query.root is None and not filters:
        raise QueryError("the query is empty", remedy='type a word, a "phrase" or a filter')
    sort = query.sort or sort  # sort:date in the query wins
    # Snippets for the page's hits only, made by the backend's call so that it builds each
    # hit once, with its snippet.
    matcher = _matcher(query, stem_languages(filters))
    page = store.search.search_blocks(query, filters, limit, offset, sort, exact_total,
                                      snippets=lambda texts: _snippets(texts, matcher))
    counts = store.search.facet_counts(query, filters) if facets else None
    return SearchResult(q, filters, page.total, page.hits, limit, offset, counts, page.exact,
                        query.expansions, sort)

"""Search on PostgreSQL: compile the query tree to a tsquery, rank with ts_rank.

Each block's ``tsv`` (migration 0002) holds its stems in the event's language (weight D)
and its accent-folded words as written (weight A). A word becomes the OR of its exact form
and its stem in every query language; a phrase the same with ``<->``; a prefix matches word
starts. The tree is turned into one tsquery by PostgreSQL itself (so stop words and accent
folding are exactly the index's), then used as a constant so the GIN index serves it.
Same result shape and semantics as ``sqlite_search``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from daybook.errors import QueryError
from daybook.query import (
    And,
    Facets,
    Filters,
    Node,
    Not,
    Or,
    Phrase,
    Query,
    SearchHit,
    SearchPage,
    Snippets,
    Term,
)
from daybook.stemming import LEMMATISED, fold, query_languages, query_stems, slug, stem_text

# Text search configuration per event language (created by migration 0001).
TS_CONFIGS = {"fr": "daybook_french", "en": "daybook_english", "ru": "daybook_russian"}
TS_DEFAULT = "daybook_simple"

# ts_rank weights {D, C, B, A}: an exact word beats a mere shared stem (as bm25 weights do
# in sqlite_search).
RANK_WEIGHTS = "{0.5, 0.0, 0.0, 1.0}"
FACET_SIZE = 12
# PostgreSQL cannot count work the way SQLite's step budget does; a statement timeout
# is the bound instead, generous so that a cheap query waiting under load is not refused.
STATEMENT_TIMEOUT_S = 10.0
# SQL for the folded form of a column, the counterpart of stemming.fold().
FOLD = "lower(unaccent({}))"


def ts_config(language: str) -> str:
    return TS_CONFIGS.get(language, TS_DEFAULT)


def _configs(languages: tuple[str, ...]) -> list[str]:
    """The configurations that stem a query word (Russian is lemmatised in Python)."""
    return [TS_CONFIGS[lang] for lang in languages
            if lang in TS_CONFIGS and lang not in LEMMATISED]


def index_text(text: str, language: str) -> tuple[str, str]:
    """(configuration, text) of a block's stemmed part (weight D): its own language's
    configuration, or for a lemmatised language the lemmas (``stemming.stem_text``)."""
    if language in LEMMATISED:
        return TS_DEFAULT, stem_text(text, language)
    return ts_config(language), text


def compile_tsquery(node: Node, languages: tuple[str, ...], args: list[Any]) -> str:
    """SQL yielding the tsquery of a tree; every word is a bound argument, never SQL text."""
    lemmatised = [lang for lang in languages if lang in LEMMATISED]
    if isinstance(node, Term):
        if node.prefix:
            # Words contain only letters and digits (search.words), so quoting is safe.
            args.append(f"'{node.text}':*")
            return f"to_tsquery('{TS_DEFAULT}', %s)"
        parts = [f"plainto_tsquery('{c}', %s)" for c in (TS_DEFAULT, *_configs(languages))]
        args.extend([node.text] * len(parts))
        for lemma in (x for lang in lemmatised for x in query_stems(node.text, (lang,))):
            parts.append(f"plainto_tsquery('{TS_DEFAULT}', %s)")
            args.append(lemma)
        return "(" + " || ".join(parts) + ")"
    if isinstance(node, Phrase):
        text = " ".join(node.words)
        parts = [f"phraseto_tsquery('{c}', %s)" for c in (TS_DEFAULT, *_configs(languages))]
        args.extend([text] * len(parts))
        for lang in lemmatised:
            parts.append(f"phraseto_tsquery('{TS_DEFAULT}', %s)")
            args.append(" ".join(query_stems(w, (lang,))[0] for w in node.words))
        return "(" + " || ".join(parts) + ")"
    if isinstance(node, Or):
        return "(" + " || ".join(compile_tsquery(i, languages, args) for i in node.items) + ")"
    if isinstance(node, And):
        pos = [compile_tsquery(i, languages, args) for i in node.items if not isinstance(i, Not)]
        neg = [compile_tsquery(i.item, languages, args) for i in node.items
               if isinstance(i, Not)]
        expr = "(" + " && ".join(pos) + ")"
        return expr + "".join(f" && !!{n}" for n in neg)
    raise QueryError("a query cannot only exclude words", remedy="add a word: a -b")


def _tsquery(conn: psycopg.Connection[Any], node: Node, filters: Filters) -> str:
    args: list[Any] = []
    sql = compile_tsquery(node, query_languages(filters.lang), args)
    row = conn.execute(f"SELECT ({sql})::text", args).fetchone()
    return str(next(iter(row.values())) if isinstance(row, dict) else row[0]) if row else ""


def _filter_sql(filters: Filters) -> tuple[list[str], list[Any]]:
    """Conditions on ``e`` (events) and ``b`` (blocks) for the filters."""
    where: list[str] = []
    args: list[Any] = []
    if filters.lang:
        where.append("e.language = %s")
        args.append(filters.lang)
    if filters.date_from:
        where.append("e.date >= %s")
        args.append(filters.date_from)
    if filters.date_to:
        where.append("e.date <= %s")
        args.append(filters.date_to)
    if filters.kind:
        where.append("e.kind = ANY(%s)")
        args.append(list(filters.kind))
    for place in filters.place:
        where.append(f"strpos({FOLD.format('e.place')}, %s) > 0")
        args.append(fold(place))
    for speaker in filters.speaker:
        # The speaker filter narrows the hit to what that speaker said.
        where.append(f"strpos({FOLD.format('b.speaker')}, %s) > 0")
        args.append(fold(speaker))
    for person in filters.person:
        where.append(
            "EXISTS (SELECT 1 FROM event_people p WHERE p.id = e.id AND p.language = e.language"
            " AND (p.person_id = %s OR trim(both '-' from regexp_replace("
            f"{FOLD.format('p.name')}, '[^[:alnum:]]+', '-', 'g')) = %s"
            f" OR strpos({FOLD.format('p.name')}, %s) > 0))")
        args += [person, slug(person), fold(person)]
    for tag in filters.tag:
        where.append(
            "EXISTS (SELECT 1 FROM event_tags t WHERE t.id = e.id AND t.language = e.language"
            f" AND {FOLD.format('t.value')} = %s)")
        args.append(fold(tag))
    return where, args


def _matches(
    conn: psycopg.Connection[Any], query: Query, filters: Filters
) -> tuple[str, list[Any], str, list[Any]]:
    """FROM/WHERE of the matching blocks with its arguments, the score and its arguments."""
    where, args = _filter_sql(filters)
    source = "blocks b JOIN events e ON e.id = b.id AND e.language = b.language"
    if query.root is None:
        score, score_args = "-b.seq", []
    else:
        tsq = _tsquery(conn, query.root, filters)
        where.insert(0, "b.tsv @@ %s::tsquery")
        args.insert(0, tsq)
        score, score_args = "ts_rank(%s::float4[], b.tsv, %s::tsquery)", [RANK_WEIGHTS, tsq]
    sql = source + (" WHERE " + " AND ".join(where) if where else "")
    return sql, args, score, score_args


@contextmanager
def deadline(conn: psycopg.Connection[Any]) -> Iterator[None]:
    """Reads under the search deadline, in a transaction of their own (a savepoint inside
    one); a timeout becomes a QueryError."""
    try:
        with conn.transaction():
            conn.execute(f"SET LOCAL statement_timeout = {max(1, int(STATEMENT_TIMEOUT_S * 1000))}")
            yield
    except psycopg.errors.QueryCanceled:
        raise QueryError("the search is too costly for this archive",
                         remedy="use fewer or longer words, or add filters") from None
    except psycopg.errors.SyntaxError as exc:
        raise QueryError(f"the search index rejected the query: {exc}",
                         remedy="quote unusual words") from None


def _run(conn: psycopg.Connection[Any], sql: str, args: list[Any]) -> list[Any]:
    """Run one read under the search deadline."""
    with deadline(conn):
        return list(conn.execute(sql, args).fetchall())


def _values(row: Any) -> tuple[Any, ...]:
    return tuple(row.values()) if isinstance(row, dict) else tuple(row)


def search_blocks(
    conn: psycopg.Connection[Any], query: Query, filters: Filters, limit: int, offset: int,
    sort: str = "relevance", snippets: Snippets | None = None,
) -> SearchPage:
    """One hit per event (its best block), best first (or newest first with
    ``sort="date"``), with the total number of events; with ``snippets``, each hit with its
    snippet and no text."""
    source, args, score, score_args = _matches(conn, query, filters)
    ranked = query.root is not None and sort != "date"
    order = "s DESC, date DESC, id" if ranked else "date DESC, id"
    sql = (
        "WITH m AS (SELECT b.id, b.language, b.seq, b.type, b.speaker, b.text, e.date, "
        f"e.title, e.url, {score} AS s FROM {source}), "
        "best AS (SELECT DISTINCT ON (id, language) * FROM m ORDER BY id, language, s DESC, seq) "
        "SELECT id, language, seq, type, speaker, text, date, title, url, s, "
        f"count(*) OVER () AS total FROM best ORDER BY {order} LIMIT %s OFFSET %s"
    )
    rows = [_values(r) for r in _run(conn, sql, [*score_args, *args, limit, offset])]
    if rows:
        total = rows[0][10]
    elif offset:
        counted = _run(conn, f"SELECT count(DISTINCT (b.id, b.language)) FROM {source}", args)
        total = _values(counted[0])[0]
    else:
        total = 0
    if snippets is None:
        texts, marked = [r[5] for r in rows], [""] * len(rows)
    else:
        texts, marked = [""] * len(rows), snippets([(r[5], r[1]) for r in rows])
    hits = tuple(
        SearchHit(
            event_id=r[0], language=r[1], date=r[6], title=r[7], url=r[8],
            block=r[2] - 1 if r[2] > 0 else None, block_type=r[3], speaker=r[4],
            score=float(r[9]) if query.root is not None else 0.0, text=text, snippet=snippet,
        )
        for r, text, snippet in zip(rows, texts, marked, strict=True)
    )
    return SearchPage(int(total), hits)


def facet_counts(conn: psycopg.Connection[Any], query: Query, filters: Filters) -> Facets:
    """Counts of matching events by kind, speaker, place, tag, language and year."""
    source, args, _, _ = _matches(conn, query, filters)
    parts = {
        "kind": "SELECT e.kind AS v, count(*) AS n FROM h JOIN events e USING (id, language)"
                " GROUP BY 1",
        "language": "SELECT language AS v, count(*) AS n FROM h GROUP BY 1",
        "year": "SELECT to_char(e.date, 'YYYY') AS v, count(*) AS n FROM h"
                " JOIN events e USING (id, language) GROUP BY 1",
        "place": "SELECT e.place AS v, count(*) AS n FROM h JOIN events e USING (id, language)"
                 " WHERE e.place IS NOT NULL GROUP BY 1",
        "speaker": "SELECT p.name AS v, count(DISTINCT (p.id, p.language)) AS n FROM h"
                   " JOIN event_people p USING (id, language) WHERE p.relation = 'speaker'"
                   " GROUP BY 1",
        "tag": "SELECT t.value AS v, count(DISTINCT (t.id, t.language)) AS n FROM h"
               " JOIN event_tags t USING (id, language) WHERE t.facet != 'persons' GROUP BY 1",
    }
    union = " UNION ALL ".join(
        f"(SELECT '{name}' AS facet, v, n FROM ({sql}) AS {name}_ "
        f"ORDER BY n DESC, v LIMIT {FACET_SIZE})"
        for name, sql in parts.items()
    )
    sql = (f"WITH h AS MATERIALIZED (SELECT DISTINCT b.id AS id, b.language AS language "
           f"FROM {source}) {union}")
    out: Facets = {name: [] for name in parts}
    for row in _run(conn, sql, args):
        facet, value, count = _values(row)
        if value is not None:
            out[facet].append((str(value), int(count)))
    return out


class PostgresSearch:
    """The ``SearchIndex`` of a PostgreSQL store: tsquery and ts_rank, each statement
    bounded by ``STATEMENT_TIMEOUT_S``."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def search_blocks(self, query: Query, filters: Filters, limit: int,
                      offset: int, sort: str = "relevance", exact: bool = False,
                      snippets: Snippets | None = None) -> SearchPage:
        # Every match is ranked and counted here: the total is always exact.
        return search_blocks(self.conn, query, filters, limit, offset, sort, snippets)

    def facet_counts(self, query: Query, filters: Filters) -> Facets:
        return facet_counts(self.conn, query, filters)

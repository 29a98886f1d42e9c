"""Search on SQLite: compile the query tree to an FTS5 MATCH expression, rank with bm25.

The index ``blocks_fts`` (migration 0002) has two columns over ``blocks``: ``text`` as
written and ``stem``, one Snowball stem per word; both fold accents (unicode61
remove_diacritics 2). A word matches its exact form in ``text`` or any of its stems in
``stem``; exact matches weigh more.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from daybook.errors import QueryError
from daybook.query import (
    And,
    Facets,
    Filters,
    Node,
    Not,
    Or,
    Query,
    SearchHit,
    SearchPage,
    Snippets,
    Term,
)
from daybook.stemming import BLOCK_BITS, query_languages
from daybook.store.sqlite_filters import NameCache, _event_filters, _key_sets, _Names, _prepare
from daybook.store.sqlite_match import compile_match

# bm25 weights of the columns (text, stem): an exact word beats a mere shared stem.
WEIGHTS = (2.0, 1.0)
FACET_SIZE = 12
FACET_EVENTS = 500
# A query matching more blocks than this ranks only the newest this many (see search_blocks);
# a page further on ranks BLOCKS_PER_EVENT blocks per event it must show.
RANKED_BLOCKS = 2000
BLOCKS_PER_EVENT = 20
# How many SQLite VM steps pass between two looks at the clock.
PROGRESS_STEPS = 10_000
# The most VM steps one statement seen so far took (for calibrating the budget).
STEPS_SEEN = [0]


@contextmanager
def deadline(conn: sqlite3.Connection, steps: int) -> Iterator[None]:
    """Interrupt a statement past its work budget; report it as a QueryError.

    The budget counts SQLite VM steps, not seconds: under load a cheap query waits its turn
    and must not be refused for the server's business."""
    used = [0]

    def tick() -> int:
        used[0] += PROGRESS_STEPS
        STEPS_SEEN[0] = max(STEPS_SEEN[0], used[0])
        return int(used[0] > steps)

    conn.set_progress_handler(tick, PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        # Interrupted; a first FTS5 statement may report it as its table failing to open.
        if "interrupted" in str(exc) or used[0] > steps:
            raise QueryError("the search is too costly for this archive",
                             remedy="use fewer or longer words, or add filters") from None
        if "fts5" in str(exc) or "syntax" in str(exc):
            raise QueryError(f"the search index rejected the query: {exc}",
                             remedy="quote unusual words") from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


@lru_cache(maxsize=1024)
def _match_of(root: Node, languages: tuple[str, ...]) -> str:
    """``compile_match``, kept per tree: it stems every word under each language (0.1-0.2 ms
    a search), and the trees are immutable."""
    return compile_match(root, languages)


# CROSS JOIN keeps the match as the outer loop: otherwise the planner may drive from an
# index on the other table and run the FTS5 MATCH once per row of it (seconds, not ms).
_JOIN_EVENT = (" CROSS JOIN event_keys k ON k.key = {ev} CROSS JOIN events e ON e.id = k.id "
               "AND e.language = k.language")


def _source(query: Query, filters: Filters, low: int | None,
            newest: int | None = None) -> tuple[str, list[Any]]:
    """SELECT of (r: block rowid, s: score) straight from the index, from rowid ``low`` up,
    or only the ``newest`` matches (FTS5 walks rowids backwards and scores those alone)."""
    if query.root is not None:
        bound = " AND rowid >= ?" if low is not None else ""
        args: list[Any] = [_match_of(query.root, query_languages(filters.lang))]
        if low is not None:
            args.append(low)
        if newest is not None:
            bound += " ORDER BY rowid DESC LIMIT ?"
            args.append(newest)
        return (f"SELECT rowid AS r, -bm25(blocks_fts, {WEIGHTS[0]}, {WEIGHTS[1]}) AS s "
                f"FROM blocks_fts WHERE blocks_fts MATCH ?{bound}", args)
    if filters.speaker:
        return f"SELECT rowid AS r, -(rowid & {(1 << BLOCK_BITS) - 1}) AS s FROM blocks", []
    # Filters only: each event by its title block.
    return f"SELECT key << {BLOCK_BITS} AS r, 0 AS s FROM event_keys", []


def _matches(query: Query, filters: Filters, names: _Names, low: int | None = None,
             source: tuple[str, list[Any]] | None = None,
             newest: int | None = None) -> tuple[str, list[Any]]:
    """SELECT of (r: block rowid, s: score) of every matching block (rowid >= ``low``).

    The MATCH runs alone in a subquery and the filters apply to its rows: given a rowid
    constraint, FTS5 would look each candidate rowid up in the index one by one.
    """
    ev = f"(m0.r >> {BLOCK_BITS})"
    join, ev_where, ev_args = _event_filters(filters, ev, names)
    if query.root is None and not filters.speaker and not ev_where:
        raise QueryError("the query is empty", remedy="type a word or a filter")
    src, args = source or _source(query, filters, low, newest)
    sql = f"SELECT m0.r AS r, m0.s AS s FROM ({src}) AS m0"
    where: list[str] = []
    args = list(args)
    if filters.speaker:
        # The speaker filter narrows the hit to what that speaker said.
        marks, more = names("name", "event_people", filters.speaker)
        sql += " CROSS JOIN blocks b ON b.rowid = m0.r"
        where.append(f"b.speaker IN ({marks})")
        args += more
    if join:
        sql += _JOIN_EVENT.format(ev=ev)
    where += ev_where
    args += ev_args
    return sql + (" WHERE " + " AND ".join(where) if where else ""), args


def _low_bound(conn: sqlite3.Connection, query: Query, filters: Filters, names: _Names,
               blocks: int) -> int | None:
    """The rowid above which lie the ``blocks`` newest matching blocks (filters applied),
    or None when fewer match. Walks the index in rowid order without ranking: cheap."""
    assert query.root is not None
    match = _match_of(query.root, query_languages(filters.lang))
    src = ("SELECT rowid AS r, 0 AS s FROM blocks_fts WHERE blocks_fts MATCH ?", [match])
    sql, args = _matches(query, filters, names, source=src)
    # FTS5 walks rowids backwards itself, so the scan stops after ``blocks`` rows.
    row = conn.execute(f"{sql} ORDER BY m0.r DESC LIMIT 1 OFFSET ?",
                       [*args, blocks - 1]).fetchone()
    return None if row is None else int(row[0])


def search_blocks(
    conn: sqlite3.Connection, query: Query, filters: Filters, limit: int, offset: int, *,
    steps: int, cache: NameCache | None = None, sort: str = "relevance",
    seen: list[int] | None = None, exact: bool = False, snippets: Snippets | None = None,
    prepared: bool = False,
) -> SearchPage:
    """One hit per event (its best block), best first, with the number of events.

    A query matching more than RANKED_BLOCKS blocks ranks only the newest matching blocks
    (enough of them to fill the page): bm25 costs a few microseconds per block and common
    words match most of the archive. The newest matches are found in the ranking statement
    itself, which walks the index backwards and stops past the bound. The ranking statement
    records the event of every candidate (``seen``, see ``recorder``) instead of
    materialising them: their number says whether the ranking was bounded, their events
    give the total. When the ranking was bounded that total is the number of events among
    the ranked blocks, a lower bound (``SearchPage.exact`` False), unless ``exact`` asks
    for every match to be counted: one more pass over the index, which costs a common
    word a quarter to a half of its ranking (see ``_unfiltered_page``). With ``snippets``
    each hit carries its snippet instead of its text. ``prepared``: the folding functions
    are registered on ``conn`` already (a store registers them once).
    """
    if not prepared:
        _prepare(conn)
    if query.root is None and not filters.speaker:
        return _filter_only(conn, filters, limit, offset, steps, cache, snippets)
    if sort == "date":
        return _newest(conn, query, filters, limit, offset, steps, cache, snippets)
    names = _Names(conn, cache)
    if seen is None:
        seen = recorder(conn)
    with deadline(conn, steps):
        want: int | None = _want(limit + offset)
        if query.root is None or _few_events(conn, filters, names, want or 0):
            want = None
        matches, args = _matches(query, filters, names)
        if want is not None and not filters:
            rows, total, counted = _unfiltered_page(conn, query, matches, args, want, limit,
                                                    offset, seen, exact)
        else:
            rows, total, counted = _filtered_page(conn, query, matches, args, want, limit,
                                                  offset, seen, exact)
        details = _details(conn, [r[0] for r in rows])
    return SearchPage(int(total), _hits(rows, details, query.root is not None, snippets),
                      counted)


def recorder(conn: sqlite3.Connection) -> list[int]:
    """A list that the SQL function ``daybook_seen(event key)`` appends to (returning NULL):
    the ranking statement records its candidates as they stream past, which costs less
    than materialising them to count them. ``list.append`` itself is registered, so no
    Python code runs per row (one argument: a second, or a dict, costs ~40% more per row).
    Registering expires the connection's prepared statements: a store registers its list
    once (``SQLiteSearch``)."""
    seen: list[int] = []
    conn.create_function("daybook_seen", 1, seen.append)
    return seen


def _candidates(conn: sqlite3.Connection, matches: str, args: list[Any], want: int,
                k: int, seen: list[int], need: int) -> tuple[list[Any], bool, bool]:
    """The best of the ``want`` newest candidates (FTS5 walks rowids backwards and stops
    there; bm25 runs only on rows that pass the filters), by score then rowid descending
    (so by event, newest block first), the event of every candidate recorded in ``seen``
    as it streams past (newest first). Rows are read until they hold ``need`` events and
    the last one's run of equal scores is over, at most ``k + 1``. The first flag says
    whether the ranking was bounded: ``want`` candidates came, so more may match (exactly
    ``want`` matches count as bounded: the total then says "at least" of an exact number);
    the second whether the rows may not hold every candidate they need."""
    seen.clear()
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples: a Row object per row costs more
    cur.execute(
        f"SELECT c.r, c.s FROM ({matches} ORDER BY m0.r DESC LIMIT {want}) AS c "
        f"WHERE daybook_seen(c.r >> {BLOCK_BITS}) IS NULL "
        "ORDER BY c.s DESC, c.r DESC LIMIT ?", [*args, k + 1])
    # The sorter has read every candidate before it gives the first row; each row read
    # costs a step through the sqlite3 module, so only as many as the page needs.
    rows: list[Any] = []
    events: set[int] = set()
    for row in cur:
        if len(events) >= need and (row[1], row[0] >> BLOCK_BITS) != (
                rows[-1][1], rows[-1][0] >> BLOCK_BITS):
            cur.close()
            return rows, len(seen) >= want, False
        rows.append(row)
        events.add(row[0] >> BLOCK_BITS)
    return rows, len(seen) >= want, len(rows) > k


def _events(seen: list[int]) -> int:
    """The number of events among recorded candidates (their event keys)."""
    return len(set(seen))


def _unfiltered_page(conn: sqlite3.Connection, query: Query, matches: str, args: list[Any],
                     want: int, limit: int, offset: int, seen: list[int],
                     exact: bool) -> tuple[list[Any], int, bool]:
    """The page, the total and whether it is exact, for a query without filters. The
    ranking scores every match, or only the newest ``want`` (FTS5 walks rowids backwards
    and stops there). Equal scores in one event: the oldest block when every match is
    ranked, the newest when the ranking is bounded, as ``_page_sql`` orders them.

    The ranking records its candidates as they stream past (``_candidates``): the events
    among them are the total, exact unless the ranking was bounded. An ``exact`` total
    needs the older matches too. For plain words one pass over the index alone counts
    the matching blocks and events first (which also says whether to bound), and the
    ranking runs without a Python call per candidate, forwards when not bounded. Phrases
    and ANDs cost several times more to match again: only the events older than the
    candidates are counted."""
    k = _top_rows(limit, offset)
    if exact and _plain(query.root):
        blocks, total = _count_matches(conn, args[0])
        if not blocks:
            return [], 0, True
        bounded = blocks > want
        source = f"({matches} ORDER BY m0.r DESC LIMIT {want})" if bounded else f"({matches})"
        cur = conn.cursor()
        cur.row_factory = None  # plain tuples: a Row object per row costs more
        rows = cur.execute(f"SELECT c.r, c.s FROM {source} AS c ORDER BY c.s DESC, "
                           "c.r DESC LIMIT ?", [*args, k + 1]).fetchall()
        partial = len(rows) > k
    else:
        rows, bounded, partial = _candidates(conn, matches, args, want, k, seen,
                                             limit + offset)
        if not seen:
            return [], 0, True
        total = _events(seen)
        if bounded and exact:
            # The oldest candidate's event is among the candidates'; count the older ones.
            total += _older_events(conn, args[0], min(seen))
    page = _firsts(rows, partial, limit, offset, oldest=not bounded)
    if page is None:
        page = conn.execute(_page_sql(matches, ranked=True, want=want, newest_first=True),
                            [*args, limit, offset]).fetchall()
    if bounded and len(page) < limit:
        # The newest blocks held too few events for this page: rank every match, which
        # counts them all.
        page = conn.execute(_page_sql(matches, ranked=True, want=None),
                            [*args, limit, offset]).fetchall()
        if page:
            return page, int(page[0][2]), True
    return page, total, exact or not bounded


def _plain(node: Node | None) -> bool:
    """Whether FTS5 matches ``node`` cheaply per block: words and prefixes, alternatives of
    them, one positive item beside exclusions (no phrase positions, no doclists in step)."""
    if isinstance(node, Term):
        return True
    if isinstance(node, Or):
        return all(_plain(i) for i in node.items)
    if isinstance(node, And):
        positive = [i for i in node.items if not isinstance(i, Not)]
        return len(positive) == 1 and all(
            _plain(i.item if isinstance(i, Not) else i) for i in node.items)
    return False


def _count_matches(conn: sqlite3.Connection, match: str) -> tuple[int, int]:
    """The number of matching blocks and of their events, on the index alone."""
    row = conn.execute(f"SELECT count(*), count(DISTINCT rowid >> {BLOCK_BITS}) "
                       "FROM blocks_fts WHERE blocks_fts MATCH ?", [match]).fetchone()
    return int(row[0]), int(row[1])


def _older_events(conn: sqlite3.Connection, match: str, event: int) -> int:
    """The number of events before ``event`` (its key) that match, on the index alone."""
    return int(conn.execute(
        f"SELECT count(DISTINCT rowid >> {BLOCK_BITS}) FROM blocks_fts "
        "WHERE blocks_fts MATCH ? AND rowid < ?", [match, event << BLOCK_BITS]).fetchone()[0])


def _filtered_page(conn: sqlite3.Connection, query: Query, matches: str, args: list[Any],
                   want: int | None, limit: int, offset: int, seen: list[int],
                   exact: bool) -> tuple[list[Any], int, bool]:
    """The page, the total and whether it is exact, with filters: a bounded ranking
    counts only the events among its candidates (a lower bound), unless ``exact`` asks
    for every match to be counted."""
    rows = None
    bounded = False
    if want is not None:
        k = _top_rows(limit, offset)
        top, bounded, partial = _candidates(conn, matches, args, want, k, seen,
                                            limit + offset)
        rows = _firsts(top, partial, limit, offset, oldest=True)
        if rows is None:
            rows = conn.execute(_page_sql(matches, ranked=True, want=want),
                                [*args, limit, offset]).fetchall()
        total = _events(seen)
    if want is None or ((bounded or not rows) and len(rows or ()) < limit):
        # Every match ranked; or the newest blocks held too few events for this page (or
        # it is past the last): rank every match.
        bounded = False
        rows = conn.execute(_page_sql(matches, ranked=query.root is not None, want=None),
                            [*args, limit, offset]).fetchall()
        total = rows[0][2] if rows else (_count(conn, matches, args) if offset else 0)
    elif bounded and exact:
        bounded = False
        total = _count(conn, matches, args)
    return rows or [], int(total), not bounded


def _newest(conn: sqlite3.Connection, query: Query, filters: Filters, limit: int, offset: int,
            steps: int, cache: NameCache | None, snippets: Snippets | None = None) -> SearchPage:
    """Every matching event, newest first (``sort="date"``), each by its best block."""
    names = _Names(conn, cache)
    with deadline(conn, steps):
        matches, args = _matches(query, filters, names)
        rows = conn.execute(_page_sql(matches, ranked=False),
                            [*args, limit, offset]).fetchall()
        total = rows[0][2] if rows else (_count(conn, matches, args) if offset else 0)
        details = _details(conn, [r[0] for r in rows])
    return SearchPage(int(total), _hits(rows, details, query.root is not None, snippets))


def _want(need: int) -> int:
    """How many of the newest matching blocks a page showing ``need`` events ranks."""
    return max(RANKED_BLOCKS, need * BLOCKS_PER_EVENT)


def _page_sql(matches: str, *, ranked: bool, want: int | None = None,
              newest_first: bool = False) -> str:
    """One page of (best block rowid, score, number of events, number of candidates), one
    row per event; with ``want``, only the ``want`` newest matches are ranked."""
    # Events are grouped on the integer key in the rowid: no join until the page is known.
    # max() makes SQLite take r from the best block of each event.
    if ranked:
        order_from, order = "best", "score DESC, ev DESC"
    else:
        order_from = ("best JOIN event_keys k ON k.key = best.ev JOIN events e "
                      "ON e.id = k.id AND e.language = k.language")
        order = "e.date DESC, k.id"
    if want is None:
        return (f"WITH m AS MATERIALIZED ({matches}), "
                f"best AS (SELECT r >> {BLOCK_BITS} AS ev, r, max(s) AS score FROM m "
                f"GROUP BY ev) SELECT best.r, best.score, count(*) OVER (), 0 FROM {order_from} "
                f"ORDER BY {order} LIMIT ? OFFSET ?")
    ties = f"CASE WHEN n.n <= {want} THEN c.r ELSE -c.r END" if newest_first else "c.r"
    # One more than ``want``, newest first (FTS5 walks rowids backwards and stops there;
    # bm25 runs only on rows that pass the filters): the extra row says whether more match
    # and is left out of the ranking.
    return (f"WITH c AS MATERIALIZED ({matches} ORDER BY m0.r DESC LIMIT {want + 1}), "
            "n AS MATERIALIZED (SELECT count(*) AS n, min(r) AS lo FROM c), "
            # Blocks of equal score in one event: the one that ranking every match, or
            # the blocks above a walked bound (rowids ascending), or the newest matches
            # in the index's own backward scan (descending, no filters) would give.
            f"best AS MATERIALIZED (SELECT r >> {BLOCK_BITS} AS ev, r, max(s) AS score "
            f"FROM (SELECT c.r, c.s FROM c, n WHERE n.n <= {want} OR c.r > n.lo "
            f"ORDER BY {ties}) GROUP BY ev) "
            "SELECT best.r, best.score, (SELECT count(*) FROM best), (SELECT n FROM n) "
            f"FROM {order_from} ORDER BY {order} LIMIT ? OFFSET ?")


def _top_rows(limit: int, offset: int) -> int:
    """How many of the best blocks are read to find the best blocks of a page's events."""
    return 3 * (limit + offset) + 40


def _firsts(rows: list[Any], partial: bool, limit: int, offset: int, *,
            oldest: bool) -> list[Any] | None:
    """The page among the best block of each event in ``rows`` (the best blocks in the
    order score, rowid descending); None when they may not hold every candidate
    (``partial``) and hold too few events for it. Of an event's blocks of equal best score
    (consecutive rows) the first is its newest; ``oldest`` takes the last, the one that
    ranking every match gives (the run that ends the rows may be cut: left out)."""
    if oldest and partial and rows:
        cut = (rows[-1][1], rows[-1][0] >> BLOCK_BITS)
        rows = list(rows)
        while rows and (rows[-1][1], rows[-1][0] >> BLOCK_BITS) == cut:
            rows.pop()
    seen: set[int] = set()
    firsts: list[Any] = []
    best = (0.0, -1)
    for row in rows:
        ev = row[0] >> BLOCK_BITS
        if ev not in seen:
            seen.add(ev)
            firsts.append(row)
            best = (row[1], ev)
        elif oldest and (row[1], ev) == best:
            firsts[-1] = row
    if partial and len(firsts) < limit + offset:
        return None
    return firsts[offset:offset + limit]


def _ranked_range(conn: sqlite3.Connection, query: Query, filters: Filters, names: _Names,
                  need: int) -> tuple[int | None, int | None, bool]:
    """What to rank: (lowest rowid worth ranking, or the number of newest matches to rank,
    or neither: every match) and whether counting the ranked matches gives the exact total.

    Without filters the newest matches are ranked in the same pass over the index that
    finds them; with filters a walk finds the bound first (the filters thin the matches)."""
    assert query.root is not None
    match = _match_of(query.root, query_languages(filters.lang))
    want = _want(need)
    # Counting stops past ``want``: how many more match does not matter here.
    blocks = int(conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM blocks_fts WHERE blocks_fts MATCH ? LIMIT ?)",
        [match, want + 1]).fetchone()[0])
    if blocks <= want or _few_events(conn, filters, names, want):
        return None, None, True
    if not filters:
        return None, want, False
    low = _low_bound(conn, query, filters, names, want)
    return low, None, low is None


def _few_events(conn: sqlite3.Connection, filters: Filters, names: _Names,
                limit: int) -> bool:
    """Whether the person and tag filters leave at most ``limit`` events: then ranking
    every match costs less than walking the index for a bound."""
    sets = _key_sets(filters, names)
    if not sets:
        return False
    # Any one set bounds the events that pass them all.
    sql, args = sets[0]
    count = conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*args, limit + 1])
    return int(count.fetchone()[0]) <= limit


def _hits(rows: list[Any], details: dict[int, tuple[Any, ...]], ranked: bool,
          snippets: Snippets | None = None) -> tuple[SearchHit, ...]:
    """The page's hits; with ``snippets``, each with its snippet and no text (built once:
    a frozen dataclass takes ~17k instructions to build)."""
    found = [(d, score) for r, score, *_ in rows if (d := details.get(r)) is not None]
    if snippets is None:
        texts, marked = [d[5] for d, _ in found], [""] * len(found)
    else:
        texts, marked = [""] * len(found), snippets([(d[5], d[1]) for d, _ in found])
    return tuple(SearchHit(d[0], d[1], dt.date.fromisoformat(d[6]), d[7], d[8],
                           d[2] - 1 if d[2] > 0 else None, d[3], d[4],
                           float(score) if ranked else 0.0, text, snippet)
                 for (d, score), text, snippet in zip(found, texts, marked, strict=True))


def _filter_only(conn: sqlite3.Connection, filters: Filters, limit: int, offset: int, steps: int,
                 cache: NameCache | None = None, snippets: Snippets | None = None) -> SearchPage:
    """Events that pass the filters, newest first, each by its title block; read through
    the events indexes (migration 0004) rather than grouping blocks."""
    with deadline(conn, steps):
        names = _Names(conn, cache)
        _, where, args = _event_filters(filters, "k.key", names)
        if not where:
            raise QueryError("the query is empty", remedy="type a word or a filter")
        cond = " WHERE " + " AND ".join(where)
        source = "events e JOIN event_keys k ON k.id = e.id AND k.language = e.language"
        # The count needs the event key only for the people and tag filters.
        counted = source if (filters.person or filters.tag) else "events e"
        rows = conn.execute(
            f"SELECT k.key << {BLOCK_BITS}, 0, 0 FROM {source}{cond} "
            "ORDER BY e.date DESC, e.id, e.language LIMIT ? OFFSET ?",
            [*args, limit, offset]).fetchall()
        total = conn.execute(f"SELECT count(*) FROM {counted}{cond}", args).fetchone()[0]
        details = _details(conn, [r[0] for r in rows])
    return SearchPage(int(total), _hits(rows, details, False, snippets))


def _details(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, tuple[Any, ...]]:
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    cur = conn.cursor()
    cur.row_factory = None
    rows = cur.execute(
        "SELECT b.rowid, b.id, b.language, b.seq, b.type, b.speaker, b.text, e.date, e.title, "
        "e.url FROM blocks b JOIN events e ON e.id = b.id AND e.language = b.language "
        f"WHERE b.rowid IN ({marks})", rowids).fetchall()
    return {r[0]: r[1:] for r in rows}


def _count(conn: sqlite3.Connection, matches: str, args: list[Any]) -> int:
    sql = f"SELECT count(DISTINCT r >> {BLOCK_BITS}) FROM ({matches})"
    return int(conn.execute(sql, args).fetchone()[0])


def facet_counts(conn: sqlite3.Connection, query: Query, filters: Filters, *,
                 steps: int, cache: NameCache | None = None) -> Facets:
    """Counts by kind, speaker, place, tag, language and year among the best-ranked
    FACET_EVENTS matching events (all of them when fewer match), ranked as search_blocks
    ranks them (a common word: among the newest RANKED_BLOCKS matching blocks)."""
    _prepare(conn)
    names = _Names(conn, cache)
    with deadline(conn, steps):
        low = newest = None
        if query.root is not None:
            low, newest, _ = _ranked_range(conn, query, filters, names, 0)
        matches, args = _matches(query, filters, names, low, newest=newest)
    # One statement, so the matching events are found once (a materialised CTE).
    parts = {
        "kind": "SELECT e.kind AS v, count(*) AS n FROM h GROUP BY 1",
        "language": "SELECT e.language AS v, count(*) AS n FROM h GROUP BY 1",
        "year": "SELECT substr(e.date, 1, 4) AS v, count(*) AS n FROM h GROUP BY 1",
        "place": "SELECT e.place AS v, count(*) AS n FROM h WHERE e.place IS NOT NULL "
                 "GROUP BY 1",
        "speaker": "SELECT p.name AS v, count(*) AS n FROM h JOIN event_people p "
                   "ON p.id = e.id AND p.language = e.language WHERE p.relation = 'speaker' "
                   "GROUP BY 1",
        "tag": "SELECT t.value AS v, count(DISTINCT e.id || ':' || e.language) AS n FROM h "
               "JOIN event_tags t ON t.id = e.id AND t.language = e.language "
               "WHERE t.facet != 'persons' GROUP BY 1",
    }
    union = " UNION ALL ".join(
        f"SELECT * FROM (SELECT '{name}' AS facet, v, n FROM ({sql}) "
        f"ORDER BY n DESC, v LIMIT {FACET_SIZE})"
        for name, sql in parts.items()
    )
    # Counted over the best FACET_EVENTS events, which bounds the cost of a common word.
    sql = (f"WITH m AS MATERIALIZED ({matches}), "
           f"top AS (SELECT r >> {BLOCK_BITS} AS ev, max(s) AS score FROM m GROUP BY ev "
           f"ORDER BY score DESC LIMIT {FACET_EVENTS}), "
           "h AS MATERIALIZED (SELECT e.id, e.language, e.kind, e.date, e.place FROM top "
           "JOIN event_keys k ON k.key = top.ev "
           "JOIN events e ON e.id = k.id AND e.language = k.language) "
           + union.replace("FROM h", "FROM h e").replace(" JOIN event_", " CROSS JOIN event_"))
    out: Facets = {name: [] for name in parts}
    with deadline(conn, steps):
        for facet, value, count in conn.execute(sql, args):
            if value is not None:
                out[facet].append((str(value), int(count)))
    return out


class SQLiteSearch:
    """The ``SearchIndex`` of an SQLite store: FTS5 and bm25, each statement bounded by
    ``max_steps`` VM steps."""

    def __init__(self, conn: sqlite3.Connection, max_steps: int) -> None:
        self.conn = conn
        self.max_steps = max_steps
        self.names = NameCache()
        self.seen = recorder(conn)
        # Once per store: checking at each search took a statement and two Python calls.
        _prepare(conn)

    def search_blocks(self, query: Query, filters: Filters, limit: int,
                      offset: int, sort: str = "relevance", exact: bool = False,
                      snippets: Snippets | None = None) -> SearchPage:
        return search_blocks(self.conn, query, filters, limit, offset, steps=self.max_steps,
                             cache=self.names, sort=sort, seen=self.seen, exact=exact,
                             snippets=snippets, prepared=True)

    def facet_counts(self, query: Query, filters: Filters) -> Facets:
        return facet_counts(self.conn, query, filters, steps=self.max_steps,
                            cache=self.names)

"""Search filters on SQLite: person, speaker, place and tag filters resolved to the names
stored (kept per store until the archive changes), and the conditions they put on events.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from daybook.query import Filters
from daybook.stemming import fold, slug


def _fold_sql(value: Any) -> str | None:
    return fold(value) if isinstance(value, str) else None


def _slug_sql(value: Any) -> str | None:
    return slug(value) if isinstance(value, str) else None


def _prepare(conn: sqlite3.Connection) -> None:
    """Register the folding functions on ``conn``, once: registering a function again
    expires every prepared statement of the connection, so that each search would prepare
    its statements anew."""
    try:
        conn.execute("SELECT daybook_fold(NULL), daybook_slug(NULL)").fetchone()
    except sqlite3.OperationalError:
        conn.create_function("daybook_fold", 1, _fold_sql, deterministic=True)
        conn.create_function("daybook_slug", 1, _slug_sql, deterministic=True)


def _names_sql(column: str, table: str, values: tuple[str, ...], *, slugs: bool = False,
               exact: bool = False) -> tuple[str, list[Any]]:
    """Distinct values of a name column that match every value given (folded substring, or
    folded equality with ``exact``). Folding runs once per distinct name, not per row."""
    conds, args = [], []
    for v in values:
        if exact:
            conds.append("daybook_fold(v) = ?")
            args.append(fold(v))
        elif slugs:
            conds.append("(daybook_slug(v) = ? OR instr(daybook_fold(v), ?) > 0)")
            args += [slug(v), fold(v)]
        else:
            conds.append("instr(daybook_fold(v), ?) > 0")
            args.append(fold(v))
    # A materialised CTE: otherwise SQLite runs the Python folding on every row, not once
    # per distinct name.
    sql = (f"WITH n AS MATERIALIZED (SELECT DISTINCT {column} AS v FROM {table} "
           f"WHERE {column} IS NOT NULL) SELECT v FROM n WHERE " + " AND ".join(conds))
    return sql, args


class NameCache:
    """Name filters resolved to names, kept across searches until the archive changes:
    resolving folds every distinct name in Python (person:Macron, 930 names: ~15 ms, more
    than the match itself), while the names change only with an ingest."""

    MAX_ENTRIES = 256

    def __init__(self) -> None:
        self.version: tuple[int, int] | None = None
        self.memo: dict[tuple[Any, ...], list[str]] = {}

    def current(self, conn: sqlite3.Connection) -> dict[tuple[Any, ...], list[str]]:
        # data_version moves when another connection commits, total_changes with our own.
        version = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
        if version != self.version or len(self.memo) > self.MAX_ENTRIES:
            self.version, self.memo = version, {}
        return self.memo


class _Names:
    """Name filters resolved to the names they match, once per search call (or once per
    archive version with a ``NameCache``): a search runs several statements with the same
    filters, and scanning the distinct names of a big table each time would cost more than
    the match."""

    def __init__(self, conn: sqlite3.Connection, cache: NameCache | None = None) -> None:
        self.conn = conn
        self.cache = cache
        self._memo: dict[tuple[Any, ...], list[str]] | None = None

    @property
    def memo(self) -> dict[tuple[Any, ...], list[str]]:
        if self._memo is None:
            self._memo = self.cache.current(self.conn) if self.cache else {}
        return self._memo

    def __call__(self, column: str, table: str, values: tuple[str, ...], *,
                 slugs: bool = False, exact: bool = False) -> tuple[str, list[Any]]:
        """``?`` marks for an IN list (NULL when nothing matches) and their values."""
        key = (column, table, values, slugs, exact)
        found = self.memo.get(key)
        if found is None:
            sql, args = _names_sql(column, table, values, slugs=slugs, exact=exact)
            found = self.memo[key] = [r[0] for r in self.conn.execute(sql, args)]
        return ",".join("?" * len(found)) or "NULL", list(found)


def _event_filters(filters: Filters, ev: str,
                   names: _Names) -> tuple[bool, list[str], list[Any]]:
    """Conditions on ``e`` (events) and on the event key expression ``ev``; the flag says
    whether ``e`` must be joined. People and tags go through their name indexes."""
    where: list[str] = []
    args: list[Any] = []
    if filters.lang:
        where.append("e.language = ?")
        args.append(filters.lang)
    if filters.date_from:
        where.append("e.date >= ?")
        args.append(filters.date_from.isoformat())
    if filters.date_to:
        where.append("e.date <= ?")
        args.append(filters.date_to.isoformat())
    if filters.kind:
        where.append(f"e.kind IN ({','.join('?' * len(filters.kind))})")
        args += list(filters.kind)
    for place in filters.place:
        sql, more = names("place", "events", (place,))
        where.append(f"e.place IN ({sql})")
        args += more
    join = bool(where)
    for sql, more in _key_sets(filters, names):
        where.append(f"{ev} IN ({sql})")
        args += more
    return join, where, args


def _key_sets(filters: Filters, names: _Names) -> list[tuple[str, list[Any]]]:
    """A SELECT of the event keys each person and tag filter allows."""
    out = []
    for person in filters.person:
        sql, more = names("name", "event_people", (person,), slugs=True)
        # A UNION, not OR, so that each side uses its index (person_id, name). Named: after
        # an ANALYZE of an archive whose people have no ids yet, every row has the same
        # person_id (NULL), and the planner would scan the whole table for one id.
        out.append(("SELECT k2.key FROM event_people p INDEXED BY event_people_by_person "
                    "JOIN event_keys k2 ON "
                    "k2.id = p.id AND k2.language = p.language WHERE p.person_id = ? "
                    "UNION SELECT k2.key FROM event_people p JOIN event_keys k2 ON "
                    f"k2.id = p.id AND k2.language = p.language WHERE p.name IN ({sql})",
                    [person, *more]))
    for tag in filters.tag:
        sql, more = names("value", "event_tags", (tag,), exact=True)
        out.append(("SELECT k2.key FROM event_tags t JOIN event_keys k2 ON "
                    f"k2.id = t.id AND k2.language = t.language WHERE t.value IN ({sql})",
                    more))
    return out

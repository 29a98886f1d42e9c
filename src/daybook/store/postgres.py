"""PostgreSQL backend (psycopg 3): the SQLite store's semantics on a server, for big archives.

``PostgresDialect`` is what the storage core (``core.py``) needs to know of PostgreSQL.
Writes are serialised like SQLite's ``BEGIN IMMEDIATE`` by a transaction-scoped advisory
lock, so two ingests never race on the same event. Search rows carry a ``tsvector``: stems
in the text search configuration of the event's language plus the words as written, both
with accents folded by ``unaccent`` (see ``postgres_search``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, suppress
from functools import lru_cache
from typing import Any, ClassVar

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from daybook.errors import StoreError
from daybook.model import Event
from daybook.store.core import SQLStore
from daybook.store.dialect import BlockRow, Dialect
from daybook.store.postgres_search import PostgresSearch, deadline, index_text, ts_config

# Keys of pg_advisory_xact_lock: one for writers, one for migrations.
_WRITE_LOCK = 0x6461_7962
_MIGRATE_LOCK = 0x6461_7963
# SQLite's LIKE folds ASCII letters only; so does this on both sides of a LIKE.
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LOWER = f"translate({{}}, '{_UPPER}', '{_UPPER.lower()}')"

_counter = itertools.count()
Row = dict[str, Any]


@lru_cache(maxsize=1024)
def _spelled(text: str) -> str:
    """The core's ``?`` placeholders as psycopg's ``%s`` (a literal % doubled)."""
    return text.replace("%", "%%").replace("?", "%s")


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


class PostgresDialect(Dialect):
    """Native dates, instants and JSONB; NUL scrubbed from text; an advisory lock as the
    write lock; a statement timeout as the cost bound."""

    name: ClassVar[str] = "postgres"
    nulls_first: ClassVar[str] = " NULLS FIRST"
    binary: ClassVar[str] = ' COLLATE "C"'
    row_order: ClassVar[str] = "ctid"
    log_order: ClassVar[str] = "seq"

    def __init__(self, conn: psycopg.Connection[Row], *, read_only: bool,
                 location: str) -> None:
        super().__init__(read_only=read_only)
        self.conn = conn
        self.location = location

    # -- statements -----------------------------------------------------------------------

    def execute(self, sql: str, args: Sequence[Any] = ()) -> psycopg.Cursor[Row]:
        return self.conn.execute(_spelled(sql), tuple(args))

    def script(self, sql: str) -> None:
        self.conn.execute(sql.encode())

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_spelled(sql), rows)

    def stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[Row]:
        """A server-side cursor: memory stays flat on a 200k-event export. WITH HOLD lets it
        live outside a transaction, so a caller may write while it reads."""
        with self.conn.cursor(name=f"c{next(_counter)}", withhold=True) as cur:
            cur.itersize = 500
            cur.execute(_spelled(sql), tuple(args))
            yield from cur

    def table_exists(self, name: str) -> bool:
        row = self.conn.execute("SELECT to_regclass(%s) IS NOT NULL AS t", (name,)).fetchone()
        return bool(row and row["t"])

    def close(self) -> None:
        self.conn.close()

    # -- values ---------------------------------------------------------------------------

    def instant(self, value: dt.datetime) -> dt.datetime:
        return _aware(value)

    def doc(self, value: dict[str, Any]) -> Jsonb:
        return Jsonb(value)

    def read_doc(self, value: Any) -> Any:
        return value if isinstance(value, dict) else json.loads(value)

    def text(self, value: str | None) -> str | None:
        return value.replace("\x00", "\ufffd") if value else value

    def event(self, event: Event) -> Event:
        """PostgreSQL text cannot hold NUL; store U+FFFD in its place, as decoding does for
        junk."""
        text = json.dumps(event.to_dict(), ensure_ascii=False)
        if "\\u0000" not in text:
            return event
        return Event.from_dict(json.loads(text.replace("\\u0000", "\ufffd")))

    def like(self, column: str) -> str:
        # SQLite's LIKE rules: ASCII letters match either case, no escape character.
        return (f"{_ASCII_LOWER.format(column)} LIKE {_ASCII_LOWER.format('?')} "
                "ESCAPE ''")

    # -- transactions ---------------------------------------------------------------------

    def begin(self) -> None:
        try:
            self.conn.execute("BEGIN")
            if not self.read_only:
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
        except psycopg.Error as exc:
            raise StoreError(f"cannot start a transaction: {exc}", path=self.location) from exc

    def commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except psycopg.Error as exc:
            raise StoreError(f"commit failed: {exc}", path=self.location) from exc

    def rollback(self) -> None:
        self._quiet("ROLLBACK")

    def savepoint(self, name: str) -> int:
        self.conn.execute(f"SAVEPOINT {name}".encode())
        return 0

    def release(self, name: str, depth: int) -> None:
        self.conn.execute(f"RELEASE SAVEPOINT {name}".encode())

    def rollback_to(self, name: str, mark: int) -> None:
        # After a failed statement the transaction only accepts ROLLBACK (TO).
        self._quiet(f"ROLLBACK TO SAVEPOINT {name}")
        self._quiet(f"RELEASE SAVEPOINT {name}")

    def _quiet(self, sql: str) -> None:
        # Rolling back must not hide the error that caused it (e.g. a lost connection).
        with suppress(psycopg.Error):
            self.conn.execute(sql.encode())

    def before_commit(self) -> None:
        """Nothing is held: the search rows were written with their blocks."""

    def lock_migrations(self) -> None:
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))

    # -- the search index -----------------------------------------------------------------

    def drop_blocks(self, key: tuple[str, str]) -> None:
        self.conn.execute("DELETE FROM blocks WHERE id=%s AND language=%s", key)

    def write_blocks(self, event: Event, rows: list[BlockRow], *, depth: int) -> None:
        config = ts_config(event.language)
        with self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO blocks (id, language, seq, type, speaker, provenance, text, config, "
                "tsv) VALUES (%s,%s,%s,%s,%s,%s,%s,%s::regconfig,"
                " setweight(to_tsvector(%s::regconfig, %s), 'D')"
                " || setweight(to_tsvector('daybook_simple', %s), 'A'))",
                [(*r, config, *index_text(r[-1], event.language), r[-1]) for r in rows],
            )

    # -- reads ----------------------------------------------------------------------------

    def bounded(self) -> AbstractContextManager[None]:
        return deadline(self.conn)

    def data_version(self) -> str:
        """Changes whenever a write commits (SQLite's ``PRAGMA data_version``): the server's
        snapshot, whose in-progress list and next xid every committing writer changes. It
        is cluster-wide, so other databases' writes change it too (never a stale answer)."""
        row = self.conn.execute("SELECT pg_current_snapshot()::text AS s").fetchone()
        return str(row["s"]) if row else ""

    def integrity_problems(self) -> list[str]:
        row = self.conn.execute(
            "SELECT datctype FROM pg_database WHERE datname = current_database()").fetchone()
        if row and row["datctype"] in ("C", "POSIX"):
            # The text search parser then reads every non-ASCII character (dashes too) as a
            # letter, so "Russia–India" is one word.
            return ["the database's LC_CTYPE is C: search splits words wrongly "
                    "(create it with LC_CTYPE 'C.UTF-8' and copy the archive over)"]
        return []


class PostgresStore(SQLStore):
    """A daybook archive in a PostgreSQL database. ``read_only`` opens it for the web site."""

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        location = _redact(url)
        options = "-c TimeZone=UTC"
        if read_only:
            options += " -c default_transaction_read_only=on"
        try:
            self.conn: psycopg.Connection[Row] = psycopg.connect(
                url, autocommit=True, row_factory=dict_row, options=options,
                application_name="daybook",
            )
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to PostgreSQL: {str(exc).strip()}",
                path=location,
                remedy="check the URL, that the server runs and that the database exists",
            ) from exc
        self.dialect: PostgresDialect = PostgresDialect(self.conn, read_only=read_only,
                                                        location=location)
        self.search = PostgresSearch(self.conn)
        super().__init__(self.dialect, location)


def _redact(url: str) -> str:
    """The URL without its password, for messages and ``db info``."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return url
    if "password" not in info:
        return url
    return url.replace(f":{info['password']}@", ":***@")

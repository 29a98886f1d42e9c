"""SQLite backend: one file, WAL journal, FTS5 search index, versioned migrations.

``SQLiteDialect`` is what the storage core (``core.py``) needs to know of SQLite; the
search capability is ``sqlite_search.SQLiteSearch``.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, ClassVar

from daybook.errors import StoreError
from daybook.model import Event
from daybook.stemming import BLOCK_BITS, stem_text
from daybook.store.base import step_budget
from daybook.store.core import SQLStore
from daybook.store.dialect import BlockRow, Dialect
from daybook.store.sqlite_search import SQLiteSearch, deadline
from daybook.store.uri import sqlite_uri

# Search-index rows queued before a commit, at most (about 5 MB of text).
FTS_QUEUE_ROWS = 10_000

# A queued search-index write: (delete?, rowid, text, stem).
FtsOp = tuple[bool, int, str, str]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SQLiteDialect(Dialect):
    """Dates and instants as ISO text, documents as JSON text, FTS5 rows queued to the
    commit, ``BEGIN IMMEDIATE`` as the write lock, VM steps as the cost bound."""

    name: ClassVar[str] = "sqlite"

    def __init__(self, conn: sqlite3.Connection, *, read_only: bool, max_steps: int) -> None:
        super().__init__(read_only=read_only)
        self.conn = conn
        self.max_steps = max_steps
        # Search-index writes held until the transaction commits (see write_blocks).
        self.fts_pending: list[FtsOp] = []

    # -- statements -----------------------------------------------------------------------

    def execute(self, sql: str, args: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, args)

    def script(self, sql: str) -> None:
        self.conn.execute(sql)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.conn.executemany(sql, rows)

    def table_exists(self, name: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)
        ).fetchone() is not None

    def close(self) -> None:
        self.conn.close()

    # -- values ---------------------------------------------------------------------------

    def day(self, value: Any) -> str:
        return str(value.isoformat())

    def instant(self, value: Any) -> str:
        return str(value.isoformat())

    def doc(self, value: dict[str, Any]) -> str:
        return _dumps(value)

    def read_doc(self, value: Any) -> Any:
        return json.loads(value)

    # -- transactions ---------------------------------------------------------------------

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        self.fts_pending.clear()
        self.conn.execute("ROLLBACK")

    def savepoint(self, name: str) -> int:
        self.conn.execute(f"SAVEPOINT {name}")
        return len(self.fts_pending)

    def release(self, name: str, depth: int) -> None:
        self.conn.execute(f"RELEASE {name}")
        self._bound_queue(depth)

    def rollback_to(self, name: str, mark: int) -> None:
        del self.fts_pending[mark:]
        self.conn.execute(f"ROLLBACK TO {name}")
        self.conn.execute(f"RELEASE {name}")

    def before_commit(self) -> None:
        self._flush()

    def lock_migrations(self) -> None:
        """``BEGIN IMMEDIATE`` already keeps a second writer out."""

    # -- the search index -----------------------------------------------------------------

    def drop_blocks(self, key: tuple[str, str]) -> None:
        old = self.conn.execute(
            "SELECT rowid, text, stem FROM blocks WHERE id=? AND language=?", key).fetchall()
        # Queued before the new rows, which write_blocks queues (and flushes) next.
        self.fts_pending.extend((True, r["rowid"], r["text"], r["stem"]) for r in old)
        self.conn.execute("DELETE FROM blocks WHERE id=? AND language=?", key)

    def write_blocks(self, event: Event, rows: list[BlockRow], *, depth: int) -> None:
        # A block's rowid is the event's key * 2^20 + seq (migration 0002), so that a search
        # hit names its event without a join; the stemmed copy is what search matches on.
        key = (event.id, event.language)
        cur = self.conn.execute("INSERT OR IGNORE INTO event_keys (id, language) VALUES (?, ?)",
                                key)
        if cur.rowcount == 1 and cur.lastrowid is not None:
            base = cur.lastrowid << BLOCK_BITS
        else:
            base = self.conn.execute("SELECT key FROM event_keys WHERE id=? AND language=?",
                                     key).fetchone()[0] << BLOCK_BITS
        if len(event.blocks) >= 1 << BLOCK_BITS:
            raise StoreError(f"event {event.id} has more than {1 << BLOCK_BITS} blocks")
        full = [(base + row[2], *row, stem_text(row[-1], event.language)) for row in rows]
        self.conn.executemany(
            "INSERT INTO blocks (rowid, id, language, seq, type, speaker, provenance, text, "
            "stem) VALUES (?,?,?,?,?,?,?,?,?)", full)
        self._queue([(False, r[0], r[-2], r[-1]) for r in full], depth=depth)

    def _queue(self, ops: list[FtsOp], *, depth: int) -> None:
        """Queue search-index writes until the commit.

        FTS5 flushes its in-memory terms to a new index segment at every savepoint, so
        writing per file made one small segment per file, then merged them; queued, a
        batch of files makes one segment. A file rolled back drops its queued writes.
        """
        self.fts_pending.extend(ops)
        if not depth:
            self._flush()
        else:
            self._bound_queue(depth)

    def _bound_queue(self, depth: int) -> None:
        # A big transaction writes its queue early, but only where no savepoint is open:
        # rows written inside one would be undone with it, whoever they belong to.
        if depth <= 1 and len(self.fts_pending) > FTS_QUEUE_ROWS:
            self._flush()

    def _flush(self) -> None:
        pending, self.fts_pending = self.fts_pending, []
        for delete, group in itertools.groupby(pending, key=lambda op: op[0]):
            rows = [op[1:] for op in group]
            if delete:
                self.conn.executemany(
                    "INSERT INTO blocks_fts (blocks_fts, rowid, text, stem) "
                    "VALUES ('delete', ?, ?, ?)", rows)
            else:
                self.conn.executemany(
                    "INSERT INTO blocks_fts (rowid, text, stem) VALUES (?, ?, ?)", rows)

    # -- reads ----------------------------------------------------------------------------

    def bounded(self) -> AbstractContextManager[None]:
        return deadline(self.conn, self.max_steps)

    def data_version(self) -> str:
        """Changes whenever another connection commits a write (a reader's cache key)."""
        return str(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def integrity_problems(self) -> list[str]:
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if not self.read_only:
            try:
                self.conn.execute("INSERT INTO blocks_fts(blocks_fts) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"search index: {exc}")
        return problems


def _connect(path: str | Path, read_only: bool) -> sqlite3.Connection:
    try:
        if read_only:
            if not Path(path).exists():
                raise StoreError(
                    "no database at this path",
                    path=str(path),
                    remedy="run `daybook ingest` first or pass --db",
                )
            conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, isolation_level=None,
                                   check_same_thread=False)
        elif str(path) == ":memory:":
            conn = sqlite3.connect(":memory:", isolation_level=None)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(sqlite_uri(path, "rwc"), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the database: {exc}", path=str(path)) from exc
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 10000")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # The indexes of a large archive outgrow SQLite's 2 MB default page cache and
        # ingest slows as it grows; 64 MB keeps it near linear, and memory bounded.
        conn.execute("PRAGMA cache_size = -65536")
    return conn


class SQLiteStore(SQLStore):
    """A daybook archive in one SQLite file. ``read_only`` opens it for the web site;
    ``query_max_steps`` bounds the work of one search statement (``QUERY_MAX_STEPS``)."""

    def __init__(self, path: str | Path, *, read_only: bool = False,
                 query_max_steps: int | None = None) -> None:
        self.conn = _connect(path, read_only)
        steps = step_budget(query_max_steps)
        self.dialect: SQLiteDialect = SQLiteDialect(self.conn, read_only=read_only,
                                                    max_steps=steps)
        self.search = SQLiteSearch(self.conn, steps)
        super().__init__(self.dialect, str(path))

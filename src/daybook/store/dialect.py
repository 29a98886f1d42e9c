"""What one SQL backend does differently from another, as the storage core sees it.

The core (``store/core.py``) writes every storage operation once, with ``?`` placeholders
and portable SQL, against this interface. A dialect spells placeholders, adapts dates,
instants and JSON documents in and out, scrubs text its server cannot hold, opens and
ends transactions (taking the write lock), writes the full-text rows of an event and
bounds the cost of a read. ``SQLiteDialect`` and ``PostgresDialect`` implement it.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, ClassVar

from daybook.model import Event

# A search row of an event before the backend's full-text columns: (id, language, seq,
# type, speaker, provenance, text); seq 0 is the title and lead.
BlockRow = tuple[str, str, int, str, str | None, str, str]


class Dialect(ABC):
    """One backend's SQL spelling, value adaptation, transactions and full-text writer."""

    name: ClassVar[str]
    # ORDER BY suffixes that give both backends the same order: NULLs first (SQLite's
    # default) and code point order of text (SQLite compares bytes).
    nulls_first: ClassVar[str] = ""
    binary: ClassVar[str] = ""
    # Insertion order of a table's rows, for rows without a key of their own.
    row_order: ClassVar[str] = "rowid"
    # The order in which the ingest log was written.
    log_order: ClassVar[str] = "rowid"

    def __init__(self, *, read_only: bool) -> None:
        self.read_only = read_only

    # -- statements -----------------------------------------------------------------------

    @abstractmethod
    def execute(self, sql: str, args: Sequence[Any] = ()) -> Any:
        """Run one statement of the core (``?`` placeholders, which the dialect spells as
        its driver wants); a cursor whose rows read by column name."""

    @abstractmethod
    def script(self, sql: str) -> None:
        """Run one statement of a migration as written (no placeholders)."""

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[Any]:
        """Rows of a long read, in bounded memory."""
        yield from self.execute(sql, args)

    @abstractmethod
    def table_exists(self, name: str) -> bool: ...

    @abstractmethod
    def close(self) -> None: ...

    # -- values ---------------------------------------------------------------------------

    def day(self, value: dt.date) -> Any:
        """A date as stored (SQLite keeps ISO text)."""
        return value

    def read_day(self, value: Any) -> dt.date:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)

    def instant(self, value: dt.datetime) -> Any:
        """A sort key in time (``start_utc``, ``published``) as stored."""
        return value

    @abstractmethod
    def doc(self, value: dict[str, Any]) -> Any:
        """A JSON document as stored."""

    @abstractmethod
    def read_doc(self, value: Any) -> Any: ...

    def text(self, value: str | None) -> str | None:
        """Free text as stored (PostgreSQL cannot hold NUL)."""
        return value

    def event(self, event: Event) -> Event:
        """An event as it will be stored (the same whole-document rule as ``text``)."""
        return event

    def like(self, column: str) -> str:
        """A condition: ``column`` contains the pattern bound to ``?`` (SQLite's LIKE)."""
        return f"{column} LIKE ?"

    # -- transactions ---------------------------------------------------------------------

    @abstractmethod
    def begin(self) -> None:
        """Start the outermost transaction, holding the write lock unless read-only."""

    @abstractmethod
    def commit(self) -> None: ...

    @abstractmethod
    def rollback(self) -> None:
        """Roll the outermost transaction back, dropping queued full-text rows."""

    @abstractmethod
    def savepoint(self, name: str) -> int:
        """Open a savepoint; returns a mark of the full-text queue to roll back to."""

    @abstractmethod
    def release(self, name: str, depth: int) -> None:
        """Keep a savepoint's work; ``depth`` is how many levels stay open."""

    @abstractmethod
    def rollback_to(self, name: str, mark: int) -> None: ...

    @abstractmethod
    def lock_migrations(self) -> None:
        """Make a second process opening a new database wait for the first's migration."""

    @abstractmethod
    def before_commit(self) -> None:
        """Write what was held for the commit (SQLite's queued full-text rows)."""

    # -- full text and reads --------------------------------------------------------------

    @abstractmethod
    def drop_blocks(self, key: tuple[str, str]) -> None:
        """Delete an event's search rows (and their full-text entries)."""

    @abstractmethod
    def write_blocks(self, event: Event, rows: list[BlockRow], *, depth: int) -> None:
        """Insert an event's search rows with their full-text entries; ``depth`` is the
        transaction nesting (0: none)."""

    @abstractmethod
    def bounded(self) -> AbstractContextManager[None]:
        """Reads under the search cost bound; past it a ``QueryError``."""

    @abstractmethod
    def data_version(self) -> str: ...

    @abstractmethod
    def integrity_problems(self) -> list[str]:
        """Checks only this backend can make (the shared ones are the core's)."""

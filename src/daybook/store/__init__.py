"""Storage backends behind one interface (see ``base.Store``)."""

from __future__ import annotations

from pathlib import Path

from daybook.store.base import Store

__all__ = ["DEFAULT_DB", "Store", "default_location", "open_store"]

DEFAULT_DB = "daybook.db"


def default_location() -> str:
    """The archive when none is named. The library reads no environment: the CLI applies
    ``DAYBOOK_DB`` and settings files through ``daybook.settings``."""
    return DEFAULT_DB


def open_store(location: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (and migrate) the archive at a path or URL; SQLite unless it is postgresql://."""
    where = str(location) if location is not None else default_location()
    if where.startswith(("postgresql://", "postgres://")):
        from daybook.store.postgres import PostgresStore

        return PostgresStore(where, read_only=read_only)
    from daybook.store.sqlite import SQLiteStore

    return SQLiteStore(where, read_only=read_only)

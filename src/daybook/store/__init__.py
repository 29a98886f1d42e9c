"""Storage backends behind one interface (see ``base.Store``) and one SQL core (``core``)."""

from __future__ import annotations

from pathlib import Path

from daybook.store.base import Store

__all__ = ["DEFAULT_DB", "Store", "default_location", "open_store"]

DEFAULT_DB = "daybook.db"


def default_location() -> str:
    """The archive when none is named. The library reads no environment: the CLI applies
    ``DAYBOOK_DB`` and settings files through ``daybook.settings``."""
    return DEFAULT_DB


def open_store(
    location: str | Path | None = None,
    *,
    read_only: bool = False,
    query_max_steps: int | None = None,
) -> Store:
    """Open (and migrate) the archive at a path or URL; SQLite unless it is postgresql://.

    ``query_max_steps`` bounds the work of one search statement on SQLite (VM steps; None:
    ``base.QUERY_MAX_STEPS`` as it is at this call). PostgreSQL bounds searches by a
    statement timeout instead.
    """
    where = str(location) if location is not None else default_location()
    if where.startswith(("postgresql://", "postgres://")):
        from daybook.store.postgres import PostgresStore

        return PostgresStore(where, read_only=read_only)
    from daybook.store.sqlite import SQLiteStore

    return SQLiteStore(where, read_only=read_only, query_max_steps=query_max_steps)

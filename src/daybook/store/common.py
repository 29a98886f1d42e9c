"""What every backend shares: the schema-version rule and the enrichment methods, which
each backend delegates to its own module of SQL (``sqlite_enrich``, ``postgres_enrich``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Protocol

from daybook.errors import SchemaVersionError
from daybook.store.migrations import load_migrations

if TYPE_CHECKING:
    from daybook.enrich.people import PersonLink, Registry
    from daybook.enrich.records import EventEnrichment, FigureHit, PendingEvent, PersonEvent


def check_schema_version(backend: str, have: int, *, read_only: bool, location: str) -> None:
    """Refuse a database newer than this daybook, and an older one when we may not migrate."""
    known = max(m.version for m in load_migrations(backend))
    if have > known:
        raise SchemaVersionError(
            f"the database has schema {have}, newer than this daybook knows ({known})",
            path=location,
            remedy="upgrade daybook",
        )
    if have < known and read_only:
        raise SchemaVersionError(
            f"the database has schema {have}, older than {known}",
            path=location,
            remedy="run `daybook db migrate` once",
        )


def event_filters(
    date_from: dt.date | None,
    date_to: dt.date | None,
    language: str | None,
    kind: str | None = None,
    *,
    mark: str,
    dates_as_text: bool,
) -> tuple[str, list[Any]]:
    """The WHERE clause (or "") and its arguments that select events; ``mark`` is the
    backend's placeholder, and SQLite keeps dates as ISO text."""
    clauses: list[str] = []
    args: list[Any] = []
    values: tuple[tuple[str, dt.date | str | None], ...] = (
        ("date >= ", date_from), ("date <= ", date_to), ("language = ", language),
        ("kind = ", kind))
    for clause, value in values:
        if value:
            clauses.append(clause + mark)
            if isinstance(value, dt.date) and dates_as_text:
                value = value.isoformat()
            args.append(value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


class EnrichSQL(Protocol):
    """A backend's module of enrichment SQL (migration 0003's tables)."""

    def enrich_pending(self, store: Any, version: int) -> list[PendingEvent]: ...

    def save_enrichment(self, store: Any, result: EventEnrichment, version: int) -> None: ...

    def save_person_links(
        self, store: Any, event_id: str, language: str, links: list[PersonLink]
    ) -> None: ...

    def person_links(self, store: Any, event_id: str, language: str) -> list[PersonLink]: ...

    def save_people(self, store: Any, registry: Registry) -> None: ...

    def load_people(self, store: Any, registry: Registry) -> None: ...

    def person_events(self, store: Any, person_id: str) -> list[PersonEvent]: ...

    def find_figures(self, store: Any, query: str, limit: int = 500) -> list[FigureHit]: ...

    def enrich_counts(self, store: Any) -> dict[str, int]: ...


class EnrichTables:
    """The enrichment methods of a store (the ``EnrichStore`` protocol of enrich/run.py)."""

    def _enrich_sql(self) -> EnrichSQL:
        raise NotImplementedError

    def enrich_pending(self, version: int) -> list[PendingEvent]:
        return self._enrich_sql().enrich_pending(self, version)

    def save_enrichment(self, result: EventEnrichment, version: int) -> None:
        self._enrich_sql().save_enrichment(self, result, version)

    def save_person_links(self, event_id: str, language: str, links: list[PersonLink]) -> None:
        self._enrich_sql().save_person_links(self, event_id, language, links)

    def person_links(self, event_id: str, language: str) -> list[PersonLink]:
        return self._enrich_sql().person_links(self, event_id, language)

    def save_people(self, registry: Registry) -> None:
        self._enrich_sql().save_people(self, registry)

    def load_people(self, registry: Registry) -> None:
        self._enrich_sql().load_people(self, registry)

    def person_events(self, person_id: str) -> list[PersonEvent]:
        return self._enrich_sql().person_events(self, person_id)

    def find_figures(self, query: str, limit: int = 500) -> list[FigureHit]:
        return self._enrich_sql().find_figures(self, query, limit)

    def enrich_counts(self) -> dict[str, int]:
        return self._enrich_sql().enrich_counts(self)

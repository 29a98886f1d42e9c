"""The store interface every backend implements (SQLite and PostgreSQL), and its typed
capabilities: ``store.search`` (the backend's query compiler), ``store.people`` (person
pages), ``store.enrichment`` (the enrichment tables) and ``store.captures`` (the fetcher's
captures index, its Protocol in ``captures.py``) and ``store.memory`` (the translation
memory, its Protocol in ``memory.py``), one Protocol each.

Parsers and renderers never see a backend: they exchange model records with this interface.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from daybook.model import Event, Listing
from daybook.query import Facets, Filters, Query, SearchPage, Snippets

if TYPE_CHECKING:
    from daybook.directory import Directory
    from daybook.enrich.people import PersonLink, Registry
    from daybook.enrich.records import EventEnrichment, FigureHit, PendingEvent, PersonEvent
    from daybook.store.captures import Captures
    from daybook.store.memory import Memory

SaveOutcome = Literal["new", "unchanged", "revised"]

# SQLite VM steps one search statement may take: the cost bound, independent of server
# load (about 80 times the costliest query of bench/bench_search.py). The default of
# ``open_store(query_max_steps=None)``, read when a store opens.
QUERY_MAX_STEPS = 50_000_000


def step_budget(given: int | None) -> int:
    """The step budget of a store: the one given, else today's ``QUERY_MAX_STEPS``."""
    return QUERY_MAX_STEPS if given is None else given


@dataclass(frozen=True, slots=True)
class Revision:
    event_id: str
    language: str
    revision: int
    content_hash: str
    ingested_at: str
    origin: str | None
    event: Event


@dataclass(frozen=True, slots=True)
class EventSummary:
    id: str
    language: str
    date: dt.date
    start: dt.datetime | None
    kind: str
    title: str
    place: str | None
    url: str | None
    revision: int


@dataclass(frozen=True, slots=True)
class DayMeta:
    date: dt.date
    language: str
    title: str | None
    principal: str | None


@dataclass(frozen=True, slots=True)
class ListedEntry:
    """What the listings say of one date: an event id, its position and clock time."""

    event_id: str
    date: dt.date
    position: int
    time: dt.time | None
    title: str | None
    complete: bool


@dataclass(frozen=True, slots=True)
class StoreInfo:
    backend: str
    location: str
    schema_version: int
    events: int
    revisions: int
    days: int
    languages: tuple[str, ...]
    first_date: dt.date | None
    last_date: dt.date | None


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One archived event whole, for copying between backends: every revision, oldest first.

    ``current`` is the event row's own document (its day ``number`` may be newer than the
    last revision's, since a renumbering is not a revision).
    """

    current: Event
    first_seen: str
    last_changed: str
    revisions: tuple[Revision, ...]


@dataclass(frozen=True, slots=True)
class LogEntry:
    path: str
    sha256: str | None
    reader: str | None
    status: str
    message: str | None
    at: str


@dataclass(frozen=True, slots=True)
class Appearance:
    """One event where a person appears: as participant, speaker or tagged, with a role."""

    event_id: str
    language: str
    date: dt.date
    title: str
    kind: str
    name: str
    role: str | None
    relation: str


class SearchIndex(Protocol):
    """A backend's full-text search: its compiler of the query tree and its ranking."""

    def search_blocks(
        self, query: Query, filters: Filters, limit: int, offset: int,
        sort: str = "relevance", exact: bool = False, snippets: Snippets | None = None,
    ) -> SearchPage:
        """One hit per event; with ``snippets``, each hit has its snippet and no text."""
        ...

    def facet_counts(self, query: Query, filters: Filters) -> Facets: ...


class PeopleIndex(Protocol):
    """Person pages: a person's appearances by registry id, else by the slug of a name
    (``daybook.directory``)."""

    def appearances(
        self, key: str, limit: int, offset: int, directory: Directory | None = None
    ) -> tuple[int, list[Appearance]]: ...

    def directory(self) -> Directory: ...

    def build_directory(self) -> Directory: ...

    def titles(self, events: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
        ...


class Enrichment(Protocol):
    """The enrichment tables (migration 0003): people, links, entities, figures, dates."""

    def enrich_pending(self, version: int) -> list[PendingEvent]: ...

    def save_enrichment(self, result: EventEnrichment, version: int) -> None: ...

    def save_person_links(
        self, event_id: str, language: str, links: Sequence[PersonLink]
    ) -> None: ...

    def person_links(self, event_id: str, language: str) -> list[PersonLink]: ...

    def save_people(self, registry: Registry) -> None: ...

    def load_people(self, registry: Registry) -> None: ...

    def person_events(self, person_id: str) -> list[PersonEvent]: ...

    def find_figures(self, query: str, limit: int = 500) -> list[FigureHit]: ...

    def enrich_counts(self) -> dict[str, int]: ...


class Store(Protocol):
    """A daybook archive. Writes happen inside ``transaction()`` (or ``savepoint()``)."""

    @property
    def location(self) -> str:
        """Where the archive is (a path, or a URL without its password)."""
        ...

    @property
    def search(self) -> SearchIndex: ...

    @property
    def people(self) -> PeopleIndex: ...

    @property
    def enrichment(self) -> Enrichment: ...

    @property
    def captures(self) -> Captures:
        """The fetcher's captures index and fetch state (``store/captures.py``)."""
        ...

    @property
    def memory(self) -> Memory:
        """The translation memory (``store/memory.py``, migration 0007)."""
        ...

    def close(self) -> None: ...

    def transaction(self) -> AbstractContextManager[None]: ...

    def savepoint(self) -> AbstractContextManager[None]: ...

    def save_event(self, event: Event, *, origin: str | None = None) -> SaveOutcome: ...

    def save_day_meta(self, meta: DayMeta, *, origin: str | None = None) -> None: ...

    def save_listing(self, listing: Listing) -> None: ...

    def log_file(
        self, path: str, sha256: str | None, reader: str | None, status: str, message: str | None
    ) -> None: ...

    def get_event(self, event_id: str, language: str | None = None) -> Event | None: ...

    def events_on(self, date: dt.date, language: str | None = None) -> list[Event]: ...

    def iter_events(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> Iterator[Event]: ...

    def list_events(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
        *,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EventSummary]: ...

    def count_events(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
        *,
        kind: str | None = None,
    ) -> int: ...

    def day_counts(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> list[tuple[dt.date, int]]:
        """Events per date (announcements left out), in date order."""
        ...

    def dates(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> list[dt.date]: ...

    def day_meta(self, date: dt.date) -> list[DayMeta]: ...

    def listed_on(self, date: dt.date) -> list[ListedEntry]: ...

    def history(self, event_id: str, language: str | None = None) -> list[Revision]: ...

    def info(self) -> StoreInfo: ...

    def last_changed(self, event_ids: Sequence[str] | None = None) -> dt.datetime | None:
        """When the given events (or, with None, any event) last changed."""
        ...

    def newest_stored(self, limit: int, date_to: dt.date | None = None,
                      language: str | None = None) -> list[tuple[str, str]]:
        """(id, language) of the ``limit`` events daybook first stored most recently
        (``first_seen``), announcements left out, newest first."""
        ...

    def data_version(self) -> str:
        """A token that changes whenever a write commits elsewhere: readers' cache key."""
        ...

    def integrity_check(self) -> list[str]: ...

    # -- whole-archive access, for ``daybook db copy`` ------------------------------------

    def iter_records(self) -> Iterator[EventRecord]: ...

    def import_record(self, record: EventRecord) -> None: ...

    def iter_day_metas(self) -> Iterator[tuple[DayMeta, str | None]]: ...

    def iter_listings(self) -> Iterator[Listing]: ...

    def iter_log(self) -> Iterator[LogEntry]: ...

    def import_log(self, entry: LogEntry) -> None: ...


def event_languages(events: Sequence[Event]) -> tuple[str, ...]:
    return tuple(sorted({e.language for e in events}))

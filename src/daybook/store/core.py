"""The storage core: every operation of a daybook archive, written once for all SQL backends.

``SQLStore`` owns transactions and savepoints (with their depth counting), migrations,
revisions, listings, reads, history and the integrity checks both backends share. Beside
it, once each: the rows of one event (``tables.py``), whole-archive copying
(``archive.py``), the enrichment tables (``enrichment.py``, ``store.enrichment``) and
person pages (``people.py``, ``store.people``), the translation memory (``memory.py``,
``store.memory``). What differs between backends is a
``Dialect`` (``dialect.py``); a backend's store class opens its connection, builds its
dialect and adds its search capability (``store.search``: query compilation and ranking,
the only SQL written per backend).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from daybook.errors import SchemaVersionError
from daybook.model import Event, Listing, event_hash
from daybook.store import archive
from daybook.store.base import (
    DayMeta,
    EventRecord,
    EventSummary,
    ListedEntry,
    LogEntry,
    Revision,
    SaveOutcome,
    SearchIndex,
    StoreInfo,
)
from daybook.store.captures import CaptureTables
from daybook.store.dialect import Dialect
from daybook.store.enrichment import EnrichmentTables
from daybook.store.memory import MemoryTables
from daybook.store.migrations import REINDEX, load_migrations
from daybook.store.people import People
from daybook.store.tables import Tables, marks, now

_counter = itertools.count()


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


class SQLStore(Tables):
    """A daybook archive in an SQL database, behind a ``Dialect``."""

    # Set by the backend's class: its compiler of the query tree.
    search: SearchIndex

    def __init__(self, dialect: Dialect, location: str) -> None:
        super().__init__(dialect)
        self.location = location
        self.read_only = dialect.read_only
        self.people = People(self)
        self.enrichment = EnrichmentTables(self)
        self.captures = CaptureTables(self)
        self.memory = MemoryTables(self)
        if self.read_only:
            self._check_version()
        else:
            self.migrate()

    @property
    def backend(self) -> str:
        return self.dialect.name

    def close(self) -> None:
        self.dialect.close()

    # -- schema ---------------------------------------------------------------------------

    def schema_version(self) -> int:
        if not self.dialect.table_exists("schema_migrations"):
            return 0
        return int(self.scalar("SELECT max(version) AS n FROM schema_migrations") or 0)

    def _check_version(self) -> None:
        check_schema_version(self.dialect.name, self.schema_version(),
                             read_only=self.read_only, location=self.location)

    def migrate(self) -> list[int]:
        """Apply the migrations the database lacks, each in its own transaction."""
        self._check_version()
        migrations = load_migrations(self.dialect.name)
        if self.schema_version() >= migrations[-1].version:
            return []
        applied = []
        for m in migrations:
            with self.transaction():
                # Two processes opening a new database at once: the second waits, then skips.
                self.dialect.lock_migrations()
                self.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                         "PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
                if m.version <= self.schema_version():
                    continue
                for statement in m.statements():
                    self.dialect.script(statement)
                for language in REINDEX.get(m.version, ()):
                    self.reindex(language)
                self.run("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                         (m.version, m.name, now()))
            applied.append(m.version)
        return applied

    def reindex(self, language: str) -> int:
        """Rebuild the search rows of every event in ``language`` from its stored document
        (after a change of how that language is stemmed); returns how many."""
        ids = [r["id"] for r in self.rows("SELECT id FROM events WHERE language = ?",
                                          (language,))]
        for event_id in ids:
            row = self.one("SELECT doc FROM events WHERE id = ? AND language = ?",
                           (event_id, language))
            if row is not None:
                self.index(self.read_event(row["doc"]))
        return len(ids)

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            with self.savepoint():
                yield
            return
        self.dialect.begin()
        self._depth += 1
        try:
            yield
            self.dialect.before_commit()
        except BaseException:
            self._depth -= 1
            self.dialect.rollback()
            raise
        self._depth -= 1
        self.dialect.commit()

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A unit that either lands whole or leaves nothing (one input file)."""
        if not self._depth:
            with self.transaction():
                yield
            return
        name = f"sp{next(_counter)}"
        mark = self.dialect.savepoint(name)
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            self.dialect.rollback_to(name, mark)
            raise
        self._depth -= 1
        self.dialect.release(name, self._depth)

    # -- writes ---------------------------------------------------------------------------

    def save_event(self, event: Event, *, origin: str | None = None) -> SaveOutcome:
        d = self.dialect
        event = d.event(event)
        data = event.to_dict()
        digest = event_hash(data)
        key = (event.id, event.language)
        row = self.one(
            "SELECT content_hash, revision, number FROM events WHERE id=? AND language=?", key)
        if row is not None and row["content_hash"] == digest:
            if row["number"] != event.number:
                self.run("UPDATE events SET number=?, doc=? WHERE id=? AND language=?",
                         (event.number, d.doc(data), *key))
            return "unchanged"
        revision = 1 if row is None else int(row["revision"]) + 1
        doc = d.doc(data)
        stamp = now()
        # The revision goes first: on PostgreSQL the events row references it.
        self.run("INSERT INTO revisions VALUES (?,?,?,?,?,?,?)",
                 (*key, revision, digest, doc, d.text(origin), stamp))
        self.write_row(event, doc, digest, revision, stamp if row is None else None, stamp)
        # A new event has no rows to replace: its events row and these land together.
        self.index(event, fresh=row is None)
        return "new" if row is None else "revised"

    def save_day_meta(self, meta: DayMeta, *, origin: str | None = None) -> None:
        d = self.dialect
        self.run(
            "INSERT INTO days VALUES (?,?,?,?,?) ON CONFLICT (date, language) DO UPDATE SET "
            "title=excluded.title, principal=excluded.principal, origin=excluded.origin",
            (d.day(meta.date), meta.language, d.text(meta.title), d.text(meta.principal),
             d.text(origin)),
        )

    def save_listing(self, listing: Listing) -> None:
        d = self.dialect
        url = listing.url or f"by-date/{listing.page_date.isoformat()}"
        self.run("DELETE FROM listing_entries WHERE page_url=?", (url,))
        complete = set(listing.complete_dates)
        self.many(
            "INSERT INTO listing_entries VALUES (?,?,?,?,?,?,?,?)",
            [(url, d.day(listing.page_date), i, e.id, d.day(e.date),
              e.time.isoformat(timespec="minutes") if e.time else None, d.text(e.title),
              e.date in complete)
             for i, e in enumerate(listing.entries)],
        )

    def log_file(
        self, path: str, sha256: str | None, reader: str | None, status: str, message: str | None
    ) -> None:
        self.import_log(LogEntry(path, sha256, reader, status, message, now()))

    # -- reads ----------------------------------------------------------------------------

    def get_event(self, event_id: str, language: str | None = None) -> Event | None:
        sql = "SELECT doc FROM events WHERE id=?"
        args: list[Any] = [event_id]
        if language:
            sql += " AND language=?"
            args.append(language)
        row = self.one(sql + " ORDER BY language LIMIT 1", args)
        return self.read_event(row["doc"]) if row else None

    def _where(
        self, date_from: dt.date | None, date_to: dt.date | None, language: str | None,
        kind: str | None = None, *, dated: bool = False,
    ) -> tuple[str, list[Any]]:
        """The WHERE clause (or "") and its arguments that select events; ``dated`` leaves
        announcements out."""
        clauses: list[str] = []
        args: list[Any] = []
        values: tuple[tuple[str, Any], ...] = (
            ("date >= ?", date_from and self.dialect.day(date_from)),
            ("date <= ?", date_to and self.dialect.day(date_to)),
            ("language = ?", language), ("kind = ?", kind))
        for clause, value in values:
            if value:
                clauses.append(clause)
                args.append(value)
        if dated:
            clauses.append("kind != 'announcement'")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args

    def events_on(self, date: dt.date, language: str | None = None) -> list[Event]:
        return list(self.iter_events(date, date, language))

    def iter_events(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> Iterator[Event]:
        where, args = self._where(date_from, date_to, language)
        nulls = self.dialect.nulls_first
        for row in self.dialect.stream(
                f"SELECT doc FROM events{where} ORDER BY date, start_utc{nulls}, number, id",
                args):
            yield self.read_event(row["doc"])

    def list_events(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
        *,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EventSummary]:
        d = self.dialect
        where, args = self._where(date_from, date_to, language, kind)
        sql = ("SELECT id, language, date, start, kind, title, place, url, revision FROM events"
               f"{where} ORDER BY date, coalesce(start_utc, published){d.nulls_first}, "
               "number, id")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [
            EventSummary(
                id=r["id"], language=r["language"], date=d.read_day(r["date"]),
                start=dt.datetime.fromisoformat(r["start"]) if r["start"] else None,
                kind=r["kind"], title=r["title"], place=r["place"], url=r["url"],
                revision=r["revision"],
            )
            for r in self.rows(sql, args)
        ]

    def count_events(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
        *,
        kind: str | None = None,
    ) -> int:
        where, args = self._where(date_from, date_to, language, kind)
        return int(self.scalar(f"SELECT count(*) AS n FROM events{where}", args) or 0)

    def day_counts(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> list[tuple[dt.date, int]]:
        where, args = self._where(date_from, date_to, language, dated=True)
        rows = self.rows(
            f"SELECT date, count(*) AS n FROM events{where} GROUP BY date ORDER BY date", args)
        return [(self.dialect.read_day(r["date"]), int(r["n"])) for r in rows]

    def dates(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> list[dt.date]:
        where, args = self._where(date_from, date_to, language, dated=True)
        rows = self.rows(f"SELECT DISTINCT date FROM events{where} ORDER BY date", args)
        return [self.dialect.read_day(r["date"]) for r in rows]

    def day_meta(self, date: dt.date) -> list[DayMeta]:
        rows = self.rows("SELECT * FROM days WHERE date=? ORDER BY language",
                         (self.dialect.day(date),))
        return [DayMeta(date, r["language"], r["title"], r["principal"]) for r in rows]

    def listed_on(self, date: dt.date) -> list[ListedEntry]:
        d = self.dialect
        # The newest page that shows the date gives its order; a later page may show it whole.
        rows = self.rows(
            "SELECT event_id, date, position, time, title, complete, page_date FROM "
            "listing_entries WHERE date=? ORDER BY complete DESC, page_date DESC, position",
            (d.day(date),))
        seen: dict[str, ListedEntry] = {}
        for r in rows:
            if r["event_id"] in seen:
                continue
            seen[r["event_id"]] = ListedEntry(
                event_id=r["event_id"], date=d.read_day(r["date"]), position=r["position"],
                time=dt.time.fromisoformat(r["time"]) if r["time"] else None,
                title=r["title"], complete=bool(r["complete"]),
            )
        return list(seen.values())

    def history(self, event_id: str, language: str | None = None) -> list[Revision]:
        sql = "SELECT * FROM revisions WHERE id=?"
        args: list[Any] = [event_id]
        if language:
            sql += " AND language=?"
            args.append(language)
        return [self.revision(r) for r in self.rows(sql + " ORDER BY language, revision", args)]

    def info(self) -> StoreInfo:
        d = self.dialect
        row = self.one("SELECT min(date) AS first, max(date) AS last, count(*) AS events, "
                       "count(DISTINCT date) AS days FROM events")
        langs = sorted(r["language"] for r in self.rows("SELECT DISTINCT language FROM events"))
        return StoreInfo(
            backend=d.name, location=self.location, schema_version=self.schema_version(),
            events=int(row["events"]),
            revisions=int(self.scalar("SELECT count(*) AS n FROM revisions") or 0),
            days=int(row["days"]), languages=tuple(langs),
            first_date=d.read_day(row["first"]) if row["first"] else None,
            last_date=d.read_day(row["last"]) if row["last"] else None,
        )

    def last_changed(self, event_ids: Sequence[str] | None = None) -> dt.datetime | None:
        """When the given events (or, with None, any event) last changed."""
        if event_ids is not None and not event_ids:
            return None
        # ISO text on both backends, compared in code point order.
        sql = f"SELECT max(last_changed{self.dialect.binary}) AS n FROM events"
        args: list[Any] = []
        if event_ids is not None:
            args = list(event_ids)
            sql += f" WHERE id IN ({marks(args)})"
        value = self.scalar(sql, args)
        if value is None:
            return None
        when = dt.datetime.fromisoformat(value)
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)

    def newest_stored(self, limit: int, date_to: dt.date | None = None,
                      language: str | None = None) -> list[tuple[str, str]]:
        """(id, language) of the ``limit`` events first stored most recently, newest first
        (announcements left out, none dated after ``date_to``)."""
        d = self.dialect
        where, args = " WHERE kind != 'announcement'", []
        if date_to is not None:
            where += " AND date <= ?"
            args.append(d.day(date_to))
        if language is not None:
            where += " AND language = ?"
            args.append(language)
        # No index on first_seen, but one on last_changed, never earlier: the ``limit``
        # events changed last were first seen at T or later, so the newest ``limit`` first
        # seen all were, and all of those changed at T or later. A walk of that index, not
        # a scan of every event. first_seen lies beyond the document in the row (reading it
        # reads the document); an event never revised was first seen when it last changed.
        seen = f"(CASE WHEN revision = 1 THEN last_changed ELSE first_seen END){d.binary}"
        sql = (f"SELECT id, language FROM events{where} AND last_changed{d.binary} >= "
               f"(SELECT min({seen}) FROM (SELECT revision, last_changed, first_seen "
               f"FROM events{where} ORDER BY last_changed DESC LIMIT ?) AS t) "
               f"ORDER BY {seen} DESC, date DESC, number DESC, id{d.binary} DESC, "
               f"language{d.binary} LIMIT ?")
        return [(r["id"], r["language"]) for r in self.rows(sql, [*args, *args, limit, limit])]

    def data_version(self) -> str:
        """A token that changes whenever a write commits elsewhere (a reader's cache key)."""
        return self.dialect.data_version()

    def integrity_check(self) -> list[str]:
        problems = self.dialect.integrity_problems()
        checks = {
            "event(s) without their current revision":
                "SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM revisions "
                "r WHERE r.id=e.id AND r.language=e.language AND r.revision=e.revision)",
            "event(s) without search rows":
                "SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM blocks b "
                "WHERE b.id=e.id AND b.language=e.language AND b.seq=0)",
            "revision(s) whose hash is not the current row's":
                "SELECT count(*) AS n FROM events e JOIN revisions r ON r.id=e.id AND "
                "r.language=e.language AND r.revision=e.revision "
                "WHERE r.content_hash <> e.content_hash",
            "search row(s) of no event":
                "SELECT count(*) AS n FROM blocks b WHERE NOT EXISTS (SELECT 1 FROM events e "
                "WHERE e.id=b.id AND e.language=b.language)",
        }
        for what, sql in checks.items():
            n = self.scalar(sql)
            if n:
                problems.append(f"{n} {what}")
        return problems

    # -- whole-archive access for `daybook db copy` (see archive.py) ----------------------

    def iter_records(self) -> Iterator[EventRecord]:
        return archive.iter_records(self)

    def import_record(self, record: EventRecord) -> None:
        archive.import_record(self, record)

    def iter_day_metas(self) -> Iterator[tuple[DayMeta, str | None]]:
        return archive.iter_day_metas(self)

    def iter_listings(self) -> Iterator[Listing]:
        return archive.iter_listings(self)

    def iter_log(self) -> Iterator[LogEntry]:
        return archive.iter_log(self)

    def import_log(self, entry: LogEntry) -> None:
        archive.import_log(self, entry)

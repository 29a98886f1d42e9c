"""PostgreSQL backend (psycopg 3): the SQLite store's semantics on a server, for big archives.

Writes are serialised like SQLite's ``BEGIN IMMEDIATE`` by a transaction-scoped advisory lock,
so two ingests never race on the same event. Search rows carry a ``tsvector``: stems in the
text search configuration of the event's language plus the words as written, both with
accents folded by ``unaccent`` (see ``postgres_search``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import groupby
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from daybook.errors import StoreError
from daybook.model import Event, Listing, ListingEntry, event_hash
from daybook.store import postgres_enrich
from daybook.store.base import (
    DayMeta,
    EventRecord,
    EventSummary,
    ListedEntry,
    LogEntry,
    Revision,
    SaveOutcome,
    StoreInfo,
)
from daybook.store.captures import CaptureIndex, Captures, postgres_runner
from daybook.store.common import (
    EnrichSQL,
    EnrichTables,
    check_schema_version,
    event_filters,
)
from daybook.store.migrations import load_migrations

if TYPE_CHECKING:
    pass

# Text search configuration per event language (created by migration 0001).
TS_CONFIGS = {"fr": "daybook_french", "en": "daybook_english", "ru": "daybook_russian"}
TS_DEFAULT = "daybook_simple"
# Keys of pg_advisory_xact_lock: one for writers, one for migrations.
_WRITE_LOCK = 0x6461_7962
_MIGRATE_LOCK = 0x6461_7963

_counter = itertools.count()
Row = dict[str, Any]


def ts_config(language: str) -> str:
    return TS_CONFIGS.get(language, TS_DEFAULT)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _scrub(event: Event) -> Event:
    """PostgreSQL text cannot hold NUL; store U+FFFD in its place, as decoding does for junk."""
    text = json.dumps(event.to_dict(), ensure_ascii=False)
    if "\\u0000" not in text:
        return event
    return Event.from_dict(json.loads(text.replace("\\u0000", "\ufffd")))


def _nul(value: str | None) -> str | None:
    return value.replace("\x00", "\ufffd") if value else value


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


def _event(doc: Any) -> Event:
    return Event.from_dict(doc if isinstance(doc, dict) else json.loads(doc))


class PostgresStore(EnrichTables):
    """A daybook archive in a PostgreSQL database. ``read_only`` opens it for the web site."""

    backend = "postgres"

    def __init__(self, url: str, *, read_only: bool = False) -> None:
        self.location = _redact(url)
        self.read_only = read_only
        self._depth = 0
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
                path=self.location,
                remedy="check the URL, that the server runs and that the database exists",
            ) from exc
        self.captures: Captures = CaptureIndex(postgres_runner(self.conn), "%s")
        if read_only:
            self._check_version()
        else:
            self.migrate()

    # -- schema ---------------------------------------------------------------------------

    def _one(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        return self.conn.execute(sql, args).fetchone()

    def _scalar(self, sql: str, args: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, args).fetchone()
        return next(iter(row.values())) if row else None

    def schema_version(self) -> int:
        if self._scalar("SELECT to_regclass('schema_migrations') IS NOT NULL AS t") is not True:
            return 0
        return int(self._scalar("SELECT max(version) FROM schema_migrations") or 0)

    def _check_version(self) -> None:
        check_schema_version("postgres", self.schema_version(), read_only=self.read_only,
                             location=self.location)

    def migrate(self) -> list[int]:
        """Apply the migrations the database lacks, each in its own transaction."""
        self._check_version()
        migrations = load_migrations("postgres")
        if self.schema_version() >= migrations[-1].version:
            return []
        applied = []
        for m in migrations:
            with self.transaction():
                # Two processes opening a new database at once: the second waits, then skips.
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                if m.version <= self.schema_version():
                    continue
                for statement in m.statements():
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_migrations VALUES (%s, %s, %s)", (m.version, m.name, _now())
                )
            applied.append(m.version)
        return applied

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            with self.savepoint():
                yield
            return
        try:
            self.conn.execute("BEGIN")
            if not self.read_only:
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
        except psycopg.Error as exc:
            raise StoreError(f"cannot start a transaction: {exc}", path=self.location) from exc
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            self._quiet("ROLLBACK")
            raise
        self._depth -= 1
        try:
            self.conn.execute("COMMIT")
        except psycopg.Error as exc:
            raise StoreError(f"commit failed: {exc}", path=self.location) from exc

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A unit that either lands whole or leaves nothing (one input file)."""
        if not self._depth:
            with self.transaction():
                yield
            return
        name = f"sp{next(_counter)}"
        self.conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            # After a failed statement the transaction only accepts ROLLBACK (TO).
            self._quiet(f"ROLLBACK TO SAVEPOINT {name}")
            self._quiet(f"RELEASE SAVEPOINT {name}")
            raise
        self._depth -= 1
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def _quiet(self, sql: str) -> None:
        # Rolling back must not hide the error that caused it (e.g. a lost connection).
        with suppress(psycopg.Error):
            self.conn.execute(sql.encode())

    def close(self) -> None:
        self.conn.close()

    # -- writes ---------------------------------------------------------------------------

    def save_event(self, event: Event, *, origin: str | None = None) -> SaveOutcome:
        event = _scrub(event)
        d = event.to_dict()
        digest = event_hash(d)
        row = self._one(
            "SELECT content_hash, revision, number FROM events WHERE id=%s AND language=%s",
            (event.id, event.language),
        )
        now = _now()
        if row is not None and row["content_hash"] == digest:
            if row["number"] != event.number:
                self.conn.execute(
                    "UPDATE events SET number=%s, doc=%s WHERE id=%s AND language=%s",
                    (event.number, Jsonb(d), event.id, event.language),
                )
            return "unchanged"
        revision = 1 if row is None else int(row["revision"]) + 1
        doc = Jsonb(d)
        # The revision goes first: the events row references it.
        self.conn.execute(
            "INSERT INTO revisions VALUES (%s,%s,%s,%s,%s,%s,%s)",
            (event.id, event.language, revision, digest, doc, _nul(origin), now),
        )
        self._write_row(event, digest, revision, now if row is None else None, now)
        self._index(event)
        return "new" if row is None else "revised"

    def _write_row(
        self, ev: Event, digest: str, revision: int, first_seen: str | None, last_changed: str
    ) -> None:
        """Insert the event row (``first_seen`` given) or update it (``first_seen`` None)."""
        values = {
            "id": ev.id, "language": ev.language, "date": ev.date, "number": ev.number,
            "start": ev.start.isoformat() if ev.start else None,
            "start_utc": ev.start.astimezone(dt.UTC) if ev.start else None,
            "timezone": ev.timezone, "place": ev.place, "kind": ev.kind, "title": ev.title,
            "lead": ev.lead, "url": ev.url, "published": _aware(ev.published),
            "announced_date": ev.announced_date, "content_hash": digest,
            "revision": revision, "doc": Jsonb(ev.to_dict()), "last_changed": last_changed,
        }
        if first_seen is not None:
            values["first_seen"] = first_seen
            cols = ", ".join(values)
            marks = ", ".join(f"%({c})s" for c in values)
            self.conn.execute(f"INSERT INTO events ({cols}) VALUES ({marks})", values)
        else:
            sets = ", ".join(f"{c}=%({c})s" for c in values if c not in ("id", "language"))
            self.conn.execute(
                f"UPDATE events SET {sets} WHERE id=%(id)s AND language=%(language)s", values
            )

    def _index(self, event: Event) -> None:
        """Rebuild the facet and search rows of one event."""
        key = (event.id, event.language)
        for table in ("blocks", "event_people", "event_tags"):
            self.conn.execute(f"DELETE FROM {table} WHERE id=%s AND language=%s", key)
        people = [(*key, p.name, p.role, "participant", p.person_id) for p in event.participants]
        roles: dict[str, str | None] = {}
        for b in event.blocks:
            if b.speaker and b.speaker not in roles:
                roles[b.speaker] = b.role
        people += [(*key, name, role, "speaker", None) for name, role in roles.items()]
        people += [(*key, name, None, "tagged", None) for name in event.tags.persons]
        with self.conn.cursor() as cur:
            cur.executemany("INSERT INTO event_people VALUES (%s,%s,%s,%s,%s,%s)", people)
            tags = [(*key, facet, value) for facet, values in event.tags.to_dict().items()
                    for value in values]
            cur.executemany("INSERT INTO event_tags VALUES (%s,%s,%s,%s)", tags)
            config = ts_config(event.language)
            head = "\n".join(t for t in (event.title, event.lead) if t)
            rows: list[tuple[str, str, int, str, str | None, str, str]] = [
                (*key, 0, "heading", None, "source", head)]
            rows += [(*key, i, b.type, b.speaker, b.provenance, b.text)
                     for i, b in enumerate(event.blocks, 1) if b.text.strip()]
            cur.executemany(
                "INSERT INTO blocks (id, language, seq, type, speaker, provenance, text, config, "
                "tsv) VALUES (%s,%s,%s,%s,%s,%s,%s,%s::regconfig,"
                " setweight(to_tsvector(%s::regconfig, %s), 'D')"
                " || setweight(to_tsvector('daybook_simple', %s), 'A'))",
                [(*r, config, config, r[-1], r[-1]) for r in rows],
            )

    def save_day_meta(self, meta: DayMeta, *, origin: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO days VALUES (%s,%s,%s,%s,%s) ON CONFLICT (date, language) DO UPDATE "
            "SET title=excluded.title, principal=excluded.principal, origin=excluded.origin",
            (meta.date, meta.language, _nul(meta.title), _nul(meta.principal), _nul(origin)),
        )

    def save_listing(self, listing: Listing) -> None:
        url = listing.url or f"by-date/{listing.page_date.isoformat()}"
        self.conn.execute("DELETE FROM listing_entries WHERE page_url=%s", (url,))
        complete = set(listing.complete_dates)
        with self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO listing_entries VALUES (%s,%s,%s,%s,%s,%s,%s,%s)",
                [
                    (url, listing.page_date, i, e.id, e.date,
                     e.time.isoformat(timespec="minutes") if e.time else None, _nul(e.title),
                     e.date in complete)
                    for i, e in enumerate(listing.entries)
                ],
            )

    def log_file(
        self, path: str, sha256: str | None, reader: str | None, status: str, message: str | None
    ) -> None:
        self.import_log(LogEntry(path, sha256, reader, status, message, _now()))

    # -- reads ----------------------------------------------------------------------------

    def get_event(self, event_id: str, language: str | None = None) -> Event | None:
        sql = "SELECT doc FROM events WHERE id=%s"
        args: list[Any] = [event_id]
        if language:
            sql += " AND language=%s"
            args.append(language)
        row = self._one(sql + " ORDER BY language LIMIT 1", args)
        return _event(row["doc"]) if row else None

    def _where(
        self, date_from: dt.date | None, date_to: dt.date | None, language: str | None,
        kind: str | None = None,
    ) -> tuple[str, list[Any]]:
        return event_filters(date_from, date_to, language, kind, mark="%s",
                             dates_as_text=False)

    def events_on(self, date: dt.date, language: str | None = None) -> list[Event]:
        return list(self.iter_events(date, date, language))

    def iter_events(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> Iterator[Event]:
        where, args = self._where(date_from, date_to, language)
        with self._cursor() as cur:
            cur.execute(
                f"SELECT doc FROM events{where} ORDER BY date, start_utc NULLS FIRST, number, id",
                args,
            )
            for row in cur:
                yield _event(row["doc"])

    @contextmanager
    def _cursor(self) -> Iterator[psycopg.ServerCursor[Row]]:
        """A server-side cursor: memory stays flat on a 200k-event export. WITH HOLD lets it
        live outside a transaction, so a caller may write while it reads."""
        with self.conn.cursor(name=f"c{next(_counter)}", withhold=True) as cur:
            cur.itersize = 500
            yield cur

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
        where, args = self._where(date_from, date_to, language, kind)
        sql = ("SELECT id, language, date, start, kind, title, place, url, revision FROM events"
               f"{where} ORDER BY date, coalesce(start_utc, published) NULLS FIRST, number, id")
        if limit is not None:
            sql += " LIMIT %s OFFSET %s"
            args += [limit, offset]
        return [
            EventSummary(
                id=r["id"], language=r["language"], date=r["date"],
                start=dt.datetime.fromisoformat(r["start"]) if r["start"] else None,
                kind=r["kind"], title=r["title"], place=r["place"], url=r["url"],
                revision=r["revision"],
            )
            for r in self.conn.execute(sql, args).fetchall()
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
        return int(self._scalar(f"SELECT count(*) FROM events{where}", args) or 0)

    def day_counts(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> list[tuple[dt.date, int]]:
        where, args = self._where(date_from, date_to, language)
        where += (" AND " if where else " WHERE ") + "kind != 'announcement'"
        rows = self.conn.execute(
            f"SELECT date, count(*) AS n FROM events{where} GROUP BY date ORDER BY date", args)
        return [(r["date"], int(r["n"])) for r in rows]

    def dates(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> list[dt.date]:
        where, args = self._where(date_from, date_to, language)
        where += (" AND " if where else " WHERE ") + "kind != 'announcement'"
        rows = self.conn.execute(f"SELECT DISTINCT date FROM events{where} ORDER BY date", args)
        return [r["date"] for r in rows]

    def day_meta(self, date: dt.date) -> list[DayMeta]:
        rows = self.conn.execute(
            "SELECT * FROM days WHERE date=%s ORDER BY language", (date,)
        ).fetchall()
        return [DayMeta(date, r["language"], r["title"], r["principal"]) for r in rows]

    def listed_on(self, date: dt.date) -> list[ListedEntry]:
        # The newest page that shows the date gives its order; a later page may show it whole.
        rows = self.conn.execute(
            "SELECT event_id, date, position, time, title, complete, page_date FROM "
            "listing_entries WHERE date=%s ORDER BY complete DESC, page_date DESC, position",
            (date,),
        ).fetchall()
        seen: dict[str, ListedEntry] = {}
        for r in rows:
            if r["event_id"] in seen:
                continue
            seen[r["event_id"]] = ListedEntry(
                event_id=r["event_id"], date=r["date"], position=r["position"],
                time=dt.time.fromisoformat(r["time"]) if r["time"] else None,
                title=r["title"], complete=bool(r["complete"]),
            )
        return list(seen.values())

    def history(self, event_id: str, language: str | None = None) -> list[Revision]:
        sql = "SELECT * FROM revisions WHERE id=%s"
        args: list[Any] = [event_id]
        if language:
            sql += " AND language=%s"
            args.append(language)
        rows = self.conn.execute(sql + " ORDER BY language, revision", args).fetchall()
        return [_revision(r) for r in rows]

    def info(self) -> StoreInfo:
        row = self._one(
            "SELECT min(date) AS first, max(date) AS last, count(*) AS events, "
            "count(DISTINCT date) AS days, (SELECT count(*) FROM revisions) AS revisions, "
            "coalesce(array_agg(DISTINCT language), '{}') AS langs FROM events"
        )
        assert row is not None
        return StoreInfo(
            backend=self.backend, location=self.location, schema_version=self.schema_version(),
            events=row["events"], revisions=row["revisions"], days=row["days"],
            languages=tuple(sorted(row["langs"])), first_date=row["first"],
            last_date=row["last"],
        )

    def data_version(self) -> str:
        """Changes whenever a write commits (SQLite's ``PRAGMA data_version``): the server's
        snapshot, whose in-progress list and next xid every committing writer changes. It
        is cluster-wide, so other databases' writes change it too (never a stale answer)."""
        return str(self._scalar("SELECT pg_current_snapshot()::text"))

    def integrity_check(self) -> list[str]:
        problems: list[str] = []
        checks = {
            "event(s) without their current revision":
                "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM revisions r "
                "WHERE r.id=e.id AND r.language=e.language AND r.revision=e.revision)",
            "event(s) without search rows":
                "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM blocks b "
                "WHERE b.id=e.id AND b.language=e.language AND b.seq=0)",
            "revision(s) whose hash is not the current row's":
                "SELECT count(*) FROM events e JOIN revisions r ON r.id=e.id AND "
                "r.language=e.language AND r.revision=e.revision "
                "WHERE r.content_hash <> e.content_hash",
            "search row(s) of no event":
                "SELECT count(*) FROM blocks b WHERE NOT EXISTS (SELECT 1 FROM events e "
                "WHERE e.id=b.id AND e.language=b.language)",
        }
        for what, sql in checks.items():
            n = self._scalar(sql)
            if n:
                problems.append(f"{n} {what}")
        ctype = self._scalar(
            "SELECT datctype FROM pg_database WHERE datname = current_database()")
        if ctype in ("C", "POSIX"):
            # The text search parser then reads every non-ASCII character (dashes too) as a
            # letter, so "Russia–India" is one word.
            problems.append("the database's LC_CTYPE is C: search splits words wrongly "
                            "(create it with LC_CTYPE 'C.UTF-8' and copy the archive over)")
        return problems

    # -- whole-archive access for `daybook db copy` ---------------------------------------

    def iter_records(self) -> Iterator[EventRecord]:
        with self._cursor() as cur:
            # One pass over revisions joined with their event row, ordered by key.
            cur.execute(
                "SELECT r.*, e.doc AS current, e.first_seen, e.last_changed FROM revisions r "
                "JOIN events e ON e.id=r.id AND e.language=r.language "
                "ORDER BY r.id, r.language, r.revision"
            )
            for _, group in groupby(cur, key=lambda r: (r["id"], r["language"])):
                rows = list(group)
                yield EventRecord(
                    current=_event(rows[0]["current"]), first_seen=rows[0]["first_seen"],
                    last_changed=rows[0]["last_changed"],
                    revisions=tuple(_revision(r) for r in rows),
                )

    def import_record(self, record: EventRecord) -> None:
        """Write one event with its whole history verbatim, replacing any stored history."""
        ev = _scrub(record.current)
        last = record.revisions[-1]
        key = (ev.id, ev.language)
        self.conn.execute("DELETE FROM events WHERE id=%s AND language=%s", key)
        self.conn.execute("DELETE FROM revisions WHERE id=%s AND language=%s", key)
        with self.conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO revisions VALUES (%s,%s,%s,%s,%s,%s,%s)",
                [(r.event_id, r.language, r.revision, r.content_hash,
                  Jsonb(_scrub(r.event).to_dict()), _nul(r.origin), r.ingested_at)
                 for r in record.revisions],
            )
        self._write_row(ev, last.content_hash, last.revision, record.first_seen,
                        record.last_changed)
        self._index(ev)

    def iter_day_metas(self) -> Iterator[tuple[DayMeta, str | None]]:
        for r in self.conn.execute("SELECT * FROM days ORDER BY date, language"):
            yield DayMeta(r["date"], r["language"], r["title"], r["principal"]), r["origin"]

    def iter_listings(self) -> Iterator[Listing]:
        rows = self.conn.execute("SELECT * FROM listing_entries ORDER BY page_url, position")
        for url, group in groupby(rows, key=lambda r: r["page_url"]):
            items = list(group)
            yield Listing(
                page_date=items[0]["page_date"], url=url,
                entries=tuple(
                    ListingEntry(id=r["event_id"], date=r["date"], title=r["title"],
                                 time=dt.time.fromisoformat(r["time"]) if r["time"] else None)
                    for r in items
                ),
                complete_dates=tuple(sorted({r["date"] for r in items if r["complete"]})),
            )

    def iter_log(self) -> Iterator[LogEntry]:
        for r in self.conn.execute("SELECT * FROM ingest_log ORDER BY seq"):
            yield LogEntry(r["path"], r["sha256"], r["reader"], r["status"], r["message"],
                           r["at"])

    def import_log(self, entry: LogEntry) -> None:
        self.conn.execute(
            "INSERT INTO ingest_log (path, sha256, reader, status, message, at) "
            "VALUES (%s,%s,%s,%s,%s,%s)",
            (_nul(entry.path), entry.sha256, entry.reader, entry.status, _nul(entry.message),
             entry.at),
        )

    def _enrich_sql(self) -> EnrichSQL:
        return postgres_enrich


def _revision(r: Row) -> Revision:
    return Revision(
        event_id=r["id"], language=r["language"], revision=r["revision"],
        content_hash=r["content_hash"], ingested_at=r["ingested_at"], origin=r["origin"],
        event=_event(r["doc"]),
    )


def _redact(url: str) -> str:
    """The URL without its password, for messages and ``db info``."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return url
    if "password" not in info:
        return url
    return url.replace(f":{info['password']}@", ":***@")

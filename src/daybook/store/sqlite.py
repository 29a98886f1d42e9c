"""SQLite backend: one file, WAL journal, FTS5 search index, versioned migrations."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from daybook.errors import StoreError
from daybook.model import Event, Listing, event_hash
from daybook.stemming import BLOCK_BITS, stem_text
from daybook.store import sqlite_archive, sqlite_enrich
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
from daybook.store.common import (
    EnrichSQL,
    EnrichTables,
    check_schema_version,
    event_filters,
)
from daybook.store.migrations import load_migrations
from daybook.store.uri import sqlite_uri

if TYPE_CHECKING:
    pass

_counter = itertools.count()
# Search-index rows queued before a commit, at most (about 5 MB of text).
FTS_QUEUE_ROWS = 10_000


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SQLiteStore(EnrichTables):
    """A daybook archive in one SQLite file. ``read_only`` opens it for the web site."""

    backend = "sqlite"

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.location = str(path)
        self.read_only = read_only
        self._depth = 0
        # Search-index writes held until the transaction commits (see _flush_fts).
        self._fts_pending: list[tuple[bool, int, str, str]] = []
        try:
            if read_only:
                if not Path(path).exists():
                    raise StoreError(
                        "no database at this path",
                        path=str(path),
                        remedy="run `daybook ingest` first or pass --db",
                    )
                self.conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True,
                                            isolation_level=None, check_same_thread=False)
            elif str(path) == ":memory:":
                self.conn = sqlite3.connect(":memory:", isolation_level=None)
            else:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(sqlite_uri(path, "rwc"), uri=True,
                                            isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database: {exc}", path=str(path)) from exc
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA busy_timeout = 10000")
        if not read_only:
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            # The indexes of a large archive outgrow SQLite's 2 MB default page cache and
            # ingest slows as it grows; 64 MB keeps it near linear, and memory bounded.
            self.conn.execute("PRAGMA cache_size = -65536")
            self.migrate()
        else:
            self._check_version()

    # -- schema ---------------------------------------------------------------------------

    def schema_version(self) -> int:
        row = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
        ).fetchone()
        if row is None:
            return 0
        return int(self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
                   or 0)

    def _check_version(self) -> None:
        check_schema_version("sqlite", self.schema_version(), read_only=self.read_only,
                             location=self.location)

    def migrate(self) -> list[int]:
        """Apply the migrations the file lacks, each in its own transaction."""
        self._check_version()
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        have = self.schema_version()
        applied = []
        for m in load_migrations("sqlite"):
            if m.version <= have:
                continue
            with self.transaction():
                for statement in m.statements():
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", (m.version, m.name, _now())
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
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
            self._flush_fts()
        except BaseException:
            self._depth -= 1
            self._fts_pending.clear()
            self.conn.execute("ROLLBACK")
            raise
        self._depth -= 1
        self.conn.execute("COMMIT")

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
        mark = len(self._fts_pending)
        try:
            yield
        except BaseException:
            self._depth -= 1
            del self._fts_pending[mark:]
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self.conn.execute(f"RELEASE {name}")
        self._bound_fts_queue()

    def close(self) -> None:
        self.conn.close()

    def _write_fts(self, ops: list[tuple[bool, int, str, str]]) -> None:
        """Queue search-index writes (delete?, rowid, text, stem) until the commit.

        FTS5 flushes its in-memory terms to a new index segment at every savepoint, so
        writing per file made one small segment per file, then merged them; queued, a
        batch of files makes one segment. A file rolled back drops its queued writes.
        """
        self._fts_pending.extend(ops)
        if not self._depth:
            self._flush_fts()
        else:
            self._bound_fts_queue()

    def _bound_fts_queue(self) -> None:
        # A big transaction writes its queue early, but only where no savepoint is open:
        # rows written inside one would be undone with it, whoever they belong to.
        if self._depth <= 1 and len(self._fts_pending) > FTS_QUEUE_ROWS:
            self._flush_fts()

    def _flush_fts(self) -> None:
        pending, self._fts_pending = self._fts_pending, []
        for delete, group in itertools.groupby(pending, key=lambda op: op[0]):
            rows = [op[1:] for op in group]
            if delete:
                self.conn.executemany(
                    "INSERT INTO blocks_fts (blocks_fts, rowid, text, stem) "
                    "VALUES ('delete', ?, ?, ?)", rows)
            else:
                self.conn.executemany(
                    "INSERT INTO blocks_fts (rowid, text, stem) VALUES (?, ?, ?)", rows)

    # -- writes ---------------------------------------------------------------------------

    def save_event(self, event: Event, *, origin: str | None = None) -> SaveOutcome:
        d = event.to_dict()
        digest = event_hash(d)
        row = self.conn.execute(
            "SELECT content_hash, revision, number FROM events WHERE id=? AND language=?",
            (event.id, event.language),
        ).fetchone()
        now = _now()
        if row is not None and row["content_hash"] == digest:
            if row["number"] != event.number:
                self.conn.execute(
                    "UPDATE events SET number=?, doc=? WHERE id=? AND language=?",
                    (event.number, _dumps(d), event.id, event.language),
                )
            return "unchanged"
        revision = 1 if row is None else row["revision"] + 1
        doc = _dumps(d)
        values = (
            event.date.isoformat(), event.number,
            event.start.isoformat() if event.start else None,
            event.start.astimezone(dt.UTC).isoformat() if event.start else None,
            event.timezone, event.place, event.kind, event.title, event.lead, event.url,
            event.published.isoformat() if event.published else None,
            event.announced_date.isoformat() if event.announced_date else None,
            digest, revision, doc,
        )
        if row is None:
            self.conn.execute(
                "INSERT INTO events (date, number, start, start_utc, timezone, place, kind, "
                "title, lead, url, published, announced_date, content_hash, revision, doc, "
                "id, language, first_seen, last_changed) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, event.id, event.language, now, now),
            )
        else:
            self.conn.execute(
                "UPDATE events SET date=?, number=?, start=?, start_utc=?, timezone=?, place=?, "
                "kind=?, title=?, lead=?, url=?, published=?, announced_date=?, content_hash=?, "
                "revision=?, doc=?, last_changed=? WHERE id=? AND language=?",
                (*values, now, event.id, event.language),
            )
        self.conn.execute(
            "INSERT INTO revisions VALUES (?,?,?,?,?,?,?)",
            (event.id, event.language, revision, digest, doc, origin, now),
        )
        # A new event has no rows to replace: its events row and these land together.
        self._index(event, fresh=row is None)
        return "new" if row is None else "revised"

    def _index(self, event: Event, *, fresh: bool = False) -> None:
        """Rebuild the facet and search rows of one event (``fresh``: it has none yet)."""
        key = (event.id, event.language)
        if not fresh:
            old = self.conn.execute(
                "SELECT rowid, text, stem FROM blocks WHERE id=? AND language=?", key
            ).fetchall()
            self._write_fts([(True, r["rowid"], r["text"], r["stem"]) for r in old])
            for table in ("blocks", "event_people", "event_tags"):
                self.conn.execute(f"DELETE FROM {table} WHERE id=? AND language=?", key)
        people = [(*key, p.name, p.role, "participant", p.person_id) for p in event.participants]
        roles: dict[str, str | None] = {}
        for b in event.blocks:
            if b.speaker and b.speaker not in roles:
                roles[b.speaker] = b.role
        people += [(*key, name, role, "speaker", None) for name, role in roles.items()]
        people += [(*key, name, None, "tagged", None) for name in event.tags.persons]
        self.conn.executemany("INSERT INTO event_people VALUES (?,?,?,?,?,?)", people)
        tags = [(*key, facet, value) for facet, values in event.tags.to_dict().items()
                for value in values]
        self.conn.executemany("INSERT INTO event_tags VALUES (?,?,?,?)", tags)
        head = "\n".join(t for t in (event.title, event.lead) if t)
        rows: list[tuple[str, str, int, str, str | None, str, str]] = [
            (*key, 0, "heading", None, "source", head)]
        rows += [(*key, i, b.type, b.speaker, b.provenance, b.text)
                 for i, b in enumerate(event.blocks, 1) if b.text.strip()]
        # A block's rowid is the event's key * 2^20 + seq (migration 0002), so that a search
        # hit names its event without a join; the stemmed copy is what search matches on.
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO event_keys (id, language) VALUES (?, ?)", key)
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
        self._write_fts([(False, r[0], r[-2], r[-1]) for r in full])

    def save_day_meta(self, meta: DayMeta, *, origin: str | None = None) -> None:
        self.conn.execute(
            "INSERT INTO days VALUES (?,?,?,?,?) ON CONFLICT (date, language) DO UPDATE SET "
            "title=excluded.title, principal=excluded.principal, origin=excluded.origin",
            (meta.date.isoformat(), meta.language, meta.title, meta.principal, origin),
        )

    def save_listing(self, listing: Listing) -> None:
        url = listing.url or f"by-date/{listing.page_date.isoformat()}"
        self.conn.execute("DELETE FROM listing_entries WHERE page_url=?", (url,))
        complete = set(listing.complete_dates)
        self.conn.executemany(
            "INSERT INTO listing_entries VALUES (?,?,?,?,?,?,?,?)",
            [
                (url, listing.page_date.isoformat(), i, e.id, e.date.isoformat(),
                 e.time.isoformat(timespec="minutes") if e.time else None, e.title,
                 int(e.date in complete))
                for i, e in enumerate(listing.entries)
            ],
        )

    def log_file(
        self, path: str, sha256: str | None, reader: str | None, status: str, message: str | None
    ) -> None:
        self.conn.execute(
            "INSERT INTO ingest_log VALUES (?,?,?,?,?,?)",
            (path, sha256, reader, status, message, _now()),
        )

    # -- reads ----------------------------------------------------------------------------

    def get_event(self, event_id: str, language: str | None = None) -> Event | None:
        sql = "SELECT doc FROM events WHERE id=?"
        args: list[Any] = [event_id]
        if language:
            sql += " AND language=?"
            args.append(language)
        row = self.conn.execute(sql + " ORDER BY language LIMIT 1", args).fetchone()
        return Event.from_dict(json.loads(row["doc"])) if row else None

    def _where(
        self, date_from: dt.date | None, date_to: dt.date | None, language: str | None,
        kind: str | None = None,
    ) -> tuple[str, list[Any]]:
        return event_filters(date_from, date_to, language, kind, mark="?",
                             dates_as_text=True)

    def events_on(self, date: dt.date, language: str | None = None) -> list[Event]:
        return list(self.iter_events(date, date, language))

    def iter_events(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> Iterator[Event]:
        where, args = self._where(date_from, date_to, language)
        cur = self.conn.execute(
            f"SELECT doc FROM events{where} ORDER BY date, start_utc, number, id", args
        )
        for row in cur:
            yield Event.from_dict(json.loads(row["doc"]))

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
        sql = ("SELECT id, language, date, start, kind, title, place, url, revision "
               f"FROM events{where} ORDER BY date, coalesce(start_utc, published), number, id")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [
            EventSummary(
                id=r["id"], language=r["language"], date=dt.date.fromisoformat(r["date"]),
                start=dt.datetime.fromisoformat(r["start"]) if r["start"] else None,
                kind=r["kind"], title=r["title"], place=r["place"], url=r["url"],
                revision=r["revision"],
            )
            for r in self.conn.execute(sql, args)
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
        return int(self.conn.execute(f"SELECT count(*) FROM events{where}", args).fetchone()[0])

    def day_counts(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> list[tuple[dt.date, int]]:
        where, args = self._where(date_from, date_to, language)
        where += (" AND " if where else " WHERE ") + "kind != 'announcement'"
        rows = self.conn.execute(
            f"SELECT date, count(*) FROM events{where} GROUP BY date ORDER BY date", args)
        return [(dt.date.fromisoformat(d), int(n)) for d, n in rows]

    def dates(
        self,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        language: str | None = None,
    ) -> list[dt.date]:
        where, args = self._where(date_from, date_to, language)
        where += (" AND " if where else " WHERE ") + "kind != 'announcement'"
        rows = self.conn.execute(f"SELECT DISTINCT date FROM events{where} ORDER BY date", args)
        return [dt.date.fromisoformat(r["date"]) for r in rows]

    def day_meta(self, date: dt.date) -> list[DayMeta]:
        rows = self.conn.execute(
            "SELECT * FROM days WHERE date=? ORDER BY language", (date.isoformat(),)
        ).fetchall()
        return [DayMeta(date, r["language"], r["title"], r["principal"]) for r in rows]

    def listed_on(self, date: dt.date) -> list[ListedEntry]:
        # The newest page that shows the date gives its order; a later page may show it whole.
        rows = self.conn.execute(
            "SELECT event_id, date, position, time, title, complete, page_date FROM "
            "listing_entries WHERE date=? ORDER BY complete DESC, page_date DESC, position",
            (date.isoformat(),),
        ).fetchall()
        seen: dict[str, ListedEntry] = {}
        for r in rows:
            if r["event_id"] in seen:
                continue
            seen[r["event_id"]] = ListedEntry(
                event_id=r["event_id"], date=dt.date.fromisoformat(r["date"]),
                position=r["position"],
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
        rows = self.conn.execute(sql + " ORDER BY language, revision", args).fetchall()
        return [
            Revision(
                event_id=r["id"], language=r["language"], revision=r["revision"],
                content_hash=r["content_hash"], ingested_at=r["ingested_at"],
                origin=r["origin"], event=Event.from_dict(json.loads(r["doc"])),
            )
            for r in rows
        ]

    def info(self) -> StoreInfo:
        one = self.conn.execute
        first, last = one("SELECT min(date), max(date) FROM events").fetchone()
        langs = tuple(r[0] for r in one("SELECT DISTINCT language FROM events ORDER BY 1"))
        return StoreInfo(
            backend=self.backend,
            location=self.location,
            schema_version=self.schema_version(),
            events=one("SELECT count(*) FROM events").fetchone()[0],
            revisions=one("SELECT count(*) FROM revisions").fetchone()[0],
            days=one("SELECT count(DISTINCT date) FROM events").fetchone()[0],
            languages=langs,
            first_date=dt.date.fromisoformat(first) if first else None,
            last_date=dt.date.fromisoformat(last) if last else None,
        )

    # -- whole-archive access for `daybook db copy` (see sqlite_archive) -----------------

    def iter_records(self) -> Iterator[EventRecord]:
        return sqlite_archive.iter_records(self)

    def import_record(self, record: EventRecord) -> None:
        sqlite_archive.import_record(self, record)

    def iter_day_metas(self) -> Iterator[tuple[DayMeta, str | None]]:
        return sqlite_archive.iter_day_metas(self)

    def iter_listings(self) -> Iterator[Listing]:
        return sqlite_archive.iter_listings(self)

    def iter_log(self) -> Iterator[LogEntry]:
        return sqlite_archive.iter_log(self)

    def import_log(self, entry: LogEntry) -> None:
        sqlite_archive.import_log(self, entry)

    def _enrich_sql(self) -> EnrichSQL:
        return sqlite_enrich

    def data_version(self) -> str:
        """Changes whenever another connection commits a write (a reader's cache key)."""
        return str(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def integrity_check(self) -> list[str]:
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        orphans = self.conn.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE "
            "r.id=e.id AND r.language=e.language AND r.revision=e.revision)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} event(s) without their current revision")
        if not self.read_only:
            try:
                self.conn.execute("INSERT INTO blocks_fts(blocks_fts) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"search index: {exc}")
        return problems

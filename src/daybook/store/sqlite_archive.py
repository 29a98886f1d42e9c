"""Whole-archive reads and verbatim imports for the SQLite backend (``daybook db copy``).

Kept apart from ``sqlite.py`` so the everyday store stays small; ``SQLiteStore`` delegates.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from itertools import groupby
from typing import TYPE_CHECKING

from daybook.model import Event, Listing, ListingEntry
from daybook.store.base import DayMeta, EventRecord, LogEntry, Revision

if TYPE_CHECKING:
    from daybook.store.sqlite import SQLiteStore


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def iter_records(store: SQLiteStore) -> Iterator[EventRecord]:
    # Two cursors walked in step, both ordered by key: no per-event query, bounded memory.
    conn = store.conn
    events = conn.execute(
        "SELECT id, language, doc, first_seen, last_changed FROM events ORDER BY id, language"
    )
    revs = conn.execute(
        "SELECT * FROM revisions ORDER BY id, language, revision"
    )
    grouped = groupby(revs, key=lambda r: (r["id"], r["language"]))
    pending = next(grouped, None)
    for e in events:
        key = (e["id"], e["language"])
        found: list[Revision] = []
        while pending is not None and pending[0] <= key:
            if pending[0] == key:
                found = [_revision(r) for r in pending[1]]
            pending = next(grouped, None)
        yield EventRecord(
            current=Event.from_dict(json.loads(e["doc"])),
            first_seen=e["first_seen"],
            last_changed=e["last_changed"],
            revisions=tuple(found),
        )


def _revision(r: sqlite3.Row) -> Revision:
    return Revision(
        event_id=r["id"], language=r["language"], revision=r["revision"],
        content_hash=r["content_hash"], ingested_at=r["ingested_at"], origin=r["origin"],
        event=Event.from_dict(json.loads(r["doc"])),
    )


def import_record(store: SQLiteStore, record: EventRecord) -> None:
    """Write one event with its whole history verbatim, replacing any stored history of it."""
    ev = record.current
    last = record.revisions[-1]
    key = (ev.id, ev.language)
    conn = store.conn
    conn.execute("DELETE FROM revisions WHERE id=? AND language=?", key)
    conn.execute("DELETE FROM events WHERE id=? AND language=?", key)
    conn.executemany(
        "INSERT INTO revisions VALUES (?,?,?,?,?,?,?)",
        [(r.event_id, r.language, r.revision, r.content_hash, _dumps(r.event.to_dict()),
          r.origin, r.ingested_at) for r in record.revisions],
    )
    conn.execute(
        "INSERT INTO events (id, language, date, number, start, start_utc, timezone, place, "
        "kind, title, lead, url, published, announced_date, content_hash, revision, doc, "
        "first_seen, last_changed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            ev.id, ev.language, ev.date.isoformat(), ev.number,
            ev.start.isoformat() if ev.start else None,
            ev.start.astimezone(dt.UTC).isoformat() if ev.start else None,
            ev.timezone, ev.place, ev.kind, ev.title, ev.lead, ev.url,
            ev.published.isoformat() if ev.published else None,
            ev.announced_date.isoformat() if ev.announced_date else None,
            last.content_hash, last.revision, _dumps(ev.to_dict()),
            record.first_seen, record.last_changed,
        ),
    )
    store._index(ev)


def iter_day_metas(store: SQLiteStore) -> Iterator[tuple[DayMeta, str | None]]:
    for r in store.conn.execute("SELECT * FROM days ORDER BY date, language"):
        meta = DayMeta(dt.date.fromisoformat(r["date"]), r["language"], r["title"],
                       r["principal"])
        yield meta, r["origin"]


def iter_listings(store: SQLiteStore) -> Iterator[Listing]:
    rows = store.conn.execute("SELECT * FROM listing_entries ORDER BY page_url, position")
    for url, group in groupby(rows, key=lambda r: r["page_url"]):
        items = list(group)
        yield Listing(
            page_date=dt.date.fromisoformat(items[0]["page_date"]),
            url=url,
            entries=tuple(
                ListingEntry(
                    id=r["event_id"], date=dt.date.fromisoformat(r["date"]), title=r["title"],
                    time=dt.time.fromisoformat(r["time"]) if r["time"] else None,
                )
                for r in items
            ),
            complete_dates=tuple(sorted({dt.date.fromisoformat(r["date"])
                                         for r in items if r["complete"]})),
        )


def iter_log(store: SQLiteStore) -> Iterator[LogEntry]:
    for r in store.conn.execute("SELECT * FROM ingest_log ORDER BY rowid"):
        yield LogEntry(r["path"], r["sha256"], r["reader"], r["status"], r["message"], r["at"])


def import_log(store: SQLiteStore, entry: LogEntry) -> None:
    store.conn.execute(
        "INSERT INTO ingest_log VALUES (?,?,?,?,?,?)",
        (entry.path, entry.sha256, entry.reader, entry.status, entry.message, entry.at),
    )

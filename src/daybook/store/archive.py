"""Whole-archive reads and verbatim imports (``daybook db copy``), once for every backend.

Kept apart from ``core.py`` so the everyday store stays small; ``Tables`` delegates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import groupby
from typing import TYPE_CHECKING

from daybook.model import Listing, ListingEntry
from daybook.store.base import DayMeta, EventRecord, LogEntry

if TYPE_CHECKING:
    from daybook.store.tables import Tables


def iter_records(store: Tables) -> Iterator[EventRecord]:
    # One pass over revisions joined with their event row, ordered by key: no per-event
    # query, memory bounded by the dialect's stream.
    rows = store.dialect.stream(
        "SELECT r.*, e.doc AS current, e.first_seen, e.last_changed FROM revisions r "
        "JOIN events e ON e.id=r.id AND e.language=r.language "
        "ORDER BY r.id, r.language, r.revision")
    for _, group in groupby(rows, key=lambda r: (r["id"], r["language"])):
        found = list(group)
        yield EventRecord(
            current=store.read_event(found[0]["current"]), first_seen=found[0]["first_seen"],
            last_changed=found[0]["last_changed"],
            revisions=tuple(store.revision(r) for r in found),
        )


def import_record(store: Tables, record: EventRecord) -> None:
    """Write one event with its whole history verbatim, replacing any stored history of it."""
    d = store.dialect
    ev = d.event(record.current)
    last = record.revisions[-1]
    key = (ev.id, ev.language)
    store.run("DELETE FROM events WHERE id=? AND language=?", key)
    store.run("DELETE FROM revisions WHERE id=? AND language=?", key)
    # The revisions go first: on PostgreSQL the events row references the last one.
    store.many(
        "INSERT INTO revisions VALUES (?,?,?,?,?,?,?)",
        [(r.event_id, r.language, r.revision, r.content_hash,
          d.doc(d.event(r.event).to_dict()), d.text(r.origin), r.ingested_at)
         for r in record.revisions],
    )
    store.write_row(ev, d.doc(ev.to_dict()), last.content_hash, last.revision,
                    record.first_seen, record.last_changed)
    store.index(ev)


def iter_day_metas(store: Tables) -> Iterator[tuple[DayMeta, str | None]]:
    for r in store.rows("SELECT * FROM days ORDER BY date, language"):
        meta = DayMeta(store.dialect.read_day(r["date"]), r["language"], r["title"],
                       r["principal"])
        yield meta, r["origin"]


def iter_listings(store: Tables) -> Iterator[Listing]:
    day = store.dialect.read_day
    rows = store.dialect.stream("SELECT * FROM listing_entries ORDER BY page_url, position")
    for url, group in groupby(rows, key=lambda r: r["page_url"]):
        items = list(group)
        yield Listing(
            page_date=day(items[0]["page_date"]),
            url=url,
            entries=tuple(
                ListingEntry(id=r["event_id"], date=day(r["date"]), title=r["title"],
                             time=dt.time.fromisoformat(r["time"]) if r["time"] else None)
                for r in items
            ),
            complete_dates=tuple(sorted({day(r["date"]) for r in items if r["complete"]})),
        )


def iter_log(store: Tables) -> Iterator[LogEntry]:
    for r in store.dialect.stream(f"SELECT * FROM ingest_log ORDER BY {store.dialect.log_order}"):
        yield LogEntry(r["path"], r["sha256"], r["reader"], r["status"], r["message"], r["at"])


def import_log(store: Tables, entry: LogEntry) -> None:
    d = store.dialect
    store.run(
        "INSERT INTO ingest_log (path, sha256, reader, status, message, at) "
        "VALUES (?,?,?,?,?,?)",
        (d.text(entry.path), entry.sha256, entry.reader, entry.status, d.text(entry.message),
         entry.at),
    )

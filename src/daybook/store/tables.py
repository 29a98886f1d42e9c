"""The rows of an archive as every SQL backend writes and reads them: the statement helpers
of the storage core and the event row, facet and search rows of one event.

``SQLStore`` (``core.py``) builds on it; ``archive.py``, ``enrichment.py`` and
``people.py`` use it without depending on the store itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from daybook.model import Event
from daybook.store.base import Revision
from daybook.store.dialect import BlockRow, Dialect

# The columns of an events row that a save writes (besides its key and first_seen).
_EVENT_COLUMNS = ("date", "number", "start", "start_utc", "timezone", "place", "kind", "title",
                  "lead", "url", "published", "announced_date", "content_hash", "revision",
                  "doc", "last_changed")
_INSERT_EVENT = (f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}, id, language, first_seen) "
                 f"VALUES ({', '.join('?' * (len(_EVENT_COLUMNS) + 3))})")
_UPDATE_EVENT = (f"UPDATE events SET {', '.join(c + '=?' for c in _EVENT_COLUMNS)} "
                 "WHERE id=? AND language=?")


def now() -> str:
    """Ingestion times: ISO text in UTC, to the second, on every backend."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def marks(values: Sequence[Any]) -> str:
    """``?`` marks of an IN list; NULL (matching nothing) for an empty one."""
    return ",".join("?" * len(values)) or "NULL"


class Tables:
    """Statements through a dialect, and the rows of one event."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        # Transaction nesting (0: none), kept by SQLStore; the search writer needs it.
        self._depth = 0

    # -- statements -----------------------------------------------------------------------

    def run(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.dialect.execute(sql, args)

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.dialect.executemany(sql, rows)

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        return list(self.dialect.execute(sql, args).fetchall())

    def one(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.dialect.execute(sql, args).fetchone()

    def scalar(self, sql: str, args: Sequence[Any] = ()) -> Any:
        """The column ``n`` of the first row (None without rows)."""
        row = self.one(sql, args)
        return None if row is None else row["n"]

    # -- the rows of one event ------------------------------------------------------------

    def read_event(self, doc: Any) -> Event:
        return Event.from_dict(self.dialect.read_doc(doc))

    def revision(self, r: Any) -> Revision:
        """A ``Revision`` from a row of ``revisions``."""
        return Revision(
            event_id=r["id"], language=r["language"], revision=r["revision"],
            content_hash=r["content_hash"], ingested_at=r["ingested_at"], origin=r["origin"],
            event=self.read_event(r["doc"]),
        )

    def write_row(self, ev: Event, doc: Any, digest: str, revision: int,
                  first_seen: str | None, last_changed: str) -> None:
        """Insert the event row (``first_seen`` given) or update it (``first_seen`` None)."""
        d = self.dialect
        values = (
            d.day(ev.date), ev.number, ev.start.isoformat() if ev.start else None,
            d.instant(ev.start.astimezone(dt.UTC)) if ev.start else None,
            ev.timezone, ev.place, ev.kind, ev.title, ev.lead, ev.url,
            d.instant(ev.published) if ev.published else None,
            d.day(ev.announced_date) if ev.announced_date else None,
            digest, revision, doc, last_changed, ev.id, ev.language,
        )
        if first_seen is not None:
            self.run(_INSERT_EVENT, (*values, first_seen))
        else:
            self.run(_UPDATE_EVENT, values)

    def index(self, event: Event, *, fresh: bool = False) -> None:
        """Rebuild the facet and search rows of one event (``fresh``: it has none yet)."""
        key = (event.id, event.language)
        if not fresh:
            self.dialect.drop_blocks(key)
            for table in ("event_people", "event_tags"):
                self.run(f"DELETE FROM {table} WHERE id=? AND language=?", key)
        people = [(*key, p.name, p.role, "participant", p.person_id) for p in event.participants]
        roles: dict[str, str | None] = {}
        for b in event.blocks:
            if b.speaker and b.speaker not in roles:
                roles[b.speaker] = b.role
        people += [(*key, name, role, "speaker", None) for name, role in roles.items()]
        people += [(*key, name, None, "tagged", None) for name in event.tags.persons]
        self.many("INSERT INTO event_people VALUES (?,?,?,?,?,?)", people)
        tags = [(*key, facet, value) for facet, values in event.tags.to_dict().items()
                for value in values]
        self.many("INSERT INTO event_tags VALUES (?,?,?,?)", tags)
        head = "\n".join(t for t in (event.title, event.lead) if t)
        rows: list[BlockRow] = [(*key, 0, "heading", None, "source", head)]
        rows += [(*key, i, b.type, b.speaker, b.provenance, b.text)
                 for i, b in enumerate(event.blocks, 1) if b.text.strip()]
        self.dialect.write_blocks(event, rows, depth=self._depth)

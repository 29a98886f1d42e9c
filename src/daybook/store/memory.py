"""The translation memory's tables (migrations 0007 and 0009) on every backend: ``store.memory``.

Written once on the storage core's statement helpers (``?`` placeholders, which the dialect
spells); dates and times are ISO text on both backends. What a segment's keys mean
(normalisation, head and tail words) is decided by ``daybook.translate.memory``; this module
only keeps and finds rows. The caller's transaction (``store.transaction()``) holds the writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class Segment:
    """One translated unit (a sentence, or a short run of them) and where it came from."""

    src_lang: str
    dst_lang: str
    event_id: str
    src_key: str
    tgt_key: str
    source: str
    target: str
    src_norm: str
    n_chars: int
    head: str
    tail: str
    provenance: str
    date: str
    source_url: str | None
    field: str = "body"  # the part of the event: title, lead, caption or body


@dataclass(frozen=True, slots=True)
class Alignment:
    """What aligning one event's two renditions gave."""

    event_id: str
    src_lang: str
    dst_lang: str
    src_hash: str
    dst_hash: str
    blocks: int
    aligned: int
    segments: int


@dataclass(frozen=True, slots=True)
class MemorySize:
    segments: int
    events: int
    first_date: str | None
    last_date: str | None
    by_pair: tuple[tuple[str, str, int], ...]
    by_field: tuple[tuple[str, int], ...] = ()


class Memory(Protocol):
    """What the translation memory asks of a store (``store.memory``)."""

    def replace_event(self, alignment: Alignment, segments: Sequence[Segment]) -> int: ...

    def alignment(self, event_id: str, src_lang: str, dst_lang: str) -> Alignment | None: ...

    def holds(self, src_lang: str, dst_lang: str) -> bool: ...

    def exact(self, src_lang: str, dst_lang: str, src_key: str) -> Segment | None: ...

    def candidates(self, src_lang: str, dst_lang: str, head: str, tail: str,
                   n_chars: tuple[int, int], limit: int, *, titles: bool = False
                   ) -> dict[str, str]: ...

    def add(self, segments: Sequence[Segment]) -> None: ...

    def size(self) -> MemorySize: ...

    def all(self) -> Iterator[Segment]: ...

    def alignments(self) -> list[Alignment]: ...

    def languages_of(self, event_id: str) -> list[str]: ...

    def renditions(self, host: str, src_lang: str, *, with_source: bool
                   ) -> list[tuple[str, str]]: ...


_COLS = ("src_lang, dst_lang, event_id, src_key, tgt_key, source, target, src_norm, n_chars, "
         "head, tail, provenance, date, source_url, field")
_ALIGN_COLS = "event_id, src_lang, dst_lang, src_hash, dst_hash, blocks, aligned, segments"
# The newest human translation wins when one source has several.
_ORDER = "ORDER BY date DESC, created DESC, tgt_key"


class Statements(Protocol):
    """What this module needs of the storage core (``store.tables.Tables``)."""

    def run(self, sql: str, args: Sequence[Any] = ()) -> Any: ...

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]: ...


def now() -> str:
    """Like ``store.tables.now`` (which this module may not import: base imports it)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _segment(r: Any) -> Segment:
    return Segment(r["src_lang"], r["dst_lang"], r["event_id"], r["src_key"], r["tgt_key"],
                   r["source"], r["target"], r["src_norm"], int(r["n_chars"]), r["head"],
                   r["tail"], r["provenance"], r["date"], r["source_url"], r["field"])


def _alignment(r: Any) -> Alignment:
    return Alignment(r["event_id"], r["src_lang"], r["dst_lang"], r["src_hash"],
                     r["dst_hash"], int(r["blocks"]), int(r["aligned"]), int(r["segments"]))


class MemoryTables:
    """The ``Memory`` capability of an SQL store."""

    def __init__(self, store: Statements) -> None:
        self.store = store

    def add(self, segments: Sequence[Segment]) -> None:
        stamp = now()
        self.store.many(
            f"INSERT INTO tm_segments ({_COLS}, created) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            [(s.src_lang, s.dst_lang, s.event_id, s.src_key, s.tgt_key, s.source, s.target,
              s.src_norm, s.n_chars, s.head, s.tail, s.provenance, s.date, s.source_url,
              s.field, stamp)
             for s in segments])

    def replace_event(self, alignment: Alignment, segments: Sequence[Segment]) -> int:
        """The event's pairs become ``segments`` (a new edit replaces the old one's); the
        number of segments stored."""
        key = (alignment.event_id, alignment.src_lang, alignment.dst_lang)
        self.store.run("DELETE FROM tm_segments WHERE event_id=? AND src_lang=? AND dst_lang=?",
                       key)
        self.add(segments)
        a = alignment
        self.store.run(
            f"INSERT INTO tm_alignments ({_ALIGN_COLS}, aligned_at) VALUES (?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (event_id, src_lang, dst_lang) DO UPDATE SET "
            "src_hash=excluded.src_hash, dst_hash=excluded.dst_hash, blocks=excluded.blocks, "
            "aligned=excluded.aligned, segments=excluded.segments, "
            "aligned_at=excluded.aligned_at",
            (*key, a.src_hash, a.dst_hash, a.blocks, a.aligned, a.segments, now()))
        return len({(s.src_key, s.tgt_key) for s in segments})

    def alignment(self, event_id: str, src_lang: str, dst_lang: str) -> Alignment | None:
        rows = self.store.rows(f"SELECT {_ALIGN_COLS} FROM tm_alignments "
                               "WHERE event_id=? AND src_lang=? AND dst_lang=?",
                               (event_id, src_lang, dst_lang))
        return _alignment(rows[0]) if rows else None

    def alignments(self) -> list[Alignment]:
        rows = self.store.rows(f"SELECT {_ALIGN_COLS} FROM tm_alignments "
                               "ORDER BY event_id, src_lang, dst_lang")
        return [_alignment(r) for r in rows]

    def holds(self, src_lang: str, dst_lang: str) -> bool:
        """Whether any pair of these languages is stored (an empty memory costs nothing)."""
        return bool(self.store.rows("SELECT 1 AS n FROM tm_segments WHERE src_lang=? AND "
                                    "dst_lang=? LIMIT 1", (src_lang, dst_lang)))

    def exact(self, src_lang: str, dst_lang: str, src_key: str) -> Segment | None:
        rows = self.store.rows(f"SELECT {_COLS} FROM tm_segments WHERE src_key=? AND "
                               f"src_lang=? AND dst_lang=? {_ORDER} LIMIT 1",
                               (src_key, src_lang, dst_lang))
        return _segment(rows[0]) if rows else None

    def candidates(self, src_lang: str, dst_lang: str, head: str, tail: str,
                   n_chars: tuple[int, int], limit: int, *, titles: bool = False
                   ) -> dict[str, str]:
        """The normalised sources (by key) of the length band that begin or end with the
        same words: the short list a fuzzy matcher scores (two index range scans; only
        two columns read, the winner's row is read by ``exact``). Titles are near matches
        of titles only, and text of text only ("With X." is no "Meeting with X")."""
        found: dict[str, str] = {}
        which = "field = 'title'" if titles else "field <> 'title'"
        for column, value in (("head", head), ("tail", tail)):
            for r in self.store.rows(
                    f"SELECT src_key, src_norm FROM tm_segments WHERE src_lang=? AND "
                    f"dst_lang=? AND {column}=? AND n_chars BETWEEN ? AND ? AND {which} "
                    "LIMIT ?", (src_lang, dst_lang, value, n_chars[0], n_chars[1], limit)):
                found.setdefault(r["src_key"], r["src_norm"])
        return found

    def size(self) -> MemorySize:
        rows = self.store.rows(
            "SELECT src_lang, dst_lang, count(*) AS n, count(DISTINCT event_id) AS e, "
            "min(date) AS first, max(date) AS last FROM tm_segments "
            "GROUP BY src_lang, dst_lang ORDER BY src_lang, dst_lang")
        fields = self.store.rows("SELECT field, count(*) AS n FROM tm_segments GROUP BY field "
                                 "ORDER BY field")
        firsts = [r["first"] for r in rows]
        lasts = [r["last"] for r in rows]
        return MemorySize(
            segments=sum(int(r["n"]) for r in rows),
            events=sum(int(r["e"]) for r in rows),
            first_date=min(firsts) if firsts else None,
            last_date=max(lasts) if lasts else None,
            by_pair=tuple((r["src_lang"], r["dst_lang"], int(r["n"])) for r in rows),
            by_field=tuple((r["field"], int(r["n"])) for r in fields))

    def all(self) -> Iterator[Segment]:
        for r in self.store.rows(f"SELECT {_COLS} FROM tm_segments "
                                 "ORDER BY event_id, src_lang, dst_lang, src_key, tgt_key"):
            yield _segment(r)

    def languages_of(self, event_id: str) -> list[str]:
        """The languages an event is stored in."""
        return [r["language"] for r in self.store.rows(
            "SELECT language FROM events WHERE id=? ORDER BY language", (event_id,))]

    def renditions(self, host: str, src_lang: str, *, with_source: bool
                   ) -> list[tuple[str, str]]:
        """(event id, language) of the stored renditions of pages on ``host`` (written in
        ``src_lang``) whose source page is stored too, or (``with_source=False``) not yet."""
        exists = "EXISTS" if with_source else "NOT EXISTS"
        rows = self.store.rows(
            "SELECT e.id, e.language FROM events e WHERE e.language <> ? AND "
            f"(e.url LIKE ? OR e.url LIKE ?) AND {exists} (SELECT 1 FROM events s "
            "WHERE s.id = e.id AND s.language = ?) ORDER BY e.date, e.id, e.language",
            (src_lang, f"http://{host}/%", f"https://{host}/%", src_lang))
        return [(r["id"], r["language"]) for r in rows]


def copy_memory(src: Memory, dst: Memory) -> int:
    """Copy the translation memory (``daybook db copy``); the segments copied."""
    batch: list[Segment] = []
    n = 0
    for seg in src.all():
        batch.append(seg)
        if len(batch) >= 1000:
            dst.add(batch)
            n += len(batch)
            batch = []
    dst.add(batch)
    return n + len(batch)

"""Copy a whole archive between backends (SQLite <-> PostgreSQL), then prove the copy.

Every event moves with all its revisions verbatim (numbers, content hashes, ingestion times,
origins), with the day metas, listings, ingest log and the fetcher's captures index and
states (the WARC files stay where they are). Afterwards both sides are read back
and compared: counts, each revision's hash, and each copied document re-hashed from its
content, so a lossy round trip is caught rather than trusted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from daybook.errors import StoreError
from daybook.readahead import batches
from daybook.store.base import EventRecord, Store
from daybook.store.captures import copy_captures
from daybook.store.memory import copy_memory

# Events written per destination transaction: big enough to be fast, small enough that an
# interrupted copy loses little work.
BATCH = 500

Progress = Callable[[str, int], None]


@dataclass(frozen=True, slots=True)
class ArchiveCounts:
    """What one side holds, and a digest of every revision's (id, language, number, hash)."""

    events: int
    revisions: int
    day_metas: int
    listing_entries: int
    log_entries: int
    digest: str

    def as_dict(self) -> dict[str, int | str]:
        return {
            "events": self.events, "revisions": self.revisions, "day_metas": self.day_metas,
            "listing_entries": self.listing_entries, "log_entries": self.log_entries,
            "digest": self.digest,
        }


@dataclass(frozen=True, slots=True)
class CopyReport:
    source: ArchiveCounts
    destination: ArchiveCounts
    copied_events: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def is_empty(store: Store) -> bool:
    info = store.info()
    if info.events or info.revisions:
        return False
    return not any(True for _ in islice(store.iter_day_metas(), 1)) and not any(
        True for _ in islice(store.iter_listings(), 1)
    ) and not any(True for _ in islice(store.iter_log(), 1))


def copy_archive(
    src: Store, dst: Store, *, force: bool = False, on_progress: Progress | None = None
) -> CopyReport:
    """Copy everything in ``src`` into ``dst`` and verify it; ``dst`` must be empty.

    With ``force`` a non-empty ``dst`` is accepted: each copied event's history replaces the
    one stored there, day metas and listings are overwritten, log entries are appended.
    """
    if not force and not is_empty(dst):
        raise StoreError(
            "the destination archive is not empty",
            path=dst.location,
            remedy="copy into a new database, or pass --force to overwrite what it holds",
        )
    progress = on_progress or (lambda stage, n: None)
    copied = 0
    for batch in batches(src.iter_records(), BATCH):
        with dst.transaction():
            for record in batch:
                dst.import_record(record)
        copied += len(batch)
        progress("events", copied)
    with dst.transaction():
        for n, (meta, origin) in enumerate(src.iter_day_metas(), 1):
            dst.save_day_meta(meta, origin=origin)
            progress("days", n)
        for n, listing in enumerate(src.iter_listings(), 1):
            dst.save_listing(listing)
            progress("listings", n)
    for n, batch_log in enumerate(batches(src.iter_log(), BATCH * 10), 1):
        with dst.transaction():
            for entry in batch_log:
                dst.import_log(entry)
        progress("log", n * BATCH * 10)
    with dst.transaction():  # what the fetcher knows: the captures index, URL and day states
        progress("captures", copy_captures(src.captures, dst.captures))
    with dst.transaction():
        progress("memory", copy_memory(src.memory, dst.memory))
    return verify_copy(src, dst, exact=not force, copied=copied)


def _hashes(store: Store, problems: list[str] | None) -> dict[tuple[str, str], tuple[str, ...]]:
    """Per event, its revision hashes in order (plus a check that each doc still hashes so)."""
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for rec in store.iter_records():
        key = (rec.current.id, rec.current.language)
        found[key] = tuple(f"{r.revision}:{r.content_hash}" for r in rec.revisions)
        if problems is not None:
            problems.extend(record_problems(rec))
    return found


def record_problems(rec: EventRecord) -> list[str]:
    """What is wrong with one archived event: gaps in its revisions, a document that no longer
    hashes to its stored hash, a current row that is not its last revision."""
    out = []
    key = f"{rec.current.id} [{rec.current.language}]"
    if not rec.revisions:
        return [f"{key}: no revisions"]
    numbers = [r.revision for r in rec.revisions]
    if numbers != list(range(1, len(numbers) + 1)):
        out.append(f"{key}: revisions {numbers} are not 1..{len(numbers)}")
    for r in rec.revisions:
        if r.event.content_hash() != r.content_hash:
            out.append(f"{key}: revision {r.revision} no longer hashes to its content_hash")
    if rec.revisions and rec.current.content_hash() != rec.revisions[-1].content_hash:
        out.append(f"{key}: the current document is not its last revision")
    return out


def count_archive(store: Store, hashes: dict[tuple[str, str], tuple[str, ...]]) -> ArchiveCounts:
    h = hashlib.sha256()
    for key in sorted(hashes):
        h.update(f"{key[0]}\t{key[1]}\t{','.join(hashes[key])}\n".encode())
    return ArchiveCounts(
        events=len(hashes),
        revisions=sum(len(v) for v in hashes.values()),
        day_metas=sum(1 for _ in store.iter_day_metas()),
        listing_entries=sum(len(li.entries) for li in store.iter_listings()),
        log_entries=sum(1 for _ in store.iter_log()),
        digest=h.hexdigest(),
    )


def verify_copy(src: Store, dst: Store, *, exact: bool = True, copied: int = 0) -> CopyReport:
    """Compare both sides; ``exact`` also wants equal totals (the destination was empty)."""
    problems: list[str] = []
    src_hashes = _hashes(src, None)
    dst_hashes = _hashes(dst, problems)
    for key, revs in src_hashes.items():
        got = dst_hashes.get(key)
        if got is None:
            problems.append(f"{key[0]} [{key[1]}]: missing from the destination")
        elif got != revs:
            problems.append(f"{key[0]} [{key[1]}]: revisions differ ({revs} vs {got})")
    a, b = count_archive(src, src_hashes), count_archive(dst, dst_hashes)
    if exact:
        for field in ("events", "revisions", "day_metas", "listing_entries", "log_entries",
                      "digest"):
            if getattr(a, field) != getattr(b, field):
                problems.append(f"{field}: {getattr(a, field)} in the source, "
                                f"{getattr(b, field)} in the destination")
    return CopyReport(source=a, destination=b, copied_events=copied, problems=tuple(problems))

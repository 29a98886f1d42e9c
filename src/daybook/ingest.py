"""Read files into the store: one file, one savepoint; a bad file leaves nothing behind."""

from __future__ import annotations

import functools
import itertools
import logging
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from daybook.errors import DaybookError, Diagnostic
from daybook.limits import DEFAULT_LIMITS, ReadLimits
from daybook.model import Event, Tags
from daybook.parsers import Parsed
from daybook.readahead import ReadAhead
from daybook.sources.document import read_document, read_head
from daybook.sources.registry import load_parsers, read_parsed, walk_suffixes, walk_takes
from daybook.stemming import fold
from daybook.store.base import DayMeta, SaveOutcome, Store
from daybook.translate.memory import learn_event

log = logging.getLogger(__name__)

# Extensions taken when walking a directory (with those the sources add, such as a feed's
# .xml); a file named on the command line is always tried.
DOCUMENT_SUFFIXES = frozenset({".html", ".htm", ".txt", ".text", ".md", ".csv"})
# Enough of a CSV to see its header and first rows.
CSV_PEEK_BYTES = 256 * 1024
# Files committed together; each file still has its own savepoint inside the batch.
BATCH_SIZE = 100
# Files a worker process reads per task: fewer, larger messages cost the writer less.
CHUNK_SIZE = 4
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 32


@dataclass(slots=True)
class FileResult:
    path: str
    status: str  # ok | failed | skipped
    reader: str | None = None
    summary: str = ""
    outcomes: Counter[str] = field(default_factory=Counter)
    diagnostics: tuple[Diagnostic, ...] = ()
    error: str | None = None


@dataclass(slots=True)
class IngestReport:
    files: list[FileResult] = field(default_factory=list)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    def totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for f in self.files:
            total.update(f.outcomes)
            total[f"files_{f.status}"] += 1
        return total


def _is_companion(path: Path) -> bool:
    from daybook.sources import kremlin

    return kremlin.is_companion(str(path))


def _is_export_csv(path: Path) -> bool:
    """Data CSVs often sit beside the records: a walk takes only the kremlin.ru exports."""
    from daybook.sources import kremlin_csv
    from daybook.sources.document import document_from_text

    try:
        head = read_head(path, CSV_PEEK_BYTES).decode("utf-8", errors="replace")
    except (OSError, DaybookError):
        return True  # let ingest report why it cannot be read
    return kremlin_csv.detect(document_from_text(head, str(path)))


def _walkable(f: Path, top: Path, follow_links: bool) -> bool:
    """Whether a walk takes ``f``: a regular file (a link only to a file inside ``top``,
    or anywhere with ``follow_links``); devices, FIFOs and sockets never."""
    try:
        if f.is_symlink():
            target = f.resolve(strict=True)
            if not (follow_links or target.is_relative_to(top.resolve())):
                log.warning("%r: skipped, a link out of %r (--follow-links reads it)",
                            str(f), str(top))
                return False
        if stat.S_ISREG(f.stat().st_mode):
            return True
        log.warning("%r: skipped, not a regular file", str(f))
        return False
    except (OSError, RuntimeError):  # a dangling or looping link
        log.warning("%r: skipped, a broken link", str(f))
        return False


def iter_input_files(paths: Iterable[str | Path], *, follow_links: bool = False
                     ) -> Iterator[Path]:
    """Files to read, in a stable order: named files as given, directories walked sorted.

    A walk takes regular files only and follows links only within the folder, unless
    ``follow_links``; a file named on the command line is always tried (and refused by the
    reader if it is not a regular file).
    """
    suffixes = DOCUMENT_SUFFIXES | walk_suffixes()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[str] = set()
            for root, dirs, files in os.walk(p, followlinks=follow_links):
                real = os.path.realpath(root)
                if real in seen:  # a followed link back into the walk
                    dirs[:] = []
                    continue
                seen.add(real)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if (
                        not name.startswith(".")
                        and f.suffix.lower() in suffixes
                        and not _is_companion(f)
                        and _walkable(f, p, follow_links)  # before anything opens it
                        and (f.suffix.lower() in DOCUMENT_SUFFIXES or walk_takes(f))
                        and (f.suffix.lower() != ".csv" or _is_export_csv(f))
                    ):
                        yield f
        else:
            yield p


def store_parsed(store: Store, parsed: Parsed, origin: str) -> Counter[str]:
    """Write what one document yielded; the caller holds the savepoint."""
    outcomes: Counter[str] = Counter()

    def save(event: Event, event_outcome: SaveOutcome) -> None:
        outcomes[event_outcome] += 1
        if event_outcome != "unchanged":  # a digest and its source page: the memory learns
            learned = learn_event(store, event, event_outcome)
            if learned:
                outcomes["tm_segments"] += learned

    for day in parsed.days:
        languages = {e.language for e in day.events} or {"und"}
        for lang in languages:
            store.save_day_meta(
                DayMeta(day.date, lang, day.title, day.principal.name if day.principal else None),
                origin=origin,
            )
        for event in day.events:
            save(event, store.save_event(event, origin=origin))
    for event in parsed.events:
        if parsed.partial:
            event = fill_from_stored(store, event)
        save(event, store.save_event(event, origin=origin))
    for listing in parsed.listings:
        store.save_listing(listing)
        outcomes["listings"] += 1
    return outcomes


# Parts of an event that a partial export may lack.
_PARTS = ("blocks", "participants", "photos", "tags", "lead", "place", "start", "timezone",
          "published", "updated", "sections")


def fill_from_stored(store: Store, event: Event) -> Event:
    """A partial copy with its empty parts taken from the stored event, so that reading
    several exports of one record keeps the union of what they give, in any order."""
    stored = store.get_event(event.id, event.language)
    if stored is None:
        return event
    gaps = {p: getattr(stored, p) for p in _PARTS if not _filled(getattr(event, p))}
    if "blocks" in gaps:
        gaps["status"] = stored.status  # elided/continued are read from the text
    if "participants" not in gaps and stored.participants:
        # Exports list different people, or the same ones spelt "ё" or "е": keep the
        # stored list and add whoever it lacks.
        known = {fold(p.name) for p in stored.participants}
        extra = tuple(p for p in event.participants if fold(p.name) not in known)
        gaps["participants"] = stored.participants + extra
    return replace(event, **gaps) if gaps else event


def _filled(part: object) -> bool:
    if isinstance(part, Tags):
        return any(part.to_dict().values())
    return part is not None and part != () and part != ""


@dataclass(frozen=True, slots=True)
class ReadFile:
    """What reading one file gave: its parse, or why it could not be read. Picklable, so
    that worker processes can read while the main process writes."""

    path: str
    sha256: str | None = None
    reader: str | None = None
    parsed: Parsed | None = None
    error: str | None = None


def read_file(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> ReadFile:
    """Read, decode and parse one file within ``limits``; never raises (errors become
    ``error``)."""
    sha = reader = None
    try:
        doc = read_document(path, max_bytes=limits.max_bytes)
        sha = doc.sha256
        reader, parsed = read_parsed(doc, limits)
    except DaybookError as exc:
        return ReadFile(str(path), sha, reader, error=str(exc))
    except OSError as exc:
        return ReadFile(str(path), sha, reader, error=f"{path}: cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a parser bug must not stop the other files
        log.exception("internal error on %s", path)
        return ReadFile(str(path), sha, reader, error=f"{path}: internal error "
                        f"({type(exc).__name__}: {exc}); please report it")
    return ReadFile(str(path), sha, reader, parsed)


def store_file(store: Store, read: ReadFile) -> FileResult:
    """Store what one file gave in its own savepoint; a failure leaves nothing of it."""
    parsed = read.parsed
    if parsed is None:
        return _failed(store, read.path, read.sha256, read.reader, read.error or "unreadable")
    try:
        with store.savepoint():
            outcomes = store_parsed(store, parsed, read.path)
            store.log_file(read.path, read.sha256, read.reader, "ok", parsed.summary())
    except DaybookError as exc:
        return _failed(store, read.path, read.sha256, read.reader, str(exc))
    except OSError as exc:
        return _failed(store, read.path, read.sha256, read.reader,
                       f"{read.path}: cannot store: {exc.strerror or exc}")
    status = "ok" if parsed.days or parsed.events or parsed.listings else "skipped"
    return FileResult(
        path=read.path, status=status, reader=read.reader, summary=parsed.summary(),
        outcomes=outcomes, diagnostics=parsed.diagnostics,
    )


def ingest_file(store: Store, path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> FileResult:
    """Read and store one file in its own savepoint; errors become a failed result."""
    return store_file(store, read_file(path, limits))


def _failed(store: Store, path: str, sha: str | None, reader: str | None, msg: str) -> FileResult:
    with store.savepoint():
        store.log_file(str(path), sha, reader, "failed", msg)
    return FileResult(path=str(path), status="failed", reader=reader, error=msg)


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    on_file: Callable[[FileResult], None] | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    limits: ReadLimits = DEFAULT_LIMITS,
    follow_links: bool = False,
) -> IngestReport:
    """Ingest files and directories, committing every ``batch_size`` files.

    With ``workers`` > 1, that many processes read and parse while this one writes, in
    the files' order; each file still lands whole or not at all. ``limits`` bound what one
    file may be and make; ``follow_links`` lets a walk follow links out of its folder.
    """
    report = IngestReport()
    files = iter_input_files(paths, follow_links=follow_links)
    read_one = functools.partial(read_file, limits=limits)
    ahead = None
    if workers > 1:
        load_parsers()  # once here, not once per worker
        ahead = ReadAhead(read_one, files, workers, chunk=CHUNK_SIZE)
    try:
        # One stream of reads for the whole run, so that workers never wait on a commit.
        reads = iter(ahead) if ahead is not None else map(read_one, files)
        for first in reads:
            with store.transaction():
                # Taken one by one while writing, so the workers never wait on a batch.
                for read in itertools.chain((first,), itertools.islice(reads, batch_size - 1)):
                    result = store_file(store, read)
                    report.files.append(result)
                    if on_file:
                        on_file(result)
    finally:
        if ahead is not None:
            ahead.close()
    return report


def default_workers(n_files: int) -> int:
    """Worker processes for ``n_files`` files: one per available core (at most 8, where
    the single writer becomes the limit), none for a few files."""
    if n_files < PARALLEL_MIN_FILES:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 8))

"""Which reader takes which document. Each source module offers ``detect`` and ``read``.

Readers are tried in order: daybook's own (``BUILTIN``), then those other packages register
in the entry-point group ``daybook.sources`` (see docs/extending.md). A source module may
also name the file suffixes a directory walk should take (``SUFFIXES``).
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from daybook.errors import DaybookError, UnknownFormatError
from daybook.extensions import SOURCES_GROUP, Registry
from daybook.limits import DEFAULT_LIMITS, ReadLimits, apply_limits
from daybook.parsers import Parsed
from daybook.sources.document import Document


@dataclass(frozen=True, slots=True)
class Reader:
    name: str
    detect: Callable[[Document], bool]
    read: Callable[..., Parsed]  # read(doc), or read(doc, limits=...) when ``limited``
    suffixes: frozenset[str] = frozenset()
    # Whether ``read`` takes the ReadLimits (to stop early); any reader's output is then
    # checked against them anyway.
    limited: bool = False


# name -> module offering detect(doc) and read(doc); imported on first use, so that
# importing daybook loads no parser until one is needed. A new source: one module, one line.
BUILTIN: dict[str, str] = {
    "kremlin": "daybook.sources.kremlin",
    "kremlin-csv": "daybook.sources.kremlin_csv",
    "feed": "daybook.sources.feed",
    "digest": "daybook.sources.digest",
}


def as_reader(name: str, obj: object) -> Reader:
    """A Reader from a Reader or any object (usually a module) with ``detect`` and ``read``."""
    if isinstance(obj, Reader):
        return obj
    detect, read = getattr(obj, "detect", None), getattr(obj, "read", None)
    if not callable(detect) or not callable(read):
        raise TypeError(f"{obj!r} has no detect(doc) and read(doc) functions")
    suffixes = frozenset(s.lower() for s in getattr(obj, "SUFFIXES", ()))
    try:
        limited = "limits" in inspect.signature(read).parameters
    except (TypeError, ValueError):  # a callable without a signature
        limited = False
    return Reader(name, detect, read, suffixes, limited)


def _builtins() -> dict[str, Reader]:
    return {name: as_reader(name, importlib.import_module(module))
            for name, module in BUILTIN.items()}


SOURCES: Registry[Reader] = Registry(SOURCES_GROUP, _builtins, as_reader)


def readers() -> tuple[Reader, ...]:
    return tuple(SOURCES.entries().values())


def walk_suffixes() -> frozenset[str]:
    """File suffixes that the registered sources ask a directory walk to take."""
    return frozenset().union(*(r.suffixes for r in readers()))


# Enough of a file to see what it is (a feed's root element, a CSV's header).
PEEK_BYTES = 64 * 1024


def walk_takes(path: Path) -> bool:
    """Whether a source that asked for this file's suffix claims the file: a directory
    walk then skips the sitemaps and data files that share a suffix with a feed."""
    from daybook.sources.document import document_from_text, read_head

    suffix = path.suffix.lower()
    claimants = [r for r in readers() if suffix in r.suffixes]
    if not claimants:
        return False
    try:
        head = read_head(path, PEEK_BYTES).decode("utf-8", errors="replace")
    except (OSError, DaybookError):
        return True  # let ingest report why it cannot be read
    doc = document_from_text(head, str(path))
    return any(r.detect(doc) for r in claimants)


def load_parsers() -> None:
    """Import every reader's parser now: worker processes forked afterwards share them
    instead of each importing its own."""
    import daybook.parsers.digest
    import daybook.parsers.kremlin
    import daybook.parsers.kremlin_csv
    import daybook.parsers.kremlin_listing  # noqa: F401

    readers()


def detect_reader(doc: Document) -> Reader:
    for reader in readers():
        if reader.detect(doc):
            return reader
    raise UnknownFormatError(
        "unknown format: not a daily digest, a kremlin.ru page or export, or a news feed",
        path=doc.path,
        remedy="daybook reads digest text files, saved en.kremlin.ru / kremlin.ru pages, "
        "kremlin.ru CSV exports and RSS/Atom feeds (docs/extending.md adds a source)",
    )


def read_parsed(doc: Document, limits: ReadLimits = DEFAULT_LIMITS) -> tuple[str, Parsed]:
    """The reader's name and what it read, within ``limits`` (dates, blocks per event)."""
    reader = detect_reader(doc)
    parsed = reader.read(doc, limits=limits) if reader.limited else reader.read(doc)
    return reader.name, apply_limits(parsed, doc.path, limits)

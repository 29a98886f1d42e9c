"""Which reader takes which document. Each source module offers ``detect`` and ``read``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from daybook.errors import UnknownFormatError
from daybook.limits import DEFAULT_LIMITS, ReadLimits, apply_limits
from daybook.parsers import Parsed
from daybook.sources.document import Document


@dataclass(frozen=True, slots=True)
class Reader:
    name: str
    detect: Callable[[Document], bool]
    read: Callable[[Document, ReadLimits], Parsed]


def readers() -> tuple[Reader, ...]:
    # Imported here so that importing daybook loads no parser until one is needed.
    from daybook.sources import digest, kremlin, kremlin_csv

    return (
        Reader("kremlin", kremlin.detect, kremlin.read),
        Reader("kremlin-csv", kremlin_csv.detect, kremlin_csv.read),
        Reader("digest", digest.detect, digest.read),
    )


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
        "unknown format: neither a daily digest nor a kremlin.ru page",
        path=doc.path,
        remedy="daybook reads digest text files and saved en.kremlin.ru / kremlin.ru pages",
    )


def read_parsed(doc: Document, limits: ReadLimits = DEFAULT_LIMITS) -> tuple[str, Parsed]:
    """The reader's name and what it read, within ``limits`` (dates, blocks per event)."""
    reader = detect_reader(doc)
    return reader.name, apply_limits(reader.read(doc, limits), doc.path, limits)

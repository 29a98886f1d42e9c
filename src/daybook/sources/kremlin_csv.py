"""kremlin.ru CSV exports (``kremlin_articles_ru*.csv``): tell them apart and read them.

``detect`` is strict: a CSV is taken only when its header has the export's columns and its
urls are kremlin.ru pages, so no other CSV is ever read as one. ``read`` gives one event per
row and a diagnostic for each row it cannot read; a CSV broken as CSV (an unterminated
quote, a cell over the size bound, no header) is a ``MalformedInputError``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from daybook.errors import Diagnostic, MalformedInputError
from daybook.parsers import Parsed
from daybook.parsers.urls import url_host
from daybook.sources.document import Document

# Columns every variant of the export has; the wider variants add text and Name_N columns.
REQUIRED_COLUMNS: frozenset[str] = frozenset({"title", "date", "url"})
# ...and at least one of these, so a generic (title, date, url) CSV is not taken.
EXPORT_COLUMNS: frozenset[str] = frozenset({"raw_date", "place", "summary", "article_full_text_1"})
HOSTS: frozenset[str] = frozenset({"kremlin.ru", "www.kremlin.ru"})
# A text chunk of the export is about 30,000 characters; a cell ten times that is no chunk.
# The whole file is already bounded by the Document size limit.
MAX_CELL_CHARS = 512 * 1024
# Rows looked at by ``detect``.
DETECT_ROWS = 5
_HEAD_CHARS = 4096


def _set_field_limit() -> None:
    # The csv module's limit is process-wide; only ever raise it, to our bound.
    if csv.field_size_limit() < MAX_CELL_CHARS:
        csv.field_size_limit(MAX_CELL_CHARS)


def _header(text: str) -> list[str] | None:
    first = text[:_HEAD_CHARS].split("\n", 1)[0].lstrip("\ufeff").rstrip("\r")
    if "," not in first or "<" in first:
        return None
    try:
        return [h.strip() for h in next(csv.reader([first]))]
    except (csv.Error, StopIteration):
        return None


def detect(doc: Document) -> bool:
    """A CSV whose header has title, date, url and the export's columns, and whose first
    rows' urls all point to kremlin.ru."""
    header = _header(doc.text)
    if header is None:
        return False
    cols = set(header)
    if not cols >= REQUIRED_COLUMNS or not cols & EXPORT_COLUMNS:
        return False
    _set_field_limit()
    seen = 0
    try:
        for n, row in enumerate(csv.DictReader(io.StringIO(doc.text.lstrip("\ufeff"), newline=""))):
            url = (row.get("url") or "").strip()
            if url:
                if (url_host(url) or "") not in HOSTS:
                    return False
                seen += 1
            if n + 1 >= DETECT_ROWS:
                break
    except csv.Error:
        # Broken further down: still ours if the rows read so far were kremlin.ru ones;
        # ``read`` then says what is wrong.
        return seen > 0
    return seen > 0


def iter_rows(doc: Document) -> Iterator[tuple[int, dict[str | None, str | None]]]:
    """Data rows numbered from 1; MalformedInputError when the CSV itself is broken."""
    _set_field_limit()
    # strict: an unterminated quote or a stray quote is an error, not a cell eating the file.
    reader = csv.DictReader(io.StringIO(doc.text.lstrip("\ufeff"), newline=""), strict=True)
    if not reader.fieldnames:
        raise MalformedInputError("the CSV has no header", path=doc.path)
    missing = REQUIRED_COLUMNS - {f.strip() for f in reader.fieldnames}
    if missing:
        raise MalformedInputError(
            f"the CSV header lacks {', '.join(sorted(missing))}",
            path=doc.path,
            remedy="pass a kremlin_articles_ru*.csv export with its header row",
        )
    n = 0
    try:
        for n, row in enumerate(reader, 1):
            yield n, dict(row)
    except csv.Error as exc:
        raise MalformedInputError(
            f"broken CSV after data row {n} (line {reader.line_num}): {exc}",
            path=doc.path,
            remedy="check the export: an unterminated quote or an oversized cell",
        ) from exc


def read(doc: Document) -> Parsed:
    """One event per row; rows that cannot be read become diagnostics."""
    from daybook.parsers.kremlin_csv import parse_row

    events = []
    diags: list[Diagnostic] = []
    seen: dict[str, int] = {}
    for n, row in iter_rows(doc):
        if not any((v or "").strip() for k, v in row.items() if k is not None):
            continue  # a blank line
        if None in row:  # csv.DictReader files surplus cells under the key None
            diags.append(
                Diagnostic(
                    "K401",
                    "the row has more cells than the header has columns; row skipped",
                    f"{doc.path}: row {n}",
                    "error",
                )
            )
            continue
        parsed = parse_row(
            {k: v for k, v in row.items() if k is not None}, number=n, origin=doc.path
        )
        diags.extend(parsed.diagnostics)
        for event in parsed.events:
            if event.id in seen:
                diags.append(
                    Diagnostic(
                        "K405",
                        f"{event.id} already read from row {seen[event.id]}; row skipped",
                        f"{doc.path}: row {n}",
                    )
                )
                continue
            seen[event.id] = n
            events.append(event)
    # Each export keeps a different part of the page (text, participants, supplements).
    return Parsed(events=tuple(events), diagnostics=tuple(diags), partial=True)

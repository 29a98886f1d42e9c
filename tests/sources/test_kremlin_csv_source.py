"""The kremlin.ru CSV source: strict detection, one event per row, broken CSVs refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from daybook.errors import MalformedInputError
from daybook.ingest import ingest_paths, iter_input_files
from daybook.sources import kremlin_csv
from daybook.sources.document import document_from_text, read_document
from daybook.sources.registry import detect_reader
from daybook.store import Store
from tests.golden import FIXTURES

DIR = FIXTURES / "kremlin-ru-2025"
HEADER = "title,date,raw_date,place,summary,url\n"
URL = "http://kremlin.ru/events/president/news/76206"


def test_detects_each_export_variant() -> None:
    for name in ("sample.csv", "sample_formatted.csv", "sample_plain.csv"):
        doc = read_document(DIR / name)
        assert kremlin_csv.detect(doc), name
        assert detect_reader(doc).name == "kremlin-csv"


@pytest.mark.parametrize(
    "text",
    [
        'Date,Title\n"April 1, 2025, 19:00",Meeting\n',  # kremlin_dates.csv
        HEADER + "A,2025-02-04,,,,http://example.org/news/1\n",  # not kremlin.ru
        "title,date,url\nA,2025-02-04,http://kremlin.ru/events/president/news/1\n",  # too generic
        HEADER,  # no rows
        "<html><body>title,date,url,summary</body></html>",
        "just text, with a comma\n",
    ],
)
def test_refuses_other_csv(text: str) -> None:
    assert not kremlin_csv.detect(document_from_text(text, "x.csv"))


def test_reads_one_event_per_row() -> None:
    parsed = kremlin_csv.read(read_document(DIR / "sample.csv"))
    assert [e.id for e in parsed.events] == [
        "kremlin:76867",
        "kremlin:76863",
        "kremlin:76855",
        "kremlin:76813",
        "kremlin:76736",
    ]
    assert all(e.language == "ru" for e in parsed.events)


def test_narrow_variants_and_undated_row() -> None:
    parsed = kremlin_csv.read(read_document(DIR / "sample_formatted.csv"))
    assert [e.id for e in parsed.events] == ["kremlin:76210", "kremlin:76206"]
    assert [d.code for d in parsed.diagnostics] == ["K404"]
    assert "row 3" in (parsed.diagnostics[0].where or "")
    plain = kremlin_csv.read(read_document(DIR / "sample_plain.csv"))
    assert plain.events[1].lead and not plain.events[1].blocks


def test_surplus_cells_and_duplicates_are_diagnostics() -> None:
    text = HEADER + f"A,2025-02-04,,,,{URL},extra\nB,2025-02-04,,,,{URL}\nC,2025-02-04,,,,{URL}\n"
    parsed = kremlin_csv.read(document_from_text(text, "x.csv"))
    assert [e.title for e in parsed.events] == ["B"]
    assert [d.code for d in parsed.diagnostics] == ["K401", "K405"]


def test_broken_csv_is_malformed() -> None:
    text = HEADER + f'A,2025-02-04,,,,{URL}\n"B,2025-02-04,,,,{URL}\n' + "x" * 10
    doc = document_from_text(text, "x.csv")
    assert kremlin_csv.detect(doc)
    with pytest.raises(MalformedInputError):
        kremlin_csv.read(doc)


def test_oversized_cell_is_malformed() -> None:
    big = "x" * (kremlin_csv.MAX_CELL_CHARS + 10)
    text = HEADER + f"A,2025-02-04,,,,{URL}\nB,2025-02-04,,,{big},{URL}\n"
    with pytest.raises(MalformedInputError, match="row 1"):
        kremlin_csv.read(document_from_text(text, "x.csv"))


def test_missing_columns_is_malformed() -> None:
    with pytest.raises(MalformedInputError, match="url"):
        kremlin_csv.read(document_from_text("title,date,place\nA,B,C\n", "x.csv"))


def test_ingest_walks_csv_and_is_idempotent(store: Store, tmp_path: Path) -> None:
    (tmp_path / "sample.csv").write_bytes((DIR / "sample.csv").read_bytes())
    assert [p.name for p in iter_input_files([tmp_path])] == ["sample.csv"]
    first = ingest_paths(store, [tmp_path]).totals()
    assert first["new"] == 5 and first["files_ok"] == 1
    again = ingest_paths(store, [tmp_path]).totals()
    assert again["new"] == 0

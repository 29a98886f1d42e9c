"""Files that are not files, pages that exhaust the parser, impossible dates: each case of
the hostile-input review, reproduced on real pages, ends in a clean result."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from pathlib import Path

import pytest

from daybook.errors import DateOutOfRangeError, InputTooLargeError, NotRegularFileError
from daybook.ingest import ingest_paths, iter_input_files, read_file
from daybook.limits import ReadLimits, apply_limits
from daybook.sources.document import document_from_text, read_bounded
from daybook.sources.registry import read_parsed
from daybook.store import Store
from tests.hostile import pages

REAL = pages.TRANSCRIPT


def _parse(html: str, limits: ReadLimits | None = None) -> tuple[int, list[str], str]:
    reader, parsed = read_parsed(document_from_text(html, "hostile.html"),
                                 limits or ReadLimits())
    assert reader == "kremlin"
    (event,) = parsed.events
    return (len(event.blocks), [f"{d.severity} {d.code}" for d in parsed.diagnostics],
            " ".join(b.text for b in event.blocks))


# -- files that are not files ------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with one real page, a link to /dev/zero, a FIFO and a link out of it."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "60630.html").write_bytes(REAL.read_bytes())
    (d / "zero.html").symlink_to("/dev/zero")
    os.mkfifo(d / "fifo.html")
    outside = tmp_path / "outside.html"
    outside.write_bytes(REAL.read_bytes())
    (d / "out.html").symlink_to(outside)
    (d / "inside.html").symlink_to(d / "60630.html")  # a link within the folder is read
    return d


def test_a_walk_reads_regular_files_only(folder: Path, archive: Store) -> None:
    start = time.monotonic()
    assert [p.name for p in iter_input_files([folder])] == ["60630.html", "inside.html"]
    report = ingest_paths(archive, [folder])
    assert time.monotonic() - start < 20  # was: 6.2 GB read from /dev/zero, or a hang
    assert [(Path(f.path).name, f.status) for f in report.files] == [
        ("60630.html", "ok"), ("inside.html", "ok")]


def test_links_out_of_the_folder_only_when_asked(folder: Path) -> None:
    (folder / "loop").symlink_to(folder)  # a followed walk must not go round forever
    names = [p.name for p in iter_input_files([folder], follow_links=True)]
    assert names == ["60630.html", "inside.html", "out.html"]  # never the device or FIFO


@pytest.mark.parametrize("name", ["zero.html", "fifo.html"])
def test_a_named_device_or_fifo_is_refused_at_once(folder: Path, name: str) -> None:
    result: list[object] = []
    reader = threading.Thread(target=lambda: result.append(read_file(folder / name)))
    reader.start()
    reader.join(10)
    if reader.is_alive():  # unblock the FIFO so the test process can end, then fail
        with open(folder / name, "wb"):
            pass
        pytest.fail("reading the FIFO blocked")
    (read,) = result
    assert read.error is not None and name in read.error and "[E107]" in read.error  # type: ignore[attr-defined]


def test_the_bytes_read_are_capped_whatever_stat_says(tmp_path: Path) -> None:
    # /proc files say 0 bytes and hold more: the read itself is bounded.
    with pytest.raises(InputTooLargeError, match="still growing"):
        read_bounded("/proc/self/status", max_bytes=10)
    big = tmp_path / "big.html"
    big.write_bytes(b"x" * 101)
    with pytest.raises(InputTooLargeError, match="over the 0 MB limit"):
        read_bounded(big, max_bytes=100)
    assert read_bounded(big, max_bytes=101) == b"x" * 101
    with pytest.raises(NotRegularFileError):
        read_bounded(tmp_path)


# -- no silent loss ------------------------------------------------------------------------


def test_nesting_past_libxml2_limit_is_kept_and_said() -> None:
    plain, diags, _ = _parse(pages.page())
    assert not diags
    n, diags, text = _parse(pages.deep(300))
    assert "DEEP TEXT" in text and "AFTER THE DEEP PART" in text and n == plain + 2
    assert diags == ["warning K104"]


def test_nesting_past_any_limit_is_an_error_not_an_ok() -> None:
    _, diags, text = _parse(pages.deep(3000))
    assert "AFTER THE DEEP PART" not in text
    assert diags == ["warning K104", "error K105"]


def test_a_text_node_over_10_mb_is_kept_and_said() -> None:
    _, diags, text = _parse(pages.huge_text(10_500_000))
    assert "x" * 10_500_000 in text and "AFTER THE HUGE PART" in text
    assert diags == ["warning K104"]


def test_blocks_per_event_are_capped_with_a_diagnostic() -> None:
    n, diags, _ = _parse(pages.many_turns(5_000), ReadLimits(max_blocks=1_000))
    assert n == 1_000 and diags == ["error K106"]
    n, diags, _ = _parse(pages.many_turns(5_000))  # the default keeps a long transcript
    assert n > 5_000 and not diags


def test_260k_turns_default_cap(tmp_path: Path, archive: Store) -> None:
    """The reviewed case: 260,000 speaker turns (16.7 MB) made a 26 MB event page."""
    page = tmp_path / "turns.html"
    page.write_text(pages.many_turns(260_000), encoding="utf-8")
    start = time.monotonic()
    (result,) = ingest_paths(archive, [page]).files
    elapsed = time.monotonic() - start
    assert result.status == "ok"
    assert [d.code for d in result.diagnostics] == ["K106"]
    event = archive.get_event("kremlin:60630", "en")
    assert event is not None and len(event.blocks) == 20_000
    assert elapsed < 60  # about 11 s on a loaded 2-core machine; 39 s before the cap


def test_the_cap_applies_to_every_reader() -> None:
    digest = (Path(__file__).parents[1] / "fixtures" / "digest-fr" / "2023-11-08.txt")
    _, parsed = read_parsed(document_from_text(digest.read_text("utf-8"), "d.txt"))
    capped = apply_limits(parsed, "d.txt", ReadLimits(max_blocks=3))
    assert all(len(e.blocks) <= 3 for d in capped.days for e in d.events)
    assert {d.code for d in capped.diagnostics} >= {"L101"}


# -- impossible dates ------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1, 1989, 9999])
def test_dates_outside_the_plausible_range_are_refused(year: int) -> None:
    doc = document_from_text(pages.dated(year), f"y{year}.html")
    with pytest.raises(DateOutOfRangeError, match=f"y{year}.html: date {year:04d}-05-30"):
        read_parsed(doc)


def test_the_range_is_a_setting() -> None:
    doc = document_from_text(pages.dated(1970), "y1970.html")
    _, parsed = read_parsed(doc, ReadLimits(first_year=1960))
    assert parsed.events[0].date == dt.date(1970, 5, 30)
    first, last = ReadLimits(years_ahead=2).date_range(dt.date(2026, 12, 1))
    assert (first, last) == (dt.date(1990, 1, 1), dt.date(2028, 12, 31))
    assert ReadLimits(years_ahead=10**6).date_range()[1] == dt.date.max


def test_refused_dates_fail_the_file_and_name_it(tmp_path: Path, archive: Store) -> None:
    bad = tmp_path / "y9999.html"
    bad.write_text(pages.dated(9999), encoding="utf-8")
    good = tmp_path / "real.html"
    good.write_bytes(REAL.read_bytes())
    report = ingest_paths(archive, [bad, good])
    assert [f.status for f in report.files] == ["failed", "ok"]
    assert "y9999.html: date 9999-05-30 is outside" in (report.files[0].error or "")


def test_the_limits_are_settings_passed_down_to_ingest(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from daybook.cli import main
    from daybook.settings import Settings

    assert Settings().read_limits() == ReadLimits()
    assert Settings(first_year=1960, max_blocks=5).read_limits() == ReadLimits(
        first_year=1960, max_blocks=5)
    old = tmp_path / "y1970.html"
    old.write_text(pages.dated(1970), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["ingest", "--db", "t.db", "-j1", str(old)]
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 1 and "[E106]" in refused.output
    monkeypatch.setenv("DAYBOOK_FIRST_YEAR", "1960")
    monkeypatch.setenv("DAYBOOK_MAX_BLOCKS", "7")
    read = CliRunner().invoke(main, args)
    assert read.exit_code == 0, read.output
    assert "K106" in read.output and "read the first 7" in read.output

"""`daybook db copy`: every revision, day meta, listing and log entry moves, and is verified."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner

from daybook.cli import main
from daybook.days import iter_days
from daybook.errors import StoreError
from daybook.ingest import ingest_paths
from daybook.publish.json_export import iter_jsonl
from daybook.store import Store, open_store
from daybook.store.copy import copy_archive
from tests.conftest import DIGEST_SAMPLE, FIXTURES, backends

NEWS = FIXTURES / "kremlin-en-2019" / "news"


def _location(backend: str, request: pytest.FixtureRequest, path: Path) -> str:
    if backend == "sqlite":
        return str(path)
    from tests import pg

    return pg.fresh_database(request)


def _filled(path: Path) -> Store:
    """An archive with pages, listings, a digest and an event in two revisions."""
    store = open_store(path)
    ingest_paths(store, [NEWS, DIGEST_SAMPLE])
    event = next(iter(store.iter_events()))
    with store.transaction():
        store.save_event(dataclasses.replace(event, title=event.title + " (corrected)"),
                         origin="test")
    return store


def _export(store: Store) -> str:
    return "".join(iter_jsonl(iter_days(store)))


@pytest.mark.parametrize("middle", backends())
def test_round_trip_keeps_everything(
    middle: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    src = _filled(tmp_path / "a.db")
    mid = open_store(_location(middle, request, tmp_path / "b.db"))
    back = open_store(tmp_path / "c.db")
    try:
        there = copy_archive(src, mid)
        again = copy_archive(mid, back)
        assert there.ok and again.ok, (there.problems, again.problems)
        assert there.source == there.destination == again.destination
        assert there.source.revisions == there.source.events + 1
        assert there.source.listing_entries > 0 and there.source.day_metas > 0
        assert _export(back) == _export(mid) == _export(src)
        for a, b in zip(src.iter_records(), back.iter_records(), strict=True):
            assert a == b
        assert list(src.iter_log()) == list(back.iter_log())
        assert list(src.iter_listings()) == list(back.iter_listings())
        assert back.integrity_check() == []
    finally:
        for s in (src, mid, back):
            s.close()


def test_refuses_a_non_empty_destination_unless_forced(tmp_path: Path) -> None:
    src = _filled(tmp_path / "a.db")
    dst = _filled(tmp_path / "b.db")
    try:
        with pytest.raises(StoreError, match="not empty"):
            copy_archive(src, dst)
        report = copy_archive(src, dst, force=True)
        assert report.ok, report.problems
        # The copied histories replaced the destination's: same revisions as the source.
        assert [r.revisions for r in dst.iter_records()] == [
            r.revisions for r in src.iter_records()]
    finally:
        src.close()
        dst.close()


def test_cli_copy_reports_both_sides(tmp_path: Path) -> None:
    _filled(tmp_path / "a.db").close()
    runner = CliRunner()
    result = runner.invoke(main, ["db", "copy", str(tmp_path / "a.db"), str(tmp_path / "b.db")])
    assert result.exit_code == 0, result.output
    assert "revisions" in result.output and "ok:" in result.output
    again = runner.invoke(main, ["db", "copy", str(tmp_path / "a.db"), str(tmp_path / "b.db")])
    assert again.exit_code != 0
    assert "--force" in again.output

"""SQLite only: the search-index rows of a batch are written at its commit, and stay exact."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from daybook.model import Block
from daybook.search import search
from daybook.store import sqlite as sqlite_store
from daybook.store.sqlite import SQLiteStore
from tests.factories import make_event


@pytest.fixture
def db(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "t.db")


def found(store: SQLiteStore, word: str) -> list[str]:
    return [h.event_id for h in search(store, word).hits]


def indexed_events(store: SQLiteStore) -> int:
    """Events the index itself holds ("The meeting began." is in each once); a count(*)
    would read the content table."""
    return int(store.conn.execute(
        "SELECT count(*) FROM blocks_fts WHERE blocks_fts MATCH 'began'").fetchone()[0])


def test_rows_land_at_the_commit_and_a_failed_file_drops_its_own(db: SQLiteStore) -> None:
    with db.transaction():
        db.save_event(make_event(1, text="zebra1"))
        with pytest.raises(RuntimeError), db.savepoint():
            db.save_event(make_event(2, text="zebra2"))
            raise RuntimeError("parser blew up halfway")
        db.save_event(make_event(3, text="zebra3"))
        assert indexed_events(db) == 0  # queued until the commit
    assert found(db, "zebra1") == ["kremlin:59801"]
    assert found(db, "zebra2") == []
    assert found(db, "zebra3") == ["kremlin:59803"]
    assert indexed_events(db) == 2
    assert db.integrity_check() == []


def test_a_page_revised_twice_in_one_batch_keeps_only_its_last_text(db: SQLiteStore) -> None:
    first = make_event(1, text="okapi")
    second = replace(first, blocks=(*first.blocks[:1], Block("paragraph", "narwhal")))
    third = replace(first, blocks=(*first.blocks[:1], Block("paragraph", "quokka")))
    with db.transaction():
        for version in (first, second, third):
            db.save_event(version)
    assert [found(db, w) for w in ("okapi", "narwhal", "quokka")] == [[], [], ["kremlin:59801"]]
    assert db.integrity_check() == []


def test_a_big_batch_writes_its_queue_early_between_files(
    db: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_store, "FTS_QUEUE_ROWS", 5)
    with db.transaction():
        for n in range(1, 11):
            try:
                with db.savepoint():
                    db.save_event(make_event(n, text=f"zebra{n}"))
                    if n == 8:  # its rows would go out with those of 7
                        raise RuntimeError("bad file")
            except RuntimeError:
                pass
            # Never more than the bound once no savepoint is open.
            assert len(db.dialect.fts_pending) <= 5
        # Written early: all but the last event, whose rows (4 < 5) wait for the commit.
        assert indexed_events(db) == 8
    for n in range(1, 11):
        assert found(db, f"zebra{n}") == ([] if n == 8 else [f"kremlin:{59800 + n}"])
    assert db.integrity_check() == []


def test_writes_outside_a_transaction_are_indexed_at_once(db: SQLiteStore) -> None:
    db.save_event(make_event(1, text="zebra1"))
    assert found(db, "zebra1") == ["kremlin:59801"]
    assert db.integrity_check() == []

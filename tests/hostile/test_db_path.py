"""Database paths are file names, never URIs: ``#``, ``?``, ``%`` and a leading ``file:``
name the file they spell, for writing and for read-only serving alike."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from daybook.cli import main
from daybook.store import open_store
from daybook.translate.cache import TranslationCache
from tests.hostile.pages import TRANSCRIPT

ODD = ["odd/a#b.db", "odd/q?mode=ro.db", "odd/p%20c.db", "file:odd.db", "odd/sp ace.db"]


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", ODD)
def test_an_odd_path_is_the_file_it_names(tmp_path: Path, name: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    r = runner.invoke(main, ["ingest", "--db", name, "-j1", str(TRANSCRIPT)])
    assert r.exit_code == 0, r.output
    assert name in _files(tmp_path)
    assert all(f == name or f.startswith(name + "-") for f in _files(tmp_path)), _files(tmp_path)
    r = runner.invoke(main, ["events", "--db", name])  # read-only, as `serve` opens it
    assert r.exit_code == 0 and "kremlin:60630" in r.output, r.output
    store = open_store(name, read_only=True)
    try:
        assert store.info().events == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.conn.execute("CREATE TABLE t(x)")  # type: ignore[attr-defined]
    finally:
        store.close()


def test_read_only_never_creates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["events", "--db", "odd/a#b.db"])
    assert r.exit_code != 0 and "no database" in r.output
    assert not _files(tmp_path)


def test_the_translation_cache_path_is_a_file_name(tmp_path: Path) -> None:
    path = str(tmp_path / "c#d?e.sqlite")
    TranslationCache(path).close()
    TranslationCache(path, read_only=True).close()
    assert os.listdir(tmp_path) == ["c#d?e.sqlite"]

"""The pages a server's workers share (``web/shared_pages.py``): made once for all workers,
never served after the archive changed, error pages never kept, bounded in bytes.

Two ``Site`` objects over one archive and one shared directory are two workers (the server
runs them in two processes; the store and the directory are the same)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from daybook.errors import NotFoundError
from daybook.settings import Settings
from daybook.store import open_store
from daybook.web import kernel
from daybook.web.kernel import Site
from daybook.web.shared_pages import SharedPages
from tests.factories import make_event


@pytest.fixture(autouse=True)
def look_at_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers adopt the epoch the others moved to at once (in a server: within a second)."""
    monkeypatch.setattr(kernel, "EPOCH_LOOK_S", 0.0)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    db = tmp_path / "shared.db"
    writer = open_store(db)
    with writer.transaction():
        writer.save_event(make_event(1))
    writer.close()
    return db


def workers(db: Path, shared: Path, n: int = 2, *, page_cache: bool = True,
            page_cache_bytes: int | None = None) -> list[Site]:
    settings = Settings(db=str(db), page_cache=page_cache, page_cache_bytes=page_cache_bytes)
    sites = [Site(settings, str(shared)) for _ in range(n)]
    for site in sites:  # started (a worker's first look at the archive is its warm-up)
        site.generation()
    return sites


def counting(value: str, calls: list[str]) -> Callable[[], tuple[str]]:
    def make() -> tuple[str]:
        calls.append(value)
        return (value,)

    return make


def test_a_page_made_by_one_worker_is_read_by_the_other(archive: Path,
                                                        tmp_path: Path) -> None:
    a, b = workers(archive, tmp_path / "pages")
    calls: list[str] = []
    assert a.kept(("day", "x"), counting("made by a", calls)) == ("made by a",)
    assert b.kept(("day", "x"), counting("made by b", calls)) == ("made by a",)
    assert calls == ["made by a"]
    # Another key is another page.
    assert b.kept(("day", "y"), counting("y by b", calls)) == ("y by b",)
    assert calls == ["made by a", "y by b"]
    a.close()
    b.close()


def test_no_worker_serves_a_page_of_the_archive_before_a_change(archive: Path,
                                                                tmp_path: Path) -> None:
    a, b = workers(archive, tmp_path / "pages")

    def count(site: Site) -> Callable[[], tuple[str]]:
        return lambda: (str(site.store().count_events()),)

    assert a.kept(("n",), count(a)) == ("1",)
    assert b.kept(("n",), count(b)) == ("1",)  # a's, read
    writer = open_store(archive)
    with writer.transaction():
        writer.save_event(make_event(2))
    writer.close()
    # Each worker sees the change on its own connection: neither its own copy nor the
    # other's stored page is served again.
    assert b.kept(("n",), count(b)) == ("2",)
    assert a.kept(("n",), count(a)) == ("2",)
    calls: list[str] = []
    assert b.kept(("n",), counting("again", calls)) == ("2",)
    assert calls == []
    a.close()
    b.close()


def test_a_worker_started_after_a_change_never_reads_older_pages(archive: Path,
                                                                 tmp_path: Path) -> None:
    """A worker replacing one that died starts on the new archive: the pages the others
    made before the change are not its."""
    (a,) = workers(archive, tmp_path / "pages", 1)
    calls: list[str] = []
    assert a.kept(("n",), counting("old", calls)) == ("old",)
    writer = open_store(archive)
    with writer.transaction():
        writer.save_event(make_event(2))
    writer.close()
    (late,) = workers(archive, tmp_path / "pages", 1)  # a has not looked again yet
    assert late.kept(("n",), counting("new", calls)) == ("new",)
    a.close()
    late.close()


def test_error_pages_are_never_shared(archive: Path, tmp_path: Path) -> None:
    a, b = workers(archive, tmp_path / "pages")
    tries: list[str] = []

    def missing() -> tuple[str]:
        tries.append("tried")
        raise NotFoundError("no such day")

    for site in (a, b, a):
        with pytest.raises(NotFoundError):
            site.kept(("day", "nothing"), missing)
    assert tries == ["tried"] * 3
    shared = SharedPages(str(tmp_path / "pages"), 1 << 20)
    assert shared.get(shared.epoch(), ("day", "nothing")) is None
    shared.close()
    a.close()
    b.close()


def test_a_page_being_made_by_one_worker_is_waited_for_by_the_other(archive: Path,
                                                                    tmp_path: Path) -> None:
    a, b = workers(archive, tmp_path / "pages")
    started = threading.Event()
    calls: list[str] = []

    def slow() -> tuple[str]:
        calls.append("a")
        started.set()
        time.sleep(0.5)  # a costly page
        return ("made by a",)

    results: list[tuple[object, ...]] = []
    maker = threading.Thread(target=lambda: results.append(a.kept(("big",), slow)))
    maker.start()
    assert started.wait(30)
    assert b.kept(("big",), counting("made by b", calls)) == ("made by a",)
    maker.join(30)
    assert results == [("made by a",)]
    assert calls == ["a"]
    a.close()
    b.close()


def test_the_warm_up_makes_its_pages_even_when_another_worker_has_them(
        archive: Path, tmp_path: Path) -> None:
    a, b = workers(archive, tmp_path / "pages")
    calls: list[str] = []
    a.kept(("home",), counting("a", calls))
    b.warming = True  # what warm_up sets: templates compiled, tables loaded in b too
    assert b.kept(("home",), counting("b", calls)) == ("b",)
    assert calls == ["a", "b"]
    a.close()
    b.close()


def test_the_shared_pages_are_bounded_in_bytes(archive: Path, tmp_path: Path) -> None:
    limit = 200_000
    (a,) = workers(archive, tmp_path / "pages", 1, page_cache_bytes=limit)
    for i in range(100):
        a.kept(("page", str(i)), lambda: ("x" * 10_000,))
    shared = SharedPages(str(tmp_path / "pages"), limit)
    assert 0 < shared.volume() <= limit + 20_000
    shared.close()
    a.close()


def test_without_a_page_cache_nothing_is_shared(archive: Path, tmp_path: Path) -> None:
    a, b = workers(archive, tmp_path / "pages", page_cache=False)
    calls: list[str] = []
    a.kept(("x",), counting("a", calls))
    b.kept(("x",), counting("b", calls))
    assert calls == ["a", "b"]
    assert not (tmp_path / "pages").exists()
    a.close()
    b.close()


def test_workers_share_again_a_second_after_each_saw_a_change(archive: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    monkeypatch.setattr(kernel, "EPOCH_LOOK_S", 0.3)
    a, b = workers(archive, tmp_path / "pages")  # each moved the epoch on once
    time.sleep(0.4)
    calls: list[str] = []
    a.kept(("x",), counting("a", calls))
    assert b.kept(("x",), counting("b", calls)) == ("a",)
    assert calls == ["a"]
    a.close()
    b.close()


class BrokenStore:
    """A diskcache whose disk failed: every call raises what SQLite raises then."""

    def __getattr__(self, name: str) -> Callable[..., object]:
        def fail(*args: object, **kwargs: object) -> object:
            raise sqlite3.OperationalError("disk I/O error")

        return fail

    def __contains__(self, key: object) -> bool:
        raise sqlite3.OperationalError("disk I/O error")


def test_a_failing_store_never_fails_a_page(archive: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = workers(archive, tmp_path / "pages")
    shared = a._shared
    assert shared is not None
    shared._cache = BrokenStore()
    monkeypatch.setattr(kernel, "EPOCH_LOOK_S", 3600.0)  # the epoch is not read again yet
    calls: list[str] = []
    assert a.kept(("x",), counting("a", calls)) == ("a",)  # made here, nothing stored
    assert a._shared is shared
    assert b.kept(("x",), counting("b", calls)) == ("b",)
    # The epoch cannot be read: a stops sharing and goes on making its own pages.
    monkeypatch.setattr(kernel, "EPOCH_LOOK_S", 0.0)
    assert a.kept(("y",), counting("a", calls)) == ("a",)
    assert a._shared is None
    assert a.kept(("y",), counting("again", calls)) == ("a",)  # its own cache still holds
    assert calls == ["a", "b", "a"]
    a.close()
    b.close()

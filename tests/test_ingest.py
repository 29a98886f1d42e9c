"""Ingest end to end: a file lands whole or not at all, re-reading changes nothing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from daybook.ingest import ingest_paths, iter_input_files
from daybook.store.base import Store
from tests.conftest import DIGEST_SAMPLE


def test_ingest_digest_then_again_changes_nothing(store: Store) -> None:
    first = ingest_paths(store, [DIGEST_SAMPLE])
    assert not first.failed
    assert first.totals()["new"] == 5
    before = [(r.id, r.language, r.revision) for r in store.list_events()]
    second = ingest_paths(store, [DIGEST_SAMPLE])
    assert second.totals()["unchanged"] == 5
    assert second.totals()["new"] == second.totals()["revised"] == 0
    assert [(r.id, r.language, r.revision) for r in store.list_events()] == before
    assert store.info().revisions == 5


def test_changed_digest_keeps_the_earlier_revision(store: Store, tmp_path: Path) -> None:
    ingest_paths(store, [DIGEST_SAMPLE])
    text = DIGEST_SAMPLE.read_text("utf-8")
    edited = tmp_path / "2023-11-08.txt"
    old = "Je vous souhaite du succès."
    assert old in text
    edited.write_text(text.replace(old, "Je vous souhaite beaucoup de succès."), "utf-8")
    report = ingest_paths(store, [edited])
    assert (report.totals()["revised"], report.totals()["unchanged"]) == (1, 4)
    revs = store.history("kremlin:72683")
    assert [r.revision for r in revs] == [1, 2]
    assert any(old in b.text for b in revs[0].event.blocks)
    assert not any(old in b.text for b in revs[1].event.blocks)


def test_bad_files_fail_cleanly_and_good_ones_land(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-binary.html").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "c-unknown.txt").write_text("Just some notes, not a digest.\n", "utf-8")
    (tmp_path / "d-good.txt").write_bytes(DIGEST_SAMPLE.read_bytes())
    report = ingest_paths(store, [tmp_path])
    by_name = {Path(f.path).name: f for f in report.files}
    assert by_name["d-good.txt"].status == "ok"
    for name, word in (("a-empty.txt", "empty"), ("b-binary.html", "binary"),
                       ("c-unknown.txt", "unknown format")):
        failed = by_name[name]
        assert failed.status == "failed"
        assert failed.error is not None and name in failed.error and word in failed.error
    assert len(store.list_events()) == 5


def test_windows_1252_digest_is_read(store: Store, tmp_path: Path) -> None:
    text = DIGEST_SAMPLE.read_text("utf-8")
    # cp1252 cannot carry every character of the sample; keep what it can.
    legacy = tmp_path / "cp1252.txt"
    legacy.write_bytes(text.encode("cp1252", errors="replace"))
    report = ingest_paths(store, [legacy])
    assert not report.failed
    assert report.totals()["new"] == 5
    titles = [r.title for r in store.list_events()]
    assert "Visite du centre médical pour enfants Dima Rogachev" in titles


def test_a_file_failing_halfway_leaves_nothing(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}
    real = store.save_event

    def flaky(event, *, origin=None):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(event, origin=origin)

    monkeypatch.setattr(store, "save_event", flaky)
    report = ingest_paths(store, [DIGEST_SAMPLE])
    assert report.failed and "No space left" in (report.failed[0].error or "")
    assert store.list_events() == []
    monkeypatch.setattr(store, "save_event", real)
    assert ingest_paths(store, [DIGEST_SAMPLE]).totals()["new"] == 5


def test_directory_walk_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("a", "utf-8")
    (tmp_path / "manifest.tsv").write_text("a\tb", "utf-8")
    (tmp_path / "dates.csv").write_text("Date,Title\n2025-01-01,x\n", "utf-8")
    (tmp_path / ".hidden.txt").write_text("a", "utf-8")
    sub = tmp_path / "news"
    sub.mkdir()
    (sub / "1.html").write_text("<html></html>", "utf-8")
    # A directory's own files first, then its subdirectories, each sorted.
    assert [p.name for p in iter_input_files([tmp_path])] == ["x.txt", "1.html"]


def test_partial_exports_fill_each_other_in_any_order(store: Store) -> None:
    from daybook.ingest import store_parsed
    from daybook.parsers import Parsed
    from tests.factories import make_event

    full = make_event(1)
    text_only = replace(full, participants=())
    people_only = replace(full, blocks=(), photos=())
    for order in ((text_only, people_only), (people_only, text_only)):
        for copy in order:
            with store.transaction():
                store_parsed(store, Parsed(events=(copy,), partial=True), "export.csv")
        assert store.get_event(full.id) == full
    # Reading both again changes nothing.
    before = len(store.history(full.id))
    for copy in (text_only, people_only):
        with store.transaction():
            assert store_parsed(store, Parsed(events=(copy,), partial=True), "x")["unchanged"]
    assert len(store.history(full.id)) == before
    # A page (not a partial export) that drops its participants is a real revision.
    with store.transaction():
        assert store_parsed(store, Parsed(events=(text_only,)), "page.html")["revised"] == 1


def test_partial_exports_merge_participant_lists(store: Store) -> None:
    from daybook.ingest import store_parsed
    from daybook.model import Participant
    from daybook.parsers import Parsed
    from tests.factories import make_event

    base = replace(make_event(1), participants=(Participant("Пономарёв Иван", "участник"),))
    other = replace(base, participants=(Participant("Пономарев Иван", "участник"),
                                        Participant("Лавров Сергей", "Министр")))
    for copy in (base, other, base, other):
        with store.transaction():
            store_parsed(store, Parsed(events=(copy,), partial=True), "export.csv")
    stored = store.get_event(base.id)
    assert stored is not None
    assert [p.name for p in stored.participants] == ["Пономарёв Иван", "Лавров Сергей"]
    assert len(store.history(base.id)) == 2


def test_worker_processes_give_the_same_archive(tmp_path: Path) -> None:
    from daybook.days import iter_days
    from daybook.publish.json_export import iter_jsonl
    from daybook.store import open_store
    from tests.conftest import FIXTURES

    (tmp_path / "bad.html").write_bytes(bytes(range(256)) * 40)
    inputs = [DIGEST_SAMPLE, FIXTURES / "kremlin-en-2019" / "news", tmp_path / "bad.html"]
    exports = []
    for workers in (1, 2):
        store = open_store(tmp_path / f"w{workers}.db")
        report = ingest_paths(store, inputs, workers=workers, batch_size=5)
        assert [Path(f.path).name for f in report.failed] == ["bad.html"]
        exports.append(("".join(iter_jsonl(iter_days(store))), report.totals()))
        store.close()
    assert exports[0] == exports[1]
    assert exports[0][1]["new"] > 10

"""Russian words matched on their dictionary lemma (pymorphy3), on every backend: "газ"
(gas) finds the texts about gas in any case form, not the text about Gaza ("Газа", whose
dictionary reading with a capital is the place); and migration 0008 rebuilds an archive
indexed the old way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from daybook.model import Event
from daybook.search import search
from daybook.stemming import query_stems, ru_lemma, stem_text
from daybook.store import Store, open_store
from daybook.store.migrations import load_migrations
from tests.factories import text_event

GAZA = "Израиль нанёс удары по сектору Газа, жители Газы остались без воды."
GAS = "Стороны обсудили поставки газа в Европу и торговлю сжиженным газом."
GAS_NOM = "Газ остаётся главной статьёй экспорта."


def _events() -> list[Event]:
    return [text_event(n, text, date=dt.date(2024, 1, n), language="ru")
            for n, text in enumerate((GAZA, GAS, GAS_NOM), 1)]


@pytest.fixture
def archive(store: Store) -> Store:
    with store.transaction():
        for e in _events():
            store.save_event(e, origin="tests/test_russian_morphology.py")
    return store


def _ids(store: Store, q: str) -> set[str]:
    return {h.event_id for h in search(store, q, expand=False, limit=50).hits}


def test_lemmas_keep_gaza_apart_from_gas() -> None:
    assert ru_lemma("Газа") == "газа"           # the place (Geox), read with its capital
    assert ru_lemma("газа") == ru_lemma("газом") == ru_lemma("Газ") == "газ"
    assert ru_lemma("Путина") == "путин"
    assert stem_text(GAZA, "ru").split()[5] == "газа"
    # A query's capital means nothing: both readings are searched.
    assert set(query_stems("путин", ("ru",))) == {"путин", "путина"}
    assert query_stems("газ", ("ru",)) == ("газ",)


def test_gas_does_not_find_gaza(archive: Store) -> None:
    assert _ids(archive, "газ") == {"kremlin:59802", "kremlin:59803"}
    assert _ids(archive, "газом") == {"kremlin:59802", "kremlin:59803"}
    # "Газа" is the place and the genitive of gas: the query finds both, honestly.
    assert _ids(archive, "Газа") == {"kremlin:59801", "kremlin:59802", "kremlin:59803"}
    assert _ids(archive, "Газы") >= {"kremlin:59801"}
    hit = search(archive, "газ", expand=False).hits
    assert all("Газа" not in h.snippet for h in hit)


LATEST = max(m.version for m in load_migrations("sqlite"))


def _back_to_schema_7(conn: Any) -> None:
    """Undo what the migrations after 7 did besides the index (the memory's field column)
    and forget them, as a schema 7 database is."""
    conn.execute("ALTER TABLE tm_segments DROP COLUMN field")
    conn.execute("DELETE FROM schema_migrations WHERE version >= 8")


def test_migration_0008_reindexes_russian(tmp_path: Path) -> None:
    import snowballstemmer  # type: ignore[import-untyped]

    path = tmp_path / "old.db"
    store = open_store(path)
    with store.transaction():
        for e in _events():
            store.save_event(e, origin="tests/test_russian_morphology.py")
    # The index as schema 7 made it: Snowball stems ("Газа" -> "газ"), schema at 7.
    old = snowballstemmer.stemmer("russian")
    conn = store.conn  # type: ignore[attr-defined]
    conn.execute("INSERT INTO blocks_fts (blocks_fts, rowid, text, stem) SELECT 'delete', "
                 "rowid, text, stem FROM blocks WHERE language = 'ru'")
    for rowid, text in conn.execute("SELECT rowid, text FROM blocks").fetchall():
        stems = " ".join(old.stemWord(w.lower()) for w in text.split())
        conn.execute("UPDATE blocks SET stem = ? WHERE rowid = ?", (stems, rowid))
    conn.execute("INSERT INTO blocks_fts (rowid, text, stem) SELECT rowid, text, stem "
                 "FROM blocks WHERE language = 'ru'")
    _back_to_schema_7(conn)
    conn.commit()
    assert "kremlin:59801" in _ids(store, "газ")      # the old index: gas finds Gaza
    store.close()
    with pytest.raises(Exception, match="older than"):
        open_store(path, read_only=True)               # never read stale
    store = open_store(path)                            # migrates
    try:
        assert store.schema_version() == LATEST  # type: ignore[attr-defined]
        assert _ids(store, "газ") == {"kremlin:59802", "kremlin:59803"}
        assert store.integrity_check() == []
    finally:
        store.close()


def test_migration_0008_reindexes_russian_on_postgres(request: pytest.FixtureRequest) -> None:
    pg = pytest.importorskip("tests.pg")
    if not pg.available():
        pytest.skip("no PostgreSQL server here")
    url = pg.fresh_database(request)
    store = open_store(url)
    with store.transaction():
        for e in _events():
            store.save_event(e, origin="tests/test_russian_morphology.py")
    # The index as schema 7 made it: PostgreSQL's own Russian stems ("Газа" -> "газ").
    conn = store.conn  # type: ignore[attr-defined]
    conn.execute("UPDATE blocks SET tsv = setweight(to_tsvector('daybook_russian', text), 'D')"
                 " || setweight(to_tsvector('daybook_simple', text), 'A')")
    _back_to_schema_7(conn)
    conn.commit()
    assert "kremlin:59801" in _ids(store, "газ")
    store.close()
    store = open_store(url)
    try:
        assert store.schema_version() == LATEST  # type: ignore[attr-defined]
        assert _ids(store, "газ") == {"kremlin:59802", "kremlin:59803"}
    finally:
        store.close()

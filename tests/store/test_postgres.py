"""What only the PostgreSQL backend has: read-only sessions, schema checks, NUL text,
search configurations, and search results equal to SQLite's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from daybook.errors import SchemaVersionError, StoreError
from daybook.ingest import ingest_paths
from daybook.model import Block, Event
from daybook.store import open_store
from daybook.store.copy import copy_archive
from daybook.store.migrations import load_migrations
from tests.conftest import DIGEST_SAMPLE, FIXTURES

pg = pytest.importorskip("tests.pg")
if not pg.available():  # in CI available() raises instead
    pytest.skip("no PostgreSQL server here", allow_module_level=True)

from daybook.store.postgres import PostgresStore  # noqa: E402


def _event(**changes: object) -> Event:
    base = Event(id="t:1", title="Réunion à l'Élysée", kind="meeting",
                 date=dt.date(2023, 11, 8), language="fr",
                 blocks=(Block("paragraph", "Les négociations ont commencé."),))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_read_only_session_refuses_writes(request: pytest.FixtureRequest) -> None:
    url = pg.fresh_database(request)
    open_store(url).close()
    ro = open_store(url, read_only=True)
    try:
        with pytest.raises(Exception, match="read-only"):
            ro.save_event(_event())
        assert ro.info().events == 0
    finally:
        ro.close()


def test_read_only_open_of_an_unmigrated_database_says_how_to_fix(
    request: pytest.FixtureRequest,
) -> None:
    url = pg.fresh_database(request, empty=True)
    with pytest.raises(SchemaVersionError, match="db migrate"):
        PostgresStore(url, read_only=True)
    store = PostgresStore(url)  # a writer migrates
    assert store.schema_version() == max(m.version for m in load_migrations("postgres"))
    store.close()


def test_bad_url_is_a_store_error_with_a_remedy() -> None:
    with pytest.raises(StoreError, match="check the URL"):
        PostgresStore("postgresql://nobody@127.0.0.1:1/none")


def test_nul_characters_are_stored_as_replacement(request: pytest.FixtureRequest) -> None:
    store = open_store(pg.fresh_database(request))
    try:
        ev = _event(blocks=(Block("paragraph", "bad\x00byte"),))
        assert store.save_event(ev) == "new"
        got = store.get_event("t:1")
        assert got is not None and got.blocks[0].text == "bad\ufffdbyte"
        assert store.save_event(ev) == "unchanged"
        assert store.integrity_check() == []
    finally:
        store.close()


def test_search_folds_accents_and_stems_by_language(request: pytest.FixtureRequest) -> None:
    from daybook.search import search

    store = open_store(pg.fresh_database(request))
    try:
        store.save_event(_event())
        store.save_event(_event(id="t:2", language="en", title="Talks",
                                blocks=(Block("paragraph", "The negotiations began."),)))
        assert [h.event_id for h in search(store, "negociation", lang="fr").hits] == ["t:1"]
        assert [h.event_id for h in search(store, "NÉGOCIATIONS").hits] == ["t:1"]
        assert [h.event_id for h in search(store, "negotiation").hits] == ["t:2"]
        assert [h.event_id for h in search(store, "elysee").hits] == ["t:1"]
        assert [h.event_id for h in search(store, "negot*").hits] == ["t:2"]
        assert search(store, '"ont commencé"').total == 1
        assert search(store, "negotiations -began").total == 0
    finally:
        store.close()


def test_search_matches_sqlite_on_real_pages(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    from daybook.search import search

    lite = open_store(tmp_path / "a.db")
    ingest_paths(lite, [FIXTURES / "kremlin-en-2019" / "news", DIGEST_SAMPLE])
    post = open_store(pg.fresh_database(request))
    try:
        assert copy_archive(lite, post).ok
        for q in ["Putin", "negotiations", '"Security Council"', "gas OR oil", "econom*",
                  "Russia -Ukraine", "speaker:Putin", "kind:meeting", "Poutine Kazakhstan",
                  "from:2019-06-01 to:2019-12-31 lang:en"]:
            a = search(lite, q, limit=100, facets=True)
            b = search(post, q, limit=100, facets=True)
            assert a.total == b.total, q
            assert {h.event_id for h in a.hits} == {h.event_id for h in b.hits}, q
            assert a.facets == b.facets, q
    finally:
        lite.close()
        post.close()


def _columns(store: Any) -> dict[str, list[str]]:
    """Table -> column names, on either backend."""
    conn = store.conn
    out: dict[str, list[str]] = {}
    if isinstance(store, PostgresStore):
        for r in conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"):
            out.setdefault(r["table_name"], []).append(r["column_name"])
        return out
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for t in tables:
        out[t] = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
    return out


def test_both_backends_have_the_same_schema(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    lite = open_store(tmp_path / "a.db")
    post = open_store(pg.fresh_database(request))
    try:
        assert post.info().schema_version == lite.info().schema_version
        assert [m.version for m in load_migrations("postgres")] == [
            m.version for m in load_migrations("sqlite")]
        a, b = _columns(lite), _columns(post)
        # SQLite's own search machinery: FTS5 tables and the integer event keys of rowids.
        a = {t: c for t, c in a.items() if not t.startswith("blocks_fts") and t != "event_keys"}
        # PostgreSQL's blocks hold the tsvector instead of the stemmed copy.
        a["blocks"] = [c for c in a["blocks"] if c != "stem"]
        b["blocks"] = [c for c in b["blocks"] if c not in ("config", "tsv")]
        b["ingest_log"] = [c for c in b["ingest_log"] if c != "seq"]
        assert a == b
    finally:
        lite.close()
        post.close()


def test_data_version_changes_with_each_commit(request: pytest.FixtureRequest) -> None:
    url = pg.fresh_database(request)
    writer = PostgresStore(url)
    reader = PostgresStore(url, read_only=True)
    try:
        before = reader.data_version()
        reader.info()  # reads change nothing
        assert reader.data_version() == before
        with writer.transaction():
            writer.save_event(_event())
            during = reader.data_version()
        assert reader.data_version() not in (before, during)
    finally:
        writer.close()
        reader.close()


def test_enrichment_reads_on_a_read_only_session(request: pytest.FixtureRequest) -> None:
    from daybook.days import assemble_day
    from daybook.enrich.run import enrich_store

    url = pg.fresh_database(request)
    writer = PostgresStore(url)
    with writer.transaction():
        writer.save_event(_event())
    enrich_store(writer, use_models=False)
    writer.close()
    ro = PostgresStore(url, read_only=True)
    try:
        assert ro.enrichment.enrich_counts()["enrich_done"] == 1
        assert assemble_day(ro, dt.date(2023, 11, 8)).events[0].id == "t:1"
        assert [link.name for link in ro.enrichment.person_links("t:1", "fr")] == []
        with pytest.raises(Exception, match="read-only"):
            ro.enrichment.save_person_links("t:1", "fr", [])
    finally:
        ro.close()

"""What only the PostgreSQL backend has: read-only sessions, schema checks, NUL text,
search configurations, and search results equal to SQLite's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from daybook.errors import SchemaVersionError, StoreError
from daybook.ingest import ingest_paths
from daybook.model import Block, Event
from daybook.store import open_store
from daybook.store.copy import copy_archive
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
    assert store.schema_version() == 2
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

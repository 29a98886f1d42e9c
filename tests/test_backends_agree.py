"""SQLite and PostgreSQL give the same answers for the same documents.

Every fixture (digest, kremlin-en-2019, kremlin-ru-2025) is ingested and enriched through the
CLI into both backends; exports, person lookups, person pages and searches must then agree.
Search hits agree as sets: the two backends score differently (bm25, ts_rank), so only the
order of hits (and, per hit, which block is the best) may differ; filter-only searches,
ordered by date, agree hit for hit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from daybook.browse import last_changed, person
from daybook.cli import main
from daybook.search import search
from daybook.store import open_store
from tests.conftest import FIXTURES

pg = pytest.importorskip("tests.pg")
if not pg.available():  # in CI available() raises instead
    pytest.skip("no PostgreSQL server here", allow_module_level=True)

SOURCES = sorted(p for d in ("digest-fr", "kremlin-en-2019", "kremlin-ru-2025")
                 for p in (FIXTURES / d).rglob("*") if p.is_file() and p.suffix != ".md")
WORD_QUERIES = ["Putin", "Poutine", "négociations", '"Security Council"', "gas OR oil",
                "econom*", "Russia -Ukraine", "Путин", "совещание", "Poutine Kazakhstan",
                "speaker:Putin economy", "from:2019-06-01 to:2019-12-31 lang:en"]
FILTER_QUERIES = ["kind:meeting", "lang:ru", "speaker:Putin", "lang:fr", "tag:France",
                  'tag:"Foreign policy"', "person:Macron"]
PEOPLE = ["Sergueï Choïgu", "Vladimir Putin", "В.Путин", "Sergei Lavrov"]


def _cli(*args: str) -> str:
    r = CliRunner().invoke(main, list(args))
    assert r.exit_code == 0, r.output
    return r.output


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    lite = str(tmp_path_factory.mktemp("agree") / "a.db")
    post = pg.fresh_database()
    for db in (lite, post):
        _cli("ingest", "-q", "--db", db, *map(str, SOURCES))
        _cli("enrich", "--no-models", "--db", db)
    yield {"sqlite": lite, "postgres": post}


def _both(archives: dict[str, str], *args: str) -> tuple[str, str]:
    return (_cli(*args, "--db", archives["sqlite"]), _cli(*args, "--db", archives["postgres"]))


def test_every_fixture_landed(archives: dict[str, str]) -> None:
    for db in archives.values():
        store = open_store(db, read_only=True)
        try:
            assert store.info().languages == ("en", "fr", "ru")
        finally:
            store.close()


def test_exports_are_identical(archives: dict[str, str]) -> None:
    a, b = _both(archives, "export", "--format", "jsonl")
    assert a.count("\n") > 3
    assert a == b


def test_schema_versions_are_equal(archives: dict[str, str]) -> None:
    versions = set()
    for db in archives.values():
        store = open_store(db, read_only=True)
        try:
            versions.add(store.info().schema_version)
        finally:
            store.close()
    assert len(versions) == 1


@pytest.mark.parametrize("name", PEOPLE)
def test_person_lookups_are_identical(archives: dict[str, str], name: str) -> None:
    a, b = _both(archives, "person", name, "--format", "json")
    assert json.loads(a) == json.loads(b)


def test_figures_are_identical(archives: dict[str, str]) -> None:
    for query in ["", "dollars", "milliards", "%"]:
        a, b = _both(archives, "figures", query, "--format", "json")
        assert json.loads(a) == json.loads(b), query


def _search(archives: dict[str, str], query: str) -> tuple[dict[str, Any], dict[str, Any]]:
    a, b = _both(archives, "search", query, "--format", "json", "--limit", "100")
    return json.loads(a), json.loads(b)


@pytest.mark.parametrize("query", WORD_QUERIES)
def test_word_searches_find_the_same_events(archives: dict[str, str], query: str) -> None:
    a, b = _search(archives, query)
    assert a["total"] == b["total"]
    assert a["total"] == len(a["hits"])

    def events(page: dict[str, Any]) -> set[tuple[Any, ...]]:
        return {(h["event_id"], h["language"], h["date"], h["title"], h["url"])
                for h in page["hits"]}

    assert events(a) == events(b)
    lite = open_store(archives["sqlite"], read_only=True)
    post = open_store(archives["postgres"], read_only=True)
    try:
        assert (search(lite, query, facets=True).facets
                == search(post, query, facets=True).facets)
    finally:
        lite.close()
        post.close()


@pytest.mark.parametrize("query", FILTER_QUERIES)
def test_filter_searches_are_identical(archives: dict[str, str], query: str) -> None:
    a, b = _search(archives, query)
    assert a["total"] > 0
    assert a == b


def test_person_pages_and_last_change_agree(archives: dict[str, str]) -> None:
    lite = open_store(archives["sqlite"], read_only=True)
    post = open_store(archives["postgres"], read_only=True)
    try:
        # Any spelling means the same person on both; the registry's id, else the slug.
        keys = ["vladimir-putin", "в-путин", "vladimir-poutine", "macron-emmanuel",
                "лавров-сергей-викторович", "abdel-fattah-el-sisi", "person:nobody"]
        for key in keys:
            canon = lite.people.directory().canonical(key)
            assert canon == post.people.directory().canonical(key), key
            a = person(lite, canon) if canon else None
            b = person(post, canon) if canon else None
            assert (a and a.to_dict()) == (b and b.to_dict()), key
            if a is not None and canon:
                paged = person(post, canon, limit=2, offset=1)
                assert paged is not None and paged.total == a.total
        assert lite.people.directory().canonical("в-путин") == "person:vladimir-putin"
        assert person(lite, "person:vladimir-putin") is not None
        # Ingestion times differ between the two archives; both must exist and be aware.
        for store in (lite, post):
            when = last_changed(store)
            assert when is not None and when.tzinfo is not None
            assert last_changed(store, []) is None
            assert last_changed(store, ["no:such"]) is None
    finally:
        lite.close()
        post.close()


def test_a_second_ingest_and_enrich_change_nothing(archives: dict[str, str]) -> None:
    before = _both(archives, "export", "--format", "jsonl")
    for db in archives.values():
        _cli("ingest", "-q", "--db", db, *map(str, SOURCES))
        out = _cli("enrich", "--no-models", "--db", db)
        assert out.startswith("0 event(s) enriched"), out
    assert _both(archives, "export", "--format", "jsonl") == before


"""The web site over a PostgreSQL archive: the same fixtures as the SQLite site (see
``conftest.build_archive``), the main routes answering, and the same JSON as over SQLite."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from daybook.store import open_store
from tests.sample_events import english_events
from tests.web.conftest import build_archive, crawl

pg = pytest.importorskip("tests.pg")
if not pg.available():  # in CI available() raises instead
    pytest.skip("no PostgreSQL server here", allow_module_level=True)

Client = Any
ROUTES = ["/", "/day/2023-11-08", "/event/kremlin:72687", "/person/serguei-choigu",
          "/search?q=n%C3%A9gociation", "/search?q=kind%3Ameeting", "/api/days/2023-11-08",
          "/api/days", "/api/events", "/api/search?q=gaz", "/feed.atom", "/calendar.ics",
          "/day/2023-11-08.json", "/api/people/serguei-choigu", "/openapi.json"]
# Answers that must be byte for byte those of the SQLite site.
SAME_JSON = ["/api/days/2023-11-08", "/api/days", "/api/events",
             "/api/events/kremlin:72687", "/api/people/serguei-choigu",
             "/api/people/vladimir-poutine", "/api/search?q=kind%3Ameeting",
             "/day/2023-11-08.json"]


@pytest.fixture(scope="module")
def pg_url() -> str:
    return str(build_archive(pg.fresh_database()))


@pytest.fixture(scope="module")
def pg_client(pg_url: str) -> Iterator[Client]:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    with TestClient(create_app(pg_url)) as c:
        yield c


def test_cached_pages_follow_a_commit(request: pytest.FixtureRequest) -> None:
    """The page cache is keyed on ``PostgresStore.data_version()``: an ingest shows."""
    import dataclasses

    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    url = str(build_archive(pg.fresh_database(request)))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DAYBOOK_PAGE_CACHE", "1")
        app = create_app(url)
    with TestClient(app) as c:
        first = c.get("/day/2023-11-08")
        assert first.status_code == 200
        assert c.get("/day/2023-11-08").text == first.text
        writer = open_store(url)
        try:
            event = english_events()[0]
            with writer.transaction():
                writer.save_event(dataclasses.replace(
                    event, id="t:cache", title="A meeting added later",
                    date=dt.date(2023, 11, 8)))
        finally:
            writer.close()
        assert "A meeting added later" in c.get("/day/2023-11-08").text


@pytest.mark.parametrize("path", ROUTES)
def test_main_routes_answer(pg_client: Client, path: str) -> None:
    r = pg_client.get(path)
    assert r.status_code == 200, (path, r.text[:300])


@pytest.mark.parametrize("path", SAME_JSON)
def test_same_json_as_sqlite(pg_client: Client, client: Client, path: str) -> None:
    a, b = client.get(path), pg_client.get(path)
    assert a.status_code == b.status_code == 200, path
    assert a.json() == b.json()


def test_search_finds_the_same_events(pg_client: Client, client: Client) -> None:
    for q in ["gaz", "négociation", "Putin", "Путин", '"Security Council"']:
        a = client.get("/api/search", params={"q": q, "limit": 100}).json()
        b = pg_client.get("/api/search", params={"q": q, "limit": 100}).json()
        assert a["total"] == b["total"], q
        assert {h["event_id"] for h in a["hits"]} == {h["event_id"] for h in b["hits"]}, q


def test_missing_things_are_404(pg_client: Client) -> None:
    for path in ["/event/kremlin:99999999", "/person/nobody-at-all", "/day/1900-01-01",
                 "/api/events/kremlin:99999999"]:
        assert pg_client.get(path).status_code == 404, path


def test_every_internal_link_works(pg_client: Client) -> None:
    """Crawl the PostgreSQL site from its home page; no internal link may be broken."""
    crawl(pg_client, 120)

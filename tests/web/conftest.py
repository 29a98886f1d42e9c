"""A read-only archive for the web tests: the fixtures ingested, plus model events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from daybook.ingest import ingest_paths
from daybook.store import open_store
from tests.conftest import FIXTURES
from tests.sample_events import english_events, hostile_event, russian_events

DIGEST = FIXTURES / "digest-fr" / "2023-11-08.txt"
KREMLIN = FIXTURES / "kremlin-en-2019" / "news"


def build_archive(location: Path | str) -> Path | str:
    """The fixtures ingested plus model events, into an SQLite path or a PostgreSQL URL."""
    store = open_store(location)
    try:
        ingest_paths(store, [p for p in (DIGEST, KREMLIN) if p.exists()])
        with store.transaction():
            for e in [*english_events(), *russian_events(), hostile_event()]:
                store.save_event(e, origin="tests/sample_events.py")
    finally:
        store.close()
    return location


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.db"
    build_archive(path)
    return path


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[object]:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    with TestClient(create_app(web_db)) as c:
        yield c


def crawl(client: Any, limit: int) -> set[str]:
    """Follow every internal link from the home page (up to ``limit`` pages); each must
    answer 200. Returns the paths seen."""
    from urllib.parse import urljoin, urlsplit

    import lxml.html

    seen: set[str] = set()
    todo = ["/", "/search?q=n%C3%A9gociation", "/event/kremlin:66666"]
    while todo and len(seen) < limit:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        r = client.get(path)
        assert r.status_code == 200, (path, r.status_code)
        if not r.headers["content-type"].startswith("text/html"):
            continue
        for href in lxml.html.fromstring(r.text).xpath("//a/@href"):
            parts = urlsplit(urljoin("http://testserver" + path, href))
            if parts.netloc == "testserver":
                todo.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen

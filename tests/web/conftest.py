"""A read-only archive for the web tests: the fixtures ingested, plus model events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.ingest import ingest_paths
from daybook.store import open_store
from tests.conftest import FIXTURES
from tests.sample_events import english_events, hostile_event, russian_events

DIGEST = FIXTURES / "digest-fr" / "2023-11-08.txt"
KREMLIN = FIXTURES / "kremlin-en-2019" / "news"


def build_archive(path: Path) -> Path:
    store = open_store(path)
    try:
        ingest_paths(store, [p for p in (DIGEST, KREMLIN) if p.exists()])
        with store.transaction():
            for e in [*english_events(), *russian_events(), hostile_event()]:
                store.save_event(e, origin="tests/sample_events.py")
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[object]:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    with TestClient(create_app(web_db)) as c:
        yield c

"""A small archive and its static edition, shared by the static-site tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from daybook.ingest import ingest_paths
from daybook.store import open_store
from tests.conftest import DIGEST_SAMPLE, FIXTURES

KREMLIN = FIXTURES / "kremlin-en-2019" / "news"


def make_archive(path: Path) -> Path:
    store = open_store(path)
    try:
        ingest_paths(store, [DIGEST_SAMPLE, KREMLIN])
    finally:
        store.close()
    return path


@pytest.fixture(scope="session")
def site_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_archive(tmp_path_factory.mktemp("site") / "site.db")


@pytest.fixture(scope="session")
def edition(site_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The static edition of ``site_db``, with its search index, built once."""
    from daybook.publish.static_site import build_site
    from daybook.settings import Settings

    out = tmp_path_factory.mktemp("edition") / "public"
    report = build_site(Settings(db=str(site_db)), out, uis=("en", "fr"))
    assert report.broken == [] and report.indexed
    return out

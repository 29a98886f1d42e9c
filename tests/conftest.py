"""Shared fixtures: a fresh archive per test on every backend, sample paths, golden files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.store import Store, open_store

# CI fails on a skip that is not on tests/skip_allowlist.txt (see tests/skip_policy.py).
from tests.skip_policy import (  # noqa: F401
    pytest_collectreport,
    pytest_runtest_logreport,
    pytest_sessionfinish,
    pytest_sessionstart,
    pytest_terminal_summary,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# CI lays shared/ beside the checkout; benchmarks and gates read the samples there.
SAMPLES = Path(os.environ.get("DAYBOOK_SAMPLES", ROOT.parent / "shared" / "samples"))
CONTRACT = ROOT.parent / "shared" / "contract" / "day.schema.json"
DIGEST_SAMPLE = FIXTURES / "digest-fr" / "2023-11-08.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="Rewrite golden files from current output."
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--update-golden"):
        os.environ["DAYBOOK_UPDATE_GOLDEN"] = "1"


def backends() -> list[str]:
    """Backends the suite runs on: SQLite always; PostgreSQL where its server binaries exist."""
    found = ["sqlite"]
    try:
        from tests import pg
    except ImportError:
        return found
    if pg.available():
        found.append("postgres")
    return found


@pytest.fixture(params=backends())
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty archive on each backend."""
    if request.param == "sqlite":
        s = open_store(tmp_path / "test.db")
    else:
        from tests import pg

        s = open_store(pg.fresh_database(request))
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "daybook.db"

"""One SQLite archive per test: the hostile cases are about readers and outputs, not backends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.store import Store, open_store


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "hostile.db")
    try:
        yield s
    finally:
        s.close()

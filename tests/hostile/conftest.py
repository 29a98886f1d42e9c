"""One SQLite archive per test: the hostile cases are about readers and outputs, not backends."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.model import Block, Event
from daybook.store import Store, open_store


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "hostile.db")
    try:
        yield s
    finally:
        s.close()


def site_archive(path: Path, event_id: str, date: dt.date, blocks: tuple[Block, ...]) -> Path:
    """The web tests' archive plus one event of ``blocks`` (a long transcript)."""
    from tests.sample_events import english_events
    from tests.web.conftest import build_archive

    build_archive(path)
    event: Event = dataclasses.replace(english_events()[0], id=event_id, date=date,
                                       blocks=blocks)
    store = open_store(path)
    with store.transaction():
        store.save_event(event, origin="tests")
    store.close()
    return path


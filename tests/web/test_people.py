"""One person, one page: over the 2019 sample and the French digest, enriched, every
person's page counts exactly the events that link the person (participant, speaker,
Persons tag or mention, whatever the spelling), and any spelling leads there."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from daybook.directory import Directory
from daybook.enrich.run import enrich_store
from daybook.ingest import ingest_paths
from daybook.store import Store, open_store
from tests.conftest import DIGEST_SAMPLE, FIXTURES, SAMPLES

pytestmark = pytest.mark.slow

NEWS = SAMPLES / "kremlin-en-2019" / "news"


@pytest.fixture(scope="module")
def enriched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("people") / "people.db"
    store = open_store(path)
    # The whole 2019 sample when present, else the fixtures' pages.
    ingest_paths(store, [DIGEST_SAMPLE, NEWS if NEWS.is_dir() else
                         FIXTURES / "kremlin-en-2019" / "news"])
    enrich_store(store, use_models=False)
    yield store
    store.close()


def _linked(store: Store, person_id: str) -> set[tuple[str, str]]:
    """The events that link a person, straight from the tables."""
    rows: list[Any] = []
    rows += store.people.store.rows(  # type: ignore[attr-defined]
        "SELECT id AS e, language AS l FROM event_people WHERE person_id = ?", [person_id])
    rows += store.people.store.rows(  # type: ignore[attr-defined]
        "SELECT event_id AS e, language AS l FROM person_links WHERE person_id = ?",
        [person_id])
    rows += store.people.store.rows(  # type: ignore[attr-defined]
        "SELECT event_id AS e, language AS l FROM entities WHERE type = 'person' AND "
        "entity_id = ?", [person_id])
    return {(r["e"], r["l"]) for r in rows}


def test_appearances_are_the_events_that_link_the_person(enriched: Store) -> None:
    found: Directory = enriched.people.directory()
    ids = [r["person_id"] for r in enriched.people.store.rows(  # type: ignore[attr-defined]
        "SELECT person_id FROM people")]
    assert len(ids) > 50
    checked = 0
    for pid in ids:
        entry = found.get(pid)
        expected = _linked(enriched, pid)
        if entry is None:
            assert not expected, pid
            continue
        assert found.event_keys(entry) == expected, pid
        assert entry.total == len(expected)
        checked += 1
    assert checked > 50
    putin = found.get("person:vladimir-putin")
    shoigu = found.get("person:sergei-shoigu")
    assert putin is not None and shoigu is not None
    # Every spelling on one page: English, French (the digest) and the tag's word order.
    assert {"Vladimir Putin", "Vladimir Poutine"} <= set(putin.spellings)
    assert {"Sergei Shoigu", "Shoigu Sergei", "Sergueï Choïgu"} <= set(shoigu.spellings)
    if NEWS.is_dir():
        # The case: the page once showed 2 of the events search finds him in.
        assert shoigu.total >= 23
    # The months add up to the appearances.
    assert sum(n for _, n in found.months(shoigu)) == shoigu.total


def test_every_spelling_leads_to_the_one_page(enriched: Store) -> None:
    found = enriched.people.directory()
    for spelling in ("vladimir-putin", "vladimir-poutine", "в-путин", "путин", "poutine",
                     "person:vladimir-putin"):
        assert found.canonical(spelling) == "person:vladimir-putin", spelling
    for spelling in ("serguei-choigu", "shoigu-sergei", "шойгу", "choigou"):
        assert found.canonical(spelling) == "person:sergei-shoigu", spelling
    assert found.canonical("nobody-at-all") is None

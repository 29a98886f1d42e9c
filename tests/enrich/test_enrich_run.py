"""The enrich step over an archive: resumable, parallel, never a revision; CLI queries.

Each test runs on every backend (the ``store`` fixture)."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner

from daybook.cli import main
from daybook.days import assemble_day
from daybook.enrich.run import enrich_store, find_person
from daybook.model import Block, Event, Participant, Source, Tags
from daybook.store import Store
from tests.archive_checks import raw_rows


def _events() -> list[Event]:
    fr = Event(
        id="digest:2023-11-08/4",
        title="Rencontre avec Zhang Youxia",
        kind="meeting",
        date=dt.date(2023, 11, 8),
        language="fr",
        sources=(Source("http://en.kremlin.ru/events/president/news/72686"),),
        participants=(Participant("Sergueï Choïgu", "ministre russe de la Défense"),),
        blocks=(
            Block(
                "turn",
                "Les échanges ont atteint 28,2 milliards de dollars. Le forum aura "
                "lieu le 1er novembre de cette année.",
                speaker="Vladimir Poutine",
                role="Président de la Russie",
            ),
            Block("turn", "Merci.", speaker="Zhang Youxia"),
        ),
    )
    en = Event(
        id="kremlin:59803",
        title="Meeting with Defence Minister Sergei Shoigu",
        kind="meeting",
        date=dt.date(2019, 2, 9),
        language="en",
        blocks=(
            Block(
                "turn",
                "Trade reached $28.2 billion. On January 23, we met the SCO.",
                speaker="Sergei Shoigu",
                role="Defence Minister",
            ),
        ),
        tags=Tags(persons=("Shoigu Sergei",)),
    )
    ru = Event(
        id="kremlin:76210",
        title="Совещание",
        kind="meeting",
        date=dt.date(2025, 2, 5),
        language="ru",
        participants=(Participant("ШОЙГУ Сергей Кужугетович – Секретарь Совета Безопасности"),),
        blocks=(Block("turn", "Добрый день.", speaker="В.Путин"),),
    )
    return [fr, en, ru]


def _fill(store: Store) -> Store:
    """The store with the three events."""
    with store.transaction():
        for e in _events():
            store.save_event(e)
    return store


def test_enrich_links_people_and_is_resumable(store: Store) -> None:
    es = _fill(store)
    hashes = raw_rows(store, "SELECT content_hash FROM events ORDER BY id")
    report = enrich_store(es, use_models=False)
    assert report.done == 3
    assert enrich_store(es, use_models=False).done == 0  # second run skips all
    assert raw_rows(store, "SELECT count(*) FROM revisions") == [(3,)]
    assert raw_rows(store, "SELECT content_hash FROM events ORDER BY id") == hashes
    person = find_person(es, "Sergei Shoigu")
    assert person is not None and person["person_id"] == "person:sergei-shoigu"
    ids = {e["id"] for e in person["events"]}
    assert ids == {"digest:2023-11-08/4", "kremlin:59803", "kremlin:76210"}
    roles = {r["role"] for r in person["roles"]}
    assert "Секретарь Совета Безопасности" in roles
    assert find_person(es, "В.Путин")["person_id"] == "person:vladimir-putin"  # type: ignore[index]


def test_revised_event_is_enriched_again(store: Store) -> None:
    es = _fill(store)
    enrich_store(es, use_models=False)
    changed = _events()[1]
    changed = Event.from_dict({**changed.to_dict(), "title": "Meeting, revised"})
    with store.transaction():
        assert store.save_event(changed) == "revised"
    assert enrich_store(es, use_models=False).done == 1


def test_parallel_workers_with_models(store: Store) -> None:
    es = _fill(store)
    report = enrich_store(es, workers=2)
    assert report.done == 3
    rows = raw_rows(store, "SELECT text FROM entities WHERE entity_id = 'org:sco'")
    assert [r[0] for r in rows] == ["SCO"]
    dates = [str(r[0]) for r in raw_rows(store, "SELECT value FROM dates")]
    assert "2023-11-01" in dates
    langs = dict(raw_rows(store, "SELECT event_id, detected FROM block_languages WHERE seq = 1"))
    assert langs["digest:2023-11-08/4"] == "fr"


def test_assembled_day_carries_person_ids(store: Store) -> None:
    es = _fill(store)
    # Before enrich the curated registry already links well-known people.
    day = assemble_day(store, dt.date(2023, 11, 8))
    assert day.events[0].participants[0].person_id == "person:sergei-shoigu"
    enrich_store(es, use_models=False)
    day = assemble_day(store, dt.date(2025, 2, 5))
    assert day.events[0].participants[0].person_id == "person:sergei-shoigu"
    assert day.to_dict()["events"][0]["speakers"] == ["В.Путин"]


def test_cli_person_and_figures(store: Store) -> None:
    _fill(store)
    db = store.location
    store.close()  # the CLI opens its own connections
    runner = CliRunner()
    r = runner.invoke(main, ["enrich", "--db", db, "--no-models"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["person", "Sergueï Choïgu", "--format", "json", "--db", db])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["person_id"] == "person:sergei-shoigu"
    assert {"id", "date", "title", "role"} <= set(data["events"][0])
    assert "Sergei Shoigu" in data["names"]
    r = runner.invoke(main, ["figures", "Trade", "--format", "json", "--db", db])
    hits = json.loads(r.output)
    assert [(h["value"], h["unit"]) for h in hits] == [(28.2e9, "USD")]
    r = runner.invoke(main, ["person", "Nobody Atall", "--db", db])
    assert r.exit_code == 1 and "people.json" in r.output

"""Rows of the kremlin.ru CSV exports → events: golden files, fields, the whole sample."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from daybook.parsers.kremlin_csv import (
    event_number,
    natural_case,
    parse_row,
    participant_from_entry,
    row_text,
)
from daybook.sources import kremlin_csv as source
from daybook.sources.document import read_document
from tests.conftest import SAMPLES
from tests.golden import FIXTURES, GOLDEN, assert_golden_json

FIXTURE = FIXTURES / "kremlin-ru-2025" / "sample.csv"
SAMPLE_DIR = SAMPLES / "kremlin-ru-2025"
ENHANCED = SAMPLE_DIR / "kremlin_articles_ru_enhanced.csv"
# A label as the site writes it: initials and surname, then anything up to the colon that
# is not a sentence (a tooltip "Surname Name Patronymic role", a note "(как переведено)").
LABEL = re.compile(
    r"(?<![\w.])((?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*)"
    r"(?:\s[^:.!?]{0,250}?)?(?:\s?\([^()]{0,60}\))?\s?:"
)
RECALL_FLOOR = 0.97


def fixture_rows() -> list[dict[str, str]]:
    with FIXTURE.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_event_number_and_names() -> None:
    assert event_number("http://kremlin.ru/events/president/news/76867") == "76867"
    assert event_number("http://kremlin.ru/events/president/news/76867/photos") == "76867"
    assert event_number("http://kremlin.ru/about") is None
    assert natural_case("Клодиа ЛЭМБУМБА САССУ-НГЕССО") == "Клодиа Лэмбумба Сассу-Нгессо"
    p = participant_from_entry(
        "ПЕСКОВ Дмитрий Сергеевич – заместитель Руководителя Администрации – пресс-секретарь"
    )
    assert p is not None
    assert p.name == "Песков Дмитрий Сергеевич"
    assert p.role == "заместитель Руководителя Администрации – пресс-секретарь"


@pytest.mark.parametrize("index", range(5))
def test_golden(index: int) -> None:
    row = fixture_rows()[index]
    parsed = parse_row(row, number=index + 1, origin="sample.csv")
    (event,) = parsed.events
    number = event.id.removeprefix("kremlin:")
    assert_golden_json(event.to_dict(), GOLDEN / "kremlin-ru-2025" / f"{number}.json")


REVIEWED_ROWS = 17  # rows of reviewed.csv (tests/golden/REVIEW.md says how each was read)


def reviewed_rows() -> list[dict[str, str]]:
    with (FIXTURES / "kremlin-ru-2025" / "reviewed.csv").open(encoding="utf-8-sig",
                                                               newline="") as f:
        return list(csv.DictReader(f))


def test_every_reviewed_row_has_its_golden() -> None:
    assert len(reviewed_rows()) == REVIEWED_ROWS


@pytest.mark.parametrize("index", range(REVIEWED_ROWS))
def test_golden_reviewed(index: int) -> None:
    """Rows of the hard kinds (news conferences, Q&A, statements, moderated sessions, many
    speakers), read by hand."""
    row = reviewed_rows()[index]
    (event,) = parse_row(row, number=index + 1, origin="reviewed.csv").events
    number = event.id.removeprefix("kremlin:")
    assert_golden_json(event.to_dict(), GOLDEN / "kremlin-ru-2025" / f"{number}.json")


def test_fields_of_a_conversation() -> None:
    (event,) = parse_row(fixture_rows()[0], number=1).events
    assert event.id == "kremlin:76867"
    assert event.language == "ru"
    assert event.sources[0].publisher == "kremlin.ru"
    assert event.sources[0].license == "CC BY 4.0"
    assert event.date == dt.date(2025, 5, 7)
    assert event.start is not None and event.start.utcoffset() == dt.timedelta(hours=3)
    assert event.start.replace(tzinfo=None) == dt.datetime(2025, 5, 7, 21, 25)
    assert event.place == "Москва, Кремль"
    assert event.participants[0].name == "Лавров Сергей Викторович"
    assert len(event.participants) == 13  # Name_1..13 in numeric order
    assert event.participants[1].name == "Новак Александр Валентинович"
    assert event.speakers == ("В.Путин", "Д.Сассу-Нгессо")
    assert event.status.elided


def test_announcement_row() -> None:
    (event,) = parse_row(fixture_rows()[2], number=3).events
    assert event.kind == "announcement"
    assert event.announced_date == dt.date(2025, 5, 10)
    assert event.date == dt.date(2025, 5, 6)  # the day it was published
    assert event.start is None


def test_press_conference_questions_and_answers() -> None:
    (event,) = parse_row(fixture_rows()[4], number=5).events
    assert event.kind == "conference"
    questions = [b for b in event.blocks if b.type == "question"]
    answers = [b for b in event.blocks if b.type == "answer"]
    assert [q.number for q in questions] == [1, 2, 3]
    assert {a.speaker for a in answers} == {"В.Путин"}
    assert all(q.speaker is None for q in questions)


def test_blocks_trace_back_to_the_row_text() -> None:
    for n, row in enumerate(fixture_rows(), 1):
        text = row_text(row)
        (event,) = parse_row(row, number=n).events
        for b in event.blocks:
            m = re.fullmatch(rf"row {n}, chars (\d+)-(\d+)", b.origin or "")
            assert m, b.origin
            assert " ".join(text[int(m.group(1)) : int(m.group(2))].split()) == b.text


def test_row_without_url_or_date_is_a_diagnostic() -> None:
    row = dict(fixture_rows()[0], url="http://kremlin.ru/about")
    parsed = parse_row(row, number=1)
    assert not parsed.events and parsed.diagnostics[0].code == "K403"
    row = {
        "title": "Анонс",
        "date": "",
        "raw_date": "",
        "url": "http://kremlin.ru/events/president/news/1",
    }
    parsed = parse_row(row, number=2)
    assert not parsed.events and parsed.diagnostics[0].code == "K404"


@pytest.mark.skipif(not ENHANCED.exists(), reason="shared samples not beside the checkout")
def test_whole_sample_parses_and_label_recall() -> None:
    """Every row of every export parses; of the initials labels a regex finds in the texts,
    the share that became turn speakers is at least RECALL_FLOOR."""
    for name in (
        "kremlin_articles_ru_enhanced.csv",
        "kremlin_articles_ru_formatted.csv",
        "kremlin_articles_ru.csv",
    ):
        doc = read_document(SAMPLE_DIR / name)
        assert source.detect(doc), name
        parsed = source.read(doc)
        errors = [d for d in parsed.diagnostics if d.severity == "error"]
        # The narrow exports have announcement rows with no date at all; nothing else fails.
        assert all(d.code == "K404" for d in errors), errors
        assert len(parsed.events) + len(errors) >= 190
    with ENHANCED.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    found = became = 0
    for n, row in enumerate(rows, 1):
        text = row_text(row)
        parsed = parse_row(row, number=n)
        assert parsed.events, parsed.diagnostics
        starts = {}
        for b in parsed.events[0].blocks:
            if b.speaker and b.origin:
                starts[int(b.origin.split("chars ")[1].split("-")[0])] = b.speaker
        for m in LABEL.finditer(text):
            found += 1
            at = m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip())
            if starts.get(at, "").replace(" ", "").startswith(m.group(1).replace(" ", "")):
                became += 1
    recall = became / found
    print(f"\nkremlin-ru-2025 speaker-label recall: {became}/{found} = {recall:.4f}")
    assert recall >= RECALL_FLOOR


def test_fixture_path_exists() -> None:
    assert Path(FIXTURE).is_file()


def test_a_run_together_participants_cell_is_split_or_set_aside() -> None:
    from daybook.parsers.kremlin_csv import participants_from_row

    joined = ("АЛЕКСАНДРОВ Алексей Иванович – заслуженный юрист Российской Федерации "
              "ГРЕФ Герман Оскарович – президент, председатель правления ПАО «Сбербанк» "
              "* * * Смотрите также Возложение цветов")
    alone = {"Name_1": joined}
    assert next((p.name, p.role) for p in participants_from_row(alone)) == (
        "Александров Алексей Иванович", "заслуженный юрист Российской Федерации")
    assert len(participants_from_row(alone)) == 2
    with_singles = {
        "Name_1": joined,
        "Name_2": "АЛЕКСАНДРОВ Алексей Иванович – заслуженный юрист Российской Федерации",
        "Name_3": "ГРЕФ Герман Оскарович – президент, председатель правления ПАО «Сбербанк»",
    }
    assert [(p.name, p.role) for p in participants_from_row(with_singles)] == [
        ("Александров Алексей Иванович", "заслуженный юрист Российской Федерации"),
        ("Греф Герман Оскарович", "президент, председатель правления ПАО «Сбербанк»"),
    ]


def test_the_exports_placeholders_are_no_place_and_no_date() -> None:
    row = {"title": "Встреча с губернатором", "date": "2025-02-04", "raw_date": "No date",
           "place": "No location", "summary": "", "url": "http://kremlin.ru/events/president/news/1"}
    (event,) = parse_row(row, number=1).events
    assert event.place is None
    assert event.date == dt.date(2025, 2, 4)

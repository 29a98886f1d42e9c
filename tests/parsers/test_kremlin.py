"""Event pages of en.kremlin.ru / kremlin.ru: golden files and the behaviour behind them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from daybook.errors import MalformedInputError
from daybook.model import Event
from daybook.parsers.kremlin import parse_event_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "kremlin-en-2019"
GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "kremlin-en-2019"
PAGES = sorted(p.stem for p in (FIXTURES / "news").glob("*.html"))
SYNTHETIC = sorted(p.stem for p in (FIXTURES / "synthetic").glob("*.html"))
# Pages of the hard kinds (Q&A, press statements, plenary) read by hand before their golden
# was written (tests/golden/REVIEW.md); kept apart so the other fixture tests keep their set.
REVIEWED = sorted(p.stem for p in (FIXTURES / "reviewed").glob("*.html"))


def parse_fixture(name: str) -> Event:
    folder = "synthetic" if name in SYNTHETIC else "reviewed" if name in REVIEWED else "news"
    page = FIXTURES / folder / f"{name}.html"
    photos = FIXTURES / folder / name / "photos.html"
    parsed = parse_event_page(
        page.read_text("utf-8"),
        origin=str(page),
        photos_html=photos.read_text("utf-8") if photos.exists() else None,
    )
    assert len(parsed.events) == 1
    return parsed.events[0]


def check_golden(name: str, data: dict[str, object]) -> None:
    """Compare with the golden file; DAYBOOK_UPDATE_GOLDEN=1 (or --update-golden) rewrites it."""
    path = GOLDEN / f"{name}.json"
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if os.environ.get("DAYBOOK_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    assert path.exists(), f"no golden file {path}; run with DAYBOOK_UPDATE_GOLDEN=1"
    assert json.loads(path.read_text("utf-8")) == json.loads(text)


@pytest.mark.parametrize("name", PAGES + SYNTHETIC + REVIEWED)
def test_golden(name: str) -> None:
    check_golden(name, parse_fixture(name).to_dict())


@pytest.mark.parametrize("name", PAGES + SYNTHETIC + REVIEWED)
def test_round_trip_and_invariants(name: str) -> None:
    event = parse_fixture(name)
    assert Event.from_dict(event.to_dict()) == event
    for block in event.blocks:
        assert block.origin, "every block keeps its element path"
        if block.speaker:
            assert ":" not in block.speaker
            assert block.role is None or block.role not in block.speaker
    assert not {"Question", "Remark", "Вопрос", "Реплика"} & set(event.speakers)


def test_meeting_page_fields() -> None:
    e = parse_fixture("59803")
    assert e.id == "kremlin:59803"
    assert e.language == "en"
    assert e.title == "Meeting with President of Kyrgyzstan Sooronbay Jeenbekov"
    assert e.kind == "meeting"
    assert e.place == "Sochi"
    assert e.start is not None and e.start.isoformat() == "2019-02-09T17:10:00+03:00"
    assert e.timezone == "Europe/Moscow"
    assert e.sources[0].url == "http://en.kremlin.ru/events/president/news/59803"
    assert e.sources[0].publisher == "en.kremlin.ru"
    assert e.tags.persons == ("Jeenbekov Sooronbay",)
    assert e.tags.geography == ("Kyrgyzstan",)
    assert e.sections == ("News",)
    assert e.status.elided and not e.status.continued
    assert e.speakers == ("Vladimir Putin", "Sooronbay Jeenbekov")


def test_tooltips_dropped_and_role_split() -> None:
    e = parse_fixture("59803")
    jeen = [b for b in e.blocks if b.speaker == "Sooronbay Jeenbekov"]
    assert jeen[0].role == "President of Kyrgyzstan"
    assert all("Jeenbekov Sooronbay" not in b.text for b in e.blocks)
    putin = next(b for b in e.blocks if b.speaker == "Vladimir Putin")
    assert putin.role == "President of Russia"


def test_bare_paragraphs_continue_the_turn() -> None:
    e = parse_fixture("59803")
    kinds = [(b.type, b.speaker) for b in e.blocks]
    assert kinds[:3] == [("paragraph", None), ("paragraph", None), ("separator", None)]
    assert kinds[3:8] == [("turn", "Vladimir Putin")] * 5
    assert kinds[-1] == ("elision", None)


def test_photos_from_photos_page_with_credits() -> None:
    e = parse_fixture("60841")
    assert len(e.photos) == 8
    assert [p.number for p in e.photos] == list(range(1, len(e.photos) + 1))
    tass = [p for p in e.photos if p.credit and "TASS" in p.credit]
    assert tass and all(p.license is None for p in tass)
    assert all(not (p.credit or "").startswith("Photo") for p in e.photos)


def test_see_also_and_slider_not_in_text() -> None:
    e = parse_fixture("60841")
    text = " ".join(b.text for b in e.blocks)
    assert "See also" not in text and "Conversation with British Prime Minister" not in text


def test_osaka_start_is_local_to_the_place() -> None:
    # The site's "05:00" is Moscow time; the BRICS meeting began at 11:00 in Osaka.
    e = parse_fixture("60839")
    assert e.place == "Osaka"
    assert e.timezone == "Asia/Tokyo"
    assert e.start is not None and e.start.isoformat() == "2019-06-28T11:00:00+09:00"
    assert e.date.isoformat() == "2019-06-28"


def test_interview_questions_and_answers_numbered() -> None:
    e = parse_fixture("60344")
    assert e.kind == "interview"
    questions = [b for b in e.blocks if b.type == "question"]
    answers = [b for b in e.blocks if b.type == "answer"]
    numbers = sorted({b.number for b in questions if b.number is not None})
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 5
    assert all(b.speaker is None for b in questions)
    assert all(b.speaker == "Vladimir Putin" and b.number in numbers for b in answers)
    assert "Question" not in e.speakers


def test_retranslated_question_labels() -> None:
    e = parse_fixture("62277")
    assert e.kind == "conference"
    qs = [b for b in e.blocks if b.type == "question"]
    assert qs and all(b.speaker is None for b in qs)
    assert all("retranslated" not in (s or "") for s in e.speakers)


def test_note_in_label_and_three_word_names() -> None:
    e = parse_fixture("60386")
    assert "Abdel Fattah el-Sisi" in e.speakers
    sisi = next(b for b in e.blocks if b.speaker == "Abdel Fattah el-Sisi")
    assert sisi.role == "President of Egypt"


def test_many_speakers_roles_settled_by_bare_labels() -> None:
    e = parse_fixture("60630")
    assert "Dmitry Peskov" in e.speakers and "Andrei Belousov" in e.speakers
    assert all(len(s.split()) <= 3 for s in e.speakers)


def test_call_and_message_kinds() -> None:
    assert parse_fixture("59846").kind == "call"
    assert parse_fixture("59854").kind == "message"


def test_headings_inside_text() -> None:
    e = parse_fixture("60236")
    assert [b.text for b in e.blocks if b.type == "heading"][:1] == ["Red Square, May 7"]


def test_announcement_dates_kept_apart() -> None:
    e = parse_fixture("announcement-en")
    assert e.kind == "announcement"
    assert e.announced_date is not None and e.announced_date.isoformat() == "2019-02-20"
    assert e.date.isoformat() == "2019-02-18"
    assert e.start is None
    assert e.updated is not None and e.updated.isoformat() == "2019-02-19T10:30:00+03:00"


def test_russian_page() -> None:
    e = parse_fixture("event-ru")
    assert e.language == "ru" and e.sources[0].publisher == "kremlin.ru"
    assert e.date.isoformat() == "2025-02-01"
    assert e.start is not None and e.start.isoformat() == "2025-02-01T15:00:00+03:00"
    assert e.speakers == ("В.Путин", "Кирилл")
    assert e.tags.topics == ("Религия",)
    assert e.sections == ("Новости",)
    assert e.status.continued and e.status.elided
    assert [b.type for b in e.blocks if b.speaker is None][:1] == ["question"]


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><body><p>hello</p></body></html>", "no og:url and no event id"),
        (
            '<html><head><meta property="og:url" content="http://en.kremlin.ru/events/'
            'president/news/1"/></head><body><p>x</p></body></html>',
            "not an event page",
        ),
        ("   ", "empty page"),
    ],
)
def test_unreadable_pages_raise(html: str, reason: str) -> None:
    with pytest.raises(MalformedInputError, match=reason):
        parse_event_page(html)


def test_no_clock_means_no_start() -> None:
    page = (FIXTURES / "news" / "59846.html").read_text("utf-8")
    page = page.replace(
        '<div class="read__time">18:00</div>', '<div class="read__time">00:00</div>'
    )
    e = parse_event_page(page).events[0]
    assert e.start is None and e.date.isoformat() == "2019-02-16"


def test_lists_in_a_turn_are_the_speakers_and_keep_their_ordinals() -> None:
    # The 2019 sample has no list in its text; other years do. Put one in a real turn.
    html = (FIXTURES / "news" / "59803.html").read_text("utf-8")
    anchor = "Kyrgyzstan.</p><p><b>Vladimir Putin</b>"
    assert anchor in html
    html = html.replace(anchor, "Kyrgyzstan.</p><ol><li>Trade.</li><li>Energy.</li></ol>"
                        "<p><b>Vladimir Putin</b>", 1)
    event = parse_event_page(html).events[0]
    items = [b for b in event.blocks if b.type == "list"]
    assert [b.text for b in items] == ["1. Trade.", "2. Energy."]
    before = event.blocks[event.blocks.index(items[0]) - 1]
    assert before.speaker == "Sooronbay Jeenbekov"
    assert {(b.speaker, b.role) for b in items} == {(before.speaker, before.role)}

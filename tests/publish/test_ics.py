"""iCalendar: RFC 5545 lines, folding, escaping, zones; read back with the icalendar package."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from daybook.model import Event
from daybook.publish.ics import escape_text, fold_line, render_ics, vtimezone
from tests.sample_events import english_events, french_day, hostile_event


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def test_lines_are_crlf_and_folded_at_75_octets() -> None:
    text = render_ics(french_day() + english_events() + [hostile_event()])
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line


def test_fold_never_splits_a_character() -> None:
    folded = fold_line("SUMMARY:" + "é" * 100 + "Путин" * 20)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == (
        "SUMMARY:" + "é" * 100 + "Путин" * 20)


@pytest.mark.parametrize(("raw", "escaped"), [
    ("a, b; c\\d", "a\\, b\\; c\\\\d"), ("line\nnext", "line\\nnext"), ("cr\r\nlf", "cr\\nlf"),
])
def test_text_escaping(raw: str, escaped: str) -> None:
    assert escape_text(raw) == escaped


def test_read_back_timed_and_all_day() -> None:
    events = french_day()
    cal = parse(render_ics(events, name="daybook test"))
    vevents = cal.walk("VEVENT")
    assert len(vevents) == 3
    by_uid = {str(v["UID"]): v for v in vevents}
    interview = by_uid["digest:2023-11-08:1/fr@daybook"]
    # Untimed: an all-day event on its date.
    assert interview.decoded("DTSTART") == dt.date(2023, 11, 8)
    assert interview["DTSTART"].params["VALUE"] == "DATE"
    assert interview.decoded("DTEND") == dt.date(2023, 11, 9)
    meeting = by_uid["digest:2023-11-08:4/fr@daybook"]
    start = meeting.decoded("DTSTART")
    assert meeting["DTSTART"].params["TZID"] == "Europe/Moscow"
    assert start == dt.datetime(2023, 11, 8, 15, 5, tzinfo=ZoneInfo("Europe/Moscow"))
    assert str(meeting["LOCATION"]) == "Novo-Ogaryovo, région de Moscou"
    assert str(meeting["SUMMARY"]) == events[1].title
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Europe/Moscow"]


def test_hostile_text_round_trips() -> None:
    event = hostile_event()
    v = parse(render_ics([event])).walk("VEVENT")[0]
    assert str(v["SUMMARY"]) == event.title
    assert str(v["DESCRIPTION"]) == event.lead
    assert "URL" not in v  # its only source URL is javascript:


def test_vtimezone_has_the_real_transitions() -> None:
    lines = vtimezone("Europe/Paris", [2023])
    assert lines.count("BEGIN:DAYLIGHT") == 1 and lines.count("BEGIN:STANDARD") == 2
    assert "DTSTART:20230326T020000" in lines and "DTSTART:20231029T030000" in lines
    event = Event(id="x:1", title="Summit", kind="meeting", date=dt.date(2023, 7, 1),
                  language="en", timezone="Europe/Paris",
                  start=dt.datetime(2023, 7, 1, 10, 0, tzinfo=ZoneInfo("Europe/Paris")))
    v = parse(render_ics([event])).walk("VEVENT")[0]
    assert v.decoded("DTSTART").utcoffset() == dt.timedelta(hours=2)


def test_start_without_zone_is_utc() -> None:
    event = Event(id="x:2", title="Call", kind="call", date=dt.date(2019, 1, 1), language="en",
                  start=dt.datetime(2019, 1, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=3))))
    text = render_ics([event])
    assert "DTSTART:20190101T090000Z" in text

"""iCalendar: RFC 5545 lines, folding, escaping, zones; read back with the icalendar package."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import icalendar
import pytest

from daybook.model import Event
from daybook.publish.ics import render_ics, vtimezone
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
    title = "é" * 100 + "Путин" * 20
    event = Event(id="x:3", title=title, kind="meeting", date=dt.date(2023, 1, 1), language="fr")
    text = render_ics([event])
    for line in text.split("\r\n"):
        line.encode("utf-8").decode("utf-8")  # each folded piece is whole UTF-8
        assert len(line.encode("utf-8")) <= 75
    assert str(parse(text).walk("VEVENT")[0]["SUMMARY"]) == title


@pytest.mark.parametrize(("raw", "escaped", "back"), [
    ("a, b; c\\d", "a\\, b\\; c\\\\d", "a, b; c\\d"),
    ("line\nnext", "line\\nnext", "line\nnext"),
    ("cr\r\nlf", "cr\\nlf", "cr\nlf"),
])
def test_text_escaping(raw: str, escaped: str, back: str) -> None:
    event = Event(id="x:4", title=raw, kind="meeting", date=dt.date(2023, 1, 1), language="fr")
    text = render_ics([event])
    assert f"SUMMARY:{escaped}\r\n" in text
    assert str(parse(text).walk("VEVENT")[0]["SUMMARY"]) == back


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
    # The lead as written, then what its clock time is (a publication time).
    assert str(v["DESCRIPTION"]).startswith(event.lead + "\n\n")
    assert "URL" not in v  # its only source URL is javascript:


def test_a_publication_time_is_a_point_and_says_so() -> None:
    event = Event(id="x:3", title="Talks", kind="meeting", date=dt.date(2019, 12, 19),
                  language="fr", timezone="Europe/Moscow", time_basis="published",
                  start=dt.datetime(2019, 12, 19, 16, 20,
                                    tzinfo=dt.timezone(dt.timedelta(hours=3))))
    v = parse(render_ics([event])).walk("VEVENT")[0]
    assert "DTEND" not in v and "DURATION" not in v  # RFC 5545: a point in time
    assert str(v["X-DAYBOOK-TIME-BASIS"]) == "published"
    assert "publication de la page source à 16\u00a0h\u00a020" in str(v["DESCRIPTION"])
    began = parse(render_ics([replace(event, time_basis="start")])).walk("VEVENT")[0]
    assert "Heure de début" in str(began["DESCRIPTION"])


def test_vtimezone_has_the_real_transitions() -> None:
    zone = icalendar.Timezone.from_ical(vtimezone("Europe/Paris", [2023]).to_ical())
    assert len(zone.walk("DAYLIGHT")) == 1 and len(zone.walk("STANDARD")) == 2
    # The spring onset is written in the new local time (icalendar's convention; the hour
    # between does not exist in Paris that night), the autumn one in the old.
    onsets = sorted(c.decoded("DTSTART") for c in zone.walk() if c.name in ("DAYLIGHT",
                                                                             "STANDARD"))
    assert onsets[1:] == [dt.datetime(2023, 3, 26, 3, 0), dt.datetime(2023, 10, 29, 3, 0)]
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

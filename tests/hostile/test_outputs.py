"""Every output survives any stored text and any stored date: feeds, pages, JSON, terminal.

Reproduces the review's cases (a day in year 9999 broke ``/calendar.ics``, a day in year
0001 cost 0.75 s per request, U+FFFE in one event broke ``/feed.atom``) on the renderers and
on the served site, and checks each output with a real parser.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import lxml.etree
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.model import Block, Day, Event, Source
from daybook.publish.atom import render_atom
from daybook.publish.formats import render_day
from daybook.publish.ics import render_ics
from daybook.sanitize import for_calendar, for_json, for_markup, for_terminal
from daybook.store import open_store
from tests.sample_events import hostile_event

# Non-characters, XML-forbidden controls, C1, a terminal escape and a bell.
NASTY = "A\ufffeB\uffff\x00C\x1b[31mD\x07E\x85F\x9bG\ufdd0H\U0010ffffI\x0bJ\r\nK"
CLEAN_MARKUP = "ABC[31mDEFGHIJ\r\nK"
MSK = ZoneInfo("Europe/Moscow")
# Code points no XML or HTML output may hold.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff"
                       "\U0010fffe\U0010ffff]")


def nasty_event(**changes: Any) -> Event:
    event = Event(id="kremlin:70001", kind="meeting", date=dt.date(2023, 11, 9), language="en",
                  title="Title " + NASTY, lead="Lead " + NASTY, place="Place " + NASTY,
                  start=dt.datetime(2023, 11, 9, 10, 0, tzinfo=MSK), timezone="Europe/Moscow",
                  sources=(Source("http://example.org/" + NASTY),),
                  blocks=(Block("turn", "Text " + NASTY, speaker="Speaker " + NASTY),))
    return replace(event, **changes)


def edge_events() -> list[Event]:
    return [
        nasty_event(),
        nasty_event(id="kremlin:70002", date=dt.date(9999, 12, 31), start=None),
        nasty_event(id="kremlin:70003", date=dt.date(9999, 12, 31),
                    start=dt.datetime(9999, 12, 31, 23, 0, tzinfo=MSK)),
        nasty_event(id="kremlin:70004", date=dt.date(1, 1, 1),
                    start=dt.datetime(1, 1, 1, 4, 0, tzinfo=MSK)),
        nasty_event(id="kremlin:70005", date=dt.date(1, 1, 1), start=None, timezone=None),
    ]


def atom(events: list[Event]) -> Any:
    text = render_atom(events, feed_id="https://e/feed.atom", title="t" + NASTY,
                       self_url="https://e/feed.atom", site_url="https://e/")
    assert not FORBIDDEN.search(text)
    return lxml.etree.fromstring(text.encode("utf-8"))  # a strict XML parser


def ics(events: list[Event]) -> icalendar.Calendar:
    text = render_ics(events, name="n" + NASTY)
    assert not FORBIDDEN.search(text.replace("\r\n", ""))
    return icalendar.Calendar.from_ical(text)


def test_atom_carries_what_xml_can() -> None:
    root = atom(edge_events())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = root.xpath("a:entry/a:title/text()", namespaces=ns)
    assert titles == ["Title " + CLEAN_MARKUP] * 5  # a CR is written &#13;
    updated = root.xpath("a:entry/a:updated/text()", namespaces=ns)
    assert updated[1].startswith("9999-12-31") and updated[4].startswith("0001-01-01")


def test_ics_carries_what_a_calendar_can_and_every_date() -> None:
    cal = ics(edge_events())
    vevents = cal.walk("VEVENT")
    assert [str(v["SUMMARY"]) for v in vevents] == ["Title " + for_calendar(NASTY)] * 5
    assert "\r" not in for_calendar(NASTY)
    last_day = vevents[1]
    assert last_day.decoded("DTSTART") == dt.date(9999, 12, 31) and "DTEND" not in last_day
    assert vevents[2].decoded("DTSTART") == dt.datetime(9999, 12, 31, 23, 0, tzinfo=MSK)
    assert vevents[3].decoded("DTSTART").year == 1
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Europe/Moscow"]


def test_a_calendar_in_year_0001_is_cheap() -> None:
    events = [nasty_event(id=f"kremlin:{n}", date=dt.date(1, 1, 1),
                          start=dt.datetime(1, 1, 1, 1, 0, tzinfo=MSK)) for n in range(3)]
    events.append(nasty_event())  # the zone then spans 2023 years
    start = time.monotonic()
    ics(events)
    assert time.monotonic() - start < 0.5  # 0.75 s per request before


@pytest.mark.parametrize("fmt", ["html", "json", "md", "text"])
def test_day_renderings_parse(fmt: str) -> None:
    day = Day(dt.date(2023, 11, 9), (nasty_event(), hostile_event()))
    out = render_day(day, fmt)
    out.encode("utf-8")  # no lone surrogate
    if fmt == "html":
        assert not FORBIDDEN.search(out.replace("\r\n", "\n"))
        doc = lxml.html.fromstring(out)
        assert "Title " + CLEAN_MARKUP.replace("\r\n", "\n") in doc.text_content()
        assert not doc.xpath("//script")
    if fmt == "json":
        assert json.loads(out)["events"][0]["title"] == for_json("Title " + NASTY)


def test_json_drops_what_utf8_cannot_encode() -> None:
    value = {"t\ud800": ["a\udfffb", "\ufffe", 1, None, ("x\uffff",)]}
    assert for_json(value) == {"t": ["ab", "", 1, None, ["x"]]}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_text_makes_valid_feeds(text: str) -> None:
    event = nasty_event(title=text or "x", lead=text, place=text)
    entry_title = atom([event]).xpath("string(*[local-name()='entry']/*[local-name()='title'])")
    assert entry_title == (for_markup(text or "x") or event.id)
    summary = str(ics([event]).walk("VEVENT")[0]["SUMMARY"])
    assert summary == for_calendar(text or "x")


# -- the served site -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    path = tmp_path_factory.mktemp("edge") / "edge.db"
    store = open_store(path)
    with store.transaction():
        for e in edge_events():
            store.save_event(replace(e, title=e.title.replace("\x00", "")), origin="edge")
    store.close()
    with TestClient(create_app(path)) as client:
        yield client


@pytest.mark.parametrize("url", ["/feed.atom", "/calendar.ics", "/event/kremlin:70001",
                                 "/day/2023-11-09", "/api/days/2023-11-09", "/api/events",
                                 "/calendar.ics?from=0001-01-01&to=9999-12-31"])
def test_the_site_answers_with_any_stored_text_and_date(site: Any, url: str) -> None:
    start = time.monotonic()
    r = site.get(url)
    assert r.status_code == 200, (url, r.text[:300])
    assert time.monotonic() - start < 5
    # The latest events leave out the two dated 9999 (they would head the feeds for ever);
    # a calendar asked for a range of dates has all five.
    shown = 5 if "from=" in url else 3
    if url.startswith("/feed.atom"):
        assert len(lxml.etree.fromstring(r.content).xpath("//*[local-name()='entry']")) == shown
        assert "70002" not in r.text and "70003" not in r.text
    elif url.startswith("/calendar.ics"):
        assert len(icalendar.Calendar.from_ical(r.text).walk("VEVENT")) == shown
    elif url.startswith("/api/"):
        assert r.json()
    else:
        assert not FORBIDDEN.search(r.text.replace("\r\n", "\n"))
        lxml.html.fromstring(r.text)


# -- the terminal ----------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "shown"), [
    ("\x1b[2J\x1b]0;owned\x07", "\\x1b[2J\\x1b]0;owned\\x07"),  # clear screen, OSC title, BEL
    ("ok\rFAILED", "ok\\x0dFAILED"),  # a carriage return rewriting the line
    ("a\nFAILED  x", "a\\x0aFAILED  x"),  # a forged line
    ("\x9b31m\x85", "\\x9b31m\\x85"),  # C1 CSI and NEL
    ("evil\u202etxt.exe", "evil\\u202etxt.exe"),  # a bidi override
    ("Путин\ttab", "Путин\ttab"),
])
def test_terminal_escapes(raw: str, shown: str) -> None:
    assert for_terminal(raw) == shown


def test_terminal_multiline_keeps_newlines_only() -> None:
    assert for_terminal("a\nb\r\n\x1bc", multiline=True) == "a\nb\\x0d\n\\x1bc"


def _on_a_terminal(args: list[str]) -> str:
    """Run the CLI with stdout and stderr on a pseudo-terminal; what the terminal got."""
    import os
    import pty
    import subprocess
    import sys

    controller, worker = pty.openpty()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-m", "daybook.cli", *args], stdout=worker,
                            stderr=worker, stdin=subprocess.DEVNULL, env=env)
    os.close(worker)
    out = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    proc.wait(60)
    os.close(controller)
    return out.decode("utf-8", errors="replace")


def test_cli_escapes_page_text_on_a_terminal(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    store = open_store(db)
    hostile = nasty_event(title="Meeting\x1b]0;owned\x07\x1b[2J\nFAILED  forged", lead=None,
                          place=None)
    with store.transaction():
        store.save_event(hostile, origin="edge")
    store.close()
    out = _on_a_terminal(["events", "--db", str(db)])
    assert "\x1b]0;owned" not in out and "\x1b[2J" not in out and "\x07" not in out
    assert "Meeting\\x1b]0;owned\\x07\\x1b[2J\\x0aFAILED  forged" in out
    day = _on_a_terminal(["day", "2023-11-09", "--db", str(db), "--format", "text"])
    assert "\x1b]0;owned" not in day and "Meeting\\x1b]0;owned" in day
    # Into a pipe or a file the text stays as stored.
    from click.testing import CliRunner

    from daybook.cli import main

    piped = CliRunner().invoke(main, ["events", "--db", str(db)]).output
    assert "Meeting\x1b]0;owned\x07" in piped

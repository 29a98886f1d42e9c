"""People no table knows, found by their given name and kept whole through Apertium.

Before, "Vladimir Putin and George Bush" came out "Vladimir Poutine et George arbuste" and
"Lee Kuan Yew" as "Lee Kuan if": only the event's tags and the registry were protected.
"""

from __future__ import annotations

import pytest

from daybook.parsers.kremlin import parse_event_page
from daybook.translate.apertium import ApertiumEngine, word_readings
from daybook.translate.day import event_names
from daybook.translate.persons import unknown_people
from daybook.translate.protect import translate_texts

from .conftest import SAMPLES


def test_readings_come_from_the_analyser(engine: ApertiumEngine) -> None:
    got = word_readings(["George", "Kuan", "Belt"])
    assert any("<np><ant>" in r for r in got["George"])
    assert got["Kuan"] == ()  # unknown to the analyser
    assert not any("<np>" in r for r in got["Belt"])


@pytest.mark.parametrize(("text", "name"), [
    ("The presidents of the two states and George Bush announced it.", "George Bush"),
    ("He spoke with George W. Bush’s aide.", "George W. Bush"),
    ("Great leaders prepare succession. Lee Kuan Yew prepared succession.", "Lee Kuan Yew"),
    ("as former President Bill Clinton said", "Bill Clinton"),
    ("Region Governor Sergei Levchenko resigned.", "Sergei Levchenko"),
])
def test_unknown_names_are_found(engine: ApertiumEngine, text: str, name: str) -> None:
    assert unknown_people([text]) == [name]


@pytest.mark.parametrize("text", [
    "Will Russia grow faster next year?",  # a common word starting the sentence
    "Mark Progress in the report, he said.",
    "They walked along Victoria Street.",  # a place
    "He laid flowers in the Alexander Garden.",  # a thing named after a person
    "at the Bill Gates Foundation",
    "the current 18th Junior Delphic Games",  # a longer title-case name
    "the State Fund of Precious Metals and Precious Stones",  # an adjective, a plural
    "signed with the German Reich",
    "President Alexander Van der Bellen",  # part of a longer name
    "Peter the Great",  # one capital word
    "Interview to People’s Daily",  # no given name
])
def test_no_person_in_other_capitals(engine: ApertiumEngine, text: str) -> None:
    assert unknown_people([text]) == []


def test_event_names_keep_an_untagged_person(engine: ApertiumEngine) -> None:
    page = SAMPLES / "news" / "60678.html"
    event = parse_event_page(page.read_text("utf-8"), origin=str(page)).events[0]
    names = event_names(event, "Vladimir Putin")
    assert "George Bush" in names
    text = next(b.text for b in event.blocks if "George Bush" in b.text)
    out = translate_texts([text], engine, "en", "fr", [names])[0]
    assert "George Bush" in out.text
    assert "arbuste" not in out.text


def test_a_name_of_three_words_stays_whole(engine: ApertiumEngine) -> None:
    text = "Lee Kuan Yew prepared succession."
    out = translate_texts([text], engine, "en", "fr", [unknown_people([text])])[0]
    assert out.text.startswith("Lee Kuan Yew ")
    assert out.kept == 0

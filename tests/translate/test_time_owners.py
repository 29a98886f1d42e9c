"""A time adverb's possessive before a noun (*today's meeting*): said as the noun phrase and
*of* + the adverb before the engine, and the French that comes out."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.preedit import preedit
from daybook.translate.processes import tagged_units
from daybook.translate.protect import translate_texts
from daybook.translate.time_owners import time_owner
from daybook.translate.units import Unit


def _unit(start: int, surface: str, pos: str, *tags: str) -> Unit:
    return Unit(start, start + len(surface), surface, surface, (pos, *tags))


def _none(units: object, k: int) -> None:
    return None


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_the_noun_phrase_after_the_adverb_goes_before_of_and_the_adverb() -> None:
    units = [_unit(0, "on", "pr"), _unit(3, "today", "adv"), _unit(8, "’s", "vbhaver"),
             _unit(11, "main", "adj"), _unit(16, "event", "n", "sg"), _unit(22, ".", "sent")]
    assert time_owner("on today’s main event.", units, 1, _none) == (
        3, 21, "the main event of today")


def test_an_ing_word_with_no_noun_after_it_is_the_head() -> None:
    units = [_unit(0, "today", "adv"), _unit(5, "’s", "vbhaver"),
             _unit(8, "meeting", "vblex", "ger"), _unit(16, "to", "pr")]
    assert time_owner("today’s meeting to", units, 0, _none) == (
        0, 15, "the meeting of today")


def test_no_noun_phrase_after_it_no_edit() -> None:
    units = [_unit(0, "Today", "adv"), _unit(5, "'s", "vbhaver"), _unit(8, "a", "det"),
             _unit(10, "good", "adj"), _unit(15, "day", "n", "sg")]
    assert time_owner("Today's a good day", units, 0, _none) is None
    spaced = [_unit(0, "today", "adv"), _unit(6, "'s", "vbhaver"), _unit(9, "event", "n")]
    assert time_owner("today 's event", spaced, 0, _none) is None


def test_the_preedit_says_it_as_the_engine_reads_it(apertium_ok: bool) -> None:
    assert edited("I believe today's meeting to be of great importance.") == (
        "I believe the meeting of today to be of great importance.")
    assert edited("Today's generation of soldiers serve Russia.") == (
        "The current generation of soldiers serve Russia.")
    assert edited("They noted the importance of yesterday’s package deal.") == (
        "They noted the importance of the package deal of yesterday.")
    assert edited("Among next year’s priorities is the climate.") == (
        "Among the priorities of next year is the climate.")
    assert edited("In today's challenging circumstances, you face tasks.") == (
        "In the difficult circumstances of today, you face tasks.")
    for line in ("Today's a good day.", "Today, we met."):
        assert edited(line) == line


def test_the_french_keeps_the_day(apertium_ok: bool) -> None:
    out = translate_texts(["I congratulate all of you on today’s event.",
                           "As usual, today's reception is held in the Kremlin."],
                          ApertiumEngine(), "en", "fr")
    assert "l’événement d’aujourd’hui" in out[0].text.replace("'", "’")
    assert "la réception d’aujourd’hui" in out[1].text.replace("'", "’")

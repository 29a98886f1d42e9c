"""English verb phrases said again before Apertium (``tenses_en.py``): the future and
conditional progressive, an adverb between *be* and a participle; constructed examples and
guards."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import may_change, preedit
from daybook.translate.protect import translate_texts
from daybook.translate.tenses_en import adverb_back


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


@pytest.mark.parametrize(("line", "want"), [
    ("We will be working on this.", "We will work on this."),
    ("You would be attending the meeting.", "You would attend the meeting."),
    # adverbs go after the verb, where ``preedit._adverb`` puts them
    ("Next year, it will already be manufacturing cars.",
     "Next year, it will manufacture already cars."),
    ("These stadiums will be widely used.", "These stadiums will be used widely."),
    ("The regions are actively involved in this.", "The regions are involved actively in this."),
    # a participle the pivot's dictionary has only in its regular form
    ("The ceremony will be broadcast live.", "The ceremony will be broadcasted live."),
    ("The film has been widely broadcast.", "The film has been widely broadcasted."),
])
def test_said_again(apertium_ok: bool, line: str, want: str) -> None:
    assert may_change(line)
    assert edited(line) == want


@pytest.mark.parametrize("line", [
    "It will be interesting for us.",  # an adjective of feeling, no progressive
    "They must be working now.",  # a guess, not a future
    "That would be amazing for us.",  # no verb
    "He will be here tomorrow.",
    "The work is well done.",  # no -ly adverb
    "The question is certainly raised.",  # an adverb of the clause
    "These capacities cannot be endlessly exploited.",  # the engine's reflexive passive
    "The concept is being actively discussed.",  # "en train d'être", ``progressive``'s
    "We broadcast the news every day.",  # the present
    "It was a live broadcast.",  # the noun
])
def test_left_alone(apertium_ok: bool, line: str) -> None:
    assert edited(line) == line


def test_adverb_back() -> None:
    assert adverb_back(["These stadiums will be widely used."],
                       ["Ces stades seront utilisés amplement."]) == [
        "Ces stades seront amplement utilisés."]
    # the source has no adverb there: the French order is the engine's
    assert adverb_back(["These stadiums will be used widely."],
                       ["Ces stades seront utilisés amplement."]) == [
        "Ces stades seront utilisés amplement."]


def test_in_french(engine: ApertiumEngine) -> None:
    out = translate_texts(["We will be working on this.",
                           "These stadiums will be widely used.",
                           "The new schools will be actively used.",
                           "It will be interesting for us."], engine, "en", "fr")
    assert "Nous travaillerons sur" in out[0].text
    assert "seront largement utilisés" in out[1].text  # *widely* (adverb_senses)
    assert "seront activement utilisées" in out[2].text
    assert "serons" not in out[0].text


def test_broadcast_in_french(engine: ApertiumEngine) -> None:
    out = translate_texts(["The ceremony will be broadcast live.",
                           "The match will be broadcast on television.",
                           "People will live there."], engine, "en", "fr")
    assert out[0].text == "La cérémonie sera retransmise en direct."
    assert "sera retransmis à la télévision" in out[1].text
    assert "vivront" in out[2].text

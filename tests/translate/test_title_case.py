"""Headline-case titles read in sentence case (title_case.py): for the grammar, then, with
WordNet's words, for the engine, so that it leaves no capitalised common word in English.
Titles made up for the test."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.title_case import sentence_case
from daybook.translate.titles import plan_title, translate_titles


def test_lexicon_words_only_by_default() -> None:
    title = "Speech at a Ceremony Laying the Cornerstone of a Bridge in Arkhangelsk"
    assert sentence_case(title) == \
        "Speech at a ceremony laying the Cornerstone of a bridge in Arkhangelsk"
    # With WordNet: "cornerstone" is a common word; the place keeps its capital.
    assert sentence_case(title, wordnet=True) == \
        "Speech at a ceremony laying the cornerstone of a bridge in Arkhangelsk"


def test_one_lower_case_slip_is_still_headline_case() -> None:
    assert sentence_case("Speech at the Military Parade marking the 65th Anniversary of "
                         "Victory") is not None
    assert sentence_case("Greetings on the anniversary of the theatre") is None


def test_headline_case_read_by_the_grammar() -> None:
    plan = plan_title("Address at the Gala Evening Celebrating the Day of Russia")
    assert plan.text == \
        "Allocution à la soirée de gala à l’occasion de la Journée de la Russie"


def test_engine_gets_the_lowered_title(engine: ApertiumEngine) -> None:
    title = "Speech at a Ceremony Laying the Cornerstone of a Bridge"
    assert "cornerstone" in (plan_title(title).piece or "")
    (fr, how), = translate_titles([title], engine, "en", "fr")
    assert how in ("mt", "memory+mt") and "Cornerstone" not in fr


def test_no_english_run_kept_as_a_name() -> None:
    from daybook.translate.title_case import english_run

    assert english_run("le théâtre Bolchoï Gala Evening to Mark the Day")
    assert not english_run("la soirée de gala à l’occasion de la Journée de la Russie")
    # A headline-case title the named-thing grammar read as one name is read again.
    plan = plan_title("Speech at Gala Evening to Mark the 100th Anniversary of the Founding "
                      "of the Bolshoi Theatre")
    assert plan.text is None or not english_run(plan.text)


def test_first_word_of_a_title_sent_whole_is_read_as_common() -> None:
    from daybook.translate.title_case import engine_first

    assert engine_first("Bridge to be built across the strait") == \
        "bridge to be built across the strait"
    # Guards: a name of two capitalised words, a person, a place, a small word.
    assert engine_first("South Stream will ensure gas supplies") == \
        "South Stream will ensure gas supplies"
    assert engine_first("Vladimir Putin met with students") == "Vladimir Putin met with students"
    assert engine_first("Russia to host the summit") == "Russia to host the summit"
    assert engine_first("On March 30, lights off") == "On March 30, lights off"


def test_engine_reads_a_common_first_word_as_a_noun(engine: ApertiumEngine) -> None:
    # The engine's dictionary has "Park" as a proper noun too: it kept it in English.
    (fr, how), = translate_titles(["Park zone was opened in the city"], engine, "en", "fr")
    assert how == "mt" and fr.startswith("Zone de parc"), fr
    # The grammar reads the passive of things to come itself (title_verbs), in lower case.
    (fr, how), = translate_titles(["Park zone to be created in the city"], engine, "en", "fr")
    assert how == "memory" and fr.startswith("Création de la zone du parc"), fr


def test_a_common_word_read_as_a_name_sends_the_lowered_title() -> None:
    # The grammar read "Fishing Industry" as a name and kept it in English.
    plan = plan_title("Remarks at the Meeting on the Development of the Fishing Industry")
    assert "Fishing" not in (plan.text or plan.template or "")
    # Read by the grammar now, "Fishing" alone between known words (title_stack._alone).
    assert plan.text == "Allocution à la réunion sur le développement de l’industrie de pêche"
    # Guard: a word French writes too ("Forum") keeps the reading the grammar gave whole.
    plan = plan_title("Greetings to Yalta International Economic Forum")
    assert plan.method == "memory" and "Forum" in (plan.text or "")

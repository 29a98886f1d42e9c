"""Three-noun stacks said "B C of A" before the engine (``noun_triples``), with sentences of
general English; the guards; the French the engine writes."""

import re

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.noun_triples import TRIGGERS, triple
from daybook.translate.preedit import may_change, preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_the_first_noun_goes_after_the_other_two(apertium_ok: bool) -> None:
    assert edited("They attended a document exchange ceremony.") == (
        "They attended an exchange ceremony of document.")
    assert edited("The railway ferry service performed its mission.") == (
        "The ferry service of railway performed its mission.")
    assert edited("They mark the anniversary of their sister city relationship.") == (
        "They mark the anniversary of their city relationship of sister.")
    assert edited("The region leads in terms of greenhouse vegetable production.") == (
        "The region leads in terms of vegetable production of greenhouse.")


def test_stacks_that_are_not_the_whole_phrase_stay(apertium_ok: bool) -> None:
    for line in (
            "They are far from centralised gas supply systems.",  # an adjective before
            "We repaired gas supply facilities and networks.",  # a shared head
            "They fight the bloc mentality stereotypes of the past.",  # the head's complement
            "We noted the 16 percent trade growth.",  # after a figure
            # French says these first nouns with their article ("accident de la route")
            "They spoke about road accident fatalities.",
            "It was made by border guard detachments.",
            "They noted the deepening prosperity gap.",  # an -ing word first
            "We discussed the gas engine fuel market.",  # four nouns
            "They want to limit missile defence systems.",  # after a verb
    ):
        units = tagged_units([line])
        assert units is not None
        assert all(triple(line, units[0], k) is None for k in range(len(units[0]))), line


def test_a_line_with_three_bare_words_after_a_determiner_is_tagged() -> None:
    assert may_change("They attended a document exchange ceremony.")
    assert may_change("the railway ferry service")
    assert not re.search("|".join(TRIGGERS), "They said that we were ready.")
    assert not re.search("|".join(TRIGGERS), "the gas supply facilities and networks")


def test_the_french_has_each_complement_bare(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts(
        ["They attended a document exchange ceremony.",
         "The railway ferry service performed its mission with dignity.",
         "The region accounts for 17 percent of the greenhouse vegetable market."],
        engine, "en", "fr")]
    assert "cérémonie d'échange de document" in out[0] and "du document" not in out[0]
    assert "service de ferry ferroviaire" in out[1] and "de la voie" not in out[1]  # relational_np
    assert "marché de légumes de serre" in out[2] and "de la serre" not in out[2]

"""A place after "the" before the noun phrase it modifies, said as that phrase's complement."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.place_heads import place_first as turned
from daybook.translate.protect import translate_texts
from daybook.translate.textplaces import lookup, places


def place_first(text: str) -> str:
    """As ``textplaces.region_heads`` calls it."""
    return turned(text, lambda name: lookup(name) is not None, places())


def test_a_place_before_its_noun_phrase_goes_after_it(engine: ApertiumEngine) -> None:
    # the analyser reads the words (``engine``: Apertium is there)
    assert place_first("Crimea, Kaliningrad, the Irkutsk power system, which was hit") == (
        "Crimea, Kaliningrad, the power system of Irkutsk, which was hit")
    assert place_first("in conjunction with the Astrakhan regional government, has") == (
        "in conjunction with the regional government of Astrakhan, has")
    assert place_first("to residents of the Donetsk republic.") == (
        "to residents of the republic of Donetsk.")
    assert place_first("The Libya settlement issue was also touched upon.") == (
        "The settlement issue of Libya was also touched upon.")
    assert place_first("It will link Moscow with the Zavidovo resort and the sea.") == (
        "It will link Moscow with the resort of Zavidovo and the sea.")
    assert place_first("It violates the Minsk agreements and the law.") == (
        "It violates the agreements of Minsk and the law.")
    # a name English says with "the" keeps it after "of"
    assert place_first("They criticised the United States government.") == (
        "They criticised the government of the United States.")


def test_what_is_no_place_modifying_a_closed_phrase_is_left(engine: ApertiumEngine) -> None:
    for text in (
        "Changes to the Tver city master plan were approved.",  # "city": the name's apposition
        "We know that the United States plan to leave.",  # a plural place's verb
        "They say the Moscow plans to build a plant.",  # a singular place's verb in -s
        "He remembered the Japan visit.",  # a country visited
        "They discussed the Middle East peace process.",  # a world region: region_heads'
        "He studied at the Moscow State University.",  # a capital: a longer name
        "We need the Moscow transport hub development plan.",  # four words: not closed
        "They said the Moscow is a big city.",  # no phrase
        "We have not met since the Helsinki meeting.",  # -ing: "la se rencontre" once turned
        # a plural head before a verb: "accords de Minsk pourraient", the subject "Progress"
        "Progress in implementing the Minsk agreements could pave the way.",
        "steps to implement the Minsk agreements, which is the only basis.",  # clause_which's
    ):
        assert place_first(text) == text, text


def test_the_french_puts_the_place_after_its_noun(engine: ApertiumEngine) -> None:
    power, government, republic = (t.text for t in translate_texts([
        "We are focusing on Crimea, Kaliningrad, the Irkutsk power system, which was hit.",
        "The ministry, in conjunction with the Astrakhan regional government, has compiled "
        "a list.",
        "They issue passports to residents of the Donetsk republic."],
        engine, "en", "fr", [[], [], []]))
    assert "le système électrique d’Irkoutsk" in power, power  # was "l' système électrique"
    assert "le gouvernement régional d’Astrakhan" in government, government
    assert "de la république de Donetsk" in republic, republic  # was "du Donetsk république"

"""A name before the noun it owns or places (``owner_heads.py``): the noun first, the name
after "of"; a person's name after *administration*; through ``protect`` and the engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.owner_heads import owners_first
from daybook.translate.protect import translate_texts
from daybook.translate.things_np import PLAIN, QUOTED


@pytest.mark.usefixtures("apertium_ok")
def test_a_foreign_name_before_its_noun_goes_after_it() -> None:
    assert owners_first("the true gems of the Gokhran collection.") == (
        "the true gems of the collection of Gokhran.")
    assert owners_first("with all the CICA member states.") == (
        "with all the member states of the CICA.")
    assert owners_first("They fought in the Idlib Province and in the northeast.") == (
        "They fought in the province of Idlib and in the northeast.")
    # A glossary term's placeholder as the noun; a place before a noun in Title Case.
    assert owners_first("in the Idlib Zq0x was discussed") == "in the Zq0x of Idlib was discussed"
    assert owners_first("to come again to the St Petersburg Forum.") == (
        "to come again to the forum of St Petersburg.")
    assert owners_first("during the Sochi Zq2x.") == "during the Zq2x of Sochi."
    # A person before *administration*: its apposition.
    assert owners_first("the policy of the Zq1x administration and", {"Zq1x"}) == (
        "the policy of the administration Zq1x and")


@pytest.mark.usefixtures("apertium_ok")
def test_no_owner_before_a_noun() -> None:
    for text in (
            "The Kremlin plans to do it.", "the Russian Government.", "the Tver Region.",
            # a country's adjective the analyser does not know, an adjective by its ending
            "The Kyrgyz economy is growing.", "the Russophobic provocation against",
            # a lower-case noun after a place is ``place_heads``' own
            "the Irkutsk power system.",
            # a verb after the name: "states" takes a clause
            "The CICA states that it is ready.",
            # the kind of a thing's own name (``things_np``), a person before another noun
            "the Zarya plant.", "the Zq1x visit.",
            # the name's own words in Title Case after a noun
            "the Gokhran collection Office."):
        assert owners_first(text, {"Zq1x"}, (*PLAIN, *QUOTED)) == text, text


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "The situation in the Idlib Province was discussed.",
        "They saw the true gems of the Gokhran collection.",
        "It is a pleasure to come again to the St Petersburg Forum.",
        "He criticised the policy of the Poroshenko administration.",
    ], engine, "en", "fr", names=[[], [], [], ["Petro Poroshenko"]])]
    assert "la province d'Idlib" in out[0], out[0]
    assert "la collection de Gokhran" in out[1], out[1]
    assert "au forum de Saint-Pétersbourg" in out[2], out[2]
    assert "l'administration Poroshenko" in out[3], out[3]

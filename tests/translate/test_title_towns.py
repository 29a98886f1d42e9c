"""Unknown Russian towns as destinations (title_towns.py): the English transliteration
written the French way. Town names of our own making and general French exonyms
(Souzdal, Ouglitch, Ielets, Mourom: French Wikipedia's article titles)."""

from __future__ import annotations

import pytest

from daybook.translate.title_towns import russian_town
from daybook.translate.titles import plan_title


@pytest.mark.parametrize(("en", "fr"), [
    ("Murom", "Mourom"),
    ("Suzdal", "Souzdal"),
    ("Uglich", "Ouglitch"),
    ("Yelets", "Ielets"),
    ("Durovets", "Dourovets"),  # made up
    ("Zhelbinsk", "Jelbinsk"),  # made up
    ("Shumilovo", "Choumilovo"),  # made up
    ("Gus-Khrustalny", "Gous-Khroustalny"),
])
def test_a_transliterated_town_in_french(en: str, fr: str) -> None:
    assert russian_town(en) == fr


@pytest.mark.parametrize("en", [
    "Munich", "Hamburg",  # WordNet knows them: another country's towns
    "Cordoba", "Westbury", "Blythe", "Goodwood",  # spelled as no Russian transliteration
    "Davos",  # nothing to change
    "Moscow",  # the gazetteer's
    "the Urals", "Kremlin Palace", "murom",
])
def test_no_town_to_rewrite(en: str) -> None:
    assert russian_town(en) is None


@pytest.mark.parametrize(("en", "fr"), [
    ("Visit to Durovets", "Visite à Dourovets"),
    ("Trip to Suzdal", "Déplacement à Souzdal"),
    ("Working trip to Yelets", "Déplacement de travail à Ielets"),
    ("Vladimir Putin made a trip to Murom", "Vladimir Poutine s’est rendu à Mourom"),
])
def test_destination_slots(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_known_places_unchanged() -> None:
    assert plan_title("Visit to Yaroslavl").text == "Visite à Iaroslavl"
    assert plan_title("Visit to Crimea").text == "Visite en Crimée"

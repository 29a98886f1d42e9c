"""Two adjectives joined by *and* before their noun (``adjective_pairs``), read with
Apertium's French analyser: English sentences made up for the test, the French what the
engine writes for such sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.adjective_pairs import adjective_pairs, english_pairs


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads both languages with Apertium's analysers."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # both before the noun, the determiner the first adjective's: both after it
    ("We must keep up with the fierce and growing competition.",
     "Nous devons suivre le rythme du féroce et croissante compétition.",
     "Nous devons suivre le rythme de la compétition féroce et croissante."),
    # the second after "et" behind the noun: before it too, agreed
    ("They have made a large and important contribution to progress.",
     "Ils ont apporté une grande contribution et important au progrès.",
     "Ils ont apporté une grande et importante contribution au progrès."),
    ("They have made a large and important contribution to progress.",
     "Ils ont apporté une grande contribution et en important au progrès.",
     "Ils ont apporté une grande et importante contribution au progrès."),
    # both after the noun, the second not agreed
    ("I note the lofty and important mission of the tournament.",
     "Je note la mission noble et important du tournoi.",
     "Je note la mission noble et importante du tournoi."),
    # both with the pivot's gender
    ("The region attracts private and foreign investment.",
     "La région attire investissement privée et étrangère.",
     "La région attire investissement privé et étranger."),
    # the second said as a gerund
    ("They made a major and impressive contribution to the Games.",
     "Ils ont apporté une contribution importante et en impressionnant aux Jeux.",
     "Ils ont apporté une contribution importante et impressionnante aux Jeux."),
])
def test_pairs(source: str, french: str, want: str) -> None:
    assert adjective_pairs([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # said well by the engine
    ("We are opening new and promising areas.",
     "Nous ouvrons des domaines nouveaux et prometteurs."),
    # no pair of adjectives in the English: two nouns joined
    ("We discussed trade and energy cooperation.",
     "Nous avons parlé du commerce et la coopération énergétique."),
    # "ouvriers" an adjective too, "anciens" a noun too: no telling which is the noun
    ("I greet all the former and current workers.",
     "Je salue tous les ouvriers anciens et actuels."),
    # a noun complementing another: the adjectives may be the first noun's
    ("the strong and lasting cooperation of countries",
     "la coopération des pays forte et durable"),
    # the second adjective before a noun of its own
    ("They have large and important plans.", "Ils ont des grands plans et importantes tâches."),
])
def test_left_alone(source: str, french: str) -> None:
    assert adjective_pairs([source], [french]) == [french]


def test_english_pairs() -> None:
    assert english_pairs("a large and important contribution, new and promising areas") == 2
    assert english_pairs("trade and energy cooperation") == 0

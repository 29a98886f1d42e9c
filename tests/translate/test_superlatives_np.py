"""Superlatives after their noun with their article (``superlatives_np.py``): on Apertium's
analysers, and through the real engine; sentences made up for the test."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.superlatives_np import owned, participial


@pytest.mark.usefixtures("apertium_ok")
def test_after_a_possessive_the_superlative_takes_its_article() -> None:
    assert owned("our most difficult tasks", "nos tâches plus difficiles.") == (
        "nos tâches les plus difficiles.")
    assert owned("her warmest wishes", "ses vœux plus chaleureux.") == (
        "ses vœux les plus chaleureux.")
    # Guards: a comparative (*more ... than*; no superlative in the English), "que" after.
    assert owned("our tasks are more difficult", "nos tâches plus difficiles.") == (
        "nos tâches plus difficiles.")
    assert owned("our most difficult tasks", "nos tâches plus difficiles que") == (
        "nos tâches plus difficiles que")


@pytest.mark.usefixtures("apertium_ok")
def test_a_participle_adjective_goes_after_its_noun() -> None:
    assert participial("the most exciting part", "était le plus passionnant partie.") == (
        "était la partie la plus passionnante.")
    assert participial("the most exciting event", "Le plus passionnant événement.") == (
        "L'événement le plus passionnant.")
    # Guard: no *most* + -ing word in the English.
    assert participial("the most exciting part", "le plus souvent parlant.") == (
        "le plus souvent parlant.")
    assert participial("the keenest part", "le plus passionnant partie.") == (
        "le plus passionnant partie.")


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["These are our most important projects.",
                           "That was the most exciting part of the trip."], engine, "en", "fr")
    assert "nos projets les plus importants" in out[0].text
    assert "la partie la plus enthousiasmante" in out[1].text

"""Superlatives after their noun with their article (``superlatives_np.py``): on Apertium's
analysers, and through the real engine; sentences made up for the test."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.postedit_np import superlatives
from daybook.translate.protect import translate_texts
from daybook.translate.superlatives_np import (
    bare_best,
    definite,
    owned,
    participial,
    ranked,
    the_after,
)


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


@pytest.mark.usefixtures("apertium_ok")
def test_an_ordinal_comes_before_the_superlative_and_its_noun() -> None:
    assert ranked("the second largest economy", "est la deuxième économie plus grande.") == (
        "est la deuxième plus grande économie.")
    assert ranked("the third biggest port", "le troisième port plus grand.") == (
        "le troisième plus grand port.")
    assert ranked("the second largest among", "est la plus grande seconde parmi") == (
        "est la deuxième plus grande parmi")
    # Guards: no ordinal + superlative in the English; an adjective French writes after.
    assert ranked("a second large city", "la deuxième ville plus grande") == (
        "la deuxième ville plus grande")
    assert ranked("the second largest city", "la deuxième ville plus importante") == (
        "la deuxième ville plus importante")


@pytest.mark.usefixtures("apertium_ok")
def test_best_and_a_bare_plural_after_a_verb_is_definite() -> None:
    assert bare_best("they share best practices", "ils partagent des meilleures pratiques") == (
        "ils partagent les meilleures pratiques")
    # Guards: "des" after a noun or a preposition, *the best* in the English.
    assert bare_best("the exchange of best practices", "l'échange des meilleures pratiques") == (
        "l'échange des meilleures pratiques")
    assert bare_best("one of the best practices", "une des meilleures pratiques") == (
        "une des meilleures pratiques")
    assert bare_best("they share the best practices", "partagent des meilleures pratiques") == (
        "partagent des meilleures pratiques")


def test_the_definite_superlative_keeps_its_article() -> None:
    assert definite("It is the world's largest nuclear power plant.") == 1
    assert definite("The largest plants are bigger than ours.") == 0  # a comparative too
    assert definite("the interest of the west") == 0  # no superlative
    # *the largest N*: "plus grand" before the noun and its adjectives, with its article
    assert superlatives("It is the world's largest nuclear power plant.",
                        "C'est la centrale nucléaire plus grande du monde.") == (
        "C'est la plus grande centrale nucléaire du monde.")
    assert superlatives("It is the largest sports centre in Europe.",
                        "C'est le centre sportif plus grand d'Europe.") == (
        "C'est le plus grand centre sportif d'Europe.")
    # *the most important N*: the article again after the noun
    assert the_after("It is the most important plant in the world.",
                     "C'est la plante plus importante du monde.") == (
        "C'est la plante la plus importante du monde.")
    # a comparative is left ("the larger plants", "the more important plants")
    assert superlatives("These are the larger plants.",
                        "Ce sont les plantes plus grandes.") == "Ce sont les plantes plus grandes."
    assert the_after("These are the more important plants.",
                     "Ce sont les plantes plus importantes.") == (
        "Ce sont les plantes plus importantes.")


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["These are our most important projects.",
                           "That was the most exciting part of the trip.",
                           "Germany is the second largest economy in Europe.",
                           "Experts from our countries share best practices."],
                          engine, "en", "fr")
    assert "nos projets les plus importants" in out[0].text
    # *exciting* the engine's participle "enthousiasmante" or, as spaCy reads it (english_tags),
    # the adjective "passionnante"
    assert any(f"la partie la plus {w}" in out[1].text for w in ("enthousiasmante",
                                                                  "passionnante"))
    assert "la deuxième plus grande économie" in out[2].text
    assert "partagent les meilleures pratiques" in out[3].text

"""*entire*/*whole* as "tout le" and *real* as "véritable" before the noun
(``preposed_np.py``), on Apertium's French analyser; sentences made up for the test."""

from __future__ import annotations

import pytest

from daybook.translate.preposed_np import entire, preposed, real


@pytest.mark.usefixtures("apertium_ok")
def test_entire_is_tout_before_the_determiner() -> None:
    assert entire("Sochi and the entire country.", "Sotchi et le pays entier. Le") == (
        "Sotchi et tout le pays. Le")
    # "du" split, the gender from the noun, the engine's unagreed "entier" ignored.
    assert entire("for the whole country", "pour le bien du pays entier.") == (
        "pour le bien de tout le pays.")
    assert entire("the entire shipbuilding sector", "et le secteur de la construction navale "
                  "entier.") == "et tout le secteur de la construction navale."
    assert entire("throughout her entire life", "pendant sa vie entière elle a") == (
        "pendant toute sa vie elle a")
    assert entire("the entire history of mankind", "L’histoire entière de l’humanité") == (
        "Toute l’histoire de l’humanité")
    # The head is the noun before "entier", not a preposition's object or a word before it.
    assert entire("along the entire perimeter", "le long du périmètre entier.") == (
        "le long de tout le périmètre.")
    assert entire("the cause of your entire lives", "la cause de vos vies entières.") == (
        "la cause de toutes vos vies.")


@pytest.mark.usefixtures("apertium_ok")
def test_entire_leaves_set_phrases_and_other_english() -> None:
    # "le monde entier" is the set phrase; "à part entière" has no determiner.
    assert entire("the entire world", "et le monde entier.") == "et le monde entier."
    assert entire("a full member", "membre à part entière de") == "membre à part entière de"
    # No *entire* or *whole* in the English, or only *as a whole*.
    assert entire("the country", "le pays entier.") == "le pays entier."
    assert entire("the economy as a whole", "l’économie entière.") == "l’économie entière."


@pytest.mark.usefixtures("apertium_ok")
def test_real_goes_before_the_noun_as_veritable() -> None:
    assert real("It is a real pleasure for me", "C’est un plaisir réel pour moi") == (
        "C’est un véritable plaisir pour moi")
    assert real("has become a real centre of attraction", "est devenu un espace réel "
                "d’attraction") == "est devenu un véritable espace d’attraction"
    # "des" as an article before the adjective is "de".
    assert real("to become real stars", "pour devenir des vedettes réelles,") == (
        "pour devenir de véritables vedettes,")


@pytest.mark.usefixtures("apertium_ok")
def test_real_keeps_the_economists_real_and_actual() -> None:
    assert real("real wages grew", "les salaires réels ont augmenté") == (
        "les salaires réels ont augmenté")
    # *actual* is "réel" after the noun: paired in order, only *real* moves.
    assert real("a real contribution, not the actual state", "une contribution réelle, pas la "
                "situation réelle") == "une véritable contribution, pas la situation réelle"
    # *real and viable*: two adjectives stay together after the noun.
    assert real("real and viable alternatives", "des alternatives réelles et viables") == (
        "des alternatives réelles et viables")
    # No determiner to put it after.
    assert real("this is real happiness", "c’est félicité réelle.") == "c’est félicité réelle."
    assert preposed("the entire country and a real pleasure", "le pays entier et un plaisir "
                    "réel") == "tout le pays et un véritable plaisir"

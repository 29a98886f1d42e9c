"""Manner adverbs put where French puts them (``adverb_order.py``): *fairly* "assez",
"de façon" + adjective as an adverb in -ment, the adverb after the finite verb or the
infinitive."""

from __future__ import annotations

import pytest

from daybook.translate.adverb_order import adverb_order, fairly, manner_adverbs


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def test_fairly_before_an_adjective() -> None:
    assert fairly("This was fairly difficult to do back then.",
                  "C’était de façon équitable difficile de faire alors.") == (
        "C’était assez difficile de faire alors.")
    assert fairly("it has been fairly busy this year",
                  "il a été occupé de façon équitable cette année") == (
        "il a été assez occupé cette année")
    # *fairly* of justice, before a participle: kept
    assert fairly("The funds were fairly distributed.",
                  "Les fonds ont été distribués de façon équitable.") == (
        "Les fonds ont été distribués de façon équitable.")


def test_manner_said_as_its_adverb() -> None:
    assert manner_adverbs("and worthily continues its traditions",
                          "et de façon digne continue ses traditions") == (
        "et dignement continue ses traditions")
    assert manner_adverbs("Our soldiers act bravely, decisively and efficiently",
                          "Nos soldats agissent de façon courageuse, décisivement") == (
        "Nos soldats agissent courageusement, décisivement")
    assert manner_adverbs("we must resolutely eliminate risks",
                          "il faut éliminer des risques de façon décidée") == (
        "il faut éliminer des risques résolument")
    # no adverb in -ment the analyser knows: the adjective agreed with "façon"
    assert manner_adverbs("which they develop jointly", "qu’ils développent de façon "
                          "coordonné, basé sur") == (
        "qu’ils développent de façon coordonnée, basé sur")
    assert manner_adverbs("to reliably protect them", "de les protéger de façon fiable") == (
        "de les protéger de façon fiable")
    # a pair of manners stays as the engine said it
    assert manner_adverbs("always acts harshly and uncompromisingly",
                          "agit toujours de façon dure et intransigeante") == (
        "agit toujours de façon dure et intransigeante")


def test_adverb_after_the_verb() -> None:
    assert adverb_order(
        "You must resolutely cut short all attempts, and actively use for this purpose the "
        "entire potential.", "De façon décidée vous devez couper bas toutes les tentatives, "
        "et activement utiliser à cette fin tout le potentiel.") == (
        "Vous devez résolument couper bas toutes les tentatives, et utiliser activement à "
        "cette fin tout le potentiel.")
    assert adverb_order("deprived of his citizenship and unlawfully expelled from the country",
                        "privé de sa citoyenneté et illégalement expulsé du pays") == (
        "privé de sa citoyenneté et expulsé illégalement du pays")
    assert adverb_order("and worthily continues its traditions",
                        "et de façon digne continue ses traditions") == (
        "et continue dignement ses traditions")
    # a participle ending its clause, a sentence adverb: kept
    assert adverb_order("and positively motivated.", "et positivement motivé.") == (
        "et positivement motivé.")
    assert adverb_order("Naturally we are looking for it, we fully agree",
                        "Naturellement nous le cherchons") == "Naturellement nous le cherchons"


def test_facon_agreed_whatever_the_english() -> None:
    assert adverb_order("We have worked hard in a coordinated manner.",
                        "Nous avons travaillé dur de façon coordonné.") == (
        "Nous avons travaillé dur de façon coordonnée.")
    # no English adverb in -ly: the locution kept
    assert adverb_order("in a dignified manner", "de façon digne") == "de façon digne"

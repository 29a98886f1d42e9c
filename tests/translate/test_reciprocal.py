"""*each other* said as French says it (``reciprocal.py``). The English sentences are made
up for these tests; the French is what the engine writes for such sentences, the expected
French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.preedit import preedit
from daybook.translate.reciprocal import each_other


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the French with Apertium's dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # *each other* after a verb: the verb pronominal, in its tense
    ("We will see each other soon.", "Nous verrons chacun autre bientôt.",
     "Nous nous verrons bientôt."),
    ("We have not seen each other for years.", "Nous n'avons pas vu chacun autre des années.",
     "Nous ne nous sommes pas vus des années."),
    ("They know each other well.", "Ils connaissent chacun autre bien.",
     "Ils se connaissent bien."),
    # after a preposition: "l'un ... l'autre"
    ("Two roads run parallel to each other.", "Deux routes courent parallèle à chacun autre.",
     "Deux routes courent parallèle l'un à l'autre."),
    ("We share data with each other.", "Nous partageons des données avec chacun autre.",
     "Nous partageons des données l'un avec l'autre."),
    # *each other's* + a noun: the noun, its article, "de l'autre"
    ("We respect each other's sovereignty.", "Nous respectons chacun souveraineté.",
     "Nous respectons la souveraineté de l'autre."),
    ("They value each other’s interests.", "Ils valorisent chacun intérêts.",
     "Ils valorisent les intérêts de l'autre."),
])
def test_each_other(source: str, french: str, want: str) -> None:
    assert each_other([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *each other's* before a word that is not only a noun ("approaches" read as a verb)
    ("We take each other's approaches into account.", "Nous portons chacun s'approche."),
    # no *each other* in the English
    ("Each one has another task.", "Chacun autre a une tâche."),
])
def test_each_other_left_alone(source: str, french: str) -> None:
    assert each_other([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    # a noun the analyser reads as a participle too
    ("We have access to each other's markets.", "Nous avons de l'accès à chacun marchés.",
     "Nous avons de l'accès à les marchés de l'autre."),
    # a noun read as a finite verb too: as many as the English has; its adjective before
    # "de l'autre"
    ("The sides opened each other's airspace.", "Les parties ont ouvert chacun espace aérien.",
     "Les parties ont ouvert l'espace aérien de l'autre."),
])
def test_each_others_noun(source: str, french: str, want: str) -> None:
    assert each_other([source], [french]) == [want]


def test_each_others_verb_left_when_counts_differ() -> None:
    # two "chacun" + a noun-or-verb for one *each other's*: which one is not known
    source = "They respect each other's space."
    french = "Ils respectent chacun espace, chacun marche."
    assert each_other([source], [french]) == [french]


def test_each_others_two_nouns_are_mutual() -> None:
    # the tagger reads the plurals after *each other's* ... *and* as verbs ("la voix de
    # l'autre et préoccupe"): "mutual" before them ("des préoccupations et vues mutuelles")
    assert preedit("We take into account each other's views and concerns.", []) == (
        "We take into account mutual views and concerns.")
    # one noun: left to the French rule above
    assert preedit("We respect each other's interests.", []) == (
        "We respect each other's interests.")

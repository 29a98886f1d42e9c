"""A bare common noun after a preposition given its article (bare_nouns.py)."""

from __future__ import annotations

import pytest

from daybook.translate.bare_nouns import bare_after_preposition


@pytest.mark.parametrize(("en", "fr", "want"), [
    # a notion taken as a whole: the definite article, elided before a vowel
    ("relations are based on friendship", "les relations sont basées sur amitié",
     "les relations sont basées sur l’amitié"),
    ("the fight against corruption", "la lutte contre corruption",
     "la lutte contre la corruption"),
    ("the company for military service", "la société pour service militaire",
     "la société pour le service militaire"),
    ("the political situation in the area of responsibility",
     "la situation politique dans zone de responsabilité",
     "la situation politique dans la zone de responsabilité"),
    # an indefinite plural after *avec*, *entre*, *sur*
    ("together with students of the academies", "conjointement avec étudiants des académies",
     "conjointement avec des étudiants des académies"),
    ("interaction between widely different traditions",
     "interaction entre traditions amplement différentes",
     "interaction entre des traditions amplement différentes"),
    ("an order based on multipolar concepts", "un ordre basé sur concepts multipolaires",
     "un ordre basé sur des concepts multipolaires"),
    # a class after *pour*; a capitalised subject is no name before the preposition
    ("a programme for children", "un programme pour enfants", "un programme pour les enfants"),
    ("The President spoke about tourism", "Le Président a parlé sur tourisme",
     "Le Président a parlé sur le tourisme"),
])
def test_the_noun_gets_its_article(en: str, fr: str, want: str) -> None:
    assert bare_after_preposition(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    ("they worked successfully", "ils ont travaillé avec succès"),  # manner, invariable
    ("we note with satisfaction", "nous notons avec satisfaction"),  # *avec* + singular
    ("the visit planned for January 2020", "la visite prévue pour janvier 2020"),  # a month
    ("on the proposal of the Government", "sur proposition du gouvernement"),  # set phrase
    ("on the spot", "sur place"),
    ("its goal is to develop", "elle a pour objectif de développer"),
    ("for example", "par exemple"),  # *par* is left
    ("on the development of the region", "sur le développement de la région"),  # has one
    ("in Moscow", "dans Moscou"),  # a name
    # an institution's name: its words up to the preposition adjectives or "d'État"
    ("the Russian State Children's Library", "la Bibliothèque d’État russe pour enfants"),
    ("the Russian Children's Foundation", "la Fondation russe pour enfants, Moscou"),
])
def test_set_phrases_and_determined_nouns_are_left(en: str, fr: str) -> None:
    assert bare_after_preposition(en, fr) == fr

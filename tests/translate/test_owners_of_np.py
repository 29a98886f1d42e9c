"""A plural owner after a noun of property, state or role takes "des" (``owners_of_np.py``):
"le caractère des conflits", "la mémoire des héros tombés"; nouns of quantity, of a set or of
making, adjectives French puts first, names and titles stay bare."""

from __future__ import annotations

import pytest

from daybook.translate.owners_of_np import owner_articles


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the owner's number with Apertium's French analyser (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The information directly affects the nature of conflicts today.",
     "L'information affecte le caractère de conflits aujourd'hui.",
     "L'information affecte le caractère des conflits aujourd'hui."),
    ("cherishing the memory of fallen heroes",
     "en se préoccupant pour la mémoire de héros tombés.",
     "en se préoccupant pour la mémoire des héros tombés."),
    ("It is a major component in the work of large oil companies.",
     "C'est un composant important dans le travail d’entreprises de grand pétrole.",
     "C'est un composant important dans le travail des entreprises de grand pétrole."),
    ("The leaders noted the constructive nature of talks on these issues.",
     "Les dirigeants ont noté le caractère constructif de discussions sur ces questions.",
     "Les dirigeants ont noté le caractère constructif des discussions sur ces questions."),
    ("in accordance with the fluctuations of oil product prices",
     "conformément aux fluctuations de prix de produit pétrolifère",
     "conformément aux fluctuations des prix de produit pétrolifère"),
    ("to facilitate the return of refugees.", "à la facilitation du retour de réfugiés.",
     "à la facilitation du retour des réfugiés."),
    # a second owner after "et de", or after "et" alone where the English says *of X and Y*
    ("Our relations are good at the level of governments and parliaments.",
     "Nos relations sont bonnes au niveau de gouvernements et de parlements.",
     "Nos relations sont bonnes au niveau des gouvernements et des parlements."),
    ("to ensure the physical protection of nuclear materials and facilities",
     "assurer la protection physique de matériaux et installations nucléaires",
     "assurer la protection physique des matériaux et des installations nucléaires"),
    # a quoted speech is said in French like the rest
    ("“Effective management of natural resources is the foundation.",
     "« La gestion efficace de ressources naturelles est le fondement.",
     "« La gestion efficace des ressources naturelles est le fondement."),
])
def test_owner_takes_its_article(source: str, french: str, want: str) -> None:
    assert owner_articles(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # nouns of quantity, of a set, of making: "de" characterises
    ("the number of tourists", "le nombre de touristes"),
    ("our series of meetings", "notre série de rencontres"),
    ("the creation of unique materials", "la création de matériaux uniques"),
    ("the heads of states", "les chefs d’États"),
    ("your letter of condolences", "votre lettre de condoléances"),
    # no definite determiner before the head
    ("a return of refugees", "un retour de réfugiés"),
    # an adjective French puts first, a figure's noun, a singular
    ("the role of new technologies", "le rôle de nouvelles technologies"),
    ("the lives of millions of people", "la vie de millions de personnes"),
    ("the role of culture", "le rôle de culture"),
    # the English has no *of* + a bare plural
    ("the role of these organisations", "le rôle d'organisations"),
    # a name, and a title in « »
    ("the role of Rosneft", "le rôle de Rosneft"),
    ("the “Memory of Heroes” programme", "le programme « La mémoire de héros »"),
])
def test_owner_left_bare(source: str, french: str) -> None:
    assert owner_articles(source, french) == french


def test_only_as_many_as_the_english_has() -> None:
    source = "the nature of conflicts and the role of the organisations"
    french = "le caractère de conflits et le rôle d'organisations"
    assert owner_articles(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the joint efforts of religious organisations",
     "les efforts en commun d'organisations religieuses",
     "les efforts en commun des organisations religieuses"),
    ("the long history of relations between our countries",
     "la longue histoire de relations entre nos pays",
     "la longue histoire des relations entre nos pays"),
    ("the valour and heroism of soldiers and officers",
     "la valeur et l’héroïcité de soldats et officiers",
     "la valeur et l’héroïcité des soldats et des officiers"),
])
def test_more_heads(source: str, french: str, want: str) -> None:
    assert owner_articles(source, french) == want

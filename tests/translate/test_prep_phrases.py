"""Prepositions chosen by the governing verb or noun and prepositional phrases the pivot says
word for word (``prepositions.governed``, ``_ON``, ``discussed``, ``phrases``); constructed
examples, with the guard each must not touch."""

from __future__ import annotations

import pytest

from daybook.translate.prepositions import governed, phrases


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rules read words with Apertium's French analyser."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We must fight the terrorist threat.", "Nous devons lutter la menace terroriste.",
     "Nous devons lutter contre la menace terroriste."),
    ("They are fighting the traffic.", "Ils luttent efficacement le trafic.",
     "Ils luttent efficacement contre le trafic."),
    ("We will combat corruption.", "Nous combattrons de la corruption.",
     "Nous combattrons la corruption."),
    ("We are making progress on this project.", "Nous faisons des progrès dans ce projet.",
     "Nous faisons des progrès sur ce projet."),
    ("He insisted on the need for talks.", "Il a insisté dans le besoin de discussions.",
     "Il a insisté sur le besoin de discussions."),
    ("We put the emphasis on the development of the regions.",
     "Nous mettons l'accent dans le développement des régions.",
     "Nous mettons l'accent sur le développement des régions."),
    ("They commented on the decision.", "Ils ont commenté dans la décision.",
     "Ils ont commenté la décision."),
    ("He gave a comment on the sentence.", "Il a donné un commentaire dans la phrase.",
     "Il a donné un commentaire sur la phrase."),
    ("The sides discussed this.", "Les parties ont parlé ça.", "Les parties ont parlé de ça."),
    ("We talk constantly about this.", "Nous parlons constamment sur cela.",
     "Nous parlons constamment de cela."),
    ("We have discussed it many times.", "Nous l'avons parlé à maintes reprises.",
     "Nous en avons parlé à maintes reprises."),
])
def test_governed(source: str, french: str, want: str) -> None:
    assert governed(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *fight for*: "lutter pour" stays; no *fight*: "lutter" is left
    ("They fought for their land.", "Ils ont lutté pour leur terre."),
    ("They struggle the whole day.", "Ils luttent toute la journée."),
    # *combat* + "de nouvelles": no article after "de"
    ("We combat new threats.", "Nous combattons de nouvelles menaces."),
    # *progress in*: "dans" stays
    ("We made progress in the region.", "Nous avons fait des progrès dans la région."),
    # *discuss* a noun: "parler" + its object is governed's "de" rule, not "en"
    ("We discussed this in Sochi.", "Nous avons parlé de cela à Sotchi."),
    ("I told him this.", "Je l'ai parlé."),
])
def test_governed_kept(source: str, french: str) -> None:
    assert governed(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The plant will open in the autumn.", "L'usine ouvrira dans l'automne.",
     "L'usine ouvrira en automne."),
    ("In the summer of 2019, we met.", "En été de 2019, nous nous sommes rencontrés.",
     "À l'été 2019, nous nous sommes rencontrés."),
    ("In spring, the work will start.", "En mie, le travail commencera.",
     "Au printemps, le travail commencera."),
    ("Work will start in the spring of 2020.", "Le travail commencera dans la mie de 2020.",
     "Le travail commencera au printemps 2020."),
    ("NATO deploys troops next to our borders.", "L'OTAN déploie des troupes après à nos "
     "frontières.", "L'OTAN déploie des troupes près de nos frontières."),
    ("It stands next to the station.", "Il est après au parc.", "Il est près du parc."),
    ("On this day, we honour the heroes.", "Dans ce jour, nous honorons les héros.",
     "En ce jour, nous honorons les héros."),
    ("We cooperate in the fight against terrorism.",
     "Nous coopérons dans le combat contre le terrorisme.",
     "Nous coopérons dans la lutte contre le terrorisme."),
    ("to rally the community in fighting the threat",
     "pour rassembler la communauté dans le combat contre la menace",
     "pour rassembler la communauté dans la lutte contre la menace"),
    ("our joint fight against crime", "notre combat commun contre le crime",
     "notre lutte commune contre le crime"),
    ("As per initial concept, the centre will host schools.",
     "Comme par concept initial, le centre accueillera des écoles.",
     "Selon le concept initial, le centre accueillera des écoles."),
])
def test_phrases(source: str, french: str, want: str) -> None:
    assert phrases(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # no season after *in*: "la mie" is bread's
    ("He ate the soft part of the bread.", "Il a mangé la mie du pain."),
    ("We will meet in winter.", "Nous nous rencontrerons en hiver."),
    # *after* is "après à" of its own
    ("After that, to Moscow.", "Après à Moscou."),
    # a day with no *on this day*; *fight against* the verb; an armed fight
    ("In this day and age", "Dans ce jour et âge"),
    ("Soldiers died in combat against the enemy.", "Des soldats sont morts au combat contre "
     "l'ennemi."),
    # *as* + *by*: "comme par" stays
    ("As by tradition, we met.", "Comme par tradition, nous nous sommes rencontrés."),
])
def test_phrases_kept(source: str, french: str) -> None:
    assert phrases(source, french) == french

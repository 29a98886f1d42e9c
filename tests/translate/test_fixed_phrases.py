"""More English set phrases said in French (``fixed_phrases.py``): each where the English
has the phrase, and not elsewhere."""

from __future__ import annotations

import pytest

from daybook.translate.fixed_phrases import fixed_phrases


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """*show restraint* generates "faire" in the engine's tense with Apertium's dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("but also for the country as a whole)", "mais aussi pour le pays globalement)",
     "mais aussi pour le pays dans son ensemble)"),
    ("the global economy as a whole needs", "l’économie mondiale globalement a besoin",
     "l’économie mondiale dans son ensemble a besoin"),
    ("the countries as a whole are ready", "les pays globalement sont prêts",
     "les pays dans leur ensemble sont prêts"),
    ("wishes of an early recovery to those injured.",
     "souhaits d’une récupération anticipée à ces blessés.",
     "souhaits d’un prompt rétablissement à ces blessés."),
    ("hopes that the injured will make a speedy recovery",
     "espère que les blessés feront une récupération rapide",
     "espère que les blessés feront un prompt rétablissement"),
    ("urged the countries involved to show restraint, because",
     "ont appelé les pays impliqués à montrer la restriction, parce que",
     "ont appelé les pays impliqués à faire preuve de retenue, parce que"),
    ("They showed restraint.", "Ils ont montré de la restriction.",
     "Ils ont fait preuve de retenue."),
    ("To do that, cooperation should be stepped up", "Pour faire que, on devrait intensifier",
     "Pour ce faire, on devrait intensifier"),
    ("it is always necessary to do that – in our work",
     "il est toujours nécessaire de faire que – dans notre travail",
     "il est toujours nécessaire de le faire – dans notre travail"),
    ("There are around 4 million legal entities", "Il y a autour de 4 millions d’entités",
     "Il y a environ 4 millions d’entités"),
    ("estimated at about 35 billion", "estimées à autour de 35 milliards",
     "estimées à environ 35 milliards"),
    ("I want to wish you success and", "Je veux vous souhaiter succès et",
     "Je veux vous souhaiter plein succès et"),
    ("congratulate us all on the occasion of our club's anniversary",
     "nous féliciter tous pour l’occasion de l’anniversaire",
     "nous féliciter tous à l’occasion de l’anniversaire"),
    ("extremism in any form threatens", "l'extrémisme dans n’importe quelle forme menace",
     "l'extrémisme sous toutes ses formes menace"),
    ("is becoming a thing of the past.", "devient une chose du passé.",
     "devient de l'histoire ancienne."),
])
def test_said_in_french(source: str, french: str, want: str) -> None:
    assert fixed_phrases(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *overall* too: the French has more "globalement" than the English *as a whole*
    ("the industry as a whole and overall", "l’industrie globalement et globalement"),
    ("it is developing well overall", "elle se développe bien globalement"),
    # the economy's recovery is no one's health
    ("a speedy recovery of the economy", "une récupération rapide de l’économie"),
    # a verb of movement round a value keeps "autour de"
    ("inflation hovers around 4 percent", "l'inflation oscille autour de 4 %"),
    ("the talks revolved around 3 issues", "les discussions tournaient autour de 3 questions"),
    # *do that* inside a clause: "faire que" + a subject is French
    ("This will do that: they will come", "Cela fera que les gens viendront"),
    ("we are continuing to do this today;", "nous continuons à faire ça aujourd’hui ;"),
    # no *wish* in the English
    ("Success is important", "Succès est important"),
])
def test_kept(source: str, french: str) -> None:
    assert fixed_phrases(source, french) == french


def test_as_a_whole_after_a_verb_kept() -> None:
    """After a verb "dans son ensemble" would belong to the subject: left to the reader."""
    french = "l’industrie se développe globalement à un très bon rythme"
    assert fixed_phrases("the industry as a whole is developing at a very good pace",
                         french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("In line with the theme of the present session", "En ligne avec le thème de la séance",
     "Conformément au thème de la séance"),
    ("in December, in line with your decision.", "en décembre, en ligne avec votre décision.",
     "en décembre, conformément à votre décision."),
    ("To a certain extent, this even acts", "Jusqu’à un certain point, ça même agit",
     "Dans une certaine mesure, ça même agit"),
    ("drafting the State Armament Programme until 2033 and, accordingly,",
     "rédiger le programme d’armement jusqu’à 2033 et, conséquemment,",
     "rédiger le programme d’armement jusqu'en 2033 et, conséquemment,"),
])
def test_prepositions_of_set_phrases(source: str, french: str, want: str) -> None:
    assert fixed_phrases(source, french) == want


def test_until_a_figure_of_people_kept() -> None:
    """A figure that counts a noun is no year: "jusqu'à 2000 personnes"."""
    assert fixed_phrases("until 2000 people came", "jusqu’à 2000 personnes") == \
        "jusqu’à 2000 personnes"

"""A list of gerunds after a preposition, each member said as a noun, and *holding* said
"la tenue" (``gerund_lists.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.gerund_lists import holding
from daybook.translate.protect import translate_texts
from tests.translate.test_preedit import edited


@pytest.mark.parametrize(("line", "want"), [
    # after *on*: each member a noun, an adverb in -ly its adjective
    ("We must focus on improving the culture, creating incentives for companies and "
     "actively spreading the best practices.",
     "We must focus on the improvement of the culture, the creation of the incentives for "
     "companies and the active diffusion of the best practices."),
    # after *of*: *of* said again (French repeats "de")
    ("We spoke about ways of developing the economy and protecting the environment.",
     "We spoke about ways of the development of the economy and of the protection of the "
     "environment."),
    # a relative clause inside a member does not end the list
    ("It is about improving the roads which we need, and building new bridges.",
     "It is about the improvement of the roads which we need, and the construction of the "
     "new bridges."),
    # after *include* and a colon: the first gerund and the members
    ("The plan includes building a new school.",
     "The plan includes the construction of a new school."),
    ("The programme includes building roads and developing the economy.",
     "The programme includes the construction of the roads and the development of the "
     "economy."),
    ("There are two priorities: building roads and developing the economy.",
     "There are two priorities: the construction of the roads and the development of the "
     "economy."),
])
def test_members_said_as_nouns(line: str, want: str) -> None:
    assert edited(line) == want


@pytest.mark.parametrize("line", [
    # a participle after a main clause: an adverbial clause, no list
    "On arriving in Moscow, the President met the governors, discussing the budget.",
    # one object for both verbs
    "Thank you for your help in preparing and holding the World Cup.",
    # no gerund after a preposition before
    "Azerbaijan is moving along its path, strengthening its position.",
    # *including* as the gerund itself, no list after it
    "I enjoy including people in the work.",
])
def test_left(line: str) -> None:
    assert edited(line) == line


def test_parallel_french() -> None:
    out = translate_texts(["We are speaking about ways of improving the health of the "
                           "population, developing medical science and promoting sport."],
                          ApertiumEngine(), "en", "fr")[0]
    text = getattr(out, "text", out)
    assert "du développement de la science médicale" in text
    assert "de la promotion du sport" in text


@pytest.mark.parametrize(("source", "french", "want"), [
    ("preparations for holding the main stage", "préparations pour le holding de l'étape",
     "préparations pour la tenue de l'étape"),
    ("a contribution to holding the Olympics", "une contribution au holding des Jeux",
     "une contribution à la tenue des Jeux"),
    ("the Rostec holding company", "le holding de Rostec", "le holding de Rostec"),
])
def test_holding(source: str, french: str, want: str) -> None:
    assert holding([source], [french]) == [want]

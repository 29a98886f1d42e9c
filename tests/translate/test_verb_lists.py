"""A list of infinitives after *to* kept verbs (``verb_lists.py``). The English sentences are
made up for these tests; the French of ``french`` is modelled on what the engine writes for
the English with *to* repeated ("pour" before each member), the expected text by hand."""

from __future__ import annotations

import pytest

from daybook.translate.verb_lists import english, french


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads English and French words with Apertium's analysers (lt-proc)."""


@pytest.mark.parametrize(("line", "want"), [
    ("Students can learn to paint, improve their drawing, and acquire new skills.",
     "Students can learn to paint, to improve their drawing, and to acquire new skills."),
    # a noun-or-verb before a bare noun in a list that has a sure member
    ("We plan to build the road, support farmers and develop the villages.",
     "We plan to build the road, to support farmers and to develop the villages."),
])
def test_english(line: str, want: str) -> None:
    assert english([line]) == [want]


@pytest.mark.parametrize("line", [
    # nouns that can be verbs: no sure member
    "We want to buy bread, milk and water.",
    "We need to protect land, water resources and forests.",
    # a list of nouns after *to*, then a verb coordinated with the main verb
    "They try to stop terrorists, smugglers, or criminal groups, find and close their channels.",
    # a relative clause ends the list
    "It helps pupils to choose careers that they like and find their place in life.",
    # a clause of its own after the comma
    "It is important to support families, and we will do it.",
])
def test_english_left_alone(line: str) -> None:
    assert english([line]) == [line]


@pytest.mark.parametrize(("source", "text", "want"), [
    ("Students can learn to paint, improve their drawing, and acquire new skills.",
     "Les étudiants peuvent apprendre à peindre, pour améliorer leur dessin, et pour acquérir "
     "de nouvelles compétences.",
     "Les étudiants peuvent apprendre à peindre, à améliorer leur dessin et à acquérir "
     "de nouvelles compétences."),
    ("It is a chance to see the city, meet people and help them.",
     "C’est une occasion de voir la ville, pour rencontrer des gens et pour les aider.",
     "C’est une occasion de voir la ville, de rencontrer des gens et de les aider."),
    # after a modal: no preposition
    ("We have to build the road, support farmers and develop the villages.",
     "Nous devons bâtir la route, pour appuyer les fermiers et pour développer les villages.",
     "Nous devons bâtir la route, appuyer les fermiers et développer les villages."),
    # *to V ... and to V*: the engine's "et pour" takes the first infinitive's preposition
    ("The sides noted the need to promote the dialogue and to launch the committee.",
     "Les parties ont remarqué le besoin de promouvoir le dialogue et pour lancer le comité.",
     "Les parties ont remarqué le besoin de promouvoir le dialogue et de lancer le comité."),
    ("It depends on your readiness to make bold decisions and to expand cooperation.",
     "Cela dépend de votre disposition à prendre des décisions courageuses et pour étendre "
     "la coopération.",
     "Cela dépend de votre disposition à prendre des décisions courageuses et à étendre "
     "la coopération."),
    ("We need to work and to help them.", "Nous avons besoin de travailler et pour les aider.",
     "Nous avons besoin de travailler et de les aider."),
    # the first infinitive's object pronouns between it and its preposition
    ("I am glad to meet you and to present the medals.",
     "Je suis heureux de vous connaître et pour présenter les médailles.",
     "Je suis heureux de vous connaître et de présenter les médailles."),
])
def test_french(source: str, text: str, want: str) -> None:
    assert french([source], [text]) == [want]


def test_french_left_alone() -> None:
    # no list of verbs in the English: a "pour" of the engine's own stays
    source = "We came here, and to help them we brought food."
    text = "Nous sommes venus ici, et pour les aider nous avons apporté de la nourriture."
    assert french([source], [text]) == [text]


@pytest.mark.parametrize(("source", "text"), [
    # a purpose's "pour" said again: left as it is
    ("We came here to see the city and to meet people.",
     "Nous sommes venus ici pour voir la ville et pour rencontrer des gens."),
    ("I would like to wish you success and to get some rest.",
     "Je voudrais en profiter pour vous souhaiter du succès et pour vous reposer."),
    # no *and to* in the English: the "pour" is the engine's reading of something else
    ("We need to work and help them for the sake of peace.",
     "Nous avons besoin de travailler et pour la paix."),
])
def test_and_to_left_alone(source: str, text: str) -> None:
    assert french([source], [text]) == [text]

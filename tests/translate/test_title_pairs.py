"""Two adjectives sharing one noun in a title slot (title_pairs.py). Phrases made up for
the test, French from general usage."""

from __future__ import annotations

import pytest

from daybook.translate.title_pairs import adjective_pair, joined_dashes
from daybook.translate.titles import plan_title, resolve


@pytest.mark.parametrize(("en", "fr"), [
    ("social and economic development", "le développement social et économique"),
    ("the scientific and technical cooperation", "la coopération scientifique et technique"),
    ("the creative and academic intellectuals", "les intellectuels créatifs et universitaires"),
])
def test_two_adjectives(en: str, fr: str) -> None:
    assert adjective_pair(en, resolve) == fr


@pytest.mark.parametrize("en", [
    "science and education council",  # two nouns
    "the Russian and Chinese leaders",  # demonyms: title_places.demonym_pair
    "social and economic xyzzyq",  # a noun the lexicon does not know
])
def test_no_pair(en: str) -> None:
    assert adjective_pair(en, resolve) is None


def test_in_a_title() -> None:
    assert plan_title("Meeting on social and economic development of the Far East").text == \
        "Réunion sur le développement social et économique de l’Extrême-Orient"


@pytest.mark.parametrize(("en", "joined"), [
    ("Russia – Turkey – Iran summit", "Russia–Turkey–Iran summit"),
    ("Russia – Africa Summit", "Russia–Africa Summit"),
    ("News conference following Russia – China talks",
     "News conference following Russia–China talks"),
    # Not before a meeting's noun: the dash of a name with its motto is kept.
    ("Address to participants of Russia – Country of Sports Forum",
     "Address to participants of Russia – Country of Sports Forum"),
])
def test_spaced_dashes_between_names(en: str, joined: str) -> None:
    assert joined_dashes(en) == joined


@pytest.mark.parametrize(("en", "fr"), [
    # Three-way meetings, French from the press usage of pairs ("le sommet Russie–Afrique").
    ("Russia – Turkey – Iran summit", "Sommet Russie–Turquie–Iran"),
    ("Russia–China–Mongolia Summit", "Sommet Russie–Chine–Mongolie"),
    ("Russia–Turkey–Iran talks", "Pourparlers entre la Russie, la Turquie et l’Iran"),
    ("Joint news conference following the Russia – Turkey – Iran summit",
     "Conférence de presse conjointe à l’issue du sommet Russie–Turquie–Iran"),
    # A speech with what followed it: two heads without articles, as French titles join them.
    ("Speech and the following discussion at the Valdai Discussion Club",
     "Discours et discussion qui a suivi au club de discussion Valdaï"),
    ("Speech and answers to questions at a meeting with students of Moscow State University",
     "Discours et réponses aux questions à la rencontre avec les étudiants de l’université "
     "d’État de Moscou"),
])
def test_three_way_meetings_and_a_speech_with_what_followed(en: str, fr: str) -> None:
    assert plan_title(en).text == fr

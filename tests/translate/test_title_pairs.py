"""Two adjectives sharing one noun in a title slot (title_pairs.py). Phrases made up for
the test, French from general usage."""

from __future__ import annotations

import pytest

from daybook.translate.title_pairs import adjective_pair
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

from __future__ import annotations

import pytest

from daybook.translate.wordnet import place_only, wordnet_dir

pytestmark = pytest.mark.skipif(wordnet_dir() is None, reason="WordNet not installed")


@pytest.mark.parametrize(("word", "expected"), [
    ("Munich", True),  # a city alone
    ("Chekhov", False),  # a person
    ("Fatherland", False),  # a common word of places, no proper name
    ("Norwich", False),  # a city and a kind of terrier: not places alone
])
def test_place_only(word: str, expected: bool) -> None:
    assert place_only(word) is expected

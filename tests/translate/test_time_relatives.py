"""A time noun's clause without *that* or *when* (``time_relatives.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.time_relatives import english, where


@pytest.mark.parametrize(("source", "want"), [
    ("This is not the last time we meet.", "This is not the last time that we meet."),
    ("It was the first time I saw it.", "It was the first time that I saw it."),
    ("Every time you come, you see it.", "Every time that you come, you see it."),
    ("each time they come", "every time that they come"),
    ("Next time we meet, we will talk.", "The next time that we meet, we will talk."),
    ("I remember the day we signed it.", "I remember the day when we signed it."),
    # Guards: an adverbial *this time*, *at the moment* ("currently"), a bare *last time*
    # opening a main clause (no comma after it), a time noun after an adjective.
    ("This time we will win.", "This time we will win."),
    ("At the moment we are working on it.", "At the moment we are working on it."),
    ("Last time we met in Sochi.", "Last time we met in Sochi."),
    ("Over the past year we have built it.", "Over the past year we have built it."),
])
def test_english(source: str, want: str) -> None:
    assert english(source) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I remember the day we signed it.", "Je me souviens du jour quand nous l'avons signé.",
     "Je me souviens du jour où nous l'avons signé."),
    ("The next time we meet, we will talk.", "Le prochain temps que nous nous rencontrons, "
     "nous parlerons.", "La prochaine fois que nous nous rencontrons, nous parlerons."),
    # Guard: "quand" of a clause of its own (no time noun qualified in the English).
    ("We will talk on that day when we meet.", "Nous parlerons ce jour quand nous nous "
     "rencontrerons.", "Nous parlerons ce jour quand nous nous rencontrerons."),
])
def test_where(source: str, french: str, want: str) -> None:
    assert where([source], [french]) == [want]


def test_time_relatives_through_the_engine() -> None:
    out = translate_texts(["This is not the last time we meet.",
                           "I remember the day we signed the treaty.",
                           "This time we will win."], ApertiumEngine(), "en", "fr")
    assert "la dernière fois que nous nous rencontrons" in out[0].text
    assert "jour où nous avons signé" in out[1].text
    assert "que nous" not in out[2].text

"""*It is a priority / important (for me) to do*: "de" + infinitive (``impersonal.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.impersonal import infinitive_subject
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It is a priority to do everything.", "C'est une priorité pour faire tout.",
     "C'est une priorité de faire tout."),
    ("It is a real pleasure for me to meet you.", "C'est un plaisir réel pour moi pour vous "
     "rencontrer.", "C'est un plaisir réel pour moi de vous rencontrer."),
    ("It is always important for us to hear you.", "C'est toujours important pour nous pour "
     "entendre.", "C'est toujours important pour nous d'entendre."),
    ("It was our duty to help.", "C'était notre devoir pour aider.",
     "C'était notre devoir d'aider."),
])
def test_infinitive_subject(source: str, french: str, want: str) -> None:
    assert infinitive_subject([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("It is a tool to solve problems.", "C'est un outil pour résoudre des problèmes."),
    # no *it is* in the English: "pour" is the engine's purpose
    ("We came here as a duty to help.", "C'est notre devoir pour aider."),
    ("It is why we came to help.", "C'est pourquoi nous sommes venus pour aider."),
])
def test_left_alone(source: str, french: str) -> None:
    assert infinitive_subject([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["It is our task to help them.",
                           "It is a great pleasure for me to see you."], engine, "en", "fr")
    assert out[0].text == "C'est notre tâche de les aider."
    assert "pour moi de vous voir" in out[1].text

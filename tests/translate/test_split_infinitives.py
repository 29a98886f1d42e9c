"""A split infinitive, *to* + adverb + verb, said with the adverb after the verb
(``split_infinitives.py``, called from ``preedit``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from tests.translate.test_preedit import edited


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The English is read by Apertium's tagger."""


@pytest.mark.parametrize(("line", "want"), [
    # a determiner after the verb: the adverb right after the verb
    ("We have managed to substantially increase our trade with them.",
     "We have managed to increase substantially our trade with them."),
    # an object pronoun: after it
    ("Your task is to reliably protect them along the border.",
     "Your task is to protect them reliably along the border."),
    # a short bare noun phrase that ends the clause: after it (it keeps its article)
    ("It is essential to resolutely eliminate risks, including extremism.",
     "It is essential to eliminate risks resolutely, including extremism."),
    # the clause's end
    ("We are ready to quickly act.", "We are ready to act quickly."),
])
def test_adverb_after_verb(line: str, want: str) -> None:
    assert edited(line) == want


@pytest.mark.parametrize("line", [
    "I ask you to personally keep an eye on these issues.",  # a set phrase after the verb
    "It is important to jointly search for real alternatives.",  # a verb and its preposition
    "They agreed to only sign the treaty.",  # *only*: no manner adverb
    "We produce pork and chicken to export abroad.",  # no adverb between
    "They are ready to directly finance new projects in the region.",  # a bare phrase, more
])
def test_left(line: str) -> None:
    assert edited(line) == line


def test_frame_of_the_governing_verb_kept() -> None:
    out = translate_texts(["We have managed to substantially increase our mutual trade."],
                          ApertiumEngine(), "en", "fr")[0]
    text = getattr(out, "text", out)
    assert "réussi à accroître" in text and "substantiellement" in text

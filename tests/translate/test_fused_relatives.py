"""*all (that) we need* and its pseudo-cleft *All we need is X* (``fused_relatives.py``)."""

from __future__ import annotations

import shutil

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.fused_relatives import cleft, english
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "want"), [
    ("All they need is guarantees.", "Everything that they need is guarantees."),
    ("They are doing all they can.", "They are doing everything that they can."),
    ("All that I want is peace.", "Everything that I want is peace."),
    # Guards: *above all*, *first of all*, *for all we know* (adverbials), *all* before a
    # noun, *he* (the engine's "qui"), *do* (read as a noun).
    ("Above all we need to act.", "Above all we need to act."),
    ("First of all we want to thank you.", "First of all we want to thank you."),
    ("For all we know, it works.", "For all we know, it works."),
    ("All countries need peace.", "All countries need peace."),
    ("All he wanted was peace.", "All he wanted was peace."),
    ("All we do is help.", "All we do is help."),
])
def test_english(source: str, want: str) -> None:
    assert english(source) == want


@pytest.mark.parametrize(("source", "text", "want"), [
    ("All they need is guarantees.", "Tout ce dont ils ont besoin est des garanties.",
     "Tout ce dont ils ont besoin, c’est des garanties."),
    ("All I want is to live in peace.", "Tout ce que je veux doit vivre en paix.",
     "Tout ce que je veux, c’est de vivre en paix."),
    ("All we needed was to act.", "Tout qu'il nous fallait devait agir.",
     "Tout qu'il nous fallait, c’était d’agir."),
    # Guards: no pseudo-cleft in the English (the relative alone, *all that is*).
    ("They are doing all they can.", "Ils font tout ce qu'ils peuvent est.",
     "Ils font tout ce qu'ils peuvent est."),
    ("All that is done is right.", "Tout ce qui est fait est juste.",
     "Tout ce qui est fait est juste."),
])
def test_cleft(source: str, text: str, want: str) -> None:
    assert cleft([source], [text]) == [want]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")
def test_through_the_engine() -> None:
    out = translate_texts(["All they need is national security guarantees.",
                           "All I want is to live in peace.",
                           "Above all we need to act."], ApertiumEngine(), "en", "fr")
    texts = [getattr(r, "text", r) for r in out]
    assert texts[0].startswith("Tout ce dont ils ont besoin, c’est des garanties")
    assert texts[1].startswith("Tout ce que je veux, c’est de vivre")
    assert "Tout" not in texts[2] and "c’est" not in texts[2]

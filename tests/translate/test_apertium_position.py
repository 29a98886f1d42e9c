"""A text's French does not hang on its place in an Apertium batch (apertium._run_lines):
the taggers read a call's first sentence from their start state, every later one after a
sentence. Inputs made up for the test; a sentence whose first word the tagger reads one way
or the other by its place."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine


def test_first_text_of_a_batch_as_any_other(engine: ApertiumEngine) -> None:
    text = "les reformes grans i modernització de Rússia"
    alone = engine.translate([text], "ca", "fr")[0]
    assert engine.translate(["el mot gran", text], "ca", "fr")[1] == alone
    assert engine.translate(["Hola.", text, "la casa"], "ca", "fr")[1] == alone


def test_english_title_alone_or_in_a_batch(engine: ApertiumEngine) -> None:
    text = "The great reforms and modernisation of Russia"
    alone = engine.translate([text], "en", "fr")[0]
    assert engine.translate(["the great word", text], "en", "fr")[1] == alone

"""The glossary's pattern narrowed to a text's spans (``protect.glossary_in``) finds what
the whole pattern finds: the same spans, the same choice between a span and a longer one.
Sentences made up for the test from spans of the institutions' glossary."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.translate.protect import acronym_noun, glossary, glossary_in, restore

SPANS = ["the State Duma", "State Duma", "the Shanghai Cooperation Organisation",
         "the Security Council", "BRICS", "the Government"]
WORDS = ["met", "and", "the", "State", "Duma", "Dumas", "pre-", "Council", "Security",
         "Statehood", "on", ",", ".", "-", "BRICS-", "Organisation", "Shanghai"]


def marked(pattern: re.Pattern[str] | None, text: str) -> str:
    return pattern.sub(lambda m: f"[{m.group(0)}]", text) if pattern is not None else text


def test_the_same_spans_as_the_whole_glossary() -> None:
    whole, forms = glossary()
    assert all(span in forms for span in SPANS[:4])
    text = "The State Duma and the Shanghai Cooperation Organisation met the Security Council."
    assert marked(glossary_in(text), text) == marked(whole, text) == (
        "[The State Duma] and [the Shanghai Cooperation Organisation] met "
        "[the Security Council].")


def test_the_longest_span_and_the_boundaries_kept() -> None:
    whole, _ = glossary()
    for text in ("State Duma deputies", "the State Dumas", "pre-State Duma", "Statehood Duma"):
        assert marked(glossary_in(text), text) == marked(whole, text)
    assert marked(glossary_in("State Duma deputies"), "State Duma deputies") == (
        "[State Duma] deputies")


def test_no_pattern_for_a_text_without_spans() -> None:
    assert glossary_in("We discussed the weather at length.") is None
    assert glossary_in("Statehood") is None  # a span's word inside a longer one


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SPANS + WORDS), min_size=1, max_size=12),
       st.sampled_from([" ", "", "-"]))
def test_any_text_as_the_whole_pattern(pieces: list[str], joint: str) -> None:
    whole, _ = glossary()
    text = joint.join(pieces)
    assert marked(glossary_in(text), text) == marked(whole, text)


def test_a_bare_acronym_takes_its_french_article() -> None:
    """English says "expansion of NATO", French "de l'OTAN": the glossary's bare acronym
    keeps its article, contracted after "de"/"à" ("des BRICS", "au G20")."""
    _, forms = glossary()
    assert forms["NATO"] == forms["the NATO"] == "l’OTAN"
    assert restore("l'expansion de Zq0x vers l'est", ["NATO"], forms) == (
        "l'expansion de l’OTAN vers l'est")
    assert restore("un message à Zq0x", ["NATO"], forms) == "un message à l’OTAN"
    assert restore("les membres de Zq0x", ["BRICS"], forms) == "les membres des BRICS"
    assert restore("les dirigeants de Zq0x", ["G20"], forms) == "les dirigeants du G20"
    assert restore("Zq0x est une menace", ["NATO"], forms) == "L’OTAN est une menace"


def test_a_name_of_several_words_stays_bare() -> None:
    """Guard: a name of two words or more without "the" keeps no article ("State Duma
    deputies"), and neither a short capital word nor a code is an acronym noun."""
    _, forms = glossary()
    assert forms["State Duma"] == "Douma d’État"
    assert not any(acronym_noun(w) for w in ("US", "Mr", "2019", "State Duma"))
    assert acronym_noun("NATO") and acronym_noun("G20")


def test_an_acronym_in_brackets_or_a_firms_stays_bare() -> None:
    """Guard: an acronym in brackets after the name it stands for takes no article, nor a
    bank's ("VTB")."""
    _, forms = glossary()
    assert restore("l’Union économique eurasiatique (Zq0x)", ["EAEU"], forms) == (
        "l’Union économique eurasiatique (UEEA)")
    assert restore("appuyé par Zq0x", ["VTB"], forms) == "appuyé par VTB"

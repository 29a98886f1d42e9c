"""The glossary's pattern narrowed to a text's spans (``protect.glossary_in``) finds what
the whole pattern finds: the same spans, the same choice between a span and a longer one.
Sentences made up for the test from spans of the institutions' glossary."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.translate.protect import glossary, glossary_in

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

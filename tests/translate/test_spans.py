"""``spans.Spans`` finds what the whole pattern of its spans finds (``sub``, ``finditer``,
``search``), on made-up names and phrases: the longer span first, the boundaries kept."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.translate.spans import Spans, spans_regex

KEYS = sorted(["Vladimir Putin", "Putin", "Putin Vladimir", "the State Duma", "State Duma",
               "O’Neill", "Jean-Pierre Raffarin", "Raffarin", "Xi", "the Belt and Road"],
              key=lambda k: (-len(k), k))
WORDS = ["Vladimir", "Putin", "Putins", "State", "Duma", "the", "The", "O’Neill", "Jean",
         "Pierre", "Raffarin", "Xi", "Xin", "Belt", "and", "Road", "met", ",", "."]


def marked(text: str, spans: Spans) -> tuple[str, str]:
    def mark(m: re.Match[str]) -> str:
        return f"[{m.group(0)}]"

    return spans.sub(mark, text), spans_regex(KEYS).sub(mark, text)


def test_longer_span_and_boundaries() -> None:
    spans = Spans(KEYS)
    text = "Vladimir Putin met Putin Vladimir, Putins and Jean-Pierre Raffarin in the State Duma."
    ours, whole = marked(text, spans)
    assert ours == whole == ("[Vladimir Putin] met [Putin Vladimir], Putins and "
                             "[Jean-Pierre Raffarin] in [the State Duma].")


def test_no_span_no_pattern() -> None:
    spans = Spans(KEYS)
    assert spans.within("Xin met the Dumas.") is None
    assert spans.search("Xin met the Dumas.") is None
    assert list(spans.finditer("pre-Putin years")) == []
    assert Spans([]).sub(lambda m: "", "Putin") == "Putin"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS + KEYS), min_size=1, max_size=12),
       st.sampled_from([" ", "-", ""]))
def test_as_the_whole_pattern(pieces: list[str], joint: str) -> None:
    spans, whole = Spans(KEYS), spans_regex(KEYS)
    text = joint.join(pieces)
    ours, theirs = marked(text, spans)
    assert ours == theirs
    assert [m.span() for m in spans.finditer(text)] == [m.span() for m in whole.finditer(text)]
    found, expected = spans.search(text), whole.search(text)
    assert (found and found.span()) == (expected and expected.span())

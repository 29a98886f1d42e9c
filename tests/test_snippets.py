"""The snippet window: the first window of SNIPPET_WORDS words with the most matches, as a
plain running count over every word finds it (the oracle below)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.search import MARK_END, MARK_START, SNIPPET_WORDS, highlight, parse_query

WORD = re.compile(r"[^\W_]+")


def window_oracle(text: str, matched: set[str]) -> tuple[int, int]:
    """(first word, number of matches) of the first best window, by a running count."""
    flags = [m.group() in matched for m in WORD.finditer(text)]
    n = sum(flags[:SNIPPET_WORDS])
    best, best_hits = 0, n
    for i in range(1, max(1, len(flags) - SNIPPET_WORDS + 1)):
        n += flags[i + SNIPPET_WORDS - 1] - flags[i - 1]
        if n > best_hits:
            best, best_hits = i, n
    return best, best_hits


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["gas", "Gaz", "trade", "the", "of", "talks", "Moscow", "and",
                                  "gas_talks", "«Gas»"]), max_size=160),
       st.sampled_from([", ", " ", ". ", " — ", "\n"]))
def test_window_is_the_first_with_most_matches(words: list[str], sep: str) -> None:
    text = sep.join(words)
    query, _ = parse_query("gas OR talks")
    out = highlight(text, query, "en", ("en",))
    matched = {w for w in WORD.findall(text) if w.lower() in ("gas", "talks")}
    best, best_hits = window_oracle(text, matched)
    assert out.count(MARK_START) == out.count(MARK_END) == (best_hits if words else 0)
    shown = WORD.findall(out.replace(MARK_START, " ").replace(MARK_END, " "))
    all_words = WORD.findall(text)
    assert shown == all_words[best:best + SNIPPET_WORDS]
    assert out.startswith("… ") == (best > 0)
    assert out.endswith(" …") == (best + SNIPPET_WORDS < len(all_words))


def test_window_moves_just_far_enough_to_reach_a_late_match() -> None:
    query, _ = parse_query("gas")
    for before in (SNIPPET_WORDS, SNIPPET_WORDS + 7, 3 * SNIPPET_WORDS):
        words = ["x"] * before + ["gas"] + ["y"] * 5
        out = highlight(" ".join(words), query, "en", ("en",))
        best, hits = window_oracle(" ".join(words), {"gas"})
        assert (best, hits) == (before - SNIPPET_WORDS + 1, 1)
        shown = WORD.findall(out.replace(MARK_START, " ").replace(MARK_END, " "))
        assert shown == words[best:best + SNIPPET_WORDS] and shown[-1] == "gas"

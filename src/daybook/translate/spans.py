"""Many literal spans found at word boundaries, through the ones a text holds.

One pattern of thousands of spans, ``(?<![\\w-])(?:A|B|...)(?![\\w-])``, is tried span by
span at every position of a text (the institutions' glossary: 9,876 spans, about 3 ms a
sentence). ``Spans`` gives the same pattern narrowed to the spans a text contains, in the
same order: a span cannot match where it is not, and the order decides between a span and
a longer one as before, so every match is the same. The boundaries make a span's first two
words whole words of the text where it matches ("the", "State" for "the State Duma"): the
text's words find the candidates, and a substring test keeps those it holds. A leaf module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

_WORDS = re.compile(r"\w+")


def spans_regex(keys: Iterable[str]) -> re.Pattern[str]:
    """The spans, tried in this order, each between two boundaries (no word character or
    hyphen next to it)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])")


@lru_cache(maxsize=4096)
def _narrowed(keys: tuple[str, ...]) -> re.Pattern[str]:
    return spans_regex(keys)


class Spans:
    """``keys`` in the order the pattern tries them (longest first, as a rule)."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = tuple(keys)
        # first word -> second word ("" for a span of one word) -> places in ``keys``
        index: dict[str, dict[str, list[int]]] = {}
        for i, key in enumerate(self.keys):
            words = _WORDS.findall(key)[:2]
            index.setdefault(words[0] if words else "", {}).setdefault(
                words[1] if len(words) > 1 else "", []).append(i)
        self._index = {w: {v: tuple(ns) for v, ns in nexts.items()}
                       for w, nexts in index.items()}

    def within(self, text: str) -> re.Pattern[str] | None:
        """The pattern of the spans ``text`` holds, in order; None when it holds none."""
        words = set(_WORDS.findall(text))
        found: list[int] = []
        for word in words | {""}:  # "": a span with no word
            nexts = self._index.get(word)
            if nexts:
                found += nexts.get("", ())
                for second in words if len(words) < len(nexts) else nexts.keys():
                    if second and second in words:
                        found += nexts.get(second, ())
        here = tuple(self.keys[i] for i in sorted(set(found)) if self.keys[i] in text)
        return _narrowed(here) if here else None

    def sub(self, repl: Callable[[re.Match[str]], str], text: str) -> str:
        pattern = self.within(text)
        return pattern.sub(repl, text) if pattern is not None else text

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pattern = self.within(text)
        return pattern.finditer(text) if pattern is not None else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        pattern = self.within(text)
        return pattern.search(text) if pattern is not None else None

"""The units of Apertium's English tagger (``^surface/lemma<tags>$``) with their place in
the line: what ``preedit`` reads and ``processes.tagged_units`` returns. A leaf module."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

# A unit, a blank ("[\n\n]" between two lines) or an escaped character outside both.
_PIECE = re.compile(r"\\.|\^((?:[^/$^\\]|\\.)*)/((?:[^$^\\]|\\.)*)\$|\[((?:[^\]\\]|\\.)*)\]")
_NEWLINE = re.compile(r"\n")
_ESCAPE = re.compile(r"\\(.)")
_TAG = re.compile(r"<([^<>]+)>")
_WORDISH = re.compile(r"\w")
_UNKNOWN_OWNER = re.compile(r"([A-Z]\w+)(['’]s)")


# The tags a noun phrase may start with: a bare common noun or adjective gets "the".
NP_START = frozenset(("det", "adj", "n", "np", "num"))


@dataclass(frozen=True, slots=True)
class Unit:
    """One lexical unit of the tagger: where it is in the line, its lemma and tags."""

    start: int
    end: int
    surface: str
    lemma: str
    tags: tuple[str, ...]

    @property
    def pos(self) -> str:
        """The first tag ("n", "adj", "vblex", "det"...); an unknown word is a proper noun
        when capitalised ("Butina"), else ""."""
        if self.tags:
            return self.tags[0]
        return "np" if self.surface[:1].isupper() else ""

    def has(self, *tags: str) -> bool:
        return all(t in self.tags for t in tags)


def read_units(stream: str, lines: Sequence[str]) -> list[list[Unit]]:
    """The tagger's output (``^surface/lemma<tags>$`` units, surfaces on) for ``lines``
    sent one a line with a blank line between them: each line's units with their offsets
    in it. A unit whose surface is not found where expected in its line is skipped (the
    deformatter's closing full stop, "Mr." read at the end of a line "... Mr"); the reader
    finds its place again at each line's start (the newlines of the stream's blanks), so a
    line's units do not depend on the lines sent with it."""
    if not lines:
        return []
    text = "\n\n".join(lines)
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        ends.append(pos + len(line))
        pos += len(line) + 2
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    out: list[list[Unit]] = [[] for _ in lines]
    at, k, seen = 0, 0, 0
    for m in _PIECE.finditer(stream):
        if m.group(3) is not None:  # a blank: its newlines are the text's, in order
            count = m.group(3).count("\n")
            if not count:
                continue
            seen += count
            if seen > len(newlines):
                break
            after = newlines[seen - 1] + 1
            now = bisect_right(starts, after) - 1
            if now != k:
                k, at = now, starts[now]
            continue
        if m.group(1) is None:  # an escaped character outside a unit
            continue
        surface = _ESCAPE.sub(r"\1", m.group(1))
        found = text.find(surface, at, ends[k])
        if not surface or found < 0 or _WORDISH.search(text, at, found):
            continue
        analysis = _ESCAPE.sub(r"\1", m.group(2))
        lemma = analysis.split("<", 1)[0].replace("# ", " ").lstrip("*")  # "set# up"
        tags = tuple(_TAG.findall(analysis.split("+", 1)[0]))
        start = found - starts[k]
        own = _UNKNOWN_OWNER.fullmatch(surface) if analysis.startswith("*") else None
        if own:  # "Fatherland’s", unknown, is one unit: a name and its possessive
            cut = start + len(own.group(1))
            out[k].append(Unit(start, cut, own.group(1), own.group(1), ()))
            out[k].append(Unit(cut, start + len(surface), own.group(2), "'s", ("gen",)))
        else:
            out[k].append(Unit(start, start + len(surface), surface, lemma, tags))
        at = found + len(surface)
    return out

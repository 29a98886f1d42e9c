"""The units of Apertium's English tagger (``^surface/lemma<tags>$``) with their place in
the line: what ``preedit`` reads and ``processes.tagged_units`` returns. A leaf module."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_UNIT = re.compile(r"\^((?:[^/$^\\]|\\.)*)/((?:[^$^\\]|\\.)*)\$")
_ESCAPE = re.compile(r"\\(.)")
_TAG = re.compile(r"<([^<>]+)>")
_WORDISH = re.compile(r"\w")
_UNKNOWN_OWNER = re.compile(r"([A-Z]\w+)(['’]s)")


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
    in it. A unit whose surface is not found where expected is skipped (the deformatter's
    closing full stop)."""
    text = "\n\n".join(lines)
    bounds, pos = [], 0
    for line in lines:
        bounds.append((pos, pos + len(line)))
        pos += len(line) + 2
    out: list[list[Unit]] = [[] for _ in lines]
    at, k = 0, 0
    for m in _UNIT.finditer(stream):
        surface = _ESCAPE.sub(r"\1", m.group(1))
        found = text.find(surface, at)
        if not surface or found < 0 or _WORDISH.search(text, at, found):
            continue
        while k < len(bounds) and found >= bounds[k][1] + 1:
            k += 1
        if k >= len(bounds):
            break
        analysis = _ESCAPE.sub(r"\1", m.group(2))
        lemma = analysis.split("<", 1)[0].replace("# ", " ").lstrip("*")  # "set# up"
        tags = tuple(_TAG.findall(analysis.split("+", 1)[0]))
        start = found - bounds[k][0]
        own = _UNKNOWN_OWNER.fullmatch(surface) if analysis.startswith("*") else None
        if own:  # "Fatherland’s", unknown, is one unit: a name and its possessive
            cut = start + len(own.group(1))
            out[k].append(Unit(start, cut, own.group(1), own.group(1), ()))
            out[k].append(Unit(cut, start + len(surface), own.group(2), "'s", ("gen",)))
        else:
            out[k].append(Unit(start, start + len(surface), surface, lemma, tags))
        at = found + len(surface)
    return out

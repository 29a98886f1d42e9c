"""*regarding*, *concerning* that eng-cat's tagger reads as verbs, given their preposition
reading before the transfer (called by ``retag.retags``, between the tagger and
``apertium-pretransfer``).

After a noun the tagger reads either as the verb's participle, and the transfer writes a
relative: *your comments regarding the results* "vos commentaires qui considèrent les
résultats", *issues regarding nuclear energy* "les questions qui considèrent l'énergie
nucléaire", *unanimity regarding the lack* "unanimité considérant le manque". Both are
prepositions there (Robert & Collins: "concernant, en ce qui concerne"); the verb *regard*
takes *as* (*regarding them as partners*), and *concerning* after *be* or a degree adverb
is the adjective (*this is concerning*, "préoccupant"), so those stay. Only the analyser's
own preposition reading is used ("quant à", "concernant").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

_WORDS = frozenset(("regarding", "concerning"))
# Before these the word is the verb or the adjective: *we are regarding*, *is concerning*,
# *very concerning*.
_VERB_BEFORE = frozenset(("vbser", "vbhaver", "vbmod", "vbdo", "adv", "preadv"))
# Where the clause ends: a verb's *as* (*regard X as Y*) is looked for up to there.
_CLAUSE_END = frozenset(("sent", "cm", "cnjsub", "cnjcoo", "rel", "lpar"))


class _Tok(Protocol):
    @property
    def surface(self) -> str: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def pos(self) -> str: ...


def _verb_use(toks: Sequence[_Tok], i: int) -> bool:
    """Whether ``toks[i]`` is the verb or the adjective: after *be*, an auxiliary, a
    subject pronoun or a degree adverb, or with *as* later in its clause."""
    p = toks[i - 1] if i else None
    if p is not None and (p.pos in _VERB_BEFORE or (p.pos == "prn" and "subj" in p.tags)):
        return True
    for t in toks[i + 1:]:
        if t.surface.lower().split(" ")[0] == "as":  # a conjunction, a preposition, "as a"
            return True
        if t.pos in _CLAUSE_END:
            break
    return False


def candidates(toks: Sequence[_Tok]) -> list[int]:
    """*regarding*, *concerning* read as verbs where they are prepositions."""
    return [i for i, t in enumerate(toks) if t.surface.lower() in _WORDS and t.pos == "vblex"
            and i + 1 < len(toks) and not _verb_use(toks, i)]


def prepositions(toks: Sequence[_Tok], readings: Mapping[str, Sequence[str]]) -> dict[
        int, str]:
    """Unit index -> the preposition reading of each candidate."""
    out: dict[int, str] = {}
    for i in candidates(toks):
        found = next((r for r in readings.get(toks[i].surface, ()) if r.endswith("<pr>")
                      and "+" not in r), None)
        if found is not None:
            out[i] = found
    return out

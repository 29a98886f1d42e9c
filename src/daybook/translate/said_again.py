"""English said again before the engine and before the post-edits read it: the rules whose
edit must be in the sentence both see (a post-edit pairing an English *and* with the
French "et" by their count, or reading the noun of an English phrase).

``protect.translate_texts`` calls ``said_again`` on the texts it sends to Apertium, before
the placeholders: each rule's quick test (``likely``: a trigger and the analyser's readings
of its words) picks the texts to tag, all of them tagged in one exchange with the engine's
own tagger, and each rule's edits (``coordinate_adjectives.pair``: "constructive and
fruitful discussions"; ``ones.antecedent``: "than the previous budget") are made, an edit
overlapping one before it left out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from daybook.translate import coordinate_adjectives, ones
from daybook.translate.processes import tagged_units
from daybook.translate.units import Unit

Edit = tuple[int, int, str]
Rule = Callable[[str, Sequence[Unit], int], Edit | None]

_RULES: tuple[tuple[Callable[[str], bool], Rule], ...] = (
    (coordinate_adjectives.likely, coordinate_adjectives.pair),
    (ones.likely, ones.antecedent),
)


def said_again(texts: Sequence[str]) -> list[str]:
    """``texts`` with each rule's edits made (the texts no rule's test finds untouched)."""
    todo = [k for k, t in enumerate(texts) if any(likely(t) for likely, _ in _RULES)]
    tagged = tagged_units([texts[k] for k in todo]) if todo else None
    out = list(texts)
    for k, units in zip(todo, tagged or [], strict=False):
        line = texts[k]
        edits: list[Edit] = []
        for i in range(len(units)):
            found = next((e for _, rule in _RULES if (e := rule(line, units, i)) is not None),
                         None)
            if found is not None and (not edits or found[0] >= edits[-1][1]):
                edits.append(found)
        for start, end, new in reversed(edits):
            line = line[:start] + new + line[end:]
        out[k] = line
    return out

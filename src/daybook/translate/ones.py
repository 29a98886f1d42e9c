"""The pronoun *one* after an adjective said with the noun it stands for, before the engine.

English replaces a noun it has just said by *one* after an adjective ("the new budget will
be better than the previous one", "old conflicts resurface and new ones emerge", "this
job ... and an extremely responsible one"); the engine reads the numeral: "mieux que
l'antérieur un", "et nouvel uns pour surgir", "un extrêmement responsable un". French says
the adjective with the article alone or repeats the noun (Grevisse § 219, the nominalised
adjective: "le précédent"; Robert & Collins, *one* pronoun: "le nouveau budget sera
meilleur que le précédent"); the gender it needs is the noun's, which only the English
sentence gives, so the noun is said again ("than the previous budget" -> "que le budget
précédent", "and new conflicts", "an extremely responsible job").

``antecedent`` reads the engine's tagger: *one*/*ones* read as the pronoun right after an
adjective (an adverb may stand before it) whose noun is in the same sentence before it,
the nearest common noun of the pronoun's number (*ones* a plural), the last of a compound
("the budget process"); a bare noun after *of* is a complement, not the head ("the price of
oil ... the previous one" is the price). Not *loved ones*, *dear ones*, *little ones* (a
person's family, children: the engine's words are no better, but the noun is not before);
not a superlative (*the most basic one*: French "la plus ..." needs no noun), nor *one*
before *of*, *another* or a relative (*the only one who*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from daybook.translate.processes import remembered_readings
from daybook.translate.units import Unit

Edit = tuple[int, int, str]

# Adjectives with *ones* that name people, not a noun said before.
_PEOPLE = frozenset(("dear", "little", "young", "beloved", "near"))
_AFTER_NOT = frozenset(("of", "another", "who", "whom", "that", "which", "by"))
_DEGREE = frozenset(("most", "least", "more", "less"))

TRIGGERS = (r"(?-i:\b[a-z]{3,} ones?\b)",)


@cache
def _trigger() -> re.Pattern[str]:
    return re.compile("|".join(TRIGGERS))


def likely(text: str) -> bool:
    """*one* after a word the analyser reads as an adjective (no tagging else)."""
    words = [m.group(0).split()[0] for m in _trigger().finditer(text)]
    reads = remembered_readings(words) if words else {}
    return any("<adj>" in r for w in words for r in reads.get(w, ()))


def _noun(u: Unit, plural: bool) -> bool:
    return u.pos == "n" and u.surface.isalpha() and u.surface.islower() and \
        "acr" not in u.tags and ("pl" if plural else "sg") in u.tags


def _head(units: Sequence[Unit], k: int, plural: bool) -> Unit | None:
    """The nearest noun of the number wanted before ``units[k]`` in its sentence."""
    for i in range(k - 1, -1, -1):
        u = units[i]
        if u.pos == "sent":
            return None
        if not _noun(u, plural) or (i + 1 < len(units) and units[i + 1].pos == "n"):
            continue
        if i > 0 and units[i - 1].lemma.lower() == "of":
            continue  # "the price of oil": a complement
        return u
    return None


def antecedent(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "better than the previous one" (the noun *budget* before) -> (start, end, "budget")
    for *one*; None elsewhere."""
    one = units[k]
    if k < 2 or one.lemma.lower() != "one" or one.pos != "prn" or \
            one.surface not in ("one", "ones") or line[one.end:one.end + 1] == "-":
        return None  # "a one-of-a-kind facility"
    adj = units[k - 1]
    if adj.pos != "adj" or not adj.surface.islower() or adj.has("sup") or adj.has("comp") or \
            adj.lemma.lower() in _PEOPLE or adj.end + 1 != one.start:
        return None
    before = units[k - 2]
    if before.lemma.lower() in _DEGREE:
        return None
    if k + 1 < len(units) and units[k + 1].lemma.lower() in _AFTER_NOT:
        return None
    head = _head(units, k - 1, one.surface == "ones")
    if head is None:
        return None
    return one.start, one.end, head.surface

"""The forms of the auxiliaries *avoir* and *être*, one table for every post-editor that reads a
compound tense ("nous avons signé", "ils sont arrivés") or a copula.

The forms are kept by tense in the order of the persons (``PERSONS``, so that zipping two
tenses maps a form to the other in the same person); ``avoir`` and ``etre``
give the frozenset of the tenses and persons a rule reads (most read every finite form; a rule
that maps a form to another person or tense keeps its own narrower set, built here from the
same table), and ``alternation`` puts a set in a regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

PERSONS = ("1sg", "2sg", "3sg", "1pl", "2pl", "3pl")
THIRD = ("3sg", "3pl")

# Tense, then the forms in the order of PERSONS: "avoir" above, "être" below.
_TABLE = """
present      ai     as     a      avons   avez    ont
imperfect    avais  avais  avait  avions  aviez   avaient
future       aurai  auras  aura   aurons  aurez   auront
conditional  aurais aurais aurait aurions auriez  auraient
subjunctive  aie    aies   ait    ayons   ayez    aient
present      suis   es     est    sommes  êtes    sont
imperfect    étais  étais  était  étions  étiez   étaient
future       serai  seras  sera   serons  serez   seront
conditional  serais serais serait serions seriez  seraient
subjunctive  sois   sois   soit   soyons  soyez   soient
"""
_ROWS = [line.split() for line in _TABLE.strip().splitlines()]
AVOIR_TENSES: Mapping[str, tuple[str, ...]] = {row[0]: tuple(row[1:]) for row in _ROWS[:5]}
ETRE_TENSES: Mapping[str, tuple[str, ...]] = {row[0]: tuple(row[1:]) for row in _ROWS[5:]}
# The indicative and the conditional: the tenses whose compound forms the engine writes.
FINITE = ("present", "imperfect", "future", "conditional")


def _forms(table: Mapping[str, tuple[str, ...]], tenses: tuple[str, ...],
           persons: Iterable[str]) -> frozenset[str]:
    at = [PERSONS.index(p) for p in persons]
    return frozenset(table[t][i] for t in tenses for i in at)


def avoir(*tenses: str, persons: Iterable[str] = PERSONS) -> frozenset[str]:
    """The forms of *avoir* in ``tenses`` (all finite ones if none) for ``persons``."""
    return _forms(AVOIR_TENSES, tenses or FINITE, persons)


def etre(*tenses: str, persons: Iterable[str] = PERSONS) -> frozenset[str]:
    """The forms of *être* in ``tenses`` (all finite ones if none) for ``persons``."""
    return _forms(ETRE_TENSES, tenses or FINITE, persons)


# The forms most rules read: any finite *avoir* before a participle; the present alone.
AVOIR = avoir()
AVOIR_PRESENT = avoir("present")
AVOIR_THIRD = avoir(persons=THIRD)
AVOIR_NONFINITE = frozenset(("avoir", "ayant", "eu"))
ETRE = etre()
ETRE_PRESENT = etre("present")
ETRE_THIRD = etre(persons=THIRD)
ETRE_NONFINITE = frozenset(("être", "étant", "été"))


def same_person(source: Mapping[str, tuple[str, ...]], target: Mapping[str, tuple[str, ...]],
                *tenses: str, persons: Iterable[str] = PERSONS) -> dict[str, str]:
    """Each form of ``source`` in ``tenses`` (all finite ones if none) and ``persons`` -> the
    form of ``target`` in the same tense and person ("sont" -> "ont": ETRE_TENSES to
    AVOIR_TENSES)."""
    at = [PERSONS.index(p) for p in persons]
    return {source[t][i]: target[t][i] for t in tenses or FINITE for i in at}


def third_plural(table: Mapping[str, tuple[str, ...]], *tenses: str) -> dict[str, str]:
    """The third person singular of ``table`` in ``tenses`` (all finite ones if none) -> its
    plural ("a" -> "ont", "était" -> "étaient")."""
    return {table[t][2]: table[t][5] for t in tenses or FINITE}


def alternation(forms: Iterable[str]) -> str:
    """``forms`` as a regex alternation (no group), the longest first so that a form is never
    cut short by another it begins with ("avons" before "a")."""
    return "|".join(sorted(set(forms), key=lambda f: (-len(f), f)))


# The end of a text before a word that is then a participle: an auxiliary ("a", "ont été").
ENDS_IN_AUXILIARY = re.compile(
    r"(?<![\w-])(?:" + alternation(AVOIR | {"été", "être", "est", "sont"}) + r")\s+$")

"""The indefinite plural "des" said "de" before an adjective (run by
``degree_np.degree_articles``, after the agreement and word-order rules put the adjective
before its noun: "des progrès bons" is "des bons progrès" only then).

Before a plural adjective that precedes its noun, the indefinite article "des" is "de"
(Grevisse, *Le Bon Usage*, § 584: "de nouvelles propositions", "de grands progrès",
"d'autres pays"), and so is "de" + "des" ("la construction de nouveaux échanges"). The
pivot writes "des" in both: "nous avons fait des grands progrès", "des nouvelles
propositions", "avec des autres pays". The English tells the indefinite: the adjective
(*new*, *great*, *good*, *other*, *many* ...) after no determiner (*made great progress*,
*other countries*, not *the other countries*, *of the new members*, whose "des" is "de" +
"les"); every occurrence of it in the sentence must be so, and the French adjective
must be followed by a lower-case word the analyser reads as a noun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings

__all__ = ["de_adjectives", "de_before_adjective"]

# English adjectives French puts before the noun, and their French plurals (Grevisse § 331).
_FORMS = {
    "new": ("nouveaux", "nouvelles"), "great": ("grands", "grandes"),
    "big": ("grands", "grandes"), "large": ("grands", "grandes"),
    "good": ("bons", "bonnes"), "bad": ("mauvais", "mauvaises"),
    "small": ("petits", "petites"), "little": ("petits", "petites"),
    "beautiful": ("beaux", "belles"), "other": ("autres",), "many": ("nombreux", "nombreuses"),
    "numerous": ("nombreux", "nombreuses"), "long": ("longs", "longues"),
    "huge": ("énormes",), "enormous": ("énormes",), "excellent": ("excellents", "excellentes"),
}
_OF: dict[str, tuple[str, ...]] = {}
for _en, _frs in _FORMS.items():
    for _fr in _frs:
        _OF[_fr] = (*_OF.get(_fr, ()), _en)
_DES = re.compile(_B + r"([Dd])es (" + "|".join(_OF) + r") (" + _W + r")" + _E)
# Words before the English adjective that make it definite or not an indefinite plural's.
_DETERMINED_EN = frozenset((
    "the", "these", "those", "our", "their", "its", "his", "her", "my", "your", "all",
    "a", "an", "this", "that", "each", "every", "any", "very", "so", "too", "as", "how",
    "such", "no", "one", "some", "most", "more", "less", "many", "few", "s", "whose"))


def _bare_en(source: str, adjectives: tuple[str, ...]) -> bool:
    """Every one of the ``adjectives`` in ``source`` follows no determiner."""
    found = list(re.finditer(rf"\b(?:{'|'.join(adjectives)})\b", source, re.IGNORECASE))
    for m in found:
        before = re.findall(r"[\w]+", source[:m.start()])
        if before and before[-1].lower() in _DETERMINED_EN:
            return False
    return bool(found)


def de_before_adjective(source: str, french: str) -> str:
    """ "nous avons fait des grands progrès" -> "de grands progrès", "des autres pays" ->
    "d'autres pays", where the English has *great progress*, *other countries* with no
    determiner."""
    if "des " not in french.lower():
        return french
    found = [m for m in _DES.finditer(french) if _bare_en(source, _OF[m.group(2)])]
    if not found:
        return french
    reads = readings(sorted({m.group(3) for m in found}))
    for m in reversed(found):
        if not any(r.pos == "n" for r in reads.get(m.group(3), ())):
            continue  # "des nouvelles" (the news), "des autres" as a pronoun
        de = m.group(1) + ("’" if m.group(2).startswith(("a", "é", "e")) else "e ")
        french = french[:m.start()] + de + french[m.start(2):]
    return french


def de_adjectives(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``de_before_adjective`` on each text."""
    return [de_before_adjective(s, t) for s, t in zip(sources, texts, strict=True)]

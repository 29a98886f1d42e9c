"""Adverbs in -ment the pivot chose for an English adverb where French says another, by the
word they modify (run by ``adverb_order``).

- A degree adverb before an adjective: "énormément" and "amplement" modify a verb or a
  quantity, not an adjective (TLFi; Grevisse § 993, the adverbs of degree before an
  adjective): *immensely rich* "énormément riche" -> "extrêmement riche", *widely
  different* "amplement différentes" -> "très différentes";
- before a participle, *widely* is "largement" (Robert & Collins: *widely used*
  "largement utilisé", *widely known* "largement connu"): "seront amplement utilisés" ->
  "seront largement utilisés";
- *strongly believe* "croire fermement" (Robert & Collins), where the pivot said
  "fortement": "Je crois fortement que" -> "Je crois fermement que";
- *energetically*, *vigorously* "énergiquement"; "énergétiquement" is *as regards energy*
  (Robert): "nous avons travaillé énergétiquement avec nos collègues" -> "énergiquement".

Each only where the English has the adverb.
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import readings

__all__ = ["adverb_senses"]

_DEGREE_EN = re.compile(r"\b(?:widely|immensely|enormously|hugely|tremendously|vastly)\b",
                        re.IGNORECASE)
_DEGREE_FR = re.compile(_B + r"([ÉéAa])(normément|mplement) (" + _W + r")" + _E)
_BELIEVE_EN = re.compile(r"\bstrongly believ", re.IGNORECASE)
_BELIEVE_FR = re.compile(_B + r"(cro(?:is|it|yons|yez|ient|yais|yait|yaient|ire|yant)|cru) "
                         r"fortement" + _E)
_ENERGY_EN = re.compile(r"\b(?:energetically|vigorously)\b", re.IGNORECASE)


def _degree(source: str, french: str) -> str:
    """ "énormément riche" -> "extrêmement riche", "amplement utilisés" -> "largement
    utilisés", "amplement différentes" -> "très différentes"."""
    found = list(_DEGREE_FR.finditer(french))
    if not found or not _DEGREE_EN.search(source):
        return french
    reads = readings(sorted({m.group(3) for m in found}))

    def fix(m: re.Match[str]) -> str:
        first, rest, word = m.groups()
        said = reads.get(word, ())
        if not said or any(r.pos in ("det", "prn", "pr", "n", "cnjcoo", "cnjsub", "adv")
                           or (r.tags[:1] == ("vblex",) and r.pos != "pp") for r in said):
            return m.group(0)  # "a énormément contribué", "énormément de"
        if any(r.pos == "pp" for r in said):
            new = "largement" if rest == "mplement" else None
        else:
            new = "extrêmement" if rest == "normément" else "très"
        if new is None:
            return m.group(0)
        return f"{cased_like(new, first)} {word}"

    return _DEGREE_FR.sub(fix, french)


def adverb_senses(source: str, french: str) -> str:
    """Every rule above, on one sentence and its English."""
    if "ment " not in french:
        return french
    if "normément " in french or "mplement " in french:
        french = _degree(source, french)
    if "fortement" in french and _BELIEVE_EN.search(source):
        french = _BELIEVE_FR.sub(r"\1 fermement", french)
    if "énergétiquement" in french and _ENERGY_EN.search(source) and \
            "énergétiquement" not in source.lower():
        french = french.replace("énergétiquement", "énergiquement")
    return french

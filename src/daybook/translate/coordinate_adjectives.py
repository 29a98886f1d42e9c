"""Two adjectives before one noun with a comma between them, said so the engine puts both in
their French place.

English separates coordinate adjectives with a comma ("constructive, fruitful discussions",
"a full, multi-faceted life", "their great, selfless work"); the engine's transfer moves
an adjective after its noun only when it stands right before it or is joined to the one
before by "and", so the first of the two stays where it was: "une pleine vie, multiforme",
"leur grand travail, désintéressée", "votre désintéressé, quotidien élever". French puts
two such adjectives after the noun joined by "et" (Grevisse § 327, § 330: "des discussions
constructives et fructueuses", "une vie pleine et multiforme"), unless the first is one of
the short adjectives French writes before its noun (*grand*, *nouveau*, *bon*, *beau*...),
which then stays before it and the second goes after: "leur grand travail désintéressé",
"de nouveaux emplois modernes".

``pair`` reads the engine's own tagger: an adjective (or a hyphenated one), a comma, an
adjective (an adverb in -ly before it: "extensive, truly selfless work"; a word the analyser
does not know: "multifaceted") and a common noun right after; the comma becomes " and"
("constructive and fruitful discussions"), or goes ("great selfless work") when the first
adjective is one French puts before the noun. Only inside a noun phrase: after a
determiner, a possessive, a preposition, a figure or a verb that is no copula (a copula's
adjective is its predicate: "The quality is good, great quality."); never a list of three
("a big, momentous, historical event": the second adjective has a comma after it, not a
noun), a capitalised first word, an ordinal ("the first, second ...") nor a comparative or
superlative. ``said_again`` makes the edit in the texts ``protect.translate_texts`` sends
to Apertium, before anything else reads them: the post-edits that pair an English *and*
with a French "et" by their count then see the "and".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from daybook.translate.processes import remembered_readings
from daybook.translate.units import Unit

Edit = tuple[int, int, str]

# English adjectives whose French stays before the noun (Grevisse § 327: beau, bon, grand,
# gros, haut, jeune, long, mauvais, nouveau, petit, vieux, vaste).
_BEFORE_NOUN = frozenset(("big", "great", "large", "good", "beautiful", "new", "old", "young",
                          "small", "little", "long", "high", "bad", "vast", "huge"))
_ORDINALS = frozenset(("first", "second", "third", "next", "last", "other", "former",
                       "latter", "previous", "same", "only", "own", "such", "certain"))
# Verbs whose adjective after them is a predicate, not a noun phrase's modifier.
_COPULAS = frozenset(("be", "become", "remain", "seem", "appear", "look", "feel", "sound",
                      "stay", "get", "keep", "make", "find", "consider", "prove", "turn",
                      "grow"))
_OPENERS = frozenset(("sent", "lquot", "guio", "lpar"))

_NOT_ADJECTIVE = ("and", "or", "but", "nor", "the", "a", "an", "which", "who", "whose", "that",
                  "this", "these", "those", "there", "then", "we", "you", "they", "he", "she",
                  "it", "its", "our", "their", "his", "her", "my", "your", "including",
                  "because", "since", "as", "if", "when", "where", "while", "with", "without",
                  "in", "on", "at", "for", "to", "from", "by", "of", "around", "about", "not",
                  "so", "too", "also", "even", "such", "particularly", "especially", "both",
                  "all", "each", "every", "some", "many", "most", "more", "other")
TRIGGERS = (
    # a lower-case word, a comma, (an adverb in -ly,) a word that can be an adjective and a
    # lower-case word: "constructive, fruitful discussions", "extensive, truly selfless work"
    # (the first not a plural's -s: "commodities, medications and")
    r"(?-i:\b[a-z][a-z-]{2,}(?<![^us]s), (?:[a-z]+ly )?(?!(?:" + "|".join(_NOT_ADJECTIVE)
    + r")\b)[a-z][a-z-]{2,}(?<![^us]s) (?!and\b|or\b)[a-z]{3,})",
)


def _adjective(u: Unit) -> bool:
    return u.pos == "adj" and u.surface.islower() and not u.has("comp") and \
        not u.has("sup") and u.lemma.lower() not in _ORDINALS


def _opens_phrase(units: Sequence[Unit], k: int) -> bool:
    """A noun phrase may open at ``units[k]``: what stands before it."""
    if k == 0:
        return True
    prev = units[k - 1]
    if prev.pos in ("det", "gen", "pr", "num") or prev.pos in _OPENERS:
        return prev.lemma.lower() not in ("what", "which", "how", "as", "than")
    return prev.pos == "vblex" and prev.lemma.lower() not in _COPULAS


def _compound_end(line: str, units: Sequence[Unit], i: int) -> int | None:
    """The last unit of a hyphenated adjective opening at ``units[i]`` ("well-considered",
    "multi-faceted": the analyser's pieces, no space between them), or None."""
    j = i
    while j + 2 < len(units) and units[j + 1].surface == "-" and \
            units[j + 1].start == units[j].end and units[j + 2].start == units[j + 1].end:
        j += 2
    last = units[j]
    if j == i or not line[units[i].start:last.end].islower() or \
            not (last.pos in ("adj", "") or last.has("pp")):
        return None
    return j


def _adjective_at(line: str, units: Sequence[Unit], i: int, unknown: bool = False) -> int | None:
    """The last unit of an adjective opening at ``units[i]``: one word or a compound; a
    word the analyser does not know too when ``unknown`` (after "ADJ ,": "multifaceted",
    "multiform", as ``compounds`` sends *multi-faceted*)."""
    u = units[i]
    alone = not (i + 1 < len(units) and units[i + 1].surface == "-")
    if alone and (_adjective(u) or (unknown and not u.tags and u.surface.isalpha()
                                    and u.surface.islower())):
        return i
    return _compound_end(line, units, i)


def pair(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "your constructive, fruitful discussions" -> (start, end, " and") for the comma,
    "their great, selfless work" -> the comma dropped; None elsewhere."""
    if k + 3 >= len(units) or not _opens_phrase(units, k):
        return None
    first = _adjective_at(line, units, k)
    if first is None or first + 3 >= len(units) or units[first + 1].surface != ",":
        return None
    comma = units[first + 1]
    j = first + 2
    if units[j].pos == "adv" and units[j].surface.endswith("ly") and j + 1 < len(units):
        j += 1
    second = _adjective_at(line, units, j, unknown=True)
    if second is None or second + 1 >= len(units):
        return None
    head = units[second + 1]
    if head.pos != "n" or not head.surface.isalpha() or not head.surface.islower() or \
            "acr" in head.tags:
        return None
    if comma.start != units[first].end or line[comma.end:units[first + 2].start] != " ":
        return None  # a dash or a quotation mark between them, not a comma alone
    if first == k and units[k].lemma.lower() in _BEFORE_NOUN:
        return units[k].end, comma.end, ""
    return units[first].end, comma.end, " and"


@cache
def _trigger() -> re.Pattern[str]:
    return re.compile("|".join(TRIGGERS))


def likely(text: str) -> bool:
    """A trigger whose first word the analyser reads as an adjective (no tagging else)."""
    firsts = [m.group(0).split(",", 1)[0].split("-")[-1] for m in _trigger().finditer(text)]
    reads = remembered_readings(firsts) if firsts else {}
    return any("<adj>" in r or "<pp>" in r for w in firsts for r in reads.get(w, ()))

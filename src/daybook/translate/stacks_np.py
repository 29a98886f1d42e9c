"""English noun stacks with a relational adjective before their head, said head first before
the engine.

English puts a noun that classifies the head before the head's relational adjective ("the
country's youth educational platforms", "a prevention and diagnostics medical centre"); the
engine keeps the noun where it is and moves only the adjective: "la jeunesse plateformes
éducatives", "une prévention et des diagnostics centre médical". French writes the
classifying noun after the head and its adjective, with "de" (Grevisse: the noun complement
of kind, no article): "les plateformes éducatives de jeunesse", "un centre médical de
prévention et de diagnostic". ``stack`` says the phrase "educational platforms of youth",
"medical centre of prevention and of diagnostics", which the engine writes so.

Only a noun (two joined by "and") the analyser reads as a noun alone (no adjective or verb
reading: not "public", "oil"), a relational adjective (by its ending: *-al*, *-ic*, *-ical*,
*-ary*; not a qualitative one of ``_QUALITATIVE``: "carbon neutral" is a compound
adjective), and a head that closes the phrase (no noun after it), one space apart; after a
determiner, a possessive, a preposition but *to* (the analyser knows "sow" as a noun only:
"to sow ethnic strife"), a figure or an adjective (after a verb the first noun may be an
object of its own: "give youth educational opportunities").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.processes import remembered_readings
from daybook.translate.units import Unit

Edit = tuple[int, int, str]

_RELATIONAL = re.compile(r"[a-z]{3,}(?:al|ic|ary)")
# Adjectives in those endings that qualify rather than classify: a noun before them makes a
# compound adjective ("carbon neutral", "cost critical"), not a stack.
_QUALITATIVE = frozenset(("neutral", "total", "final", "special", "real", "equal", "normal",
                          "vital", "central", "ideal", "general", "principal", "global",
                          "critical", "typical", "practical", "logical", "radical", "formal",
                          "fundamental", "crucial", "essential", "optimal", "minimal",
                          "maximal", "basic", "specific", "dynamic", "strategic", "historic",
                          "classic", "tragic", "unique", "necessary", "primary", "ordinary",
                          "extraordinary", "contrary", "secondary", "temporary", "voluntary"))
_BEFORE = frozenset(("det", "gen", "pr", "num", "adj"))


def _noun_only(word: str) -> bool:
    """The analyser reads ``word`` as a noun only (not "oil", also an adjective, nor "sow",
    a verb the tagger may take for the noun after *to*)."""
    reads = remembered_readings([word]).get(word, ())
    return bool(reads) and all("<n>" in r for r in reads)


def _noun(u: Unit) -> bool:
    return u.pos == "n" and u.surface.isalpha() and u.surface.islower() and \
        "acr" not in u.tags and _noun_only(u.surface)


def stack(units: Sequence[Unit], i: int, end: int | None = None) -> Edit | None:
    """ "youth educational platforms" at ``units[i]`` -> (start, end, "educational platforms
    of youth"), the phrase ending at ``end`` when given (a possessive's phrase)."""
    last = len(units) if end is None else end
    if i + 2 >= last or not _noun(units[i]):
        return None
    nouns = [units[i]]
    j = i + 1
    if j + 3 <= last and units[j].lemma == "and" and _noun(units[j + 1]):
        nouns.append(units[j + 1])
        j += 2
    adj = units[j]
    if adj.pos != "adj" or len(adj.tags) > 1 or not adj.surface.islower() or \
            not _RELATIONAL.fullmatch(adj.surface) or adj.surface in _QUALITATIVE:
        return None
    head = units[j + 1] if j + 1 < last else None
    if head is None or head.pos != "n" or not head.surface.islower() or "acr" in head.tags:
        return None
    if j + 2 < len(units) and (units[j + 2].pos in ("n", "np", "gen", "adj") or (
            end is None and units[j + 2].lemma == "of")):
        return None  # a longer stack, or the head's own complement ("centre of excellence")
    if end is not None and j + 2 != end:
        return None
    if any(units[n].start != units[n - 1].end + 1 for n in range(i + 1, j + 2)):
        return None  # a dash or a comma between them ("our country – social issues")
    said = " and of ".join(n.surface for n in nouns)
    return nouns[0].start, head.end, f"{adj.surface} {head.surface} of {said}"


def noun_adjective(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "a prevention and diagnostics medical centre" -> "a medical centre of prevention and
    of diagnostics" (the engine: "une prévention et des diagnostics centre médical"; then
    "un centre médical de prévention et de diagnostics"), after a determiner, a preposition,
    a figure or an adjective."""
    if k == 0 or units[k - 1].pos not in _BEFORE or units[k - 1].pos == "gen" or \
            units[k - 1].lemma.lower() == "to":
        return None  # after a possessive: ``preedit._possessive`` says the phrase
    return stack(units, k)


# not an adjective by its ending, nor a word of degree or quantity
_NOT_NOUN = "".join(f"(?<!{e})" for e in ("al", "ic", "ive", "ous", "ful", "ent", "ant", "ary",
                                          "ern", "ian", "ese", "ish", "ble", "est", "ly", "ed",
                                          "ing", "er", "ior", "ate", "ure"))
TRIGGERS = (
    # a noun, a relational adjective and its head after a determiner, a preposition or a
    # possessive: "the youth educational platforms", "a prevention and diagnostics medical"
    r"(?-i:(?:['’]s|\b(?:the|a|an|of|in|for|at|on|with|from|by|among|into|our|their|its|this|"
    r"these|those|his|her|\d+)) (?!(?:the|and|our|their|its|his|her|your|my|this|that|each|"
    r"every|any|all|entire|whole|more|most|very|other|many|some|such|new|key|two|three|few|"
    r"several|own|main|past|next|last|first|high|great|good|long|free|major|large|world|"
    r"million|billion|common|rich|wise|heavy)\b)"
    rf"[a-z]{{3,}}{_NOT_NOUN} (?:and (?!(?:the|its|our|their|his|her)\b)[a-z]{{3,}} )?"
    r"[a-z]{3,}(?:al|ic|ary) [a-z]{3,}\b)",
)

"""Three or more adjectives listed before their noun, as French places and agrees them.

English lists adjectives before the noun (*strong, deep and solid relations*, *a selfless,
creative and enthusiastic person*, *federal, regional and municipal roads*); the engine
puts the last two after the noun and leaves the others before it, nominalised or agreed
with nothing: "des forts, relations profondes et solides", "un désintéressé, personne
créative et enthousiaste", "fédéral, routes régionales et municipales"; with a noun as the
last member (*industrial, agricultural and tourism potential*) "industriels, agraire et
potentiel touristique". French puts coordinated adjectives after the noun, each agreed with
it (Grevisse, *Le Bon Usage*, §§ 334, 443): "des relations fortes, profondes et solides",
"une personne désintéressée, créative et enthousiaste", "potentiel industriel, agraire et
touristique"; the determiner takes the noun's gender ("une personne", "le patrimoine").

The French is read where the English has such a list (its members adjectives for the
English analyser, the last one may be a noun, a noun after it): a determiner or none, the
members one word each, separated by commas and one "et", one of them after the first the
noun with the adjective after it; the members must read as adjectives (Apertium's French
analyser) and be as many as in the English. Two adjectives are ``adjective_pairs``'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import (
    DETERMINERS,
    Reading,
    clause_tokens,
    determiner,
    forms_of,
    generate,
    made_form,
    tokens_and_readings,
)
from daybook.translate.processes import remembered_readings
from daybook.translate.pronominal import apply_edits

# Two or more members with commas, *and*, the last member, the noun.
_LIST_EN = re.compile(r"\b((?:[a-z][a-z-]+, ){2,}|(?:[a-z][a-z-]+, )+[a-z][a-z-]+,? )"
                      r"(?:and )([a-z][a-z-]+) ([a-z]+)\b")
_TOKEN = clause_tokens()
Token = tuple[int, int, str]


def english_lists(source: str) -> list[int]:
    """The sizes of the adjective lists before a noun the English has: every member an
    adjective for the English analyser (the last may be a noun: *tourism potential*), the
    word after them a noun."""
    if ", " not in source or " and " not in source:
        return []
    found = []
    for m in _LIST_EN.finditer(source):
        members = [w for w in re.split(r",? ", m.group(1).strip()) if w and w != "and"]
        found.append(([*members, m.group(2)], m.group(3)))
    if not found:
        return []
    got = remembered_readings(sorted({w for ms, n in found for w in (*ms, n)}))
    sizes = []
    for members, noun in found:
        adjective = [any("<adj>" in r for r in got.get(w, ())) for w in members]
        if all(adjective[:-1]) and (adjective[-1] or any("<n>" in r for r in got.get(
                members[-1], ()))) and any("<n>" in r for r in got.get(noun, ())):
            sizes.append(len(members))
    return sizes


def _adjective(reads: Sequence[Reading]) -> Reading | None:
    return next((r for r in reads if r.pos == "adj"), None)


def _noun(reads: Sequence[Reading]) -> Reading | None:
    """A noun reading ("centre", "équipe" are verbs too: the English has the noun)."""
    return next((r for r in reads if r.pos == "n"), None)


def _span(toks: Sequence[Token], reads: dict[str, tuple[Reading, ...]], i: int,
          size: int) -> tuple[int, list[int], int] | None:
    """(noun index, adjective indexes in order, end index) of a list of ``size`` members
    starting at token ``i``, as the engine writes it; None where there is none."""
    def r(j: int) -> tuple[Reading, ...]:
        return reads.get(toks[j][2].lower(), ()) if j < len(toks) else ()

    adjectives: list[int] = []
    noun: int | None = None
    j = i
    for member in range(size):
        adjective = j < len(toks) and _adjective(r(j)) is not None and toks[j][2].islower()
        if not adjective and not (member and noun is None and j < len(toks)
                                  and _noun(r(j)) is not None
                                  and _adjective(r(j + 1)) is not None):
            return None
        if noun is None and member and j + 1 < len(toks) and _noun(r(j)) is not None and \
                toks[j + 1][2] not in (",", "et") and _adjective(r(j + 1)) is not None:
            noun = j  # "des forts, relations profondes et solides": the noun, its adjective
            j += 1
        adjectives.append(j)
        j += 1
        if member == size - 1:
            break
        sep = "et" if member == size - 2 else ","
        if j < len(toks) and toks[j][2] == "," and sep == "et" and j + 1 < len(toks) \
                and toks[j + 1][2] == "et":
            j += 1  # the serial comma: "A, B, et C"
        if j >= len(toks) or toks[j][2] != sep:
            return None
        j += 1
    return None if noun is None else (noun, adjectives, j)


def _rebuilt(toks: Sequence[Token], reads: dict[str, tuple[Reading, ...]],
             i: int, found: tuple[int, list[int], int]) -> tuple[int, int, str] | None:
    """The edit that says the list at ``i`` as "noun a, b et c", agreed."""
    noun_at, adjectives, end = found
    noun = _noun(reads.get(toks[noun_at][2].lower(), ()))
    if noun is None:
        return None
    words = []
    for j in adjectives:
        adj = _adjective(reads.get(toks[j][2].lower(), ()))
        if adj is None:
            return None
        made = made_form(generate(forms_of(adj, noun.gender, noun.number)),
                         (adj, noun.gender, noun.number))
        if made is None:
            return None
        words.append(made)
    start = toks[i][0]
    lead = _adjective(reads.get(toks[i - 1][2].lower(), ())) if i >= 2 and \
        toks[i - 1][2].islower() and folded(toks[i - 2][2]) in DETERMINERS else None
    said = f"{toks[noun_at][2]} {', '.join(words[:-1])} et {words[-1]}"
    if lead is not None:
        # *an outstanding selfless, creative and ... person*, *our rich historical, ...
        # heritage*: the adjective outside the list stays before the noun, agreed
        made = made_form(generate(forms_of(lead, noun.gender, noun.number)),
                         (lead, noun.gender, noun.number))
        if made is None:
            return None
        said = f"{made} {said}"
        i -= 1
        start = toks[i][0]
    if i and folded(toks[i - 1][2]) in DETERMINERS:
        det = determiner(toks[i - 1][2], noun.gender, noun.number, toks[noun_at][2])
        if det is None:
            return None
        start = toks[i - 1][0]
        said = det + ("" if det.endswith(("'", "’")) else " ") + said
    return start, toks[end - 1][1], said


def adjective_lists(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with its lists of three or more adjectives before a noun said after
    it and agreed (see the module); one exchange with the analyser for all texts."""
    sizes = {k: listed for k, (s, t) in enumerate(zip(sources, texts, strict=True))
             if " et " in t and (listed := english_lists(s))}
    if not sizes:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, list(sizes))
    out = list(texts)
    for k, wanted in sizes.items():
        edits: list[tuple[int, int, str]] = []
        left = sorted(wanted)
        i = 0
        while i < len(toks[k]) and left:
            for size in left:
                found = _span(toks[k], reads, i, size)
                edit = _rebuilt(toks[k], reads, i, found) if found else None
                if edit is not None and found is not None:
                    edits.append(edit)
                    left.remove(size)
                    i = found[2] - 1
                    break
            i += 1
        out[k] = apply_edits(texts[k], edits)
    return out

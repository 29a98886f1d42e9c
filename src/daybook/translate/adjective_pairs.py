"""Two adjectives joined by *and* before their noun, as French places and agrees them.

English puts a pair of adjectives before its noun (*a large and important contribution*,
*the fierce and growing competition*, *the lofty and important mission*, *a major and
impressive contribution*); French puts coordinated adjectives both after the noun or
both before it, each agreed with it (Grevisse, *Le Bon Usage*, § 334 and § 443). The
engine mostly does ("des formes nouvelles et prometteuses"); where it does not:

- both before the noun, the determiner agreed with the first adjective ("du féroce et
  croissante compétition"): both go after the noun, the determiner takes its gender ("de
  la compétition féroce et croissante");
- the first before the noun, the second after "et" behind it ("une grande contribution
  et important à"): the second goes before the noun too, agreed ("une grande et
  importante contribution");
- both after the noun, the second not agreed ("la mission noble et important"): agreed
  ("noble et importante"); both with the pivot's gender ("investissement privée et
  étrangère"), after a noun that complements no other: both agreed ("privé et étranger");
- the second said as a gerund ("une contribution importante et en impressionnant", *major
  and impressive*): the adjective, agreed ("importante et impressionnante").

Only as many times as the English has an adjective, *and*, an adjective (or a participle)
and a noun, and where the French words read so (Apertium's French analyser): the noun as a
noun, the adjectives as adjectives, nothing after the second that could be its own noun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import (
    DETERMINERS,
    Reading,
    agrees,
    clause_tokens,
    determiner,
    forms_of,
    generate,
    made_form,
    tokens_and_readings,
)
from daybook.translate.processes import remembered_readings

_OF = frozenset(("de", "d'", "d’", "du", "des"))
_PAIR_EN = re.compile(r"\b([a-z][a-z-]+) and ([a-z][a-z-]+) ([a-z]+)\b")
_TOKEN = clause_tokens()
Token = tuple[int, int, str]
Edit = tuple[int, int, str]


def _adjective_en(reads: Sequence[str]) -> bool:
    return any("<adj>" in r for r in reads)


def english_pairs(source: str) -> int:
    """How many adjective pairs before a noun the English has (*large and important
    contribution*): both words adjectives for the English analyser (the second may be a
    participle in -ing or -ed), the third a noun."""
    found = _PAIR_EN.findall(source)
    if not found:
        return 0
    got = remembered_readings(sorted({w for m in found for w in m}))
    count = 0
    for first, second, noun in found:
        second_ok = _adjective_en(got.get(second, ())) or second.endswith(("ing", "ed"))
        nouns = got.get(noun, ())
        if _adjective_en(got.get(first, ())) and second_ok and any("<n>" in r for r in nouns) \
                and not _adjective_en(nouns):
            count += 1
    return count


def _adj(reads: Sequence[Reading]) -> list[Reading]:
    return [r for r in reads if r.pos == "adj"]


def _noun(reads: Sequence[Reading]) -> Reading | None:
    """The noun reading of a word read as a noun and no verb."""
    nouns = [r for r in reads if r.pos == "n"]
    if len(nouns) != 1 or any(r.tags[:1] and r.tags[0].startswith("vb") for r in reads):
        return None
    return nouns[0]


def _form(adj: Reading, noun: Reading) -> str | None:
    got = generate(forms_of(adj, noun.gender, noun.number))
    return made_form(got, (adj, noun.gender, noun.number))


def _only_noun(reads: Sequence[Reading]) -> Reading | None:
    """``_noun``, of a word with no adjective's reading either ("anciens" may be the
    adjective of "ouvriers": not read as the noun of a pair)."""
    return None if _adj(reads) else _noun(reads)


def _free(reads: Sequence[Reading]) -> bool:
    """Whether the word after the second adjective cannot be its noun."""
    return not any(r.pos == "n" for r in reads)


def _edit(toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int
          ) -> Edit | None:
    """The edit for the pair around "et" at token ``i``, None where none applies."""
    def r(j: int) -> tuple[Reading, ...]:
        return reads.get(toks[j][2].lower(), ()) if 0 <= j < len(toks) else ()

    nxt = r(i + 2)
    # "du féroce et croissante compétition" -> "de la compétition féroce et croissante"
    det = folded(toks[i - 2][2]) if i >= 2 else ""
    noun = _only_noun(r(i + 2))
    if det in DETERMINERS and noun is not None and _adj(r(i - 1)) and _adj(r(i + 1)) \
            and not any(x.pos == "n" for x in r(i - 1)) and _free(r(i + 3)):
        first, second = _form(_adj(r(i - 1))[0], noun), _form(_adj(r(i + 1))[0], noun)
        said = determiner(det, noun.gender, noun.number, toks[i + 2][2])
        if first and second and said:
            if toks[i - 2][2][:1].isupper():
                said = said[:1].upper() + said[1:]
            sep = "" if said.endswith(("'", "’")) else " "
            return (toks[i - 2][0], toks[i + 2][1],
                    f"{said}{sep}{toks[i + 2][2]} {first} et {second}")
    # the second adjective said as a gerund ("et en impressionnant"): the adjective
    sec = i + 2 if folded(toks[i + 1][2]) == "en" and _adj(r(i + 2)) else i + 1
    # the noun before "et" and its first adjective before or after it
    before = _only_noun(r(i - 1))
    if before is not None and i >= 3 and folded(toks[i - 3][2]) in DETERMINERS and \
            _adj(r(i - 2)) and not any(x.pos == "n" for x in r(i - 2)) and \
            any(agrees(a, before) for a in _adj(r(i - 2))) and \
            _adj(r(sec)) and not any(x.pos == "n" for x in r(sec)) and _free(r(sec + 1)):
        # "une grande contribution et important" -> "une grande et importante contribution"
        second = _form(_adj(r(sec))[0], before)
        if second:
            return (toks[i - 2][0], toks[sec][1],
                    f"{toks[i - 2][2]} et {second} {toks[i - 1][2]}")
    head = _noun(r(i - 2))
    if head is None or not _adj(r(i - 1)):
        return None
    if not any(agrees(a, head) for a in _adj(r(i - 1))):
        # "investissement privée et étrangère" (the pivot's gender on both): both agreed,
        # where the noun is no complement of another ("de", "des" before it)
        second_adj = _adj(r(sec))
        if i < 3 or folded(toks[i - 3][2]) in _OF or not second_adj or any(
                x.pos not in ("adj", "pp") for x in r(i - 1)) or not _free(r(sec + 1)):
            return None
        first, made = _form(_adj(r(i - 1))[0], head), _form(second_adj[0], head)
        return (toks[i - 1][0], toks[sec][1], f"{first} et {made}") if first and made \
            else None
    if sec == i + 2 and _free(r(i + 3)):
        # "une contribution importante et en impressionnant" -> "et impressionnante"
        made = _form(_adj(r(i + 2))[0], head)
        return (toks[i + 1][0], toks[i + 2][1], made) if made else None
    second_adj = _adj(r(i + 1))
    if second_adj and not any(agrees(a, head) for a in second_adj) and _free(nxt) and all(
            x.pos in ("adj", "n") or x.tags[:2] == ("vblex", "ger") for x in r(i + 1)):
        # "la mission noble et important" -> "noble et importante"
        made = _form(second_adj[0], head)
        return (toks[i + 1][0], toks[i + 1][1], made) if made else None
    return None


def adjective_pairs(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with its pairs of adjectives placed and agreed (see the module);
    one exchange with the analyser for all texts."""
    counts = {k: n for k, (s, t) in enumerate(zip(sources, texts, strict=True))
              if " et " in t and (n := english_pairs(s))}
    if not counts:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, list(counts))
    out = list(texts)
    for k, left in counts.items():
        edits: list[Edit] = []
        for i, (_, _, word) in enumerate(toks[k]):
            if word != "et" or not left or i < 2 or i + 2 >= len(toks[k]):
                continue
            got = _edit(toks[k], reads, i)
            if got is not None and (not edits or got[0] >= edits[-1][1]):
                edits.append(got)
                left -= 1
        text = texts[k]
        for start, end, new in reversed(edits):
            text = text[:start] + new + text[end:]
        out[k] = text
    return out

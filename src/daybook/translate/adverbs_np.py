"""An adverb of degree the engine left before the noun its adjective went after.

English puts an adverb before the adjective it grades and both before the noun (*highly
ambitious tasks*, *truly brilliant people*, *universally accepted democratic norms*);
Apertium's transfer moves the adjective after the noun and leaves the adverb where it was:
"accomplir hautement tâches ambitieuses", "de véritablement personnes brillantes", "à
universellement normes démocratiques acceptées". French writes the adverb right before
its adjective, after the noun: "des tâches hautement ambitieuses", "de personnes
véritablement brillantes", "aux normes démocratiques universellement acceptées"
(``stranded``). The adjective it grades is the English first one, which the engine put
last of those after the noun ("gérants sportifs hautement qualifiés" for *highly qualified
sports managers*).

Fires only as often as the English has an adverb (*very*, *highly*, any -ly adverb) right
before a word its analyser reads as an adjective or a past participle (not *negatively
affects regional security*, where the adverb is the verb's: "affecte négativement"), and
where Apertium's French analyser reads the word after the French adverb only as a noun and
the words after that noun as adjectives agreeing with it. Runs before the other noun phrase
rules, which then read the determiner and the object as usual ("cela position hautement
responsable" -> "cette position ..."; ``articles_np.bare_objects`` gives the bare object its
article: "accomplir des tâches hautement ambitieuses").
"""

from __future__ import annotations

import re

from daybook.translate.gender import Reading, agrees, clause_tokens, readings
from daybook.translate.processes import remembered_readings

# English adverbs of degree without -ly (general usage); any -ly word the analyser reads
# as an adverb counts too.
_DEGREE_EN = r"very|most|so|too|quite|rather|fairly|pretty"
_ADVERB_EN = re.compile(rf"\b((?i:{_DEGREE_EN})|[a-z]+ly) ([a-z]+(?:-[a-z]+)?)\b")
# French adverbs of degree without -ment.
_DEGREE_FR = frozenset(("très", "trop", "assez", "plutôt", "si", "aussi", "fort"))
_TOKENS = clause_tokens()
_JOINERS = frozenset(("et", ","))


def _graded(source: str) -> int:
    """How many adverbs of the source grade the adjective or participle right after them."""
    pairs = [(a.lower(), w.lower()) for a, w in _ADVERB_EN.findall(source)]
    if not pairs:
        return 0
    reads = remembered_readings(sorted({w for p in pairs for w in p}))
    count = 0
    for adverb, word in pairs:
        if adverb.endswith("ly") and not any("<adv>" in r for r in reads.get(adverb, ())):
            continue  # "early", "family", "only": not (only) a degree adverb
        if any("<adj>" in r or "<pp>" in r for r in reads.get(word, ())):
            count += 1
    return count


def _adjective(reads: tuple[Reading, ...], noun: tuple[Reading, ...]) -> bool:
    return any(r.pos in ("adj", "pp") and any(agrees(r, n) for n in noun) for r in reads)


def stranded(source: str, french: str) -> str:
    """ "accomplir hautement tâches ambitieuses" -> "accomplir tâches hautement ambitieuses",
    where the English grades the adjective (*highly ambitious tasks*)."""
    if not re.search(r"ment |très |trop |assez |plutôt |si |aussi |fort ", french):
        return french
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKENS.finditer(french)]
    candidates = [i for i, (_, _, w) in enumerate(toks[:-2])
                  if w.islower() and (w in _DEGREE_FR or w.endswith("ment"))]
    if not candidates:
        return french
    reads = readings(sorted({w.lower() for _, _, w in toks if w[:1].isalpha()}))
    edits: list[tuple[int, int]] = []  # (adverb's token, adjective's token)
    for i in candidates:
        if edits and i <= edits[-1][1]:
            continue
        said = reads.get(toks[i][2], ())
        noun_word = toks[i + 1][2]
        noun = reads.get(noun_word, ())
        # The adverb may be a noun too ("complètement"), the noun a verb's form too
        # ("tâches"): the adjectives after it agreeing with it tell.
        if not any(r.pos == "adv" for r in said) or any(r.pos in ("adj", "vblex") for r in said
                                                        ) or not noun_word.islower() or not (
                any(r.pos == "n" for r in noun) and all(r.pos in ("n", "vblex") for r in noun)):
            continue
        last, k = None, i + 2
        while k < len(toks):
            word = toks[k][2].lower()
            if _adjective(reads.get(word, ()), noun):
                last, k = k, k + 1
            elif word in _JOINERS and k + 1 < len(toks) and _adjective(
                    reads.get(toks[k + 1][2].lower(), ()), noun):
                k += 1
            else:
                break
        if last is not None:
            edits.append((i, last))
    # The English last, and only for a French candidate (one exchange with its analyser).
    for i, j in reversed(edits[:_graded(source)] if edits else []):
        adverb = toks[i][2]
        french = (french[:toks[i][0]] + french[toks[i + 1][0]:toks[j][0]] + adverb + " "
                  + french[toks[j][0]:])
    return french

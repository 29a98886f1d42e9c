"""A singular subject opening a clause after *and*, whose verb the pivot put in the plural.

``eng-cat``'s transfer reads *X and the N* as one noun phrase when the second clause's
subject follows the first clause's object: "It covers the region and the project aims to
help" came out "Il couvre la région et le projet visent à aider", the verb agreed with
"la région et le projet". The English says the number itself: a verb in *-s* (or *is*,
*has*, *was*) right after *and* + a determiner + a singular noun is the singular verb of
that noun alone.

After the engine, with the English beside the French: "et" + a singular determiner, up to
two adjectives, a singular noun, then a third person plural finite verb (with no singular
reading) goes to the singular, with its predicate after "être" (``relatives.agreed_forms``);
only as many times as the English has *and* + determiner + singular noun + such a verb.
Guards: a plural verb in the English (*Russia and the EU aim*: a compound subject), a
plural noun or determiner in the French.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import (
    DETERMINERS,
    Reading,
    clause_tokens,
    put_forms,
    tokens_and_readings,
)
from daybook.translate.relatives import agreed_forms, third_finite

__all__ = ["english_and_singulars", "singular_verbs"]

_TOKEN = clause_tokens()
# *and the project aims to*, *and its new plant has*: a determiner, at most one word, a
# singular noun (not in -s) and the third person singular (a word in -s but not -ss
# before its complement, or is/has/was); not *and the coordination of efforts*, *and our
# joint efforts have*.
_AND_SINGULAR_EN = re.compile(
    r"\band (?:the|this|that|its|our|their|his|her|my|your|a|an|each|every) "
    r"(?:(?!of\b|for\b|and\b|with\b|in\b|on\b|to\b)[a-z-]+ )?"
    r"(?!of\b|for\b|and\b|with\b|in\b|on\b|to\b)[a-z-]{3,}[a-rt-z](?<!ed) "
    r"(?:(?:[a-z]+[a-rt-z](?<!ly)s(?= (?:to|a|an|the|that|this|its|their|our|his|her|for|on|"
    r"in|with|about|up|out|\d)\b))|is|has|was)\b", re.IGNORECASE)


def english_and_singulars(source: str) -> int:
    """How many clauses *and* + determiner + singular noun + singular verb the English has."""
    return len(_AND_SINGULAR_EN.findall(source))


def _is(reads: Sequence[Reading], pos: str, number: str) -> bool:
    return any(r.pos == pos and r.number in (number, "sp") for r in reads)


def _verb_after(toks: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                i: int) -> int | None:
    """The plural verb of a singular subject opening at ``i`` (after "et"), or None."""
    word = folded(toks[i][2])
    if not (word == "l'" or DETERMINERS.get(word, ("", "", ""))[2] == "sg"):
        return None
    for j in range(i + 1, min(i + 4, len(toks) - 1)):
        here = reads.get(toks[j][2].lower(), ())
        # a singular noun, or a name (*the EU*: "l'UE", which the analyser may not know)
        noun = (_is(here, "n", "sg") and not _is(here, "n", "pl")) or _is(here, "np", "sg") \
            or (toks[j][2][:1].isupper() and not here)
        finite = third_finite(reads.get(toks[j + 1][2].lower(), ()))
        if noun and finite and all(r.number == "pl" for r in finite):
            return j + 1
        if not any(r.pos == "adj" for r in here):
            return None  # only adjectives between the determiner and the noun
    return None


def _clause_has_verb(toks: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                     et: int) -> bool:
    """Whether the clause before "et" has its finite verb (then "et" opens a clause: "Il
    couvre la région et le projet"; not a subject "Le Président et le chancelier ont")."""
    for j in range(et - 1, -1, -1):
        if folded(toks[j][2]) in (".", "!", "?", ";", ":", ",", "que", "qu'", "qui", "mais"):
            return False
        here = reads.get(toks[j][2].lower(), ())
        # only verb readings: not "président" (a noun), "entre" (a preposition)
        if here and all(r.tags[:1] and r.tags[0].startswith("vb") for r in here) and any(
                len(r.tags) > 1 and r.tags[1] in ("pri", "pii", "fti", "cni", "ifi")
                for r in here):
            return True
    return False


def singular_verbs(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the verb of a singular subject after "et" in the singular (see
    above); one exchange with the analyser and one with the generator for all texts."""
    todo = [k for k, s in enumerate(sources) if english_and_singulars(s)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    wanted: dict[int, dict[int, str]] = {}
    for k in todo:
        tk = toks[k]
        verbs = [v for i in range(len(tk) - 2) if folded(tk[i][2]) == "et"
                 and _clause_has_verb(tk, reads, i)
                 and (v := _verb_after(tk, reads, i + 1)) is not None]
        if verbs and len(verbs) <= english_and_singulars(sources[k]):
            wanted[k] = {i: g for v in verbs for i, g in agreed_forms(tk, reads, v, "sg").items()}
    spans = {k: [(a, b) for a, b, _ in toks[k]] for k in wanted}
    return put_forms(texts, wanted, spans) if wanted else list(texts)

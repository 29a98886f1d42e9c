"""An adjective English puts before two coordinated nouns, said after both.

English puts one adjective before two coordinated plural nouns and it qualifies both
(*social projects and programmes*, *advanced engines and materials*, *foreign guests and
journalists*); the pivot puts it after the first noun only, and the determiner said again
before the second noun (``plural_lists``) leaves it there: "des projets sociaux et des
programmes", "les moteurs avancés et les matériaux". French puts the adjective that
qualifies both after the last one, in the plural, masculine where one noun is (Grevisse,
*Le Bon Usage*, §§ 441, 443): "des projets et des programmes sociaux", "les moteurs et les
matériaux avancés".

Two singulars each with its own definite determiner in French, which the engine or
``list_articles`` gave it, are said so too (*international stability and security* "de la
stabilité internationale et de la sécurité" -> "de la stabilité et de la sécurité
internationales", *strategic partnership and alliance* "du partenariat et de l'alliance
stratégiques"; Grevisse § 441).

Only where the English has *W N1 and N2* with both nouns plural (or both singular), *W*
no function word, nothing but *N2* after *and* before punctuation or a word of a complement
or clause; and the French "DET N1 ADJ et DET N2" (the same plural determiner twice, or none
the second time; for singulars a definite one each, "de" or "à" again before the
second, where the agreement rules leave a plural adjective) closed by punctuation or a
preposition, ADJ an adjective for the analyser (no determiner, pronoun or finite verb
reading), N1 and N2 lower-case nouns of that number; not an
adjective French puts before its noun (``owners_of_np.BEFORE_NOUN``: *the best experiences
and practices*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import (
    Reading,
    clause_tokens,
    forms_of,
    generate,
    tokens_and_readings,
)
from daybook.translate.owners_of_np import BEFORE_NOUN

__all__ = ["shared_adjectives"]

Token = tuple[int, int, str]
Reads = dict[str, tuple[Reading, ...]]
_TOKEN = clause_tokens()
_PLURAL = frozenset(("des", "les", "ses", "leurs", "nos", "vos", "ces", "aux"))
_FUNCTION_EN = frozenset((
    "the", "a", "an", "its", "their", "our", "his", "her", "your", "my", "this", "that",
    "these", "those", "all", "other", "many", "some", "any", "more", "most", "of", "in",
    "on", "at", "for", "with", "by", "from", "to", "and", "or", "between", "among", "about",
    "both", "such", "several", "numerous", "various", "are", "were", "is", "was", "be",
    "have", "has", "we", "they", "you", "as", "into", "two", "three", "few"))
_CLOSE_EN = (r"(?=\s*[,.;:!?)”\"]|\s+(?:of|in|for|with|from|to|and|or|that|which|who|at|on|"
             r"between|among)\b)")
_PAIR_EN = re.compile(r"\b([A-Za-z][a-z-]+) ([a-z]{3,}s) and ([a-z]{3,}s)" + _CLOSE_EN)
# Two singulars (*international stability and security*, *strategic partnership and
# alliance*): each noun in French has its own definite determiner.
_SINGULAR_EN = re.compile(r"\b([A-Za-z][a-z-]+) ([a-z]{3,}(?<!s)) and ([a-z]{3,}(?<!s))"
                          + _CLOSE_EN)
_DEFINITE = frozenset(("le", "la", "l'", "du", "au"))
# What may stand between "et" and the second noun: its own determiner, "de"/"à" again.
_SECOND = frozenset(("de", "à", "du", "au", "la", "le", "l'", "des", "les", "aux"))
_CLOSE = frozenset((".", ",", ";", ":", "!", "?", ")", "»", "–", "—"))


def _noun(word: str, reads: Reads) -> Reading | None:
    got = reads.get(word, ())
    nouns = [r for r in got if r.pos == "n"]
    if not word.isalpha() or not nouns or any(r.pos in ("det", "prn") for r in got):
        return None
    return nouns[0]


def _plan(toks: list[Token], words: list[str], et: int, reads: Reads
          ) -> tuple[int, int, str, str] | None:
    """(adjective's token, second noun's token, the adjective's generator inputs joined by
    "|", the nouns' number) for "DET N1 ADJ et [DET] N2" at ``et``."""
    a, n1, d1 = et - 1, et - 2, et - 3
    if d1 < 0 or words[d1] not in _PLURAL | _DEFINITE or not toks[n1][2].islower():
        return None
    n2 = et + 1
    if words[d1] in _PLURAL:
        if n2 < len(words) and words[n2] == words[d1]:
            n2 += 1
    else:  # "de la stabilité internationale et de la sécurité": the second's own
        if n2 >= len(words) or words[n2] not in ("de", "à", "du", "au"):
            return None  # "l'industrie et la science russe": the agreement rules would
            # give the adjective the nearest noun's number again
        while n2 < len(words) and n2 - et <= 2 and words[n2] in _SECOND:
            n2 += 1
    if n2 + 1 >= len(words) or not toks[n2][2].islower():
        return None
    after = words[n2 + 1]
    if after not in _CLOSE and not any(r.pos == "pr" for r in reads.get(after, ())):
        return None
    adj = [r for r in reads.get(words[a], ()) if r.pos in ("adj", "pp")]
    first, second = _noun(words[n1], reads), _noun(words[n2], reads)
    if not adj or first is None or second is None or not toks[a][2].islower() or any(
            r.pos in ("det", "prn", "vblex") for r in reads.get(words[a], ())):
        return None
    number = "sg" if words[d1] in _DEFINITE else "pl"  # "paix" is either
    if {first.number, second.number} - {number, "sp"} or any(
            words[a] in BEFORE_NOUN or r.lemma + end in BEFORE_NOUN
            for r in adj for end in ("s", "x", "es")):
        return None  # "meilleures", "nouveaux": French says them before the nouns
    gender = "f" if first.gender == "f" and second.gender == "f" else "m"
    return a, n2, "|".join(forms_of(adj[0], gender, "pl")), number


def _pairs(source: str) -> tuple[int, int]:
    """How many *W N1s and N2s* and *W N1 and N2* the English has (*W* no function
    word)."""
    plural, singular = (sum(1 for m in pattern.finditer(source)
                            if m.group(1).lower() not in _FUNCTION_EN)
                        for pattern in (_PAIR_EN, _SINGULAR_EN))
    return plural, singular


def shared_adjectives(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "des projets sociaux et des programmes" -> "des projets et des programmes sociaux"
    where the English has *social projects and programmes* (see the module's doc)."""
    todo = [k for k, t in enumerate(texts) if " et " in t and any(_pairs(sources[k]))]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    plans: dict[int, list[tuple[int, int, str, str]]] = {}
    for k in todo:
        words = [folded(t[2]) for t in toks[k]]
        found = [p for i, w in enumerate(words) if w == "et"
                 and (p := _plan(toks[k], words, i, reads)) is not None]
        # as many as the English has such pairs, each French pair one of them
        english = _pairs(sources[k])
        found = [p for p in found if p[3] == "pl"][:english[0]] + [
            p for p in found if p[3] == "sg"][:english[1]]
        if found:
            plans[k] = found
    forms = generate(sorted({f for group in plans.values() for _, _, keys, _ in group
                             for f in keys.split("|")}))
    out = list(texts)
    for k, group in plans.items():
        text = texts[k]
        for a, n2, keys, _ in sorted(group, reverse=True):
            form = next((forms[f] for f in keys.split("|") if f in forms), None)
            if form is None:
                continue
            t = toks[k]
            text = text[:t[n2][1]] + " " + form + text[t[n2][1]:]
            text = text[:t[a - 1][1]] + text[t[a][1]:]
        out[k] = text
    return out

"""A bare plural or mass object of a verb of support as the kind it names: "les".

English says a kind with a bare noun ("We support small businesses", "to promote bilateral
relations", "it promotes cooperation"); the pivot writes the indefinite or partitive
article ("appuyer de petites entreprises", "promouvoir des relations bilatérales", "promeut
de la coopération"). After the verbs whose object is a kind rather than some instances of
it (support, help, promote, honour, protect, encourage, respect, defend, general usage),
French says the definite article: "soutenir les petites entreprises", "promouvoir les
relations bilatérales", "promeut la coopération". Only as many times as the source has one
of these verbs before a bare noun phrase; verbs of hosting or making ("accueillir des
sommets", "créer des emplois") keep theirs.
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD, VOWEL_START
from daybook.translate.gender import readings

_ENGLISH = re.compile(
    r"\b(?:support|help|promot|honou?r|protect|encourag|respect|defend)\w*\s+"
    r"(?!(?:the|a|an|our|their|its|his|her|these|those|this|that|some|any|all|many|several|"
    r"your|my|each|every|such|both|no|one|us|you|them|him|it|me|to|in|on|by|with|for|and|"
    r"out|up|each|other|more|most|what|which|who|how|there|here)\b)[a-z]", re.IGNORECASE)
_VERBS = frozenset(("appuyer", "soutenir", "aider", "promouvoir", "honorer", "protéger",
                    "encourager", "respecter", "défendre"))
_OBJECT = re.compile(rf"(?<![\w’'-])(?P<verb>{LOWER_WORD}) (?P<det>des |de la |du |de l['’]|"
                     rf"de |d['’])(?P<next>{LOWER_WORD})(?![\w’'-])")
_DEFINITE = {"des ": "les ", "de la ": "la ", "du ": "le ", "de l'": "l'", "de l’": "l’"}


def kinds(source: str, french: str) -> str:
    """ "appuyer de petites entreprises" -> "appuyer les petites entreprises", "promeut
    des valeurs" -> "promeut les valeurs" where the source supports, promotes... a bare
    noun phrase."""
    count = len(_ENGLISH.findall(source))
    if not count:
        return french
    spots = list(_OBJECT.finditer(french))
    if not spots:
        return french
    reads = readings(sorted({w for m in spots for w in (m.group("verb"), m.group("next"))}))
    left = [count]

    def fix(m: re.Match[str]) -> str:
        if not left[0] or not any(r.pos == "vblex" and r.lemma in _VERBS
                                  for r in reads.get(m.group("verb"), ())):
            return m.group(0)
        det, nxt = m.group("det"), m.group("next")
        new = _DEFINITE.get(det)
        if new is None:  # "de" before a plural adjective: "de petites entreprises"
            if not any(r.pos == "adj" and r.number == "pl" for r in reads.get(nxt, ())):
                return m.group(0)  # "aider de" (with), not an article
            new = "les "
        elif new == "les " and not any(r.pos in ("n", "adj") for r in reads.get(nxt, ())):
            return m.group(0)
        left[0] -= 1
        if new in ("le ", "la ") and VOWEL_START.match(nxt):
            new = "l'"
        return f"{m.group('verb')} {new}{nxt}"

    return _OBJECT.sub(fix, french)

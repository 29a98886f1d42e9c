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
from daybook.translate.gender import Reading, readings

_ENGLISH = re.compile(
    r"\b(?:support|help|promot|honou?r|protect|encourag|respect|defend|strengthen|consolidat|"
    r"increas|reduc|improv|deepen|broaden|expand|intensif|diversif|preserv|develop)\w*\s+"
    r"(?!(?:the|a|an|our|their|its|his|her|these|those|this|that|some|any|all|many|several|"
    r"your|my|each|every|such|both|no|one|us|you|them|him|it|me|to|in|on|by|with|for|and|"
    r"out|up|each|other|more|most|what|which|who|how|there|here)\b)[a-z]", re.IGNORECASE)
_VERBS = frozenset(("appuyer", "soutenir", "aider", "promouvoir", "honorer", "protéger",
                    "encourager", "respecter", "défendre"))
# Verbs of change: their object is an existing thing; "de" + an adjective there is an
# indefinite plural's ("accroître de nouveaux investissements").
_CHANGE = frozenset(("renforcer", "consolider", "accroître", "augmenter", "réduire", "améliorer",
                     "approfondir", "élargir", "étendre", "intensifier", "diversifier",
                     "préserver"))
# *develop* a relation between parties: "développer les liens" (Robert: "développer les
# échanges"); its other objects it makes ("développer des projets").
_RELATIONS = frozenset(("relations", "liens", "contacts", "échanges", "coopération",
                        "partenariat", "dialogue", "amitié", "interaction", "partenariats"))
# the verb may follow an elided "d'", "l'", "n'" ("afin d'accroître des investissements");
# a lookahead, so that "afin d'" + a verb does not hide the verb's own object
_OBJECT = re.compile(rf"(?=(?:(?<![\w’'-])|(?<=(?<!\w)[dlnsj]['’]))(?P<verb>{LOWER_WORD}) "
                     rf"(?P<det>des |de la |du |de l['’]|de |d['’])(?P<next>{LOWER_WORD})"
                     rf"(?![\w’'-])(?P<and> et (?:des |de la |du |de l['’])(?={LOWER_WORD}))?)")
_DEFINITE = {"des ": "les ", "de la ": "la ", "du ": "le ", "de l'": "l'", "de l’": "l’"}


def _definite(m: re.Match[str], reads: dict[str, tuple[Reading, ...]]) -> str | None:
    """The definite determiner for the object after ``m``'s verb, or None to leave it."""
    det, nxt = m.group("det"), m.group("next")
    lemmas = {r.lemma for r in reads.get(m.group("verb"), ()) if r.pos == "vblex"}
    change = bool(lemmas & _CHANGE) or ("développer" in lemmas and nxt in _RELATIONS)
    if not (lemmas & _VERBS or change):
        return None
    new = _DEFINITE.get(det)
    if new is None and change:
        return None  # "accroître de nouveaux investissements"
    if new is None:  # "de" before a plural adjective: "de petites entreprises"
        if not any(r.pos == "adj" and r.number == "pl" for r in reads.get(nxt, ())):
            return None  # "aider de" (with), not an article
        new = "les "
    elif new == "les " and not any(r.pos in ("n", "adj") for r in reads.get(nxt, ())):
        return None
    return "l'" if new in ("le ", "la ") and VOWEL_START.match(nxt) else new


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
    edits: list[tuple[int, int, str]] = []
    for m in spots:
        new = _definite(m, reads) if count else None
        if new is None or (edits and edits[-1][1] > m.start("det")):
            continue
        count -= 1
        edits.append((m.start("det"), m.end("det"), new))
        if m.group("and"):  # a second object joined by "et" takes the same
            det2 = m.group("and")[4:]
            edits.append((m.start("and") + 4, m.end("and"), _DEFINITE.get(det2, det2)))
    for start, end, said in reversed(edits):
        french = french[:start] + said + french[end:]
    return french

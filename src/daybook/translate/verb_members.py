"""The members of a list of infinitives all infinitives: "doivent couper ..., identifier et
éliminer ..., et utiliser".

English says a modal, *to* or *help* once before a list of bare verbs (*You must cut short
all attempts ..., identify and eliminate channels ..., and actively use the potential*;
*helps young people believe in themselves, find their calling, and develop the traits*).
The engine gets the first and the last member right, infinitives after "devez" and "et",
but writes a member after a comma in the present ("vous devez couper ..., identifie et
élimine des canaux ..., et activement utiliser"; "à croire en eux-mêmes, trouve leur
vocation, et développer"). French keeps the members of one list in one form (Grevisse,
*Le Bon Usage*, § 269); ``coordination`` never looks past a comma, ``verb_lists`` only
after *to*.

``infinitive_members``: where an infinitive follows "et" and the nearest verb before it is
a present after a comma (with a second present after "et" in the same member), and the
nearest verb before those is an infinitive, the presents become infinitives. Only where
the English has a comma before a bare verb and no verb in -s after a comma (*, finds
its place*: a present of the English too), never past a sentence's end, a quotation, a
relative, a gerund or another verb; "être", "avoir" and "aller" (auxiliaries of
other clauses) are left. Forms from Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import (
    CLAUSE_STOPS,
    CLAUSE_WORDS,
    Reading,
    clause_tokens,
    put_forms,
    tokens_and_readings,
)
from daybook.translate.gerund_pairs import verb_only

_TOKEN = clause_tokens("‘\\[\\]")
Token = tuple[int, int, str]
_OBJECT = (r"(?:the|a|an|their|its|our|his|her|your|my|this|these|those|them|it|us|him|"
           r"themselves|new|more|all|every|each|some|any|other|such|both)\b")
# A modal, *to* or *help* before a verb, and a comma before a bare verb with its object
# or its preposition after it.
_LIST_EN = re.compile(r"\b(?:to|must|should|can|could|will|would|may|might|shall|cannot|"
                      r"help|helps|helped|let|make|makes)\s+(?:\w+ly\s+)?[a-z]+\b[^.;:!?]*,"
                      r"\s+(?:and\s+)?(?:\w+ly\s+)?[a-z]+(?<![^s]s)(?<!ed)(?<!ing)\s+"
                      rf"(?:{_OBJECT}|in\b|on\b|for\b|with\b|to\b|up\b|out\b)")
# *, finds its*: a verb in -s after a comma, a present the French may keep.
_PRESENT_EN = re.compile(r",\s+(?:and\s+)?(?:\w+ly\s+)?[a-z]+[^s\W]s\s+" + _OBJECT)
_CLAUSE = CLAUSE_WORDS | {"comme"}
_CLITICS = frozenset(("le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'"))
_AUXILIARIES = frozenset(("être", "avoir", "aller"))
_REACH = 60  # tokens back from "et" to the list's first infinitive


def _infinitive(reads: Sequence[Reading]) -> bool:
    return verb_only(reads) and all(r.tags[1:2] == ("inf",) for r in reads)


def _present(reads: Sequence[Reading]) -> bool:
    """A present of a lexical verb, read as nothing else (no infinitive, participle, noun)."""
    return verb_only(reads) and all(r.tags[1:2] in (("pri",), ("prs",), ("imp",))
                                    for r in reads) and not any(
        r.lemma in _AUXILIARIES or r.tags[0] != "vblex" for r in reads)


def _opening(toks: list[Token], k: int) -> str:
    """The word before the verb at ``k``, past its clitics and adverbs in -ment."""
    j = k - 1
    while j >= 0 and (folded(toks[j][2]) in _CLITICS or toks[j][2].endswith("ment")):
        j -= 1
    return folded(toks[j][2]) if j >= 0 else ""


def _members(toks: list[Token], reads: dict[str, tuple[Reading, ...]], et: int
             ) -> list[int] | None:
    """The presents between the list's first infinitive and the "et" at ``et`` that opens
    its last member, or None when the list is not read safely."""
    found: list[int] = []
    for k in range(et - 1, max(-1, et - _REACH), -1):
        word = toks[k][2]
        low = folded(word)
        if word in CLAUSE_STOPS or low in _CLAUSE:
            return None
        got = reads.get(word.lower(), ())
        if not got or not any(r.tags[0].startswith("vb") for r in got):
            continue
        if any(r.tags[1:2] == ("ger",) for r in got):
            return None  # a gerund: another construction
        if any(r.pos == "pp" for r in got):
            continue  # "les tentatives ... entrepris par": a participle of a noun
        if not verb_only(got):
            continue  # a noun too ("aide", "fait"): not read here
        if _infinitive(got):
            return found if any(_opening(toks, m) == "," for m in found) else None
        if not _present(got) or not word.islower() or _opening(toks, k) not in (",", "et"):
            return None  # a verb with a subject of its own
        found.append(k)
    return None


def infinitive_members(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "vous devez couper ..., identifie et élimine ..., et utiliser" -> ", identifier et
    éliminer ..., et utiliser": see the module's doc."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if ", " in t and " et " in t and _LIST_EN.search(s) and not _PRESENT_EN.search(s)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    wanted: dict[int, dict[int, str]] = {}
    for k in todo:
        plan: dict[int, str] = {}
        for i, (_, _, word) in enumerate(toks[k][:-1]):
            if word != "et":
                continue
            j = i + 1
            while j < len(toks[k]) - 1 and (folded(toks[k][j][2]) in _CLITICS
                                            or toks[k][j][2].endswith("ment")):
                j += 1
            if not _infinitive(reads.get(toks[k][j][2].lower(), ())):
                continue
            for m in _members(toks[k], reads, i) or ():
                r = reads[toks[k][m][2].lower()][0]
                plan[m] = f"^{r.lemma}<{r.tags[0]}><inf>$"
        if plan:
            wanted[k] = plan
    return put_forms(texts, wanted, {k: [(a, b) for a, b, _ in toks[k]] for k in wanted})

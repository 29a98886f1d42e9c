"""*will not only/just V ..., but (also) V*: "ne V pas seulement ..., mais" (pre-editing).

English puts *only* (*just*, *merely*, *simply*) between a negated auxiliary and its verb
(*will not only promote*, *will not just cover our needs*); ``eng-cat`` then loses the verb
and the tense ("Nous non couverte joute nos besoins", "ne promeut pas seulement"). Said
with the adverb after the verb (*will not cover only our needs*) it writes the French
"Nous ne couvrirons pas seulement nos besoins" (*only*/*just*/*merely* all "seulement",
Petit Robert, *seulement* I.1; *simply* "simplement" kept).

The second member after *but* often drops the subject and the auxiliary (*but sell it*,
*but also sell it*, *but will also expand*), which the engine writes as an infinitive or
with another subject ("mais le vendre", "mais il le vendra"). Where the first member's
subject is a personal pronoun, they are said again (*but we will sell it*: "mais nous le
vendrons"), as French says them (Grevisse, *Le Bon Usage*, § 1043: "non seulement ...
mais" joins clauses of their own). A noun subject is not repeated.
"""

from __future__ import annotations

from collections.abc import Sequence

from daybook.translate.split_infinitives import is_infinitive
from daybook.translate.units import Unit

__all__ = ["TRIGGERS", "but_member", "not_only"]

Edit = tuple[int, int, str]

TRIGGERS = (r"\b(?:not|n't) (?:only|just|merely|simply) [a-z]",)
_ONLY = {"only": "only", "just": "only", "merely": "only", "simply": "simply"}
_FUTURE = frozenset(("will", "would", "shall"))
_BREAK = frozenset(("sent", "lpar", "rpar", "guio", "lquot", "rquot"))


def _auxiliary(u: Unit) -> bool:
    """*will*, *would*, *shall*: the future and the conditional. Not *can* (*we can not
    only cover* is no negation: "pouvons non seulement"), not *do* (the engine writes
    "mais le vendre" for *but we sell it* all the same)."""
    return u.pos == "vbmod" and u.lemma.lower() in _FUTURE


def _bare_verb(u: Unit) -> bool:
    """A verb's bare form, which the tagger may have read as a noun (*cover*)."""
    low = u.surface.lower()
    if not (u.surface.isalpha() and u.surface.islower()) or low != u.lemma.lower():
        return False
    return (u.pos == "vblex" and (u.has("inf") or u.has("pres"))) or (
        u.pos in ("n", "adj") and is_infinitive(low))


def _negated_only(units: Sequence[Unit], k: int) -> bool:
    """Whether ``units[k]`` is an auxiliary + *not* + *only* (...) + a bare verb."""
    return k + 3 < len(units) and _auxiliary(units[k]) \
        and units[k + 1].surface.lower() in ("not", "n't") \
        and units[k + 2].surface.lower() in _ONLY and _bare_verb(units[k + 3])


def not_only(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "will not just cover our needs" -> "will not cover only our needs": ``k`` is the
    auxiliary; see above."""
    if not _negated_only(units, k):
        return None
    only, verb = units[k + 2], units[k + 3]
    return only.start, verb.end, f"{verb.surface} {_ONLY[only.surface.lower()]}"


def but_member(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "..., but sell it" -> "..., but we will sell it" after "we will not only/just V":
    ``k`` is *but*; see above."""
    if units[k].surface.lower() != "but" or k + 1 >= len(units):
        return None
    j = k + 1
    if units[j].surface.lower() == "also":
        j += 1
    if j >= len(units):
        return None
    modal = _auxiliary(units[j]) and units[j].pos == "vbmod"
    if not modal and not _bare_verb(units[j]):
        return None
    m = k - 1
    while m >= 0 and units[m].pos not in _BREAK and not _negated_only(units, m):
        m -= 1
    if m < 1 or units[m].pos in _BREAK or not units[m - 1].has("prn", "subj"):
        return None
    subject, aux = units[m - 1].surface, units[m].surface.lower()
    subject = subject if subject == "I" else subject.lower()
    # "but will also expand": the subject before the auxiliary
    said = f"{subject} " if modal else f"{subject} {aux} "
    return units[k + 1].start, units[k + 1].start, said

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

*should/must not only V ..., but (also) V* is no negation of *devoir*: said the same way,
the French "ne devons pas bâtir seulement nos routes, mais aussi" becomes "devons non
seulement bâtir nos routes, mais aussi" (``modal_french``, run with the negations), and
the second member keeps *devoir*'s infinitive ("mais aussi les maintenir"), unless the
tagger reads its verb as a noun (*but also act*: "mais aussi nous devrions agir").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import cased_like
from daybook.translate.split_infinitives import is_infinitive
from daybook.translate.units import Unit

__all__ = ["TRIGGERS", "but_member", "modal_french", "not_only"]

Edit = tuple[int, int, str]

TRIGGERS = (r"\b(?:not|n't) (?:only|just|merely|simply) [a-z]",)
_ONLY = {"only": "only", "just": "only", "merely": "only", "simply": "simply"}
_FUTURE = frozenset(("will", "would", "shall"))
# *should*/*must* + *not only*: "devoir" + "non seulement" after the engine (``modal_french``)
_MODAL = frozenset(("should", "must"))
_BREAK = frozenset(("sent", "lpar", "rpar", "guio", "lquot", "rquot"))


def _auxiliary(u: Unit, modals: frozenset[str] = _FUTURE) -> bool:
    """*will*, *would*, *shall*: the future and the conditional (with ``_MODAL``, *should*
    and *must* too). Not *can* (*we can not only cover* is no negation: "pouvons non
    seulement"), not *do* (the engine writes "mais le vendre" for *but we sell it* all the
    same)."""
    # *should* is the tagger's "shall": its surface counts
    return u.pos == "vbmod" and (u.lemma.lower() in modals or u.surface.lower() in modals)


def _bare_verb(u: Unit) -> bool:
    """A verb's bare form, which the tagger may have read as a noun (*cover*)."""
    low = u.surface.lower()
    if not (u.surface.isalpha() and u.surface.islower()) or low != u.lemma.lower():
        return False
    return (u.pos == "vblex" and (u.has("inf") or u.has("pres"))) or (
        u.pos in ("n", "adj") and is_infinitive(low))


def _negated_only(units: Sequence[Unit], k: int, modals: frozenset[str] = _FUTURE) -> bool:
    """Whether ``units[k]`` is an auxiliary + *not* + *only* (...) + a bare verb."""
    return k + 3 < len(units) and _auxiliary(units[k], modals) \
        and units[k + 1].surface.lower() in ("not", "n't") \
        and units[k + 2].surface.lower() in _ONLY and _bare_verb(units[k + 3])


def not_only(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "will not just cover our needs" -> "will not cover only our needs": ``k`` is the
    auxiliary; see above. *should*/*must* too: "ne devons pas bâtir seulement nos routes,
    mais" is then said "devons non seulement bâtir" (``modal_french``)."""
    if not _negated_only(units, k, _FUTURE | _MODAL):
        return None
    only, verb, said = units[k + 2], units[k + 3], _ONLY[units[k + 2].surface.lower()]
    j = k + 4
    while j < len(units) and units[j].pos == "adj":  # "new jobs"
        j += 1
    if j < len(units) and units[j].pos == "n" and units[j].surface.isalpha() \
            and units[j].surface.islower() and (j + 1 >= len(units) or units[j + 1].pos != "n"):
        # a bare noun: "only roads" is "routes uniques" to the engine, "roads only" is not
        return only.start, units[j].end, f"{line[verb.start:units[j].end]} {said}"
    return only.start, verb.end, f"{verb.surface} {said}"


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
    while m >= 0 and units[m].pos not in _BREAK \
            and not _negated_only(units, m, _FUTURE | _MODAL):
        m -= 1
    if m < 1 or units[m].pos in _BREAK or not units[m - 1].has("prn", "subj") \
            or (units[m].surface.lower() in _MODAL and units[j].pos != "n"):
        return None  # "mais aussi les maintenir" after "devoir"; a verb read as a noun
        # (*but also act*: "mais aussi acte") gets its subject and modal again
    subject, aux = units[m - 1].surface, units[m].surface.lower()
    subject = subject if subject == "I" else subject.lower()
    # "but will also expand": the subject before the auxiliary
    said = f"{subject} " if modal else f"{subject} {aux} "
    return units[k + 1].start, units[k + 1].start, said


# "ne devons pas bâtir seulement nos routes, mais": *devoir* negated, its infinitive (and a
# bare noun's "des routes", said before "seulement" above), then "seulement", with a "mais"
# later in the sentence (the *but* of *not only ..., but*)
_MODAL_FR = re.compile(r"(?<![\w’'-])([Nn]e) ((?:dev|doi)\w*) pas (\w+(?:er|ir|re)"
                       r"(?: (?:des|du|les) \w+| de \w+ \w+)?) seulement"
                       r"(?=[^.!?;]*?(?<![\w’'-])mais(?![\w’'-]))")


def modal_french(text: str) -> str:
    """ "Nous ne devons pas bâtir seulement nos routes, mais aussi" -> "Nous devons non
    seulement bâtir nos routes, mais aussi": *must/should not only V ..., but* is no
    negation of *devoir* (Grevisse § 1043: "non seulement" before the word it bears on).
    Without a "mais" after it ("ne devons pas compter seulement sur") it stays."""
    return _MODAL_FR.sub(
        lambda m: f"{cased_like(m.group(2), m.group(1))} non seulement {m.group(3)}", text)

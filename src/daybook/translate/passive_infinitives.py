"""An English passive the pivot wrote "être" + infinitive: the participle French needs.

English *be* + past participle is the French passive "être" + participle (Grevisse, the
passive voice), but eng-cat sometimes hands cat-fra the verb's infinitive after the
auxiliary: *satellites that are made with domestic components* "qui sont faire avec", *This
is confirmed by exercises* "C'est confirmer par", *the issues that are raised there* "qui
sont soulever", *this was done in keeping with* "cela a été faire". ``passive_infinitives``
writes the participle ("sont fait", "est confirmé", "a été fait"); ``agreement`` then
agrees it with the subject ("les questions qui sont soulevées").

Guards: a form of "être" (past a negation or a short adverb) before a word the French
analyser reads only as an infinitive, and only as many as the English has *be* (past
*not* or an adverb) + a word its analyser reads as a participle: "Ce que vous faites est
défendre votre patrie" (*is defend*) and "Le but est de renforcer" are left.
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import ETRE, ETRE_NONFINITE, THIRD, alternation, etre
from daybook.translate.french import cased_like
from daybook.translate.gender import readings, verb_form
from daybook.translate.processes import remembered_readings

_ETRE = alternation(ETRE | etre("subjunctive", persons=THIRD) | ETRE_NONFINITE)
_ADVERB_FR = r"(?:pas|plus|aussi|déjà|toujours|bien|également|souvent|jamais|encore|[a-zéè]+ment)"
# "être" (past an adverb or two) + a word with an infinitive's ending: the quick test.
_FRENCH = re.compile(rf"(?<![\w-])(?:{_ETRE}) (?:{_ADVERB_FR} ){{0,2}}"
                     rf"([a-zàâçéèêëîïôûù]+(?:er|ir|re|oir))(?![\w’'-])", re.IGNORECASE)
_BE_EN = re.compile(r"\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:not|also|already|"
                    r"always|often|never|still|now|\w+ly)\s+){0,2}([a-z]+)\b", re.IGNORECASE)

_MADE_POSSIBLE = re.compile(r"\b(?:made|be made|been made) possible\b", re.IGNORECASE)


def _english_passives(source: str) -> int:
    """How many *be* + participle the English has (its analyser's <pp> reading)."""
    words = [m.group(1).lower() for m in _BE_EN.finditer(source)]
    reads = remembered_readings(sorted(set(words))) if words else {}
    return sum(any("<vblex><pp>" in r for r in reads.get(w, ())) for w in words)


def passive_infinitives(source: str, french: str) -> str:
    """``french`` with "être" + infinitive said "être" + participle (masculine singular,
    agreed later) where the English has as many passives (see the module's doc): "satellites
    qui sont faire avec" -> "qui sont fait avec", "C'est confirmer par" -> "C'est confirmé
    par"."""
    found = list(_FRENCH.finditer(french))
    if not found or not _BE_EN.search(source):
        return french
    reads = readings(sorted({m.group(1).lower() for m in found}))
    infinitives = [m for m in found if m.group(1).lower() not in ("être", "avoir") and (
        r := reads.get(m.group(1).lower())) and all(
        x.pos.startswith("vb") and "inf" in x.tags for x in r)]
    if not infinitives or len(infinitives) > _english_passives(source):
        return french
    out = french
    for m in reversed(infinitives):
        lemma = reads[m.group(1).lower()][0].lemma
        # *made possible*: the pivot's "permettre" (Catalan "fer possible" read as
        # "permetre"); French says "rendre possible" (Robert & Collins).
        made = "rendu possible" if lemma == "permettre" and _MADE_POSSIBLE.search(
            source) and "possible" not in french[m.end(1):m.end(1) + 10] else verb_form(
            lemma, "pp", "m", "sg")
        if made is not None:
            out = out[:m.start(1)] + cased_like(made, m.group(1)) + out[m.end(1):]
    return out

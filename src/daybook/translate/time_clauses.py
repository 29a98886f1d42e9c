"""*As I V-ed ..., I ...*: *as* of time (an activity going on), not of cause or comment.

The pivot reads a clause-opening *as* as the conjunction of cause or comment, "comme",
and the simple past as the compound past: *As I prepared for this event, I was
surprised* came out "Comme je me suis préparé pour cet événement", an event over before
the main clause. *As* + a verb of activity in the simple past, whose sentence goes on
with the same pronoun subject after the comma, is the time during which the main clause
happens (Swan, *Practical English Usage* § 77, *as* "while"), French "alors que" + the
imperfect (Grevisse § 888): "Alors que je me préparais pour cet événement". Only verbs of
an activity (a general list: *prepare, travel, walk, work, watch, listen*...), never a
verb of saying or knowing (*As I said*, *As we agreed* are comments: "Comme je l'ai
dit"), nor another subject after the comma (*As we agreed, the ministers will meet*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import alternation, avoir, etre
from daybook.translate.gender import readings, verb_form

__all__ = ["as_while"]

# Verbs of an activity in progress (general English usage), regular pasts in -ed.
_ACTIVITIES = ("prepar", "travell", "travel", "walk", "work", "look", "listen", "watch",
               "visit", "talk", "wait", "approach", "review", "examin", "stud", "follow",
               "explor", "tour", "wander", "search")
_AS_EN = re.compile(r"(?:(?<=^)|(?<=[.!?;] ))As (?P<who>I|we) (?:"
                    + "|".join(sorted(_ACTIVITIES, key=len, reverse=True))
                    + r")i?ed [^,.;:!?]{3,}?, (?P=who)\b")
# French: the pivot's "comme" (or "puisque", "tandis que") + the subject + the compound
# past.
_FIRST = ("1sg", "1pl")
_AS_FR = re.compile(r"(?:(?<=^)|(?<=[.!?;] ))(?:Comme|Puisque|Tandis que) (?P<who>je |j['’]|"
                    r"nous )(?P<self>(?:me|nous) |m['’])?(?:" + alternation(
                        avoir("present", persons=_FIRST) | etre("present", persons=_FIRST))
                    + ") "
                    r"(?P<pp>[\w-]+)(?![\w’'-])")


def _imperfect(m: re.Match[str]) -> str:
    """ "Comme je me suis préparé" -> "Alors que je me préparais"; unchanged when the
    participle is not read as one."""
    pp = m.group("pp")
    lemma = next((r.lemma for r in readings([pp]).get(pp, ()) if r.pos == "pp"), None)
    plural = m.group("who").startswith("nous")
    form = verb_form(lemma, "pii", "p1", "pl" if plural else "sg") if lemma else None
    if form is None:
        return m.group(0)
    self_ = m.group("self") or ""
    if self_:
        self_ = "nous " if plural else ("m'" if form[:1] in "aeiouéèêh" else "me ")
    return f"Alors que {'nous' if plural else 'je'} {self_}{form}"


def as_while(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Comme je me suis préparé pour cet événement, j'ai été" -> "Alors que je me
    préparais pour cet événement, j'ai été": see above."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        if many := len(_AS_EN.findall(source)):
            text = _AS_FR.sub(_imperfect, text, count=many)
        out.append(text)
    return out

"""English subject relatives the tagger misreads, said again before Apertium (``preedit``).

After a plural noun, *that* followed by a verb in the plural present that is also a noun
("the companies that work here", "the regions that need help", "the issues that concern
us") is read by ``eng-cat``'s tagger as the demonstrative and a singular noun: "les
entreprises ce travail ici", "les régions cette aide de besoin". The English verb has no
ending to tell it; *that do* + the verb does ("qui travaillent ici", "qui ont besoin
d'aide"): the auxiliary makes the clause a subject relative with a plural verb (the pivot
drops the auxiliary). French relatives (``relatives``) then agree the verb with its head.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from daybook.translate.units import Unit

__all__ = ["AFTER_THAT", "TRIGGERS", "that_verb"]

Edit = tuple[int, int, str]

# Words that open a noun phrase with its determiner, or a clause with its subject or its
# verb, after *that* ("says that the", "that we"): no bare word of a misread *that* (also
# ``that_np``'s).
AFTER_THAT = (r"the|a|an|we|I|you|they|he|she|it|this|these|those|there|our|their|its|his|"
              r"her|my|is|was|are|were|will|would|can|could|must|should|may|might|has|have|"
              r"had|in|of|to|for|on|at|with|by|and|or|not|no|all|some|many|every|each")
# A plural noun (or "people"...), *that*, a bare lower-case word and the next word.
TRIGGERS = (
    rf"(?-i:(?:[a-z]s|people|children|men|women) that (?!(?:{AFTER_THAT})\b)[a-z]+(?<!s) "
    r"[a-z])",
    r"(?-i:[a-z]s, which [a-z]+(?<!s) [a-z])",  # "the countries, which export oil"
)
# What follows a verb the tagger read as a noun: an adverb, an object, a preposition.
_AFTER_VERB = frozenset(("adv", "det", "pr", "prn", "n", "num", "adj", "preadv"))
# Verbs with two objects: "gave the regions that support", "told the children that story"
# (*that* is then the second object's determiner); general English grammar (ditransitive
# verbs, Quirk et al. 16.55).
_GIVE = frozenset((
    "give", "offer", "tell", "show", "send", "grant", "bring", "teach", "promise", "pay",
    "owe", "lend", "deny", "cost", "ask", "wish", "award", "hand", "sell", "leave", "allow",
))
# The head noun's phrase: its modifiers back to the word before it.
_NP = frozenset(("n", "adj", "det", "num"))


def that_verb(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "the companies that work here" -> "the companies that do work here" (the engine:
    "les entreprises qui travaillent ici"), ", which export oil" -> ", which do export
    oil" (", qui exportent du pétrole"): *that* read as a demonstrative after a plural
    noun (*which* as a determiner after one and a comma), before a singular noun that is
    also a verb (its bare form, the plural present) and a word that can follow a verb. Not
    after a verb with two objects ("offered the regions that support"), nor at a clause's
    end ("the companies that work.")."""
    u = units[k]
    if u.surface not in ("that", "which") or u.pos != "det" or k < 2 or k + 2 >= len(units):
        return None
    head, verb, after = units[k - 1], units[k + 1], units[k + 2]
    if u.surface == "which":  # ", which export oil": after a comma only
        if head.pos != "cm":
            return None
        head = units[k - 2]
    if head.pos != "n" or not head.has("pl") or not head.surface.islower():
        return None
    if verb.pos != "n" or not verb.has("sg") or not verb.surface.isalpha() \
            or not verb.surface.islower() or verb.surface.endswith("s"):
        return None
    if after.pos not in _AFTER_VERB or (after.pos == "n" and not after.surface.islower()):
        return None
    j = k - 1 if u.surface == "that" else k - 2
    while j > 0 and units[j - 1].pos in _NP:
        j -= 1
    if j > 0 and units[j - 1].lemma.lower() in _GIVE:
        return None
    from daybook.translate.processes import word_readings  # processes imports preedit

    readings = word_readings([verb.surface]).get(verb.surface, ())
    if not any(r.startswith(f"{verb.surface}<vblex><pres>") for r in readings):
        return None
    # the edit spans the verb: no rule reads it as a noun after this one ("that help" as
    # the head of a relative without *that*: "help that the economy")
    return u.start, verb.end, u.surface + " do" + line[u.end:verb.end]

"""Phrasal verbs before Apertium (called from ``preedit``), on the English tagger's units.

The engine says some phrasal verbs word for word ("set up" "monter", "carry out" "faire"):
those of ``data/preedit_en.json``'s table go as one verb it knows, in the tense the tagger
read ("set up a group" -> "establish a group", "carry out the work" -> "realise the work":
"réaliser"). A phrasal verb split by an object pronoun ("carry them out", "set it up"),
which the tagger reads as the verb alone and an adverb ("les porter dehors", "le mettre
dessus"), goes the way its joined form goes: the table's verb ("realise them": "les
réaliser"), or, for a verb the engine's analyser knows joined, the particle before the
pronoun ("give it up" -> "give up it": "le laisser"), the order it reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from daybook.translate.french import cased_like
from daybook.translate.processes import word_readings
from daybook.translate.units import NP_START, Unit

__all__ = ["PARTICLES", "SPLIT_OBJECTS", "Phrasal", "in_tense", "joined", "phrasal"]

# Object pronouns a phrasal verb's particle may follow, and the particles.
SPLIT_OBJECTS = frozenset(("it", "them", "him", "her", "us", "me", "this", "that"))
PARTICLES = frozenset(("out", "up", "down", "off", "back", "over", "away", "forward", "on"))
# Particles that are often a preposition with its own object ("put it on the table").
_PREPOSITIONS = frozenset(("on", "over", "down", "off"))


@dataclass(frozen=True)
class Phrasal:
    """The table: each phrasal verb's forms (infinitive/present, third person singular,
    past, past participle, gerund) and those said so only before an object."""

    verbs: Mapping[str, Sequence[str]]
    with_object: frozenset[str]


def in_tense(u: Unit, forms: Sequence[str]) -> str:
    """The form of ``forms`` in the tense the tagger read ``u`` in, with its capital."""
    if u.has("ger") or u.has("pprs"):
        new = forms[4]
    elif u.has("pp"):
        new = forms[3]
    elif u.has("past"):
        new = forms[2]
    elif u.has("pres", "p3", "sg"):
        new = forms[1]
    else:
        new = forms[0]
    return cased_like(new, u.surface)


@cache
def joined(verb: str, particle: str) -> bool:
    """Whether the engine's analyser knows "verb particle" as one verb ("give up",
    "carry out": "give<vblex><sep><inf># up"; not "point out", which it reads as two
    words)."""
    key = f"{verb} {particle}"
    return any(r.endswith(f"# {particle}") for r in word_readings([key]).get(key, ()))


def _split(units: Sequence[Unit], k: int, table: Phrasal) -> tuple[int, int, str] | None:
    """ "carry them out" -> "realise them", "give it up" -> "give up it". Not when the
    particle is a preposition with its own object ("put it on the table") or opens "out
    of"."""
    u = units[k]
    if k + 2 >= len(units):
        return None
    obj, particle = units[k + 1], units[k + 2]
    word = particle.surface.lower()
    if not (obj.pos == "prn" and ("obj" in obj.tags or "dem" in obj.tags)
            and obj.surface.lower() in SPLIT_OBJECTS
            and particle.pos in ("adv", "pr") and word in PARTICLES):
        return None
    after = units[k + 3] if k + 3 < len(units) else None
    if after is not None and (after.lemma.lower() == "of" or (
            word in _PREPOSITIONS and after.pos in ("det", "n", "np", "num", "prn", "adj"))):
        return None
    key = f"{u.lemma.lower()} {word}"
    # *this*, *that* as "it": French puts the object pronoun before the verb ("nous le
    # réalisons"); the engine writes the demonstrative after it ("nous réalisons ça")
    pronoun = "it" if obj.surface.lower() in ("this", "that") else obj.surface
    if key in table.verbs:
        return u.start, particle.end, f"{in_tense(u, table.verbs[key])} {pronoun}"
    if joined(u.lemma.lower(), word):
        return u.start, particle.end, f"{u.surface} {word} {pronoun}"
    return None


def phrasal(units: Sequence[Unit], k: int, table: Phrasal) -> tuple[int, int, str] | None:
    """The edit (start, end, new English) for a phrasal verb at unit ``k``, or None."""
    u = units[k]
    if u.pos != "vblex":
        return None
    if (split := _split(units, k, table)) is not None:
        return split
    lemma = u.lemma.lower()
    for size in (2, 1, 0):
        if k + size >= len(units):
            continue
        key = " ".join([lemma, *(units[k + n].surface.lower() for n in range(1, size + 1))])
        if key in table.verbs:
            break
    else:
        return None
    end = units[k + size].end
    nxt = units[k + size + 1] if k + size + 1 < len(units) else None
    if key in table.with_object and (nxt is None or nxt.pos not in (*NP_START, "prn")):
        return None  # "it worked out": no object, another sense
    article = ""
    if " " not in key:  # "discuss" with an object: "talk about the ..." ("parler des ...")
        if k + 1 >= len(units) or units[k + 1].pos not in NP_START or u.has("ger") \
                or u.has("pprs"):
            return None
        if units[k + 1].pos in ("adj", "n") and "acr" not in units[k + 1].tags:
            article = " the"
    return u.start, end, in_tense(u, table.verbs[key]) + article

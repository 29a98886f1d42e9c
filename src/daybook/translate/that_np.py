"""A *that*-clause whose subject has no determiner, given "the" before the engine (called
from ``preedit``).

After a verb, an adjective or *be*, *that* opens an object clause ("I have said that
Ukrainians and Russians are fraternal peoples", "It is true that sport is developing",
"The main point is that old capacities cannot be exploited"). When the clause's subject
is a noun phrase with no determiner, ``eng-cat``'s tagger reads *that* as the demonstrative
determiner of that noun, and the pivot writes "ces"/"ce" and no "que": "J'ai dit ces
Ukrainiens sont", "c'est vrai ce sport développe", "le point principal est ces vieilles
capacités". French gives such a subject its article (a class or a mass taken as a whole,
Grevisse § 587: "que les Ukrainiens", "que le sport"); with *the* written the tagger reads
*that* as the conjunction, and the pivot writes "que les Ukrainiens et les Russes sont",
"qu'il est vrai que le sport". The clause is read from the tagger's units: *that* as a
determiner after a verb, an adjective, *be* or a noun of the clause's content (*the fact
that*), then a bare noun phrase (adjectives and nouns, lists of them, *of/from/between* +
a noun phrase) and a finite verb that agrees with it (or *who*/*which* after a plural).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from daybook.translate.relatives_en import AFTER_THAT

if TYPE_CHECKING:
    from daybook.translate.units import Unit

__all__ = ["TRIGGERS", "subject"]

Edit = tuple[int, int, str]

# *that*, then a bare lower-case word (or a capitalised plural: "Ukrainians").
TRIGGERS = (
    rf"(?-i:\bthat (?!(?:{AFTER_THAT}|your|if|when|as|such|much|more|most|both|any|one|two|"
    r"three)\b)(?:[a-z]+|[A-Z][a-z]+s) [a-z])",
)
# Nouns of a clause's content that take *that* + a clause (general English grammar, Quirk
# et al. 17.26): "the fact that prices rose", "confidence that relations will develop".
_CONTENT = frozenset((
    "fact", "idea", "hope", "hopes", "confidence", "conviction", "belief", "view", "opinion",
    "impression", "news", "assurance", "assurances", "evidence", "sign", "signs", "proof",
    "understanding", "feeling", "certainty", "expectation", "expectations", "assumption",
    "thesis", "point", "statement", "claim", "claims", "reports"))
# Quantity nouns: "that millions of cars have used" is "que des millions", not "les".
_QUANTITY = frozenset((
    "millions", "thousands", "hundreds", "dozens", "billions", "tens", "lots", "plenty",
    "scores", "trillions", "percent", "per"))
# Prepositions a subject's noun may take its complement with.
_OF = frozenset(("of", "from", "between", "for", "in", "on", "with", "among", "at", "within",
                 "across", "throughout", "around"))
_FINITE = frozenset(("vbmod", "vbser", "vbhaver", "vbdo", "vblex"))


def _before(units: Sequence[Unit], k: int) -> bool:
    """Whether the word before *that* (at ``k``) takes a *that*-clause: a verb, an
    adjective, *be*, a content noun, or *just* after one ("not just that"); a verb
    before a prepositional phrase ("said on many occasions that")."""
    if k == 0:
        return False
    u = units[k - 1]
    if u.pos == "adv" and u.surface.lower() in ("just", "only") and k >= 2:
        u = units[k - 2]
    if u.pos == "n" and u.surface.lower() not in _CONTENT:
        i = k - 1  # a verb's adverbial phrase: "said on many occasions that"
        while i > 0 and units[i].pos in ("n", "adj", "det", "num"):
            i -= 1
        return i > 0 and units[i].pos == "pr" and units[i - 1].pos in ("vblex", "vbser")
    return u.pos in ("vblex", "vbser", "adj", "n")


def _noun_phrase(units: Sequence[Unit], j: int) -> tuple[int, bool] | None:
    """The end of the bare noun phrase from ``j`` and whether it is plural: adjectives and
    nouns (its head the last noun before any complement), joined by commas and
    conjunctions (a later member with its determiner: "scientists, engineers and the
    industry"), a complement after *of*, *from*, *between*... ("relations between Russia
    and Kazakhstan"); None when no noun heads it. *and* outside a complement makes it
    plural, *as well as* does not."""
    k, head, plural, inside = j, None, False, False
    while k < len(units):
        u = units[k]
        nxt = units[k + 1].pos if k + 1 < len(units) else "sent"
        if u.pos in ("adj", "n"):
            head = u if u.pos == "n" and not inside else head
        elif u.pos in ("det", "np", "num") and k > j and units[k - 1].pos in (
                "cnjcoo", "cm", "pr", "np", "adj"):
            pass
        elif u.pos == "cnjcoo" and head is not None and nxt in ("adj", "n", "det", "np"):
            plural = plural or (u.lemma.lower() == "and" and not inside)
        elif u.pos == "cm" and head is not None and not inside and nxt in ("adj", "n"):
            pass
        elif u.pos == "pr" and u.lemma.lower() in _OF and head is not None and nxt in (
                "det", "adj", "n", "np", "num"):
            inside = True
        else:
            break
        k += 1
    if head is None:
        return None
    return k, plural or head.has("pl")


def subject(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "I have said that Ukrainians and Russians are" -> "that the Ukrainians and Russians
    are", "It is true that sport is developing" -> "that the sport is developing": *that*
    read as a determiner after a verb, an adjective, *be* or a content noun, before a bare
    noun phrase and its finite verb, or after *and* in a second clause before a plural.
    Not after any other noun (a relative: "inspiration that leads us", ``relatives_en``'s),
    before a name, a quantity ("that millions of"), nor where the verb does not agree with
    the phrase ("that targets women is")."""
    u = units[k]
    if u.surface.lower() != "that" or u.pos != "det" or k + 2 >= len(units):
        return None
    # a second clause of the same verb: "that the economy grows and that Russian companies"
    second = units[k - 1].pos == "cnjcoo" and any(
        x.surface.lower() == "that" for x in units[:k - 1])
    if not (second or _before(units, k)):
        return None
    first = units[k + 1]
    if first.pos not in ("adj", "n") or first.surface.lower() in _QUANTITY or (
            first.surface[:1].isupper() and not (first.pos == "adj" or first.has("pl"))):
        return None  # a name; a demonym ("Russian companies", "Ukrainians") is no name
    found = _noun_phrase(units, k + 1)
    if found is None or (second and not found[1]):
        return None  # "and that" + a singular may be the determiner ("and that project")
    verb, plural = found
    while verb < len(units) and units[verb].pos == "adv":
        verb += 1
    if verb >= len(units) or not _agrees(units, verb, plural, verb == found[0]):
        return None
    word = first.surface if first.surface[:1].isupper() else first.surface.lower()
    return u.start, first.end, f"{line[u.start:u.end]} the {word}"


def _agrees(units: Sequence[Unit], i: int, plural: bool, next_to: bool) -> bool:
    """Whether the unit at ``i`` is the subject's finite verb: a modal, a verb in a tense
    whose number is the subject's, *have* or a bare verb after a plural (the tagger reads
    "imports from Iran have" as an infinitive), *who*/*which* right after a plural
    ("talented people who are loyal to music teach")."""
    v = units[i]
    if v.pos == "prn" and v.has("rel"):
        return plural and next_to
    if v.pos not in _FINITE:
        return False
    if v.pos == "vbmod" or v.has("past"):
        return True
    if v.has("pres"):
        return (v.has("sg") or v.has("p3")) != plural
    return plural and v.has("inf") and v.pos in ("vbhaver", "vblex")

"""A past participle used as an adjective after *and*, before its noun (pre-editing).

``eng-cat``'s tagger reads a participle in -ed after *and* as a verb in the past, so the
engine writes a conjugated verb with the noun as its object: *energetic and dedicated
people* "d'énergétique et ont consacré des personnes", *young and qualified personnel*
"jeune et a capacité personnel", *the increase of real wages and fixed investment* "et a
fixé l'investissement", *industrial companies and specialised businesses* "et ont
spécialisé entreprises". A participle between a conjunction and its noun is an adjective
of that noun (as *open* or *new* would be there); French says it after the noun, agreed
("des personnes dévouées", "l'investissement fixe").

- ``participle_second``: an adjective, *and*/*or*, the participle, its noun (*energetic
  and dedicated people*): the two adjectives change places (*dedicated and energetic
  people*), where the tagger reads the participle before *and* as one ("des personnes
  consacrées et énergétiques"); French orders coordinated adjectives freely. Not after a
  verb *be* or *have* (*are young and qualified*: a predicate), nor after *and* or *or*
  (the tagger then reads the participle as a past again).
- ``participle_member``: a noun phrase, *and*, the participle, its noun, at the end of its
  conjunct (before punctuation, *and*, *or* or *as well as*), where the sentence has a verb
  before it (``preedit_np.attributive`` takes the sentences with none): *the* goes before
  the participle ("et l'investissement fixe"), only where the first conjunct is built
  alike, an adjective and a noun with no determiner after a preposition or a comma (*of
  real wages and fixed investment*, *, industrial companies and specialised businesses*);
  a verb's bare object (*won tenders and signed contracts*) or a noun with no adjective
  (*spoke with farmers and visited farms*) is left: there the participle may be a second
  verb. A participle the English dictionary has as an adjective too (*fixed*,
  *qualified*) may close the sentence and follow any preposition (*investment in fixed
  assets and fixed investment.*).
"""

from __future__ import annotations

from collections.abc import Sequence

from daybook.translate.processes import remembered_readings
from daybook.translate.units import Unit

Edit = tuple[int, int, str]

_AUXILIARY = frozenset(("vbser", "vbhaver"))
_AND = frozenset(("and", "or"))
# What may follow the noun of a participle that ends its conjunct.
_CLOSE = frozenset((",", ";", ".", ":", ")", "!", "?"))
_CLOSE_WORDS = frozenset(("and", "or", "as"))
_ENDS = frozenset((".", "!", "?"))


def _participle(u: Unit) -> bool:
    """A participle in -ed the tagger read as a verb (past or past participle)."""
    return u.pos == "vblex" and (u.has("past") or u.has("pp")) and u.surface.endswith("ed") \
        and u.surface.islower()


def _noun_after(units: Sequence[Unit], j: int) -> int:
    """The index after the noun group (adjectives, then common nouns) opening at ``j``;
    -1 where there is no noun."""
    while j < len(units) and units[j].pos == "adj":
        j += 1
    first = j
    while j < len(units) and units[j].pos == "n" and units[j].surface.islower():
        j += 1
    return j if j > first else -1


def participle_second(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "energetic and dedicated people" -> "dedicated and energetic people": an adjective
    and a participle read as a past before their noun change places (see the module)."""
    u = units[k]
    if u.pos != "adj" or not u.surface.islower() or k + 3 >= len(units):
        return None
    conj, part = units[k + 1], units[k + 2]
    if conj.surface.lower() not in _AND or not _participle(part) or not part.has("past"):
        return None
    if _noun_after(units, k + 3) < 0:
        return None
    start = k
    if start and units[start - 1].pos == "adv" and units[start - 1].surface.islower():
        start -= 1  # "very young and qualified": the adverb goes with its adjective
    before = units[start - 1] if start else None
    if before is None or before.pos in _AUXILIARY or before.surface.lower() in _AND or \
            before.pos == "adj" or before.surface in _CLOSE:
        return None  # "are young and qualified": a predicate; a longer list; after a
        # comma the tagger reads the participle as a past wherever it is
    first = line[units[start].start:u.end]
    # after a preposition but "of" the tagger reads a participle as a past even first,
    # after "the" as an adjective ("for the interested and direct dialogue": "pour le
    # dialogue intéressé et direct")
    the = "the " if before.pos == "pr" and before.surface.lower() != "of" else ""
    return units[start].start, part.end, f"{the}{part.surface} {conj.surface} {first}"


def participle_member(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "of real wages and fixed investment," -> "of real wages and the fixed investment,":
    a participle closing a conjunct like the one before *and* (see the module)."""
    u = units[k]
    if k < 3 or not _participle(u) or units[k - 1].surface.lower() != "and":
        return None
    end = _noun_after(units, k + 1)
    if end < 0:
        return None
    # a word the English dictionary has as an adjective too (*fixed*, *qualified*): the
    # conjunct may end the sentence and follow any preposition (*investment in fixed
    # assets and fixed investment.*)
    listed = any("<adj>" in r for r in remembered_readings([u.surface]).get(u.surface, ()))
    if ((end >= len(units) or units[end].surface in _ENDS) and not listed) or (
            end < len(units) and units[end].surface not in _CLOSE
            and units[end].surface.lower() not in _CLOSE_WORDS):
        return None  # "signed contracts for the programme", "and visited schools.": a
        # verb and its object may end a sentence; a list goes on after a comma
    head = units[k - 2]
    if head.pos != "n" or not head.surface.islower():
        return None
    i = k - 2
    while i > 0 and units[i - 1].pos == "n" and units[i - 1].surface.islower():
        i -= 1
    if i == 0 or units[i - 1].pos != "adj":
        return None  # no adjective: "with farmers and visited farms"
    while i > 0 and units[i - 1].pos == "adj":
        i -= 1
    if i == 0 or not (units[i - 1].surface.lower() == "of" or units[i - 1].surface == ","
                      or (listed and units[i - 1].pos == "pr")):
        return None  # a determiner or a verb before ("won tenders and signed contracts"),
        # a verb's complement ("spoke with local farmers and visited farms")
    return u.start, u.start, "the "

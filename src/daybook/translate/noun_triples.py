"""Three-noun stacks (*the railway ferry service*, *a document exchange ceremony*), said
before the engine with the first noun after the other two.

English stacks a noun of kind on a compound ("a document exchange ceremony": a ceremony of
document exchange); eng-cat moves the head first and writes each complement with "de" but
gives the last complement the definite article of a noun phrase of its own: "une cérémonie
d'échange du document", "le service de ferry de la voie", "des systèmes de défense du
missile", "leur relation de ville de la sœur", "le marché de légumes de la serre". French
writes a noun complement of kind bare (Grevisse § 357, § 587: "une cérémonie d'échange de
documents", "les légumes de serre"). ``triple`` says "B C of A" ("a exchange ceremony of
document" -> "une cérémonie d'échange de document"), which the engine writes so.

Only where the stack is the whole phrase: after a determiner or a preposition (after an
adjective: "centralised gas supply systems" the engine writes right, "systèmes
d'approvisionnement de gaz centralisés"; after a verb the first noun may be its object;
after a figure it may be a unit: *the 16 percent trade growth*), the first two nouns
singular and read by the analyser as nouns only (not "guard", "oil"), the head closing the
phrase (no noun, *of*, possessive or *and*/*or* after it: "gas supply facilities and
networks" shares its head), one space apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from daybook.translate.indefinite_en import before as indefinite_before
from daybook.translate.units import Unit

Edit = tuple[int, int, str]

_BEFORE = frozenset(("det", "pr"))
# What may follow the head: the phrase ends (punctuation, a verb, a relative, a preposition
# but *of*)
_AFTER = frozenset(("cm", "sent", "pr", "rpar", "rquot", "lpar", "guio", "vbser", "vbhaver",
                    "vbmod", "vblex", "adv", "rel", "cnjsub"))


def _tagged_noun(u: Unit) -> bool:
    """A singular noun by the tagger's reading (after a determiner or a preposition the
    tagger's noun is the noun), lower-case, one word."""
    return u.pos == "n" and "sg" in u.tags and u.surface.isalpha() and u.surface.islower() \
        and "acr" not in u.tags and not u.surface.endswith("ing")  # "the deepening gap"


# First nouns French says with the article in the compound (Robert & Collins: *road
# accident* "accident de la route", *border guard* "garde des frontières")
_WITH_ARTICLE = frozenset(("road", "border", "state", "world", "family", "sea", "air"))


def triple(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "a document exchange ceremony" at "document" -> "an exchange ceremony of document",
    "the railway ferry service" -> "the ferry service of railway" (the engine: "une
    cérémonie d'échange du document"; then "une cérémonie d'échange de document")."""
    if k == 0 or k + 3 > len(units):
        return None
    prev = units[k - 1]
    if prev.pos not in _BEFORE or prev.lemma.lower() == "to" or (
            prev.pos == "det" and prev.lemma.lower() in ("which", "what", "whose")):
        return None
    first, second, head = units[k:k + 3]
    if not (_tagged_noun(first) and _tagged_noun(second)) or first.surface in _WITH_ARTICLE:
        return None
    if head.pos != "n" or not head.surface.isalpha() or not head.surface.islower() or \
            "acr" in head.tags:
        return None
    if k + 3 < len(units) and (units[k + 3].pos not in _AFTER
                               or units[k + 3].lemma.lower() == "of"):
        return None  # a longer stack, the head's own complement, a shared head
    if k + 3 < len(units) and "pl" in head.tags and units[k + 3].pos in (
            "vblex", "vbser", "vbhaver", "vbmod", "adv"):
        return None  # a plural subject: its verb would follow a singular noun ("Putin and
        # the volunteer movement leaders randomly picked" came out "a choisi")
    if k + 3 == len(units) or any(units[n].start != units[n - 1].end + 1
                                  for n in range(k, k + 3)):
        return None  # a dash or a comma between them
    said = f"{second.surface} {head.surface} of {first.surface}"
    if prev.pos == "det" and prev.surface.lower() in ("a", "an"):
        return prev.start, head.end, indefinite_before(prev.surface + " ", second.surface) \
            + said
    return first.start, head.end, said


# three lower-case words after a determiner or a preposition, the first two no
# adjective, adverb, participle or gerund by their ending (the trigger is case-blind)
_WORD = (r"(?!(?:the|and|or|of|to|in|on|at|by|for|with|from|this|that|these|those|which|"
         r"their|our|its|his|her|your|my|more|most|very|all|other|many|some|such|new|is|are|"
         r"was|were|be|been|has|have|had|will|would|can|could|should|must|not|also|we|you|"
         r"they|it|he|she|who|as|so|than|then|there|here|now|well)\b)"
         r"[a-z]{3,}(?<!ly)(?<!ed)(?<!ing)(?<!al)(?<!ic)(?<!ive)(?<!ous)(?<!ful)(?<!ian)"
         r"(?<!ese)(?<!ish)(?<!ary)(?<!ern)(?<!est)")
TRIGGERS = ((
    rf"(?-i:(?<![\w-])(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|for|of|in|on|at|"
    rf"from|with|by|between|about|upon) {_WORD} {_WORD} (?!(?:and|or|but|the|of)\b)"
    r"[a-z]{3,}\b(?! (?:of|and|or)\b))"),
)

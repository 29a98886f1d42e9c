"""English noun stacks with no relational adjective, said head first before the engine.

Two nouns joined by *and* before their head ("54 summer and winter sports", "a modern
science and technology base", "an information and education centre") are both the head's
complements of kind; the engine takes the first for a noun phrase of its own and leaves the
head unmoved ("54 été et sports d'hiver", "une science moderne et base de technologie").
French writes the head first and each complement with its "de", no article (Grevisse: the
noun complement of kind; "de" said again before each member, § 1043): "54 sports d'été et
d'hiver", "une base moderne de science et de technologie", "un centre d'information et
d'éducation". ``coordinated`` says "base of science and of technology", which the engine
writes so (moved here from ``preedit_np``, now also after a determiner's adjective or
participle, and with the indefinite article fitted to the head: ``indefinite_en``). After
*as* (examples: "such areas as patriotic education and youth policy") the nouns are a list's
members, left.

A branch of the economy before a head ("defence industry enterprises", "the oil industry
workers") is the head's owner too, with its article: "des entreprises de l'industrie de
défense", "les ouvriers de l'industrie pétrolière" (``branch``: "enterprises of the defence
industry"; the engine wrote "d'industrie de la défense").

A place's name with its kind before a head ("the Tver city master plan", "the Moscow region
development programme") is the head's owner: French "le plan directeur de la ville de Tver",
"le programme de développement de la région de Moscou" (``place_kind``: "the master plan of
the city of Tver"); the engine kept the English order ("le Tver ville plan maître").
"""

from __future__ import annotations

from collections.abc import Sequence

from daybook.translate.indefinite_en import before as indefinite_before
from daybook.translate.processes import remembered_readings
from daybook.translate.units import Unit

Edit = tuple[int, int, str]


def coordinated(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "54 summer and winter sports" -> "54 sports of summer and of winter", "the oil and
    gas sector" -> "the sector of oil and of gas", "a modern science and technology base"
    -> "a modern base of science and of technology": two nouns joined by "and" before their
    head go after it, each with "of" (the engine: "54 été et sports d'hiver", "L'huile et
    secteur de gaz sont"; then "54 sports d'été et d'hiver"). Only after a determiner, a
    figure or an adjective: after a verb the first noun may be an object of its own
    ("improve education and health care"). An indefinite article right before takes the
    form of the head now after it ("an information and education centre" -> "a centre of
    information and of education")."""
    if k == 0 or k + 3 >= len(units) or not (units[k - 1].pos in ("det", "num", "adj") or (
            k > 1 and units[k - 1].has("pp") and units[k - 2].pos == "det")):
        return None  # "a respected information and education centre": a participle too
    if units[k - 1].pos == "adj" and k > 1 and units[k - 2].lemma.lower() == "as":
        return None  # "such areas as patriotic education and youth policy": examples after
        # *as* are a list's members, the adjective the first noun's alone
    first, conj, second, head = units[k:k + 4]
    if conj.lemma != "and" or not all(
            u.pos == "n" and u.surface.islower() and "acr" not in u.tags
            for u in (first, second, head)) or "sg" not in first.tags or \
            "sg" not in second.tags:
        return None
    if k + 4 < len(units) and units[k + 4].pos in ("n", "np", "gen"):
        return None  # a longer compound, or a possessive: not the head
    prev = units[k - 1]
    if prev.pos == "det" and prev.lemma.lower() in ("which", "what"):
        return None
    if k + 4 < len(units) and units[k + 4].lemma == "of":
        return None  # "the development and serial production of arms": the head has its
        # own complement, and the first noun may be a head of its own
    said = f"{head.surface} of {first.surface} and of {second.surface}"
    if prev.pos == "det" and prev.surface.lower() in ("a", "an") and \
            prev.end + 1 == first.start:
        return prev.start, head.end, indefinite_before(prev.surface + " ", head.surface) + said
    return first.start, head.end, said


# Nouns that make a branch of the economy with the noun before them ("the defence industry")
_BRANCHES = frozenset(("industry", "sector"))


def branch(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "defence industry enterprises" at "defence" -> "enterprises of the defence
    industry": a branch (a noun and *industry*, *sector*) before its head is the head's
    owner, said with "the" (the engine: "des entreprises d'industrie de la défense", "les
    ouvriers d'industrie pétrolifères"; then "de l'industrie de défense", "les ouvriers de
    l'industrie pétrolifère"). The first word a lower-case word the analyser has as a noun
    ("defence"; "oil", "space" also adjectives), after no noun nor "and", the head a noun
    closing the phrase ("the coal and steel sector workers" is left)."""
    if k + 2 >= len(units) or (k > 0 and units[k - 1].pos in ("n", "np", "gen", "cnjcoo")):
        return None
    first, middle, head = units[k:k + 3]
    if first.pos not in ("n", "adj") or not first.surface.isalpha() or \
            not first.surface.islower() or middle.surface not in _BRANCHES or \
            middle.pos != "n" or head.pos != "n" or not head.surface.isalpha() or \
            not head.surface.islower():
        return None
    if not any("<n>" in r for r in remembered_readings([first.surface]).get(first.surface, ())):
        return None  # an adjective alone qualifies the head: "a major international
        # industry event" is an international event, not one of the international industry
    if k + 3 < len(units) and units[k + 3].pos in ("n", "np", "gen", "adj"):
        return None  # a longer stack
    if any(units[n].start != units[n - 1].end + 1 for n in range(k + 1, k + 3)):
        return None
    the = k > 0 and units[k - 1].lemma.lower() == "the"
    start = units[k - 1].start if the else first.start
    lead = line[start:units[k - 1].end] + " " if the else ""
    return (start, head.end,
            f"{lead}{head.surface} of the {first.surface} {middle.surface}")


# What ends the head's phrase: punctuation, a conjunction, a preposition, a verb
_AFTER = frozenset(("cm", "sent", "cnjcoo", "cnjsub", "pr", "rpar", "rquot", "lpar", "guio",
                    "vbser", "vbhaver", "vbmod", "vblex", "adv", "rel", "prn"))
# Kinds of place a name comes with before a head noun ("the Tver city master plan")
_KINDS = frozenset(("city", "town", "village", "region", "district", "territory", "province",
                    "republic"))


def place_kind(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "the Tver city master plan" at "the" -> "the master plan of the city of Tver": a
    determiner *the*, a place's name of one word (capitalised, not an acronym), its kind,
    then one or two nouns ending the phrase (the analyser's "master" adjective taken as
    the noun it is there)."""
    if k + 3 >= len(units) or units[k].lemma.lower() != "the":
        return None
    name, kind = units[k + 1], units[k + 2]
    if name.pos != "np" or not name.surface.isalpha() or not name.surface[:1].isupper() or \
            name.surface.isupper() or kind.pos != "n" or kind.surface not in _KINDS:
        return None
    j = k + 3
    while j < len(units) and j < k + 5 and units[j].pos in ("n", "adj") and \
            units[j].surface.isalpha() and units[j].surface.islower():
        j += 1
    if j == k + 3 and j < len(units) and units[j].pos == "np" and units[j].surface.isalpha():
        j += 1  # a glossary phrase's placeholder ("the Tver city Conner": *master plan*)
    if j == k + 3 or units[j - 1].pos not in ("n", "np") or (
            j < len(units) and units[j].pos not in _AFTER):
        return None
    if any(units[n].start != units[n - 1].end + 1 for n in range(k + 1, j)):
        return None
    head = line[units[k + 3].start:units[j - 1].end]
    the = line[units[k].start:units[k].end]
    return (units[k].start, units[j - 1].end,
            f"{the} {head} of the {kind.surface} of {name.surface}")


_STOP = (r"the|and|our|their|its|his|her|your|my|this|that|these|those|each|every|any|all|"
         r"more|most|very|other|many|some|such|also|then|not|will|would|can|could|should|"
         r"must|have|has|had|are|was|were|been|who|which|what|when|where|how|why|for|with|"
         r"from|into|over|under|about|between|among|through|after|before|during|since|until|"
         r"within|without|across|along|around|against|toward|towards|upon|you|they|them|him|"
         r"she")
# a word read as an adjective before the first noun (the trigger is case-blind: keep case)
_ADJ = (r"[a-z]+(?:al|ic|ive|ous|ful|ary|ern|ian|ese|ish|ble|ent|ant|ed|ior|ar|ate)|new|modern|"
        r"good|high|low|large|small|big|key|main|joint|quality|state|public|local|young|top|"
        r"open|free|great|strong|smart|green|single|common|special|basic|human|major|total|"
        r"full|long|short|wide|broad|deep|fresh|rich|real|whole|first|last|next|best|latest|"
        r"leading|higher|further")
_NOUN = rf"(?!(?:{_STOP}|a|an|to|in|of|on|at|by|as|or|so|is|be|it)\b)[a-z]{{3,}}"
TRIGGERS = (
    # "54 summer and winter sports", "the oil and gas sector", "Russian oil and gas firms"
    r"(?-i:(?<![\w-])(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|[Tt]his|\d+|[A-Z][a-z]+(?:an|ese|"
    r"ish)) [a-z]+(?<!ly)(?<!ed) and [a-z]+(?<!ly)(?<!ed)(?<!ing) [a-z]+)",
    # after an adjective: "a modern science and technology base", "with modern
    # demonstration and laboratory equipment"
    rf"(?-i:(?<![\w-])(?:{_ADJ}) {_NOUN}(?<!ly)(?<!ed)(?<!al|ic)(?<!(?<![sui])s) and "
    rf"{_NOUN}(?<!ly)(?<!ed)(?<!ing)(?<!al|ic) {_NOUN})",
    # a branch before its head: "defence industry enterprises"
    r"(?-i:\b[a-z]{3,} (?:industry|sector) [a-z]{3,})",
    # a place's name and its kind before a head: "the Tver city master plan"
    r"(?-i:\b[Tt]he [A-Z][a-z]+ (?:" + "|".join(sorted(_KINDS)) + r") [A-Za-z]{3,})",
)

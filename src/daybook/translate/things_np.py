"""Names of things in body text kept as written: projects, campaigns, contests, companies,
plants, teams, ships ("the Dream with Me charity project", "the Zarya plant", "Yug-Sport").

Apertium translates such a name word by word and reads the name before its kind as a verb
or an adjective ("support du sommeil avec moi projet de charité", "Le volontaire de concours
de Russie", "Yug-Le sport est"). Where the text says what kind of thing a Title Case name is
(a kind noun right after it, or before it), the name is protected as a span (``protect``, the
way ``outlets`` keeps a newspaper's name), the kind goes first as French writes it ("the
plant Zarya": "l'usine Zarya"), and a name of a work, a campaign, a programme or a contest
comes back in French quotation marks ("le projet caritatif « Dream with Me »"). A word of
capitalised parts joined by a hyphen that English does not know ("Yug-Sport",
"Skon-Ural") is a name too. A kind in Title Case after a name of words English does not know
goes first too ("the legendary Krasnoye Sormovo Shipyard": "le chantier naval légendaire
Krasnoye Sormovo", "at Sheremetyevo Airport": "à l'aéroport Sheremetyevo"), but "TV" after
one is a channel's name, kept whole ("Mir TV"); after "the", a possessive inside a name is
the name's ("the Knight's Move chess club"). Not a name: a run of adjectives and country
adjectives ("the Russian Paralympic team"), a place ("the Moscow plant": the engine writes
"Moscou"), a role ("General Director of"), a name the glossary or the people's table knows
(a person before a kind goes after it: "the Eldar Ryazanov award" -> "le prix Eldar
Riazanov").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache

from daybook.translate.machines_np import machines_first
from daybook.translate.owner_heads import owners_first

# Kinds whose name French puts in quotation marks (works, campaigns, programmes, contests).
QUOTED = (
    "project", "projects", "programme", "programmes", "program", "campaign", "contest",
    "competition", "award", "awards", "prize", "festival", "exhibition", "forum", "initiative",
    "film", "movie", "book", "show", "series", "marathon", "race", "tournament", "olympiad",
    "rally", "operation", "exercise", "exercises", "expedition",
)
# Kinds whose name French writes as it is (organisations, works of industry, vessels).
PLAIN = (
    "company", "companies", "corporation", "plant", "factory", "mill", "shipyard", "club",
    "team", "centre", "center", "foundation", "fund", "holding", "concern", "ship", "vessel",
    "icebreaker", "submarine", "frigate", "cruiser", "station", "complex", "park", "museum",
    "theatre", "theater", "hospital", "clinic", "school", "lyceum", "academy", "institute",
    "society", "association", "network", "brand", "platform", "field", "deposit", "mine",
    "port", "terminal", "airport", "pipeline", "bridge", "stadium", "arena", "cluster",
    "technopark", "studio", "orchestra", "ensemble", "choir", "enterprise", "cooperative",
    "movement",
)
_ALL_KINDS = frozenset((*QUOTED, *PLAIN))
# Lower-case words between a name and its kind ("the Dream with Me charity project").
_BETWEEN = (
    "charity", "charitable", "volunteer", "national", "federal", "regional", "international",
    "youth", "children’s", "children's", "educational", "social", "art", "film", "music",
    "sports", "research", "investment", "joint", "pilot", "infrastructure", "energy", "gas",
    "oil", "humanitarian", "environmental", "public", "patriotic", "television", "TV",
    "radio", "football", "hockey", "theatre", "industrial", "construction", "mining",
    "aircraft", "car", "automobile", "steel", "chemical", "pharmaceutical", "nuclear",
    "power", "training", "cultural", "scientific", "educational", "medical", "chess",
)
# Words of a role or an address, which open no name of a thing ("General Director of X").
_ROLES = frozenset((
    "Director", "Minister", "Governor", "Chairman", "Chairwoman", "Head", "President", "Chief",
    "Ambassador", "Mayor", "Secretary", "General", "Deputy", "Commander", "Rector", "CEO",
    "Founder", "Principal", "Mr", "Ms", "Mrs", "Dr", "Prime", "Speaker", "Chair", "Member",
))
# Heads of names of places and geography, which the engine translates ("Pacific Ocean").
_GEOGRAPHY = frozenset((
    "Ocean", "Sea", "River", "Lake", "Mountains", "Mountain", "Island", "Islands", "Region",
    "Territory", "Republic", "Federation", "Street", "Avenue", "Square", "Bay", "Gulf",
    "Peninsula", "Strait", "Valley", "District", "Province", "State", "States", "Union",
))
# English prefixes written with a hyphen and a capital ("Anti-Terrorism", "Co-Chair").
_PREFIXES = frozenset((
    "Anti", "Trans", "Pro", "Ex", "Non", "Vice", "Pre", "Post", "Inter", "Sub", "Multi",
    "Pan", "Neo", "Mid", "Semi", "Ultra", "Counter", "Self", "Cross", "Co", "Euro", "Afro",
    "Mini", "Micro", "Mega", "Super", "Over", "Under", "Out", "Re", "De", "Un",
))
_NOT = (r"(?!(?:The|A|An|In|On|At|As|And|But|It|Its|This|That|These|Those|We|I|He|She|They|"
        r"Our|Their|His|Her|My|Your|If|When|For|With|By|From|To|Of)\b)")
_WORD = r"(?!Zq\d+x\b)[A-Z][\w’'&-]*"
_NAME = rf"{_NOT}{_WORD}(?: (?:of|and|for|with|in|to|the|on|a) {_WORD}| {_WORD}){{0,5}}"
_KINDS = "|".join(map(re.escape, sorted((*QUOTED, *PLAIN), key=len, reverse=True)))
_BEFORE_KIND = re.compile(
    rf"(?<![\w’'&-])(?P<lead>(?:[Tt]he|[Aa]n?) )?(?P<name>{_NAME}|Zq\d+x) "
    rf"(?P<between>(?:(?:{'|'.join(map(re.escape, _BETWEEN))}) ){{0,2}})"
    rf"(?P<kind>{_KINDS})(?![\w’'-])")
_AFTER_KIND = re.compile(
    rf"(?<![\w’'-])(?P<kind>{'|'.join(map(re.escape, QUOTED))}) (?:called |named |entitled )?"
    rf"(?P<name>(?:The )?{_NAME})(?![\w’'-])")
# A kind in Title Case after a name English does not know ("the Krasnoye Sormovo
# Shipyard", "the Zvezda Plant"), and "TV" closing a channel's name ("Mir TV").
_TITLE_KINDS = "|".join(sorted((k.capitalize() for k in PLAIN if " " not in k), key=len,
                               reverse=True))
_BEFORE_TITLE_KIND = re.compile(
    rf"(?<![\w’'&-])(?P<name>{_NAME}) (?P<kind>{_TITLE_KINDS}|TV)(?![\w’'-])")
# Determiners before a name and its kind (up to one adjective between: "the legendary").
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "our", "their", "his",
                          "her", "your", "my", "whose"))
_HYPHENED = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:-[A-Z][a-z]+)+(?![\w’'-])")
_PLACEHOLDER = re.compile(r"^Zq(\d+)x$")

# (span, its French form, whether it follows its kind) -> placeholder
Keep = Callable[[str, str | None, bool], str]


@cache
def _readings(word: str) -> tuple[str, ...]:
    from daybook.translate.processes import word_readings  # processes imports preedit

    return word_readings([word]).get(word, ())


def _adjectives_only(words: list[str]) -> bool:
    """A run of adjectives and country adjectives ("Russian Paralympic", "Olympic")."""
    from daybook.translate.demonyms_np import adjectives

    return all(w in adjectives() or any("<adj>" in r for r in _readings(w)) for w in words)


def _is_place(text: str) -> bool:
    """A known place in ``text``, or as a word or a hyphen's part of it ("Moscow State
    University", "Russia-France")."""
    from daybook.translate.textplaces import find

    return bool(find(text)) or any(find(w) for w in re.split(r"[\s-]+", text)
                                   if w[:1].isupper())


def _name_of_thing(name: str, the: bool = False) -> bool:
    """Whether ``name`` before or after a kind is a thing's own name; ``the``: "the" opens
    it, so a possessive inside is the name's ("the Knight's Move chess club": English puts
    no "the" before a possessor's name)."""
    words = [w for w in name.split() if w[:1].isupper() and w != "The"]
    if not words or any(w in _ROLES or w in _GEOGRAPHY for w in words) or \
            re.search(r"[’']s?$|&" if the else r"[’']s?$|[’']s |&", name) or \
            (len(words) == 1 and words[0].isupper()):
        return False  # a role, a place, a possessive ("Forum’s"), an acronym ("AI")
    from daybook.translate.demonyms_np import adjectives

    if any(p in adjectives() for p in words[0].split("-")) or _adjectives_only(words) or \
            _is_place(name):
        return False
    if len(words) == len(name.split()) and any("<ant>" in r for r in _readings(words[0])):
        return False  # a person ("the Eldar Ryazanov award"): ``names``' to write
    if len(words) == 1 and "-" not in words[0]:
        # One word: a name English does not know ("Zarya", "Sibir"), not a common noun.
        return not any(r[:1].islower() or "<n>" in r or "<adj>" in r or "<top>" in r
                       for r in _readings(words[0]))
    if len(words) == 1:
        # One hyphened word: a name only as ``hyphened`` reads one ("Yug-Sport"); an
        # English compound capitalised at a sentence's start is none ("Large-scale drills").
        return hyphened(words[0])
    return True


def hyphened(word: str) -> bool:
    """ "Yug-Sport", "Skon-Ural": parts with capitals, one that English does not know; not
    a pair of country adjectives ("Russian-Chinese") or of places ("Austria-Hungary")."""
    from daybook.translate.demonyms_np import adjectives
    from daybook.translate.places import places_in_text

    parts = word.split("-")
    if any(p in adjectives() or p in _PREFIXES or len(p) < 3 for p in parts) or \
            _is_place(word) or places_in_text(word) != word or _readings(word):
        return False  # a place ("Rostov-on-Don"), a word the engine knows whole
        # ("Nagorno-Karabakh": "Haut-Karabakh")
    if any("<adj>" in r for p in parts for r in _readings(p)):
        return False  # "Volga-Caspian": an adjective
    return any(not _readings(p) for p in parts)


def keep_things(text: str, keep: Keep, people: Collection[str] = ()) -> str:
    """``text`` with names of things replaced by ``keep``'s placeholders, the kind before
    the name ("the Zarya plant" -> "the plant Zq0x"); ``people``: placeholders of persons,
    which go after a kind too ("the Zq1x award" -> "the award Zq1x")."""
    if not re.search(r"[A-Z]", text):
        return text

    def before_kind(m: re.Match[str]) -> str:
        name, kind = m.group("name"), m.group("kind")
        lead = m.group("lead") or ""
        if _PLACEHOLDER.match(name):
            if name not in people or kind not in QUOTED:
                return m.group(0)
            return f"{lead}{m.group('between')}{kind} {name}"
        if not _name_of_thing(name, lead.lower() == "the "):
            return m.group(0)
        mark = keep(name, f"« {name} »" if kind in QUOTED else None, True)
        return f"{lead}{m.group('between')}{kind} {mark}"

    def after_kind(m: re.Match[str]) -> str:
        name = m.group("name")
        if len(name.split()) < 2 or not _name_of_thing(name):
            return m.group(0)
        return m.group(0)[:m.start("name") - m.start()] + keep(name, f"« {name} »", True)

    def before_title_kind(m: re.Match[str]) -> str:
        # only a name of words English does not know: in "Moscow Gas Company" or "Valdai
        # Discussion Club" the capitals are the name's own words
        name, kind = m.group("name"), m.group("kind")
        if any(_readings(w) or _readings(w.lower()) for w in name.split()) or \
                not _name_of_thing(name):
            return m.group(0)
        if kind == "TV":  # a channel's name, whole ("Mir TV": not "Mir télévision")
            return keep(m.group(0), None, False)
        # with no determiner before it ("at Sheremetyevo Airport"), the kind takes the
        # article English left out ("à l'aéroport Sheremetyevo"); "The" opening a sentence
        before = m.string[:m.start()].split()[-2:]
        if any(w.lower() in _DETERMINERS or w.endswith(("'s", "’s")) for w in before):
            article = ""
        else:
            article = "the " if m.string[:m.start()].strip(" \"“«") else "The "
        return f"{article}{kind.lower()} {keep(name, None, True)}"

    text = machines_first(text, keep)  # "the Kinzhal missile" -> "the missile Zq0x"
    text = _BEFORE_TITLE_KIND.sub(before_title_kind, text)
    text = _BEFORE_KIND.sub(before_kind, text)
    # "the Idlib zone" -> "the zone of Idlib"
    text = owners_first(_AFTER_KIND.sub(after_kind, text), people, _ALL_KINDS)
    return _HYPHENED.sub(lambda m: keep(m.group(0), None, False) if hyphened(m.group(0))
                         else m.group(0), text)

"""A model's or a maker's name before the kind of machine or body it names, put after it.

English puts a model, a brand or a party's own name before its kind ("the Mi-38T
helicopter", "the Kinzhal hypersonic missile", "KAMAZ-5320 trucks", "the Interros Group",
"his Bharatiya Janata Party"); French writes the kind first and the name in apposition
(Grevisse § 337: "l'avion Rafale", "le char Leclerc", "le groupe Interros"). Apertium keeps
the English order or reads the code as the noun's complement: "le Kinzhal missile
hypersonique", "l'hélicoptère de Mi-38T", "l'Interros groupe". Before the engine the name is
protected and written after its kind: "the hypersonic missile Zq0x" -> "le missile
hypersonique Kinzhal".

The name is a code of capitals and figures ("Mi-38T", "Su-57", "S-400", "KAMAZ-5320", "M11")
or capitalised words the English analyser does not know ("Kinzhal", "Tigr", "Bharatiya
Janata") or knows as a maker's name ("Boeing", "Airbus"); never a place, a person, an English
word ("the Russian Railways trains") or a bare acronym ("the BRICS group": the group of the
BRICS, not a group called BRICS). Up to two words the analyser reads as adjectives or nouns
may stand between the name and the kind ("hypersonic", "armoured", "over-the-horizon
detection"); they go with the kind. Left as they are: two names sharing the kind ("the
Tu-22M3 and Tu-160 aircraft"), a kind that modifies a noun after it ("the Tigr vehicle
fleet"), a plural subject (the engine would agree its verb with the name: "Les avions Boeing
a atterri"), a name after an English compound the tagger does not know ("the Russian-made
Ivolga train": "le russe-fait entraîner Ivolga").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate.processes import readings_of

# Kinds of machines, vehicles, weapons, roads and bodies that French names by apposition
# (general usage: "l'avion Su-57", "le missile Kinjal", "l'autoroute M11", "le parti ...").
KINDS = (
    "helicopter", "helicopters", "airplane", "airplanes",
    "airliner", "airliners", "bomber", "bombers",
    "interceptor", "interceptors", "drone", "drones", "missile", "missiles", "rocket",
    "rockets", "launcher", "launchers", "radar", "radars", "satellite", "satellites",
    "tank", "tanks", "vehicle", "vehicles", "truck", "trucks", "lorry",
    "lorries", "car", "cars", "bus", "buses", "train", "trains", "locomotive", "locomotives",
    "tractor", "tractors", "engine", "engines", "reactor", "reactors", "system", "systems",
    "corvette", "corvettes", "destroyer", "destroyers", "carrier", "carriers", "boat", "boats",
    "motorway", "highway", "group", "party",
)
_KIND_RE = "|".join(sorted(KINDS, key=len, reverse=True))
# A code: capitals (a capital and lower case: "Mi", "Su"), figures, a hyphen between.
_CODE = r"(?!Zq\d+x)[A-Z][A-Za-z]{0,5}-?\d[\dA-Za-z]*(?:-\d[\dA-Za-z]*)?"
_NAMEWORD = rf"(?:{_CODE}|[A-Z][a-z]+)"
_CANDIDATE = re.compile(
    rf"(?<![\w’'&-])(?P<name>{_NAMEWORD}(?: {_NAMEWORD}){{0,2}}) "
    r"(?P<between>(?:[a-z][a-z-]*[a-z] ){0,2})"
    rf"(?P<kind>(?i:{_KIND_RE}))(?![\w’'-])")
_NEXT = re.compile(r" ([a-z]+)\b")
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "our",
                          "their", "his", "her", "your", "my", "of", "with", "by", "and"))
# A name joined to another before the same kind ("the Soyuz-2 and Angara rockets").
_SHARED = re.compile(rf"{_NAMEWORD}(?:,| and| or) $")

# (span, its French form, whether it follows its kind) -> placeholder, as ``things_np``
Keep = Callable[[str, "str | None", bool], str]


def _name(words: list[str]) -> bool:
    """``words`` are a model's or a body's own name: each a code or a capitalised word
    English does not know ("Such vehicles", "Russian trucks" are English), and no place
    ("the Moscow metro")."""
    from daybook.translate.textplaces import find

    for word in words:
        if re.fullmatch(_CODE, word):
            continue
        reads = (*readings_of(word), *readings_of(word.lower()))
        if find(word) or any("<top>" in r or "<ant>" in r or "<cog>" in r for r in reads):
            return False  # a place, a person
        if reads and not any("<np><al>" in r or "<np><org>" in r for r in reads):
            return False  # an English word; a maker's name is the analyser's ("Boeing")
    return not find(" ".join(words))


def _plain_before(word: str) -> bool:
    """A word before the name that leaves the kind a noun for the tagger: a determiner, a
    number, a word the analyser reads as an adjective (not an English compound it does not
    know: "the Russian-made train" was read "entraîner")."""
    return word.lower() in _DETERMINERS or any(
        "<adj>" in r or "<num>" in r or "<det>" in r or "<prn>" in r for r in readings_of(word))


def _between(words: list[str]) -> bool:
    """Words between the name and its kind that go with the kind: adjectives and nouns
    ("hypersonic", "armoured", "detection"), or English compounds ("over-the-horizon")."""
    from daybook.translate.modifiers import FUNCTION_WORDS

    return all(not re.fullmatch(FUNCTION_WORDS, w) and (
        "-" in w or any("<adj>" in r or "<n>" in r or "<pp>" in r for r in readings_of(w)))
               for w in words)


def machines_first(text: str, keep: Keep) -> str:
    """``text`` with a model's or a body's name before its kind written after it, protected
    through ``keep``: "the Kinzhal hypersonic missile" -> "the hypersonic missile Zq0x",
    "the Interros Group" -> "the group Zq1x"."""
    if not re.search(r"[A-Z]", text):
        return text

    def turn(m: re.Match[str]) -> str:
        words, kind = m.group("name").split(), m.group("kind")
        between = m.group("between").split()
        if not kind.islower() and (between or not kind[1:].islower()):
            return m.group(0)  # "Kinzhal Missile Systems": the whole a name
        if _SHARED.search(text[:m.start()]) or not _between(between):
            return m.group(0)  # "the Tu-22M3 and Tu-160 aircraft": the kind is both's
        after = _NEXT.match(text, m.end())
        reads = readings_of(after.group(1)) if after is not None else ()
        if any("<n>" in r for r in reads):
            return m.group(0)  # the kind a modifier ("the Viking missile system")
        if any("<pl>" in r for r in readings_of(kind.lower())) and any(
                v in r for r in reads for v in ("<vblex>", "<vbser>", "<vbhaver>", "<vbmod>")):
            return m.group(0)  # a plural subject: the engine agrees its verb with the name
        before = text[:m.start()].split()[-1:]
        if before and not _plain_before(before[0]) and any(
                "<vblex>" in r for r in readings_of(kind.lower())):
            return m.group(0)  # "the Russian-made train Ivolga": the tagger's "entraîner"
        for i in range(len(words)):  # "Moscow Kinzhal missile": the name is "Kinzhal"
            if _name(words[i:]):
                mark = keep(" ".join(words[i:]), None, True)
                return " ".join((*words[:i], *between, kind.lower(), mark))
        return m.group(0)

    return _CANDIDATE.sub(turn, text)

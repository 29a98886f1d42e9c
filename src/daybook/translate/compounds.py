"""English hyphenated compounds whose French is a fixed locution, where the pivot writes
their two words one by one.

A compound before a noun comes out of the pivot after it, each word in its first sense
(said again with the hyphen apart, ``rereads.respaced``, or as eng-cat moves it): *long-range*
"des missiles de long champ" (also "de champ long"), *short-range* "de champ bas" (Catalan
"baix"), *long-time* "des partenaires de long temps". French has a locution for each
(Petit Robert, Robert & Collins): *long-range*, *short-range*, *medium-range* (*mid-range*)
"à longue/courte/moyenne portée"; *long-time*, *longtime*, *long-standing* "de longue
date"; *far-reaching* "de grande portée". Each is put only where the English has the
compound: "de long temps" alone is French enough elsewhere.

Compounds the pivot glues or loses ("long-standing relations" "avons relations",
"medium-range missiles" "milieu-missiles de champ", "far-reaching plans" "loin-atteignant
des plans") are sent as a compound it writes word by word after its noun (``english``):
*long-time* ("des relations de long temps"), *middle-range* ("de champ moyen"),
*wide-range* ("de large champ"); ``compounds`` then puts each in French by the English.
*counter-terrorism* before a noun ("counter-terrorism cooperation" "comptoir-coopération de
terrorisme") is sent as *antiterrorist*, which the engine writes "antiterroriste" after its
noun, agreed ("la coopération antiterroriste", "des opérations antiterroristes").

*multi-* compounds the engine reads as "multi" ("une amende", a fine) and a base (Robert,
Larousse): *multi-faceted* "multiforme" (sent as *multiform*, which the engine writes
"polymorphique", agreed); *multi-level* "à plusieurs niveaux", *multi-million* "de plusieurs
millions", *multi-billion* "de plusieurs milliards", sent after their noun as the English
phrase the engine writes so ("cooperation at several levels"); *multipolar*, left in English
before a noun of two words ("un multipolar ordre mondial"), "multipolaire" after it.
"""

from __future__ import annotations

import re

from daybook.translate.french import WORD_END as _E
from daybook.translate.french import cased_like

_RANGE_EN = re.compile(r"\b(?:long|short|medium|mid)[\s-]range\b", re.IGNORECASE)
# after a noun ("des missiles de long champ"), in the pivot's order or the turned one
_RANGE_FR = re.compile(r"(?<=[\w’']) de (?:(long|bas|court|moyen|milieu) champ|"
                       r"champ (long|bas|court|moyen|de milieu))" + _E)
_PORTEE = {"long": "longue", "bas": "courte", "court": "courte", "moyen": "moyenne",
           "milieu": "moyenne", "de milieu": "moyenne"}
_TIME_EN = re.compile(r"\blong-?time\b|\blong-standing\b", re.IGNORECASE)
_TIME_FR = re.compile(r"(?<=[\w’']) de (?:long temps|temps long)" + _E)
_REACHING_EN = re.compile(r"\bfar[\s-]reaching\b", re.IGNORECASE)
_REACHING_FR = re.compile(r"(?<=[\w’']) de (?:large champ|champ large)" + _E)
# English compound -> the compound of the same sense the pivot writes word by word
_CARRIERS = {"long-standing": "long-time", "longstanding": "long-time",
             "longtime": "long-time", "medium-range": "middle-range",
             "mid-range": "middle-range", "far-reaching": "wide-range",
             # before a noun French says "antiterroriste" (Robert: "la lutte antiterroriste"),
             # which the engine writes for the word in one; "comptoir-terrorisme" else
             "counter-terrorism": "antiterrorist", "counterterrorism": "antiterrorist",
             "counter-terrorist": "antiterrorist", "counterterrorist": "antiterrorist",
             "anti-terrorism": "antiterrorist", "antiterrorism": "antiterrorist"}
_CARRIED = re.compile(r"(?<![\w#@*-])(" + "|".join(_CARRIERS) + r")(?![\w-])"
                      # before no conjunction, verb or preposition ("counter-terrorism is")
                      r"(?= (?!(?:and|or|is|are|was|were|has|have|had|will|would|must|can|"
                      r"should|remains|in|of|on|at|to|for|with|by|from|as|that|which) )[A-Za-z])",
                      re.IGNORECASE)


_FACETED = re.compile(r"(?<![\w-])([Mm]ulti-?faceted)(?![\w-])")
# *multi-X* before a single noun the phrase ends at (punctuation or a function word): "X
# at several levels"; with a currency "X of several million dollars"
_MULTI = re.compile(r"(?<![\w-])[Mm]ulti-?(level|million|billion)(?:[- ](dollar|rouble|euro))?"
                    r" ([a-z]{3,})(?=[,.;:!?)]|$| (?:of|in|at|on|for|with|between|among|and|"
                    r"or|to|is|are|was|were|will|would|has|have|had|that|which|from|by|as)\b)")


def _multi(m: re.Match[str]) -> str:
    base, money, noun = m.group(1), m.group(2), m.group(3)
    noun = noun.capitalize() if m.group(0)[0] == "M" else noun  # "Multi-level talks"
    if base == "level":
        return f"{noun} at several levels"
    return f"{noun} of several {base}" + (f" {money}s" if money else "s" * (base == "million"))


def english(line: str) -> str:
    """ "long-standing relations" -> "long-time relations", "far-reaching plans" ->
    "wide-range plans": only before a word that is no conjunction (a compound after its
    noun, "the ties are long-standing", is no modifier the pivot moves; "long-standing and
    multi-dimensional relations" the pivot glues either way)."""
    if "ulti" in line:
        line = _MULTI.sub(_multi, _FACETED.sub(lambda m: cased_like("multiform", m.group(1)),
                                               line))
    line = _CARRIED.sub(lambda m: cased_like(_CARRIERS[m.group(1).lower()], m.group(1)), line)
    if "ounter" in line:
        line = _COUNTER_SANCTIONS.sub(
            lambda m: cased_like("retaliatory", m.group(1)) + " sanctions",
            _COUNTER_NOUN.sub(_fight, line))
        line = _INTELLIGENCE.sub(lambda m: cased_like("counterespionage", m.group(0)), line)
    return line


# *counter-terrorism* as a noun (not before one: ``_CARRIED`` took those) is "la lutte
# contre le terrorisme" (Robert), sent as "the fight against terrorism"; *counter-sanctions*
# "contre-sanctions" (Larousse), sent as "retaliatory sanctions" ("sanctions vindicatives").
# The engine read "counter" as the noun "comptoir".
_COUNTER_NOUN = re.compile(r"(?<![\w-])((?i:the) )?([Cc]ounter-?terrorism)(?![\w-])")
# *counter-intelligence* "contre-espionnage" (Robert & Collins), a word the engine knows as
# *counterespionage* ("comptoir-opérations d'intelligence" else)
_INTELLIGENCE = re.compile(r"(?<![\w-])[Cc]ounter-?intelligence(?![\w-])")
_COUNTER_SANCTIONS = re.compile(r"(?<![\w-])([Cc]ounter)-?sanctions(?![\w-])")


def _fight(m: re.Match[str]) -> str:
    return cased_like("the", m.group(1) or m.group(2)) + " fight against terrorism"


def compounds(source: str, french: str) -> str:
    """ "des missiles de long champ" -> "des missiles à longue portée", "nos partenaires de
    long temps" -> "nos partenaires de longue date", where the English has the compound."""
    if "champ" in french and _RANGE_EN.search(source):
        french = _RANGE_FR.sub(
            lambda m: f" à {_PORTEE[m.group(1) or m.group(2)]} portée", french)
    if "temps" in french and _TIME_EN.search(source):
        french = _TIME_FR.sub(" de longue date", french)
    if "champ" in french and _REACHING_EN.search(source):
        french = _REACHING_FR.sub(" de grande portée", french)
    if "ulti" in source:
        french = _multi_fr(source, french)
    if "ounter" in source:
        if _COUNTER_NOUN.search(source):
            french = _FIGHT_FR.sub(_lutte, french)
        if _COUNTER_SANCTIONS.search(source):
            french = _SANCTIONS_FR.sub("contre-sanctions",
                                       _BARE_SANCTIONS.sub("des contre-sanctions", french))
    return french


_FIGHT_FR = re.compile(r"\b([Ll]e|[Dd]u|[Aa]u) combat contre (?:le )?terrorisme\b")
# a bare object after a participle takes "des" ("a imposé des contre-sanctions")
_SANCTIONS_FR = re.compile(r"\bsanctions vindicatives\b")
_BARE_SANCTIONS = re.compile(r"(?:(?<=\w[éi] )|(?<=it ))sanctions vindicatives\b")
_LA = {"le": "la", "du": "de la", "au": "à la"}


def _lutte(m: re.Match[str]) -> str:
    return cased_like(_LA[m.group(1).lower()], m.group(1)) + " lutte contre le terrorisme"


_POLY = re.compile(r"\b([Pp])olymorphiques?\b")
_PLURAL_MILLION = re.compile(r"\bplusieurs million(?= )")
# "of several billion" the engine leaves waiting for its complement: "milliards de dans"
_BILLION_DE = re.compile(r"\b(plusieurs milliards) de(?= (?:dans|en|à|au|aux|pour|avec|entre|"
                         r"et|ou|sur|par|est|sont)\b|[,.;:!?])")
_MULTIPOLAR = re.compile(r"\bmultipolar (\w+)((?: mondia(?:l|le|ux|les))?)(?![\w-])")


def _multi_fr(source: str, french: str) -> str:
    """ "des relations polymorphiques" -> "des relations multiformes" (*multi-faceted*),
    "plusieurs million de dollars" -> "plusieurs millions", "un multipolar ordre mondial"
    -> "un ordre mondial multipolaire"."""
    if _FACETED.search(source):
        french = _POLY.sub(lambda m: ("M" if m.group(1) == "P" else "m") + "ultiforme"
                           + "s" * m.group(0).endswith("s"), french)
    if _MULTI.search(source):
        french = _BILLION_DE.sub(r"\1", _PLURAL_MILLION.sub("plusieurs millions", french))
    if "multipolar" in french:
        french = _MULTIPOLAR.sub(lambda m: f"{m.group(1)}{m.group(2)} multipolaire"
                                 + "s" * m.group(1).endswith(("s", "x")), french)
    return french

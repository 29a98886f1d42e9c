"""*next* before a noun, which the pivot says "proche" (near) after it.

"the next Olympic Games" comes back "le Jeux olympiques proche", "the next phases of our
work" "les phases proches de notre travail", "over the next five years" "sur le proche cinq
ans". French puts *prochain* before the noun and agrees it, "les prochains Jeux olympiques",
"les prochaines phases de notre travail", and a count of time units after its number, "les
cinq prochaines années" (Larousse, *prochain*: "les trois prochains jours"). The rule runs
after the engine (``senses.senses``) and only where the English has *next* before a word
(not *next to*, not *close* or *near*, whose "proche" is right).
"""

from __future__ import annotations

import re

from daybook.translate.clausewords import readings_of
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import cased_like
from daybook.translate.gender import generate

_NEXT = re.compile(r"\bnext\s+(?!to\b)[\w.,]+", re.IGNORECASE)
_CLOSE = re.compile(r"\b(?:close|closer|closest|closely|near|nearby|nearest|nearly|proximity|"
                    r"next\s+to)\b", re.IGNORECASE)
# Determiner -> (gender, number) it shows ("" where it does not say).
_DETS = {"le": ("m", "sg"), "la": ("f", "sg"), "les": ("", "pl"), "l'": ("", "sg"),
         "l’": ("", "sg"), "ce": ("m", "sg"), "cet": ("m", "sg"), "cette": ("f", "sg"),
         "ces": ("", "pl"), "notre": ("", "sg"), "nos": ("", "pl"), "votre": ("", "sg"),
         "vos": ("", "pl"), "leur": ("", "sg"), "leurs": ("", "pl"), "son": ("", "sg"),
         "sa": ("f", "sg"), "ses": ("", "pl")}
_DEFINITE = {("m", "sg"): "le", ("f", "sg"): "la", ("m", "pl"): "les", ("f", "pl"): "les"}
_DEMONSTRATIVE = {("m", "sg"): "ce", ("f", "sg"): "cette", ("m", "pl"): "ces",
                  ("f", "pl"): "ces"}
# "DET noun [adjective] proche(s)": the noun phrase the pivot put "proche" after.
_NP_NEAR = re.compile(r"(?<![\w-])(?P<det>(?i:le|la|les|l['’]|ce|cet|cette|ces|notre|nos|votre|"
                      r"vos|leur|leurs|son|sa|ses))(?:(?<=['’])| )(?P<noun>[A-ZÉ]?" + _W
                      + r")(?: (?P<adj>" + _W + r"))? proches?(?![\w-])")
# "le proche cinq ans": a count of time units.
_UNITS = {"ans": ("années", "f"), "années": ("années", "f"), "mois": ("mois", "m"),
          "jours": ("jours", "m"), "semaines": ("semaines", "f"), "décennies": ("décennies", "f"),
          "heures": ("heures", "f"), "siècles": ("siècles", "m"), "minutes": ("minutes", "f")}
_COUNT_NEAR = re.compile(r"(?<![\w-])(?P<det>(?i:le|la|les)) proches? (?P<count>\d+(?:[,.]\d+)?|"
                         r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|"
                         r"vingt|trente|quelques|plusieurs) (?P<unit>" + "|".join(_UNITS)
                         + r")(?![\w-])")


def _prochain(gender: str, number: str) -> str | None:
    made = generate([f"^prochain<adj><{gender}><{number}>$"])
    return next(iter(made.values()), None) or None


def _noun_phrase(m: re.Match[str]) -> str | None:
    """"le Jeux olympiques proche" -> "les prochains Jeux olympiques", or None where the words
    are not a noun (and an adjective) after their determiner."""
    det, noun, adj = m.group("det"), m.group("noun"), m.group("adj")
    nouns = [r for r in readings_of(noun) if r.pos == "n"]
    if not nouns or (adj and not any(r.pos == "adj" for r in readings_of(adj))):
        return None
    det_gender, det_number = _DETS[det.lower()]
    gender = nouns[0].gender if nouns[0].gender in ("m", "f") else det_gender
    number = nouns[0].number if nouns[0].number in ("sg", "pl") else det_number
    if gender not in ("m", "f"):
        return None
    word = _prochain(gender, number)
    if word is None:
        return None
    lead = det
    if det.lower() in ("le", "la", "les", "l'", "l’"):
        lead = cased_like(_DEFINITE[gender, number], det)
    elif det.lower() in ("ce", "cet", "cette", "ces"):
        lead = cased_like(_DEMONSTRATIVE[gender, number], det)
    return f"{lead} {word} {noun}" + (f" {adj}" if adj else "")


def _count(m: re.Match[str]) -> str:
    """"le proche cinq ans" -> "les cinq prochaines années"."""
    unit, gender = _UNITS[m.group("unit")]
    word = _prochain(gender, "pl")
    if word is None:
        return m.group(0)
    return f"{cased_like('les', m.group('det'))} {m.group('count')} {word} {unit}"


def next_(source: str, french: str) -> str:
    """*the next Olympic Games* "le Jeux olympiques proche" -> "les prochains Jeux
    olympiques", *over the next five years* "sur le proche cinq ans" -> "sur les cinq
    prochaines années"; not where the English says *close*, *near* or *next to*."""
    if "proche" not in french or not _NEXT.search(source) or _CLOSE.search(source):
        return french
    french = _COUNT_NEAR.sub(_count, french)
    return _NP_NEAR.sub(lambda m: _noun_phrase(m) or m.group(0), french)

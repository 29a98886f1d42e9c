"""Senses of *related*, *fuel*, *spend time* and *run through/for* the pivot takes from
another entry, put right where the English has the word (run with ``sourced.source_rules``).
Senses from Robert & Collins and Larousse:

- *related (to)* "narré" (*relate* a story) -> "lié" ("les questions liées à", "tout ce qui
  est lié à"), when the English tells no story (*narrate*, *recount*, *told*);
- *fuel*, *refuel* a vehicle "attiser" (*fuel* a fire, hatred) -> "alimenter", "ravitailler",
  when the English speaks of no tension, hatred or flames;
- *spend time* "dépenser le temps" -> "passer du temps";
- *run through/across* a city "courir à travers" -> "traverser"; *run for* N kilometres
  "courses sur" -> "s'étend sur";
- *fuel oil* (a noun) "attiser le pétrole" -> "le fioul".
"""

from __future__ import annotations

import re

from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

# --- related --------------------------------------------------------------------------------
_RELATED_EN = re.compile(r"\brelated\b", re.IGNORECASE)
_STORY_EN = re.compile(r"\b(?:narrat\w*|recount\w*|told|story|stories|relate[sd]? (?:how|that))\b",
                       re.IGNORECASE)
# The participle alone (not after "avoir": *has related* is a story's verb), with "à" or
# the pivot's "pour" after it.
_NARRE = re.compile(r"(?<!\bont )(?<!\ba )(?<!\bavait )" + _B + r"narré(e?s?)" + _E
                    + r"(?: (?:à|pour) )?")


def _lie(m: re.Match[str]) -> str:
    return "lié" + m.group(1) + (" à " if m.group(0).endswith(" ") else "")


def related(source: str, french: str) -> str:
    """ "les questions narrées à la politique" -> "liées à la politique", "tout plus narré
    pour croiser des liens" -> "tout plus lié à croiser" (*related to*, not a story)."""
    if "narré" not in french or not _RELATED_EN.search(source) or _STORY_EN.search(source):
        return french
    return _NARRE.sub(_lie, french)


# --- fuel -----------------------------------------------------------------------------------
# *fuel oil* is a noun ("fioul", "mazout"), not the verb.
_FUEL_EN = re.compile(r"\b(re)?fuel(?:s|led|ed|ling|ing)?\b(?! oil)", re.IGNORECASE)
_REFUEL_EN = re.compile(r"\brefuel", re.IGNORECASE)
_FUEL_OIL_EN = re.compile(r"\bfuel oil\b", re.IGNORECASE)
_FUEL_OIL_FR = re.compile(_B + r"attiser (le|du) pétrole" + _E)
_FIRE_EN = re.compile(r"\b(?:tension\w*|hatred|conflicts?|flames?|fires?|fears?|speculation|"
                      r"anger|violence|extremism|hostility|rivalry|unrest|debate|inflation|"
                      r"rumou?rs?|passions?|nationalism|growth|demand|boom)\b", re.IGNORECASE)
_ATTISER = re.compile(_B + r"(attis" + r"(?:er|e|es|ons|ez|ent|é|ée|és|ées|ant|era|eront|ait|"
                      r"aient))" + _E)


def fuel(source: str, french: str) -> str:
    """ "pour attiser des véhicules" -> "pour ravitailler des véhicules" (*refuel*),
    "attiser les moteurs" -> "alimenter" (*fuel* an engine, not a fire or tension); *fuel
    oil* "attiser le pétrole" -> "le fioul"."""
    if "attis" not in french:
        return french
    if _FUEL_OIL_EN.search(source):
        french = _FUEL_OIL_FR.sub(lambda m: m.group(1) + " fioul", french)
    if _FUEL_EN.search(source) is None or _FIRE_EN.search(source):
        return french
    lemma = "ravitailler" if _REFUEL_EN.search(source) else "alimenter"
    return _ATTISER.sub(lambda w: reverb(w.group(1), lemma) or w.group(1), french)


# --- spend time -----------------------------------------------------------------------------
_SPEND_EN = re.compile(r"\b(?:spend|spends|spent|spending)\s+(?:\w+\s+){0,3}?time\b",
                       re.IGNORECASE)
_DEPENSER = re.compile(_B + r"(dépens(?:er|e|es|ons|ez|ent|ait|aient|era|erons|eront|erait|"
                       r"ant)|dépensé)((?: (?:encore|beaucoup|plus|moins|autant|trop|peu))*) "
                       r"(?:le|du) temps" + _E)


def spend_time(source: str, french: str) -> str:
    """ "ils dépensent encore plus le temps ensemble" -> "ils passent encore plus de temps
    ensemble"; "dépenser le temps" -> "passer du temps" (*spend time*)."""
    if "dépens" not in french or not _SPEND_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        verb = "passé" if m.group(1) == "dépensé" else reverb(m.group(1), "passer")
        if verb is None:
            return m.group(0)
        degree = m.group(2)
        return verb + degree + (" de temps" if degree.endswith(("plus", "moins", "autant",
                                                                "beaucoup", "trop", "peu"))
                                else " du temps")

    return _DEPENSER.sub(fix, french)


# --- run through, run for -------------------------------------------------------------------
_THROUGH_EN = re.compile(r"\b(?:run|runs|ran|running)\s+(?:\w+ly\s+)?(?:through|across)\b",
                         re.IGNORECASE)
_COURIR_THROUGH = re.compile(_B + r"(cour(?:ir|s|t|ons|ez|ent|ait|aient|ra|ront))"
                             r" à travers" + _E)
_FOR_KM_EN = re.compile(r"\b(?:run|runs|ran)\s+for\s+[\d,.]+\s+(?:kilomet|km\b|mile|met)",
                        re.IGNORECASE)
_COURSES_SUR = re.compile(_B + r"(?:courses?|court|courent) (?:sur|par|pour) "
                          r"(?=[\d\s,]+" + _W + r")")


def run_route(source: str, french: str) -> str:
    """ "les routes courent à travers Moscou" -> "traversent Moscou" (*run through*);
    "MCD-1, courses sur 52 kilomètres" -> "s'étend sur 52 kilomètres" (*runs for*)."""
    if "cour" not in french:
        return french
    if _THROUGH_EN.search(source):
        french = _COURIR_THROUGH.sub(
            lambda m: reverb(m.group(1), "traverser") or m.group(0), french)
    if _FOR_KM_EN.search(source):
        french = _COURSES_SUR.sub("s'étend sur ", french, count=1)
    return french


def verb_senses(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (related, fuel, spend_time, run_route):
        french = rule(source, french)
    return french

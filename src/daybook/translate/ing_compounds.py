"""English noun compounds whose first word ends in -ing, said before the engine as English
it translates into the French locution.

eng-cat's tagger reads the -ing word as a verb or a gerund and the pivot writes it so
("vivant des conditions", "entraîner des centres", "remplissant des stations", "L'usine de
démarche", "d'opérante entreprises", "L'armée qu'il dépense"). Giving every such word the
analyser's noun or adjective reading made other compounds worse ("stations de farce"), so
each compound is listed with its French (Robert & Collins) and the English the engine
writes that way: *living conditions* "conditions de vie" (sent as *conditions of life*),
*training centre* "centre de formation", *filling station* "station-service" (*service
station*), *processing plant/factory* "usine de transformation" (*transformation plant*),
*marching band* "fanfare", *shopping centre/mall* "centre commercial", *operating
companies/businesses* "entreprises en activité" (*active*, "actives"), *military/defence/
public/government/budget/social spending* "dépenses militaires..." (*expenditures*: French
says the plural), *working conditions/relations* "conditions/relations de travail" (*work*;
was "qui travaille conditions"), *polling station* "bureau de vote" (*office of vote*; was
"gares de requête"), *living quarters* "logements" (*dwellings*; was "quarts de vie"), *the
coming generation* "la génération future" (was "venant génération"), *uranium/coal ...
mining* "extraction d'uranium" (was "l'uranium qu'ils exploitent"), *the borrowing market*
"le marché de l'emprunt" (*loan*).

*housing* the noun (Robert & Collins: "logement") is sent as *habitation*, which eng-cat
reads only as a noun ("restaurer le logement", "conditions de logement"; the tagger read
*housing* as the verb *house*: "restaurer contenir", "en contenant et en utilités
publiques"); not where it is the verb, before its object (*a building housing the museum*,
*housing refugees*) or after *be*. *housing*, *working relations* and *living quarters* so
only for the Catalan pivot: eng-spa does not know *habitation* and writes *work* "oeuvre",
*dwellings* "chambres".
Only these compounds move: a table of general English, never a sentence of the samples.
Said before the tagger reads the line for ``preedit``'s rules, so that these read the
compound as a noun ("the world's total military spending" whole as the owned noun phrase).
"""

from __future__ import annotations

import re

from daybook.translate.french import cased_like

# Not after *and*, *or* or a comma: the -ing word is one of a list of modifiers sharing
# the noun ("educational, cultural and training centres" came out "centres d'entraîner").
_SHARED = r"(?<!\band )(?<!\bor )(?<!, )"
# English compound (its number kept by the groups; not the first half of a hyphenated
# word: "centre-backs") -> English the engine writes right
_TABLE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(_SHARED + p + "(?!-)", re.IGNORECASE), new) for p, new in (
        (r"\bliving conditions\b", "conditions of life"),
        (r"\btraining (cent(?:re|er)s?)\b", r"\1 of training"),
        (r"\bfilling (stations?)\b", r"service \1"),
        (r"\bprocessing (plants?|factory|factories|facility|facilities|enterprises?)\b",
         r"transformation \1"),
        (r"\bmarching band(s?)\b", r"fanfare\1"),
        (r"\bshopping (?:cent(?:re|er)|mall)(s?)\b", r"commercial centre\1"),
        (r"\boperating (businesses|companies|enterprises)\b", r"active \1"),
        (r"\b(military|defen[cs]e|public|government|budget|social) spending\b",
         r"\1 expenditures"),
        (r"\bpolling (?:station|place)(s?)\b", r"office\1 of vote"),
        (r"(?<=\bthe )coming (generations?)\b", r"future \1"),
        (r"\bborrowing (markets?)\b", r"loan \1"),
    ))
# the mineral after *and* too: here the -ing word is the head ("resource development and
# uranium mining" came out "l'uranium qu'ils exploitent")
_MINING = (re.compile(r"\b(uranium|coal|gold|diamond|copper|nickel|ore) mining\b(?!-)",
                      re.IGNORECASE), r"\1 extraction")
# *training* a noun in a list ("capabilities, training, and cohesion" came out "en
# entraînant", "Sport, en entraînant et l'éducation"): *formation*, which the engine keeps as
# the noun "formation" (Robert & Collins, *training*)
_TRAINING = (re.compile(r"(?<=, )training(?=,| and\b| or\b)", re.IGNORECASE), "formation")
# Compounds eng-spa reads another way (*habitation* unknown, *dwellings* "chambres", *work*
# "oeuvre"): said so for the Catalan pivot only.
_CATALAN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(_SHARED + p + "(?!-)", re.IGNORECASE), new) for p, new in (
        (r"\bworking (conditions|relations(?:hips?)?)\b", r"work \1"),
        (r"\bliving quarters\b", "dwellings"),
    ))
# the noun *housing*: not the verb before its object or after *be*
_HOUSING = (re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )\bhousing\b(?!-)"
    r"(?! (?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|many|more|"
    r"most|all|over|up|about|around|nearly|almost|people|refugees|migrants|families|children|"
    r"students|troops|soldiers|patients|workers|residents|guests)\b| [0-9]| (?-i:[A-Z]))",
    re.IGNORECASE), "habitation")
_CATALAN_ALL = (*_CATALAN, _HOUSING)


def english(line: str, mode: str = "eng-cat") -> str:
    """``line`` with each -ing compound of the table said as the English the engine
    translates into its French ("living conditions" -> "conditions of life"); a capital
    opening a compound is kept. ``mode``: the first stage ("eng-cat", "eng-spa")."""
    for pattern, new in (*_TABLE, _MINING, _TRAINING, *_CATALAN_ALL) if mode == "eng-cat" \
            else (*_TABLE, _MINING, _TRAINING):

        def said(m: re.Match[str], new: str = new) -> str:
            return cased_like(m.expand(new), m.group(0))

        line = pattern.sub(said, line)
    return line

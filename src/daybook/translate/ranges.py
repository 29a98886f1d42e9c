"""Ranges of figures and dates (*from X to Y*, *between X and Y*) and growing figures as
French writes them.

The pivot writes *from 380 billion to 730 billion* "de 380 milliards de 730 milliards" (the
second *to* read as the "de" before a unit), *from 3 to 5 June* "de 3 à 5 juin", *between 3
and 5 June* "entre 3 et 5 juin", *on 3–5 June* "dans 3–5 juin", *from Monday through
Friday* "de lundi à travers vendredi", *from March 2018 to May 2019* "À partir de mars 2018
à mai 2019", and the month *May* "pot" (Catalan "maig" read as a jar). French writes a
range "de ... à ...", a range of days "du 3 au 5 juin", "entre le 3 et le 5 juin" (general
usage: the Office québécois de la langue française and the Petit Robert on dates). Each rule
fires only where the English says the range.

A figure that *grows* "grandit" (Catalan "créixer", said in French of a child, a town, a
feeling): trade, exports, a budget, revenues "augmentent", by so much "de 4 %" (not "par").
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import AVOIR_THIRD, alternation
from daybook.translate.collocations import reverb
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.marks import MONTHS_FR

_MONTH = "(" + "|".join(MONTHS_FR.values()) + ")"
_MONTH_EN = "(?:" + "|".join(MONTHS_FR) + ")"
_DAY = r"(\d{1,2}|1er)"
_NUM = r"(\d[\d  ,.]*)"
_UNIT = r"(milliards?|millions?|mille|billions?|trillions?)"

_FROM_TO_EN = re.compile(r"\bfrom\s+\S+(?:\s+\S+){0,3}?\s+(?:to|through|till|until|up\s+to)\s",
                         re.IGNORECASE)
# "de 380 milliards de 730 milliards": the second "de" is *to*.
_UNIT_RANGE = re.compile(_B + r"(de|De) " + _NUM + " " + _UNIT + " de " + _NUM
                         + r"(?= " + _UNIT + _E + r"|(?:\s?%| pour cent)" + r")")
_DAYS_FR = re.compile(_B + r"([Dd])e " + _DAY + r"(?: " + _MONTH + r")? (?:à|au) " + _DAY + " "
                      + _MONTH + _E)
_DAYS_EN = re.compile(r"\bfrom\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+" + _MONTH_EN + r")?\s+(?:to|"
                      r"until|till|through|[–-])\s+\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_EN,
                      re.IGNORECASE)
_BETWEEN_FR = re.compile(_B + r"([Ee])ntre " + _DAY + r"(?: " + _MONTH + r")? et " + _DAY + " "
                         + _MONTH + _E)
_BETWEEN_EN = re.compile(r"\bbetween\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+" + _MONTH_EN + r")?\s+and"
                         r"\s+\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_EN, re.IGNORECASE)
_DASH_FR = re.compile(_B + r"(?:dans|sur|en|le|Dans|Sur|En|Le) " + _DAY + r"\s?[–-]\s?" + _DAY
                      + " " + _MONTH + _E)
_DASH_EN = re.compile(r"\b(?:on|from)\s+\d{1,2}\s?[–-]\s?\d{1,2}\s+" + _MONTH_EN)
_THROUGH = re.compile(r"\bfrom\s+\S+(?:\s+\S+){0,2}?\s+through\s", re.IGNORECASE)
_A_TRAVERS = re.compile(_B + r"((?:de|du|d['’]) \S+(?: \S+){0,2}?) à travers (?=\S)")
_A_PARTIR = re.compile(_B + r"([Àà]) partir (d['’]|de |du |des )(?=[^,.;:!?]{1,40}? (?:à|au|aux|"
                       r"jusqu['’]à) )")
_MAY = re.compile(r"\b(?i:in|from|to|until|till|by|since|early|late|mid-?|of|through|and|or|"
                  r"–|-)\s+May\b|(?<!^)\bMay\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+May\b")
_POTS = re.compile(r"\b(?:pots?|jars?|pans?|pottery|kettles?)\b", re.IGNORECASE)
_POT = re.compile(_B + r"pot" + _E)
_IN_MAY = re.compile(_B + r"([Dd])ans mai" + _E)  # a month: "en mai"
_GROW = re.compile(r"\b(?:grow|grows|grew|grown|growing)\b(?!\s+up\b)", re.IGNORECASE)
# Nouns of figures (general economic vocabulary), then up to three words, then "grandir".
_FIGURES = (r"commerce|échanges|importations?|exportations?|production|budget|revenus?|"
            r"recettes|volumes?|consommation|nombre|chiffre d['’]affaires|PIB|investissements?|"
            r"demande|prix|salaires?|ventes|trafic|flux|dette|taux|dépenses|bénéfices|"
            r"capitalisation|économie|croissance|coûts?|chiffres?|parts?")
_GRANDIR = re.compile(r"(?<![\w-])(?:" + _FIGURES + r")(?: [^\s.,;:!?]+){0,3}? (?:(?:"
                      + alternation(AVOIR_THIRD) + r") |"
                      r"(?:est|sont|était|étaient) en train de )?(?:[a-zé]+ment )?"
                      r"(grandi(?:t|ssent|ssait|ssaient|ra|ront|rait|raient|r|ssant)?)" + _E)
# "par 4 %", "4 %" after the verb: "de 4 %" (*grew by 4%*, *grew 4%*).
_BY = re.compile(r"^ (?:par |par-dessus )?((?:presque |près de |environ |plus de )?)(?=\d|un |"
                 r"une |deux |trois |quatre |cinq |dix )")


def _days(m: re.Match[str]) -> str:
    """ "de 3 à 5 juin" -> "du 3 au 5 juin", "de 3 juin à 5 juin" -> "du 3 juin au 5 juin"."""
    first = m.group(2) + (" " + m.group(3) if m.group(3) else "")
    return ("D" if m.group(1) == "D" else "d") + f"u {first} au {m.group(4)} {m.group(5)}"


def _between(m: re.Match[str]) -> str:
    first = m.group(2) + (" " + m.group(3) if m.group(3) else "")
    return f"{m.group(1)}ntre le {first} et le {m.group(4)} {m.group(5)}"


def ranges(source: str, french: str) -> str:
    """ "de 380 milliards de 730 milliards" -> "de 380 milliards à 730 milliards", "de 3 à 5
    juin" -> "du 3 au 5 juin", "entre 3 et 5 juin" -> "entre le 3 et le 5 juin", "de lundi à
    travers vendredi" -> "de lundi à vendredi", where the English says the range."""
    if _FROM_TO_EN.search(source):
        french = _UNIT_RANGE.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)} à "
                                 f"{m.group(4)}", french)
        if _THROUGH.search(source):
            french = _A_TRAVERS.sub(r"\1 à ", french)
        french = _A_PARTIR.sub(lambda m: ("D" if m.group(1) == "À" else "d")
                               + m.group(2)[1:], french)
    if "grandi" in french and _GROW.search(source):
        french = _grown(french)
    if _MAY.search(source) and not _POTS.search(source):
        french = _IN_MAY.sub(lambda m: ("E" if m.group(1) == "D" else "e") + "n mai",
                             _POT.sub("mai", french))
    if _DAYS_EN.search(source):
        french = _DAYS_FR.sub(_days, french)
    if _BETWEEN_EN.search(source):
        french = _BETWEEN_FR.sub(_between, french)
    if _DASH_EN.search(source):
        french = _DASH_FR.sub(lambda m: ("Du" if m.group(0)[:1].isupper() else "du")
                              + f" {m.group(1)} au {m.group(2)} {m.group(3)}", french)
    return french


def _grown(french: str) -> str:
    """ "Les exportations ont grandi par 4 %" -> "Les exportations ont augmenté de 4 %"."""
    out, last = [], 0
    for m in _GRANDIR.finditer(french):
        made = reverb(m.group(1), "augmenter")
        if made is None:
            continue
        head = french[last:m.start(1)]
        if head.endswith(" de ") and made[:1] in "aeiouéè":  # "en train d'augmenter"
            head = head[:-2] + "'"
        out.append(head + made)
        last = m.end(1)
        by = _BY.match(french[last:])
        if by:
            out.append(" de " + by.group(1))
            last += by.end()
    return "".join(out) + french[last:]

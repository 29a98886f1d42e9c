"""English compounds the pivot says word for word, given the French noun (Robert & Collins).

Each entry runs only where the English has the compound, and puts right what the engine
makes of it:

- *curling* the sport, which eng-cat reads as the adjective *curling* ("curly"): "un stade
  de frisé", "regarder frisé" -> "un stade de curling", "regarder le curling" (French names
  the sport "curling"; the article where the noun is an object or after "pour", "à": "pour le
  curling", "au curling");
- *(ice) skating rink*, *ice rink* "patinoire" (*indoor* "couverte"): the engine leaves
  *rink* in English and *ice* "gel" ("un patinage de gel intérieur rink" -> "une patinoire
  couverte", "un gel rink" -> "une patinoire");
- *sister city* "ville jumelle", *sister city relationship/relations/ties* "jumelage": the
  engine writes "relation de ville de sœur", "villes de sœur";
- the noun *funding* "financement", which the tagger reads as the verb: *the amount of
  funding* "le montant de financer" -> "le montant du financement", *how much funding*
  "combien financement" -> "combien de financement".
"""

from __future__ import annotations

import re

from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like

__all__ = ["compound_nouns"]

_CURLING_EN = re.compile(r"\bcurling\b(?!\s+(?:iron|tongs)\b)", re.IGNORECASE)
_CURLY_EN = re.compile(r"\b(?:curly|curled|curls?|frizzy)\b", re.IGNORECASE)
_FRISE = re.compile(_B + r"(?P<before>(?:[\w’']+ )?)(?P<w>[Ff]ris[ée]e?s?)" + _E)
# after these the sport is a complement of kind, bare: "stade de curling", "en curling"
_BARE_BEFORE = frozenset(("de", "d'", "d’", "du", "des", "en", "le", "au", "un", "et", "ou"))


def _curling(source: str, french: str) -> str:
    if not _CURLING_EN.search(source) or _CURLY_EN.search(source):
        return french
    budget = len(_CURLING_EN.findall(source))

    def said(m: re.Match[str]) -> str:
        nonlocal budget
        if budget <= 0:
            return m.group(0)
        budget -= 1
        before = m.group("before")
        word = before.strip().lower()
        if not before:  # the sentence's first word
            return cased_like("le curling", m.group("w"))
        if word in _BARE_BEFORE:
            return before + "curling"
        if word == "à":
            return before[:-2] + "au curling"
        return before + "le curling"  # an object: "regarder le curling", "pour le curling"

    return _FRISE.sub(said, french)


_RINK_EN = re.compile(r"\brinks?\b", re.IGNORECASE)
_INDOOR_EN = re.compile(r"\bindoor\b", re.IGNORECASE)
_RINK = re.compile(_B + r"(?P<det>(?:[Uu]n|[Ll]e|[Dd]u|[Aa]u|[Dd]['’]un) )?"
                   r"(?:patinage |glace |gel )(?:de glace |de gel |de patinage )?"
                   r"(?P<indoor>(?:intérieure?|couverte?) )?rink(?P<pl>s?)" + _E)
_FEMININE = {"un": "une", "le": "la", "du": "de la", "au": "à la", "d'un": "d'une",
             "d’un": "d’une"}


def _det(det: str | None, table: dict[str, str]) -> str:
    """The engine's determiner (``det``, with its space) in the new noun's gender, by
    ``table``, its capital kept; "" for none."""
    return cased_like(table[det.strip().lower()], det) + " " if det else ""


def _rink(source: str, french: str) -> str:
    if not _RINK_EN.search(source):
        return french

    def said(m: re.Match[str]) -> str:
        det = _det(m.group("det"), _FEMININE)
        plural = m.group("pl")
        indoor = m.group("indoor") or _INDOOR_EN.search(source)
        return f"{det}patinoire{plural}" + (f" couverte{plural}" if indoor else "")

    return _RINK.sub(said, french)


_SISTER_EN = re.compile(r"\bsister[- ]cit(?:y|ies)\b", re.IGNORECASE)
_TWINNING = re.compile(_B + r"(?P<det>(?:[Ll]a|[Uu]ne|[Ll]eur|[Ll]eurs|[Ll]es|[Dd]es) )?"
                       r"relation(?P<pl>s?) de villes? de (?:sœur|soeur)s?" + _E)
_TWINNING_DET = {"la": "le", "une": "un", "leur": "leur", "leurs": "leurs", "les": "les",
                 "des": "des"}
_SISTER = re.compile(_B + r"(?P<city>villes?) de (?:sœur|soeur)s?" + _E)


def _sister(source: str, french: str) -> str:
    if not _SISTER_EN.search(source):
        return french

    def twinning(m: re.Match[str]) -> str:
        det = _det(m.group("det"), _TWINNING_DET)
        return f"{det}jumelage{m.group('pl')}"

    french = _TWINNING.sub(twinning, french)
    return _SISTER.sub(lambda m: m.group("city") + (
        " jumelles" if m.group("city").endswith("s") else " jumelle"), french)


_FUNDING_EN = re.compile(r"\b(?:amount|volume|level|source|sources|lack) of funding\b|"
                         r"\bhow much funding\b", re.IGNORECASE)
_FUNDING = ((re.compile(_B + r"([Mm]ontant|[Vv]olume|[Nn]iveau|[Ss]ources?|[Mm]anque) de "
                        r"financer" + _E), r"\1 du financement"),
            (re.compile(_B + r"([Cc]ombien) financement" + _E), r"\1 de financement"))


def _funding(source: str, french: str) -> str:
    if not _FUNDING_EN.search(source):
        return french
    for pattern, new in _FUNDING:
        french = pattern.sub(new, french)
    return french


def compound_nouns(source: str, french: str) -> str:
    """ "un stade de frisé" -> "un stade de curling", "un patinage de glace intérieure rink"
    -> "une patinoire couverte", "leur relation de ville de sœur" -> "leur jumelage", "le
    montant de financer" -> "le montant du financement", where the English has the
    compound (see the module's doc)."""
    for rule in (_curling, _rink, _sister, _funding):
        french = rule(source, french)
    return french

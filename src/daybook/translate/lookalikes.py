"""Nouns of people and of acts the pivot takes from a Catalan look-alike of another sense, put
right where the English has the word (run with ``sourced.source_rules``, after
``class_senses``). Senses from Robert & Collins and the TLFi:

- *pensioners* "pensionnaires" (boarders, Catalan "pensionistes") -> "retraités";
- *devotion* to duty, the country, one's art "dévotion" (piety) -> "dévouement" ("le même sens
  du devoir et du dévouement"), not of faith and prayer;
- *transfer* "déménagement" (moving house, Catalan "trasllat") -> "transfert" (of contracts,
  technology, ships); *removing* barriers "déménagement" -> "suppression";
- *providing* a thing "la provision de" (a stock, a deposit) -> "la fourniture de" ("la
  fourniture de l'aide humanitaire");
- *significance* "signification" (what a word means) -> "importance" ("d'une importance
  cruciale");
- *people with disabilities* "personnes avec des incapacités" -> "personnes handicapées",
  *disabilities* "incapacités" -> "handicaps";
- *accommodate* people "accommoder" (to cook, to adapt) -> "accueillir" ("peut accueillir
  jusqu'à 1,5 million de personnes");
- *followers* of a faith "supporters" (of a team) -> "adeptes" ("les adeptes de diverses
  confessions");
- *executive* "exécutoire" (of a judgment, enforceable: Catalan "executiu" has both senses)
  -> "exécutif" ("les autorités exécutives", "l'organe exécutif").
"""

from __future__ import annotations

import re

from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import readings

__all__ = ["accommodate", "devotion", "executive", "followers", "lookalikes", "pensioners",
           "same_gender", "transfer"]


# --- pensioners -----------------------------------------------------------------------------
_PENSIONERS_EN = re.compile(r"\bpensioners?\b", re.IGNORECASE)
_PENSIONNAIRE = re.compile(_B + r"([Pp])ensionnaire(s?)" + _E)


def pensioners(source: str, french: str) -> str:
    """ "les besoins des pensionnaires" -> "les besoins des retraités" (*pensioners*)."""
    if "ensionnaire" not in french or not _PENSIONERS_EN.search(source):
        return french
    return _PENSIONNAIRE.sub(lambda m: cased_like("retraité", m.group(1)) + m.group(2), french)


# --- devotion -------------------------------------------------------------------------------
_DEVOTION_EN = re.compile(r"\bdevotion\b", re.IGNORECASE)
_FAITH_EN = re.compile(r"\b(?:God|prayers?|pray\w*|saints?|faith|religious|pilgrim\w*|icons?|"
                       r"worship\w*|piety|pious)\b", re.IGNORECASE)
# The feminine noun with its article or preposition, and an adjective after it in "-ée".
_DEVOTION = re.compile(r"(?<![\w’'-])(?:(de la|à la|la|De la|À la|La) |(l['’]))?([Dd])évotion"
                       r"(?: (" + _W + r"ée)(?=" + _E + r"))?" + _E)
_MASCULINE = {"la": "le ", "de la": "du ", "à la": "au "}


def devotion(source: str, french: str) -> str:
    """ "l'esprit de la dévotion à la patrie" -> "l'esprit du dévouement à la patrie",
    "traditions de service et de dévotion désintéressée" -> "de dévouement désintéressé"
    (*devotion*, Robert & Collins: "dévouement"; "dévotion" is piety)."""
    if "évotion" not in french or not _DEVOTION_EN.search(source) or _FAITH_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        article = m.group(1)
        head = _MASCULINE[article.lower()] if article else (m.group(2) or "")
        if article:
            head = cased_like(head, article)
        word = ("D" if m.group(3) == "D" and not head else "d") + "évouement"
        adjective = " " + m.group(4)[:-1] if m.group(4) else ""
        return head + word + adjective

    return _DEVOTION.sub(fix, french)


# --- transfer, removing ---------------------------------------------------------------------
_TRANSFER_EN = re.compile(r"\btransfer(?:s|red|ring)?\b", re.IGNORECASE)
_REMOVE_EN = re.compile(r"\bremov(?:e|es|ed|ing|al)\b", re.IGNORECASE)
_MOVE_EN = re.compile(r"\b(?:mov(?:e|es|ed|ing)|relocat\w*|resettle\w*)\b", re.IGNORECASE)
_DEMENAGEMENT = re.compile(r"(?<![\w’'-])(?:(du|au|le|Le|Du|Au) )?([Dd])éménagement(s?)" + _E)
_FEMININE = {"le": "la ", "du": "de la ", "au": "à la "}


def transfer(source: str, french: str) -> str:
    """ "le déménagement des contrats" -> "le transfert des contrats" (*transfer*); "pour le
    déménagement des barrières" -> "pour la suppression des barrières" (*removing*)."""
    if "éménagement" not in french or _MOVE_EN.search(source):
        return french
    if _TRANSFER_EN.search(source) and not _REMOVE_EN.search(source):
        return _DEMENAGEMENT.sub(lambda m: (m.group(1) + " " if m.group(1) else "")
                                 + cased_like("transfert", m.group(2)) + m.group(3), french)
    if _REMOVE_EN.search(source) and not _TRANSFER_EN.search(source):
        return _DEMENAGEMENT.sub(
            lambda m: (cased_like(_FEMININE[m.group(1).lower()], m.group(1)) if m.group(1)
                       else "") + cased_like("suppression", m.group(2)) + m.group(3), french)
    return french


# --- nouns of the same gender: providing, significance, disabilities ------------------------
_SAME_GENDER: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], str], ...] = (
    # *providing* a thing, not the English noun *provision(s)* (a clause of a law).
    (re.compile(r"\bprovid(?:e|es|ed|ing)\b", re.IGNORECASE),
     re.compile(r"\bprovisions?\b", re.IGNORECASE),
     re.compile(_B + r"(?<=la )provision(?= (?:de|d['’]|du|des)" + _E + ")"), "fourniture"),
    (re.compile(r"\bsignificance\b", re.IGNORECASE),
     re.compile(r"\b(?:mean\w*|signif(?:y|ies|ied))\b", re.IGNORECASE),
     re.compile(_B + r"signification" + _E), "importance"),
)
_DISABILITIES_EN = re.compile(r"\bdisabilit(?:y|ies)\b", re.IGNORECASE)
_PEOPLE_WITH = re.compile(_B + r"(personnes|enfants|citoyens|gens) (?:avec|ayant) (?:des )?"
                          r"(?:incapacités|handicaps)" + _E)
_INCAPACITES = re.compile(_B + r"incapacités" + _E)


def same_gender(source: str, french: str) -> str:
    """ "la provision du secours humanitaire" -> "la fourniture du secours humanitaire"
    (*providing*), "de signification cruciale" -> "d'importance cruciale" (*significance*),
    "des personnes avec des incapacités" -> "des personnes handicapées" (*people with
    disabilities*)."""
    for english, unless, pattern, word in _SAME_GENDER:
        if pattern.search(french) and english.search(source) and not unless.search(source):
            french = pattern.sub(word, french)
            french = re.sub(_B + r"(de|De) (?=importance" + _E + ")", r"d'", french)
    if "incapacités" in french and _DISABILITIES_EN.search(source):
        french = _PEOPLE_WITH.sub(lambda m: m.group(1) + " handicapé"
                                  + ("es" if m.group(1) == "personnes" else "s"), french)
        french = _INCAPACITES.sub("handicaps", french)
    return french


# --- accommodate ----------------------------------------------------------------------------
_ACCOMMODATE_EN = re.compile(r"\baccommodat(?:e|es|ed|ing)\b", re.IGNORECASE)
_ACCOMMODER = re.compile(_B + r"(accommod" + _W + r")" + _E)


def accommodate(source: str, french: str) -> str:
    """ "la Syrie peut maintenant accommoder jusqu'à 1,5 million de personnes" -> "accueillir"
    (*accommodate* people, Robert & Collins: "loger, accueillir")."""
    if "accommod" not in french or not _ACCOMMODATE_EN.search(source):
        return french
    return _ACCOMMODER.sub(lambda m: reverb(m.group(1), "accueillir") or m.group(1), french)


# --- followers of a faith -------------------------------------------------------------------
_FOLLOWERS_EN = re.compile(r"\bfollowers\s+of\s+(?:[\w-]+\s+){0,2}?(?:faiths?|religions?|"
                           r"confessions?|denominations?|Judaism|Islam|Christianity|Orthodoxy|"
                           r"Buddhism|[\w-]+\s+(?:Church|faith))\b", re.IGNORECASE)
_SUPPORTERS = re.compile(_B + r"([Ss])upporters(?= (?:de|d['’]|du|des)" + _E + ")")


def followers(source: str, french: str) -> str:
    """ "où les supporters de diverses confessions ont vécu" -> "les adeptes de diverses
    confessions" (*followers* of a faith; Robert & Collins, *follower*: "adepte")."""
    if "upporters" not in french or not _FOLLOWERS_EN.search(source):
        return french
    return _SUPPORTERS.sub(lambda m: cased_like("adeptes", m.group(1)), french)


# --- executive ------------------------------------------------------------------------------
# *executive* is never *enforceable*: English says that *enforceable* (Robert & Collins).
_EXECUTIVE_EN = re.compile(r"\bexecutive\b", re.IGNORECASE)
_ENFORCEABLE_EN = re.compile(r"\benforce\w*", re.IGNORECASE)
_EXECUTOIRE = re.compile(r"(?:(" + _W + r") )?([Ee])xécutoire(s?)" + _E)


def executive(source: str, french: str) -> str:
    """ "des autorités exécutoires" -> "des autorités exécutives", "organe exécutoire" ->
    "organe exécutif" (*executive*), of the gender of the noun before it."""
    if "xécutoire" not in french or not _EXECUTIVE_EN.search(source) or \
            _ENFORCEABLE_EN.search(source):
        return french
    found = list(_EXECUTOIRE.finditer(french))
    reads = readings(sorted({m.group(1) for m in found if m.group(1)}))

    def fix(m: re.Match[str]) -> str:
        nouns = [r for r in reads.get(m.group(1) or "", ()) if r.pos == "n"]
        feminine = bool(nouns) and all(r.gender == "f" for r in nouns)
        said = ("xécutive" if feminine else "xécutif") + m.group(3)
        return (m.group(1) + " " if m.group(1) else "") + m.group(2) + said

    return _EXECUTOIRE.sub(fix, french)


def lookalikes(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (pensioners, devotion, transfer, same_gender, accommodate, followers,
                 executive):
        french = rule(source, french)
    return french

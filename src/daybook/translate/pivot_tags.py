"""Catalan words ``cat-fra``'s tagger reads in the wrong class, put right where the English
sentence has the word (run with ``sourced.source_rules``, before ``agreement.agree``).

A freshly started HMM tagger (``processes.tag_texts``) picks a Catalan homograph's class by
its neighbours' tags, and some of its picks give French of another class:

- a degree adverb before an adjective read as a determiner: *quite sure* "bastant segur"
  "assez de sûr", *unclear* "poc clar" "peu de clair" -> "assez sûr", "peu clair" (French
  puts no "de" between a degree adverb and an adjective; Grevisse § 993), where the English
  has *quite*, *fairly*, *rather*, *pretty* (for "assez") or *un-*, *little*, *not very*
  (for "peu") and the French word after "de" is an adjective or a participle, not a noun
  only ("assez de temps" kept);
- Catalan *cap* (*head*) read as the determiner *cap* (*no*): "et aucun de l'agence" ->
  "et chef de l'agence", where the English has the noun *head* and no *no*, *none*, *any*,
  *neither*, *nor* that an "aucun" would translate;
- Catalan *deu* (*owes*) read as the number *ten*: "la Suisse dix beaucoup" -> "doit",
  where the English has *owes* and no *ten*;
- *grateful* "agraït" read as a participle: "je suis remercié" -> "reconnaissant";
- *relying on* "confiant en" read as the verb *confiar en* (*trust*) "confier en" ->
  "compter sur";
- the ordinal *fourth* in a compound read as the fraction: *fourth-generation*
  "quart-generation" -> "quatrième-";
- *we can*, *you can* "podem", "podeu" (of *poder*) read as *podar* (*prune*), a subjunctive
  or an imperative after "que" or in a question: "nous élaguions voir", "vous élaguiez" ->
  "nous pouvons voir", "vous pouvez", where the English has *can* and no pruning.
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings

# --- degree adverbs read as determiners ---------------------------------------------------
# *quite* before a word that is not a determiner (*quite a few* "assez de" is French).
_QUITE_EN = re.compile(r"\b(?:quite|fairly|rather|pretty|reasonably|sufficiently)\s+"
                       r"(?!(?:a|an|the|some|enough|a lot|few|many|much)\b)[a-z]",
                       re.IGNORECASE)
_LITTLE_EN = re.compile(r"\b(?:un[a-z]{3,}|little|not very|hardly|barely)\b", re.IGNORECASE)
_DEGREE_DE = re.compile(_B + r"(assez|peu) (?:de |d['’])(" + _W + r")" + _E)


def _adjective(word: str) -> bool:
    """A word ``fra-cat``'s analyser reads as an adjective or a past participle."""
    got = readings([word]).get(word, ())
    return any(r.tags[:1] == ("adj",) or r.tags[:2] == ("vblex", "pp") for r in got)


def degree_adjectives(source: str, french: str) -> str:
    """ "Je suis assez de sûr" -> "Je suis assez sûr", "C'est peu de clair" -> "C'est peu
    clair", where the English has *quite* / *un-* before the adjective."""
    quite, little = bool(_QUITE_EN.search(source)), bool(_LITTLE_EN.search(source))
    if not (quite or little) or not _DEGREE_DE.search(french):
        return french

    def fix(m: re.Match[str]) -> str:
        ok = quite if m.group(1) == "assez" else little
        if not ok or not _adjective(m.group(2)):
            return m.group(0)
        return f"{m.group(1)} {m.group(2)}"

    return _DEGREE_DE.sub(fix, french)


# --- *head* read as "no" ---------------------------------------------------------------------
_HEAD_EN = re.compile(r"\bheads?\s+of\b", re.IGNORECASE)
_NO_EN = re.compile(r"\b(?:no|none|any|neither|nor|nobody|nothing)\b", re.IGNORECASE)
_AUCUN_DE = re.compile(_B + r"(et|le|comme) aucun (?=(?:de |du |des |d['’]))")


def head(source: str, french: str) -> str:
    """ "et aucun de l'agence" -> "et chef de l'agence" for *and head of the agency*."""
    if not _HEAD_EN.search(source) or _NO_EN.search(source):
        return french
    return _AUCUN_DE.sub(lambda m: f"{m.group(1)} chef ", french)


# --- *owes* read as *ten* ---------------------------------------------------------------------
_OWES_EN = re.compile(r"\bowes\b", re.IGNORECASE)
_TEN_EN = re.compile(r"\b(?:ten|tenth|10)\b", re.IGNORECASE)
# Any "dix" then: with no *ten* in the English, the number is not there.
_DIX = re.compile(_B + r"dix(?= " + _W + ")")


def owes(source: str, french: str) -> str:
    """ "la Suisse dix beaucoup à la Russie" -> "la Suisse doit beaucoup"."""
    if not _OWES_EN.search(source) or _TEN_EN.search(source):
        return french
    return _DIX.sub("doit", french)


# --- participles and verbs of another entry ---------------------------------------------------
_GRATEFUL_EN = re.compile(r"\b(?:grateful|thankful)\b", re.IGNORECASE)
_THANKED_EN = re.compile(r"\bthank(?:s|ed|ing)?\b", re.IGNORECASE)
_REMERCIE = re.compile(_B + r"remerci(é|ée|és|ées)" + _E)
_RECONNAISSANT = {"é": "reconnaissant", "ée": "reconnaissante", "és": "reconnaissants",
                  "ées": "reconnaissantes"}
_RELY_EN = re.compile(r"\brel(?:y|ies|ied|ying)\s+on\b", re.IGNORECASE)
_CONFIER_EN = re.compile(_B + r"confi(er|ant|e|ent|ons|ez|é) en" + _E)
_COMPTER = {"er": "compter", "ant": "comptant", "e": "compte", "ent": "comptent",
            "ons": "comptons", "ez": "comptez", "é": "compté"}


_FOURTH_EN = re.compile(r"\bfourth-[a-z]", re.IGNORECASE)
_QUART = re.compile(_B + r"([Qq])uart-(?=" + _W + ")")


def fourth(source: str, french: str) -> str:
    """ "le quart-generation" -> "le quatrième-generation" for *the fourth-generation*."""
    if not _FOURTH_EN.search(source):
        return french
    return _QUART.sub(lambda m: m.group(1) + "uatrième-", french)


_CAN_EN = re.compile(r"\b(?:can|cannot|can['’]t)\b", re.IGNORECASE)
_PRUNE_EN = re.compile(r"\b(?:prun|trim|lop|clip)\w*", re.IGNORECASE)
_ELAGUER = re.compile(_B + r"élagu(ions|ons|iez|ez)" + _E)
_POUVOIR = {"ions": "pouvons", "ons": "pouvons", "iez": "pouvez", "ez": "pouvez"}


def can(source: str, french: str) -> str:
    """ "tandis que nous élaguions voir" -> "nous pouvons voir" (*as we can see*)."""
    if "élagu" not in french or not _CAN_EN.search(source) or _PRUNE_EN.search(source):
        return french
    return _ELAGUER.sub(lambda m: _POUVOIR[m.group(1)], french)


def verb_entries(source: str, french: str) -> str:
    """ "je suis remercié" -> "je suis reconnaissant" (*grateful*), "confier en" -> "compter
    sur" (*rely on*)."""
    if _GRATEFUL_EN.search(source) and not _THANKED_EN.search(source):
        french = _REMERCIE.sub(lambda m: _RECONNAISSANT[m.group(1)], french)
    if _RELY_EN.search(source):
        french = _CONFIER_EN.sub(lambda m: _COMPTER[m.group(1)] + " sur", french)
    return french


def pivot_tags(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (degree_adjectives, head, owes, verb_entries, fourth, can):
        french = rule(source, french)
    return french

"""The definite article of a bare noun after a locution that names a topic.

English names a topic with a bare noun (*As for bilateral relations*, *when it comes to
sacred historical memory*, *regarding nuclear energy*); the engine leaves the French noun
bare after the locution: "Au sujet de relations bilatérales", "en ce qui concerne mémoire
historique", "quant à énergie nucléaire". French takes the thing named as a whole with the
definite article (Grevisse, *Le Bon Usage*, § 587): "Quant aux relations bilatérales", "en
ce qui concerne l'oncologie", "au sujet de la liberté", contracted with the locution's "de"
or "à". The indefinite plural after "quant à" and "en ce qui concerne" ("quant à des
affaires") is the same definite article ("quant aux affaires"). The noun must be one the
analyser reads as a noun of one gender and number and never as an infinitive ("quant à
savoir si" kept), in lower case (a name keeps its form), and the English must name a topic.
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD, VOWEL_START
from daybook.translate.gender import readings

__all__ = ["topic_articles"]

_TOPIC_EN = re.compile(r"\b(?:as for|as to|as regards|regarding|concerning|when it comes to|"
                       r"with regard to|in regard to|with respect to|as far as|about|"
                       r"on the subject of|in relation to|in terms of)\b", re.IGNORECASE)
# The locution, its last word ("de", "à", "concerne") and the word after it.
_TOPIC_FR = re.compile(r"(?<![\w’'-])((?:[Aa]u sujet|[Àà] propos|[Aa]u chapitre) (de)|"
                       r"(?:[Qq]uant) (à)|(?:[Ee]n ce qui) (concerne)) (des )?(" + LOWER_WORD
                       + r")(?![\w’'-])")
_MONTHS_DAYS = frozenset((
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche"))


def _noun(word: str) -> tuple[str, str] | None:
    """(gender, number) of a word read as a noun of one gender and number only."""
    reads = readings([word]).get(word, ())
    if word in _MONTHS_DAYS or not reads or any(
            r.pos in ("det", "prn", "adv", "pr", "cnjsub", "cnjcoo", "num", "adj")
            or r.tags[:2] == ("vblex", "inf") or r.tags[:1] == ("vbmod",) for r in reads):
        return None
    nouns = {(r.gender, r.number) for r in reads if r.pos == "n"}
    if len(nouns) != 1:
        return None
    gender, number = nouns.pop()
    return (gender, number) if gender in ("m", "f") and number in ("sg", "pl") else None


def _article(prep: str, gender: str, number: str, word: str) -> str:
    if number == "pl":
        return {"de": "des", "à": "aux"}.get(prep, "les")
    if VOWEL_START.match(word):
        return {"de": "de l'", "à": "à l'"}.get(prep, "l'")
    if gender == "m":
        return {"de": "du", "à": "au"}.get(prep, "le")
    return {"de": "de la", "à": "à la"}.get(prep, "la")


def _fix(m: re.Match[str]) -> str:
    head, word, indefinite = m.group(1), m.group(6), m.group(5)
    prep = m.group(2) or m.group(3) or m.group(4)
    if indefinite and prep == "de":
        return m.group(0)  # "au sujet des relations": already the article
    found = _noun(word)
    if found is None or (indefinite and found[1] != "pl"):
        return m.group(0)
    article = _article(prep, found[0], found[1], word)
    stem = head[:-len(prep)]  # the locution without its last word
    if prep == "concerne":
        stem, article = head + " ", article
    joined = article if article.endswith("'") else article + " "
    return f"{stem}{joined}{word}"


def topic_articles(source: str, french: str) -> str:
    """ "Au sujet de relations bilatérales" -> "Au sujet des relations bilatérales", "en ce
    qui concerne oncologie" -> "en ce qui concerne l'oncologie", "quant à énergie" -> "quant
    à l'énergie", "quant à des affaires" -> "quant aux affaires", where the English names a
    topic."""
    if not _TOPIC_EN.search(source):
        return french
    return _TOPIC_FR.sub(_fix, french)

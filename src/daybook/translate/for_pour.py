"""English *for* the pivot says "par" (*by*), said "pour" (or "pendant" for a length of time).

``eng-cat`` writes *for* as Catalan "per" (which is both *for* and *by*) unless its lexical
selection picks "per a"; ``cat-fra`` reads "per" as "par": "il est important par les
jeunes", "l'amour par notre terre", "des programmes par le développement", "célèbre par son
atmosphère". French "par" is *by* (the passive's agent, the means) and *per* ("par an");
*for* is "pour" ("important pour les jeunes", "l'amour pour notre terre", "célèbre pour";
the Robert & Collins on *for*: purpose, beneficiary, destination, cause; a length of time
*for ten years* "pendant dix ans").

A French "par" is said "pour" only when it is paired with an English *for*: the English
prepositions that can come out as "par" (*for*, *by*, *per*, *through*, *via*) and the
French "par" are aligned in order, each French "par" with an English one whose next word is
of the same kind (an article, a possessive, a demonstrative, a figure, a pronoun, a bare
word); a "par" changes only when every such alignment pairs it with *for*. French phrases
with "par" of their own ("par exemple", "par rapport à", "par intérim", "commencer par")
are left alone, and so is *for example*.
"""

from __future__ import annotations

import itertools
import re

from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

# English prepositions a French "par" may come from, with the word after them.
_EN = re.compile(r"\b(for|by|per|through|via)\b(?=(?:\s+(\S+)(?:\s+(\S+))?)?)", re.IGNORECASE)
# *for example/instance* is French "par exemple": neither side is aligned.
_EN_FIXED = re.compile(r"\bfor\s+(?:example|instance)\b|\bas\s+for\b", re.IGNORECASE)
# French phrases with a "par" of their own, not paired with an English preposition.
_FR_FIXED = re.compile(
    _B + r"(?:[Pp]ar (?:exemple|rapport|intérim|conséquent|ailleurs|contre|avance|hasard|"
    r"cœur|excellence|la suite|le biais|l['’]intermédiaire|écrit|an|jour|mois|semaine|"
    r"heure|habitant|personne|tête|ici|là|ce biais|définition|nature|principe|"
    r"ordre|moments|endroits|étapes|voie de conséquence)|[Cc]omm?en[cç]\w* par|"
    r"[Ff]ini\w* par)" + _E)
_FR = re.compile(_B + r"([Pp])ar ((?:l['’])|[^\s.,;:!?»)]+)")
# A length of time after *for*: French says "pendant" ("pendant dix ans").
_COUNT = (r"(?:the\s+(?:past|last)\s+)?(?:(?:over|more\s+than|almost|nearly|about|"
          r"some|all\s+(?:these|those|the))\s+)?(?:\d[\d,.–-]*|a|an|one|two|three|four|five|six|"
          r"seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|few|several|"
          r"many|hundreds\s+of|thousands\s+of)?\s*(?:(?!(?:the|this|that|these|those|last|next|"
          r"first|current|coming|each|every|new)\b)[\w-]+\s+)?")
# A length of time after *for* (a figure or a quantity, or a bare plural: *for decades*;
# not *for last year*, *for this year*: "pour l'année dernière"): French says "pendant".
_DURATION = re.compile(r"\bfor\s+" + _COUNT + r"(?:seconds?|minutes?|hours?|days?|weeks?|"
                       r"months?|years?|decades?|centuries|century)\b", re.IGNORECASE)

# A distance after *for*: "sur" ("sur 52 kilomètres").
_DISTANCE = re.compile(r"\bfor\s+" + _COUNT + r"(?:kilomet(?:re|er)s?|km|met(?:re|er)s?|"
                       r"miles?)\b", re.IGNORECASE)

# Kinds of the word after the preposition, English and French.
_EN_KIND = {
    "the": "def", "a": "indef", "an": "indef", "one": "indef",
    "this": "dem", "that": "dem", "these": "dem", "those": "dem",
    "my": "poss", "our": "poss", "your": "poss", "his": "poss", "her": "poss", "its": "poss",
    "their": "poss", "one's": "ones", "one’s": "ones",
    "each": "each", "every": "each", "all": "all", "everyone": "pron", "everybody": "pron",
    "them": "pron", "him": "pron", "us": "pron", "you": "pron", "me": "pron", "it": "pron",
    "whom": "pron", "which": "pron", "those who": "pron", "itself": "pron",
    "themselves": "pron", "himself": "pron", "herself": "pron", "ourselves": "pron",
}
_FR_KIND = {
    "le": "def", "la": "def", "les": "def", "l'": "def", "l’": "def",
    "un": "indef", "une": "indef",
    "ce": "dem", "cet": "dem", "cette": "dem", "ces": "dem",
    "mon": "poss", "ma": "poss", "mes": "poss", "notre": "poss", "nos": "poss",
    "votre": "poss", "vos": "poss", "son": "poss", "sa": "poss", "ses": "poss",
    "leur": "poss", "leurs": "poss",
    "chaque": "each", "chacun": "each", "chacune": "each",
    "tout": "all", "tous": "all", "toute": "all", "toutes": "all",
    "eux": "pron", "lui": "pron", "elle": "pron", "elles": "pron", "nous": "pron",
    "vous": "pron", "moi": "pron", "qui": "pron", "lequel": "pron", "laquelle": "pron",
    "lesquels": "pron", "lesquelles": "pron", "quoi": "pron", "ceux": "pron",
    "celles": "pron", "celui": "pron", "celle": "pron", "cela": "pron", "ça": "pron",
    "lui-même": "pron", "eux-mêmes": "pron", "elle-même": "pron", "soi": "pron",
    "des": "bare", "de": "bare", "d'": "bare", "d’": "bare",
}
# The English kinds a French kind may stand for: French gives an abstract or a generic noun
# its article ("par le développement" for *for development*), *one's* none, *all* "tous",
# *whom*, *those who* "qui", "ceux qui" (before the relatives are put right: "les qui"),
# *one's* none or "le", *each other's* "les ... de l'autre".
_MAY_BE = {
    "def": {"def", "bare", "poss", "ones", "dem", "other"},
    "indef": {"indef", "bare"},
    "dem": {"dem", "pron"},
    "poss": {"poss", "def", "ones"},
    "each": {"each", "all", "other"},
    "all": {"all", "each", "pron"},
    "pron": {"pron", "dem", "all"},
    "num": {"num", "bare"},
    "bare": {"bare", "num", "all", "indef", "ones"},
}


def _en_kind(word: str | None, then: str | None) -> str:
    if not word:
        return "none"
    low = word.lower().strip(".,;:!?\"“”()[]")
    if low[:1].isdigit():
        return "num"
    if low in ("each", "one") and then and then.lower().startswith("other"):
        return "other"
    return _EN_KIND.get(low, "bare")


def _fr_kind(word: str) -> str:
    low = word.lower()
    if low[:1].isdigit():
        return "num"
    return _FR_KIND.get(low, "bare")


def _quoted(french: str, at: int) -> bool:
    """``at`` is inside « »: a title or a quotation said as written."""
    return french.count("«", 0, at) > french.count("»", 0, at)


def _pairings(fr: list[str], en: list[tuple[str, str]]) -> list[tuple[int, ...]]:
    """Every order-keeping pairing of each French "par" (its next word's kind) with an
    English preposition whose next word may be of that kind."""
    out = []
    for chosen in itertools.combinations(range(len(en)), len(fr)):
        if all(en[j][1] in _MAY_BE[kind] for kind, j in zip(fr, chosen, strict=True)):
            out.append(chosen)
    return out


def for_pour(source: str, french: str) -> str:
    """ "il est important par les jeunes" -> "important pour les jeunes", "l'amour par notre
    terre" -> "l'amour pour notre terre", "fermées par 10 heures" -> "fermées pendant 10
    heures", where the English has *for* there; "financé par les deux parties" (*by*) and
    "par exemple" stay."""
    if "par " not in french.lower() or not re.search(r"\bfor\b", source, re.IGNORECASE):
        return french
    fixed_en = [m.span() for m in _EN_FIXED.finditer(source)]
    en = [(m.group(1).lower(), _en_kind(m.group(2), m.group(3))) for m in _EN.finditer(source)
          if not any(a <= m.start() < b for a, b in fixed_en)]
    if not any(p == "for" for p, _ in en):
        return french
    fixed_fr = [m.span() for m in _FR_FIXED.finditer(french)]
    found = [m for m in _FR.finditer(french)
             if not any(a <= m.start() < b for a, b in fixed_fr) and not _quoted(french, m.start())]
    if not found or len(found) > len(en) or len(en) > 12:
        return french
    kinds = [_fr_kind(m.group(2)) for m in found]
    pairings = _pairings(kinds, en)
    if not pairings:
        return french
    durations, distances = len(_DURATION.findall(source)), len(_DISTANCE.findall(source))
    fors = sum(1 for p, _ in en if p == "for")
    out, last = [], 0
    for i, m in enumerate(found):
        if any(en[chosen[i]][0] != "for" for chosen in pairings):
            continue
        # "pendant", "sur" only when every *for* is one of time, of distance (no telling
        # which is which else)
        word = "pendant" if durations == fors else "sur" if distances == fors else "pour"
        out.append(french[last:m.start()] + (word.capitalize() if m.group(1) == "P" else word))
        last = m.start() + 3
    out.append(french[last:])
    return "".join(out)

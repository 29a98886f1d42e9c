"""Countries after "de": an owner's article (*Russia's readiness*), "de" said again in a list.

``eng-cat`` writes an English possessive of a country as "de" + the bare name: "la
disposition de Russie", "les capacités de Russie", "les positions de Chine". French keeps
the bare name after "de" for a place of origin and in set names of offices and
institutions ("venu de Russie", "la Banque de Russie", "l'ambassadeur de France",
"l'équipe de France"), but a country that owns or does what the noun names takes its
article: "la disposition de la Russie", "les capacités de l'Inde" (Grevisse §§ 587-588 on
names of countries; a masculine country's "du" is ``postedit``'s already).

Only as many rewrites as the source has possessives of that country ("Russia's",
"China’s"), each after a word the analyser reads as a noun or an adjective ("programme
nucléaire d'Iran"), lower-case (not a name's word: "Fédération de Russie") and not one of
the set names' heads below.

``repeated`` says "de" (or "à") again before each country of a list joined to the first by
"et" and commas ("le peuple de la Russie et la Géorgie" -> "et de la Géorgie", "l'engagement
de la Russie, la France et l'Allemagne" -> "de la Russie, de la France et de l'Allemagne"):
French repeats "de" and "à" before each coordinated complement (Grevisse § 1043).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from daybook.translate.french import LOWER, contract, elides
from daybook.translate.gender import Reading, readings
from daybook.translate.places import country_fr, gazetteer

_POSSESSIVE = re.compile(r"\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)['’]s\b")
# Heads of set names that keep the bare country (general usage: "ambassadeur de France",
# "Banque de France", "équipe de France", "championnat de France", "roi de France").
_SET = frozenset(("ambassade", "ambassadeur", "ambassadrice", "consulat", "consul", "banque",
                  "fédération", "république", "royaume", "empire", "héros", "champion",
                  "championne", "champions", "championnat", "coupe", "équipe", "sélection",
                  "prix", "artiste", "artistes", "tsar", "roi", "reine", "empereur",
                  "patriarche", "ambassadeurs", "consuls"))


def _owned(source: str) -> Counter[tuple[str, str]]:
    """(article, French name) of each country the source names with *'s*, how often; only
    those French writes bare after "de" ("la Russie", "l'Iran")."""
    out: Counter[tuple[str, str]] = Counter()
    for m in _POSSESSIVE.finditer(source):
        words = m.group(1).split()
        found = next((f for k in range(len(words)) if (f := country_fr(" ".join(words[k:])))),
                     None)
        if found is not None and (found[0] == "la" or (found[0] == "le" and elides(found[1]))):
            out[found] += 1
    return out


def _owner(m: re.Match[str], got: tuple[Reading, ...]) -> bool:
    """The word before "de" (``got``: its readings) is a noun that may have an owner, or an
    adjective after one ("programme nucléaire d'Iran", not "République populaire de Chine")."""
    if any(r.pos == "n" for r in got):
        return m.group("head") not in _SET
    prev = m.group("prev") or ""
    return any(r.pos == "adj" for r in got) and prev[:1].islower() and prev not in _SET


def country_owners(source: str, french: str) -> str:
    """ "la préparation de Russie" -> "la préparation de la Russie", "les capacités d'Inde"
    -> "les capacités de l'Inde" where the source says *Russia's*, *India's*."""
    owned = _owned(source)
    if not owned:
        return french
    for (article, name), count in owned.items():
        found = list(re.finditer(rf"(?:(?P<prev>[\w’'-]+) )?(?<![\w’'-])(?P<head>{LOWER}+) "
                                 rf"(?P<de>de |d’|d'){re.escape(name)}(?![\w’'-])", french))
        reads = readings([m.group("head") for m in found])
        for m in [m for m in found if _owner(m, reads.get(m.group("head"), ()))][:count][::-1]:
            apostrophe = "'" if m.group("de").endswith("'") else "’"
            art = f"l{apostrophe}" if elides(name) else f"{article} "
            french = f"{french[:m.start('de')]}de {art}{french[m.end('de'):]}"
    return french


@cache
def _list_re() -> re.Pattern[str]:
    names = "|".join(re.escape(fr) for fr in sorted(
        {fr for art, fr in gazetteer().countries.values() if art}, key=lambda n: (-len(n), n)))
    one = rf"(?:la |le |les |l’|l')(?:{names})"
    return re.compile(rf"(?<![\w’'-])(?:(?P<prep>[Dd]e|à|À) {one}|(?P<cprep>[Dd]u|[Dd]es|[Aa]u|"
                      rf"[Aa]ux) (?:{names}))(?P<rest>(?:, {one})* et {one})(?![\w’'-])")


_CONJUNCT = re.compile(r"(, | et )")
# The pivot's *both* ("autant", "tellement") before a pair.
_PAIR = re.compile(r"(?<![\w’'-])(?:[Aa]utant|[Tt]ellement|[Tt]ant)(?![\w’'-])")


def repeated(french: str) -> str:
    """ "de la Russie et la Chine" -> "de la Russie et de la Chine", "du Japon, la Corée
    et l'Inde" -> "du Japon, de la Corée et de l'Inde", "à la Russie et la Chine" -> "à
    la Russie et à la Chine"."""
    if " et " not in french:
        return french

    def said(m: re.Match[str]) -> str:
        if _PAIR.search(french, max(0, m.start() - 15), m.start("rest")):
            return m.group(0)  # *both X and Y*: "tant X que Y" is speech_pairs'
        prep = (m.group("prep") or m.group("cprep")).lower()
        prep = "à" if prep in ("à", "au", "aux") else "de"
        parts = _CONJUNCT.split(m.group("rest"))  # ["", ", ", "la France", " et ", ...]
        rest = "".join(p if k % 2 == 1 or not p else contract(prep, p)
                       for k, p in enumerate(parts))
        return m.group(0)[:m.start("rest") - m.start()] + rest

    return _list_re().sub(said, french)


@cache
def _qualified_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """Countries French writes with "la" or "l'" (the bare name after "de"), and a pattern
    of one after "de" with a lower-case word after it."""
    genders = {fr: "f" if art == "la" else "m" for art, fr in gazetteer().countries.values()
               if art == "la" or (art == "le" and elides(fr))}
    names = "|".join(re.escape(n) for n in sorted(genders, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w’'-])(?P<de>de |d’|d')(?P<name>{names}) "
                      rf"(?P<adj>{LOWER}+)(?![\w’'-])"), genders


_PREVIOUS = re.compile(r"(\S+) $")


def qualified(french: str) -> str:
    """ "de l'empire russe et de Russie moderne" -> "de la Russie moderne": a country with
    an adjective of its own takes its article after "de" ("la Russie moderne", "l'Inde
    ancienne"); not after a set name's head ("l'équipe de France féminine")."""
    pattern, genders = _qualified_re()
    found = list(pattern.finditer(french))
    if not found:
        return french
    reads = readings([m.group("adj") for m in found])
    for m in reversed(found):
        got, gender = reads.get(m.group("adj"), ()), genders[m.group("name")]
        prev = _PREVIOUS.search(french, 0, m.start())
        word = re.sub(r"^\w['’]", "", prev.group(1)) if prev else ""  # "l'équipe"
        if not got or any(r.pos != "adj" for r in got) or not any(
                r.gender in (gender, "mf") and r.number in ("sg", "sp") for r in got) or \
                not word[:1].islower() or word in _SET:
            continue
        apostrophe = "'" if m.group("de") == "d'" else "’"
        art = f"l{apostrophe}" if elides(m.group("name")) else "la "
        french = f"{french[:m.start()]}de {art}{french[m.start('name'):]}"
    return french

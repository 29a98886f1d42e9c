"""Hyphenated modifiers built on a country: two countries ("Russia-Belarus relations") and a
prefix before a country or its adjective ("the anti-Russia campaign", "inter-Libyan
contacts", "pro-Western forces").

The places pass protects each country of a pair alone, and the engine writes the dash
between two placeholders before the noun: "la Russie-relations de Biélorussie". French writes
the pair as one adjective after the noun, the first country's combining form and the
second's adjective ("les relations russo-biélorusses", Petit Robert: russo-, sino-...), the
form ``demonyms_np`` already gives a pair of adjectives ("Russian-Belarusian relations").
``english`` says the pair with the countries' adjectives, for ``demonyms_np`` to take.

A prefix before a country or an adjective of one the engine reads as a word of its own
("l'anti-la Russie faire campagne", "enterrer-des contacts libyens", *inter* the verb
"enterrer"). French glues it to the adjective, agreed with the noun (Petit Robert: antirusse,
prorusse, pro-occidental, interlibyen, interarabe): ``english`` sends the adjective alone
("the Russian campaign": "la campagne russe"), ``glue`` puts the prefix back before its
French ("la campagne antirusse", "les contacts interlibyens"). Only where the adjective is
the sentence's one of that country: the French form to glue to must be found once.
"""

from __future__ import annotations

import re
from functools import cache

from daybook.translate.demonyms_np import adjectives, combining
from daybook.translate.french import feminine, feminine_plural
from daybook.translate.places import country_fr

# Countries and regions whose adjective the country table does not give (Russia is the
# site's own country; Africa, Europe, Asia are no countries).
_OWN = {"Russia": "Russian", "Africa": "African", "Europe": "European", "Asia": "Asian"}
# Adjectives of a side, not a country, taken with a prefix (Petit Robert: pro-occidental).
_SIDES = {"Western": "occidental"}
_PREFIXES = {"anti": "anti", "pro": "pro", "inter": "inter"}
_PAIR = re.compile(r"(?<![\w–-])([A-Z][a-z]+|US|USA|UK)[-–]([A-Z][a-z]+|US|USA|UK)(?![\w–-])"
                   r"(?= [a-z])")
# the meeting of two sides: "the Russia-Africa summit" -> "the summit between Russia and
# Africa" ("le sommet entre la Russie et l'Afrique"; French also "le sommet Russie-Afrique")
_MEETINGS = ("summits", "summit", "meetings", "meeting", "talks", "sessions", "session",
             "conference", "forum")
# an event's name too, its noun capitalised ("the Russia-Africa Summit"), not before another
# word of the name ("the Russia-Africa Summit Organising Committee")
_PAIR_HEAD = re.compile(_PAIR.pattern[:-len(r"(?= [a-z])")] + r" (" + "|".join(_MEETINGS)
                        + r"|(?:" + "|".join(m.capitalize() for m in _MEETINGS)
                        + r")(?! [A-Z]))(?![\w–-])(?! (?:of|room|hall|participants|format)\b)")
_PREFIXED = re.compile(r"(?<![\w–-])((?i:anti|pro|inter))-([A-Z][a-z]+|US|USA|UK)(?![\w–-])"
                       r"(?= [a-z])")


@cache
def _demonym_of() -> dict[str, str]:
    """French adjective -> the English adjective ``demonyms_np`` knows for it, one with a
    combining form first ("américain": *American*, not *US*)."""
    out: dict[str, str] = {}
    for en, fr in adjectives().items():
        if en.isalpha() and en[1:].islower() and (fr not in out or en in combining()):
            out[fr] = en
    return out


def demonym(word: str) -> str | None:
    """The English adjective of a country or region written as a word ("Belarus" ->
    "Belarusian", "US" -> "American"), the adjective itself ("Libyan"), or None."""
    if word in _OWN:
        return _OWN[word]
    found = country_fr(word)
    if found is not None:  # a country first: "Belarus" is also a title's adjective
        from daybook.translate.title_vocab import vocabulary

        fr = vocabulary().country_adjectives.get(found[1])
        if fr is not None and fr in _demonym_of():
            return _demonym_of()[fr]
    return word if word in adjectives() or word in _SIDES else None


def _french(adjective: str) -> str | None:
    return _SIDES.get(adjective) or adjectives().get(adjective)


def _pair(m: re.Match[str]) -> str:
    a, b = demonym(m.group(1)), demonym(m.group(2))
    if a is None or b is None or a == b or (a == m.group(1) and b == m.group(2)) or (
            a not in combining() and b not in combining()) or a in _SIDES or b in _SIDES:
        return m.group(0)
    return f"{a}-{b}"


def _between(m: re.Match[str]) -> str:
    a, b = m.group(1), m.group(2)
    if not all(w in _OWN or country_fr(w) is not None for w in (a, b)):
        return m.group(0)
    return f"{m.group(3).lower()} between {a} and {b}"


def _once(text: str, adjective: str) -> bool:
    return len(re.findall(rf"(?<![\w-]){adjective}(?![\w-])", text)) == 1


def english(text: str) -> str:
    """ "Russia-Belarus relations" -> "Russian-Belarusian relations", "the anti-Russia
    campaign" -> "the Russian campaign", "inter-Libyan contacts" -> "Libyan contacts" (the
    engine's input only): before a lower-case word, both countries known (one with a
    combining form); a prefixed adjective the sentence's only one of its country."""
    if "-" not in text and "–" not in text:
        return text
    text = _PAIR.sub(_pair, _PAIR_HEAD.sub(_between, text))

    def bare(m: re.Match[str]) -> str:
        adjective = demonym(m.group(2))
        if adjective is None or " " in adjective or _french(adjective) is None:
            return m.group(0)
        return adjective

    out = _PREFIXED.sub(bare, text)
    # the stripped adjective must be its country's only one in the sentence (``glue``)
    for m in _PREFIXED.finditer(text):
        adjective = demonym(m.group(2))
        if adjective is not None and not _once(out, adjective):
            return text
    return out


def _glued(prefix: str, word: str) -> str:
    """ "anti" + "russe" -> "antirusse"; a hyphen before a vowel after *pro* ("pro-occidental")
    and between two i ("anti-iranien")."""
    if word[:1] == prefix[-1:] or (prefix == "pro" and word[:1] in "aeiouéèêâîôy"):
        return f"{prefix}-{word}"
    return prefix + word


def _forms(fr: str) -> set[str]:
    """The four forms of an adjective ("occidental": "occidentaux", "russe": "russes")."""
    plural = fr[:-2] + "aux" if fr.endswith("al") else fr if fr.endswith(("s", "x")) else fr + "s"
    return {fr, feminine(fr), plural, feminine_plural(fr)}


def glue(source: str, french: str) -> str:
    """ "la campagne russe" -> "la campagne antirusse", "des contacts libyens" -> "des
    contacts interlibyens", where the source has *anti-Russia(n)*, *inter-Libyan*: the one
    French form of that adjective (any gender and number), lower case; none or several
    (the engine read it as a noun: "des Libyens"): left."""
    if "-" not in source:
        return french
    for m in _PREFIXED.finditer(source):
        adjective = demonym(m.group(2))
        fr = _french(adjective) if adjective is not None and " " not in adjective else None
        if fr is None:
            continue
        forms = sorted(_forms(fr), key=len, reverse=True)
        found = list(re.finditer(rf"(?<![\w’'-])({'|'.join(map(re.escape, forms))})(?![\w’'-])",
                                 french, re.IGNORECASE))
        if len(found) != 1 or not found[0].group(0).islower():
            continue
        word = found[0]
        french = french[:word.start()] + _glued(_PREFIXES[m.group(1).lower()],
                                                 word.group(0)) + french[word.end():]
    return french

"""Sums of money and figures in millions, billions and trillions, held whole before the
engine (``protect``) and written as French writes them.

The pivot keeps the currency sign where English writes it ("$1,5 milliard", "€3 milliards")
and reads *billion* and *trillion* alike ("bilió"); a figure's *billion* held alone with " of
" before what it counts broke the next word when none followed ("$27 milliards d'et" for
*$27 billion and*). French writes the currency after the figure, in words, with "de" after
a scale word ("1,5 milliard de dollars", "500 millions d'euros", "50 000 dollars"; the
Imprimerie nationale's Lexique des règles typographiques, "Sommes d'argent"), a range once
("5 à 6 milliards de dollars"), and counts in milliards (10^9) and billions (10^12),
"million", "milliard" plural from 2 on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Figures in words before a scale word ("six billion rubles", "a billion people").
NUMBER_WORDS = {"a": "un", "one": "un", "two": "deux", "three": "trois", "four": "quatre",
                "five": "cinq", "six": "six", "seven": "sept", "eight": "huit", "nine": "neuf",
                "ten": "dix", "several": "plusieurs"}
_SCALE_FR = {"thousand": "mille", "million": "million", "billion": "milliard",
             "trillion": "billion"}
# The currency of a sign, in the English the engine reads well after a held figure ("Zq0x
# of dollars": "1,5 milliard de dollars"; "dollars américains" where English says *US*).
_SIGNS = {"$": "dollar", "€": "euro", "£": "pound sterling"}
# *billions of*, *trillions of*: "des milliards de", after *of* ("hundreds of billions")
# "milliards"; the engine read *billions* "millions".
_BILLIONS = re.compile(r"(?<![\w-])([Bb]illions|[Tt]rillions) of ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_US_DOLLARS = re.compile(r"(?<![\w-])(?:US|U\.S\.) dollar(?=s?(?![\w-]))")
_FIGURE = r"\d+(?:[.,]\d+)*"
_SIGN = r"(?:US ?|U\.S\. ?)?[$€£]"
# "$1.5 billion", "US$ 500 million", "€900 million", "$5–6 billion", "$5 to $10 billion",
# "$1,800"; the figure ends as ``marks.NUMBER`` ends one.
_MONEY = re.compile(r"(?<![\w.,$€£])(?P<sign>" + _SIGN + r") ?(?P<n>" + _FIGURE + r")"
                    r"(?: ?(?P<dash>[–-]|to|and) ?(?:" + _SIGN + r" ?)?(?P<n2>" + _FIGURE + r"))?"
                    r"(?![\w]|[.,]\d)(?: (?P<scale>thousand|million|billion|trillion)(?![\w-]))?"
                    r"(?: (?P<us>US|U\.S\.|American) dollars?(?![\w-]))?")
# "31.6 billion rubles", "six billion", "500 million US dollars": a scale word with its
# currency word, or *billion*, *trillion*, which the engine cannot tell apart, alone.
_SCALED = re.compile(r"(?<![\w.,$€£])(?P<n>" + _FIGURE + "|" + "|".join(NUMBER_WORDS)
                     + r")(?: ?(?P<dash>[–-]|to) ?(?P<n2>" + _FIGURE + r"))?"
                     r" (?P<big>billion|trillion)(?![\w-])(?P<of> (?=[a-z]))?", re.IGNORECASE)
# Words after a bare *billion* that are not what it counts: no " of " before them ("$27
# billion and Austria's", "$10 billion each", "24 billion this year", "billion annually").
_NOT_COUNTED = re.compile(
    r"(?:and|or|but|nor|each|every|a|an|the|this|that|these|those|last|next|in|on|at|to|from|"
    r"for|by|with|without|per|over|under|than|as|which|who|whose|while|whereas|when|if|since|"
    r"into|of|is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|be|"
    r"been|being|do|does|did|more|less|worth|already|so|too|now|yet|only|alone|just|then|"
    r"respectively|there|here|it|we|they|he|she|you|i|our|their|its|his|her|my|your|up|down|"
    r"including|against|between|among|through|during|before|after|until|till|via|plus|minus)"
    r"\b|\w+ly\b", re.IGNORECASE)


def _number(figure: str) -> float | None:
    """ "1.5" -> 1.5, "72,232" -> 72232.0; None for a figure in words."""
    try:
        return float(figure.replace(",", ""))
    except ValueError:
        return None


def _figure_fr(figure: str) -> tuple[str, bool]:
    """A figure as the span writes it in French (``numbers_fr`` turns the digits later) and
    whether it is plural: "six" -> ("six", True), "a" -> ("un", False), "1.5" -> False."""
    word = NUMBER_WORDS.get(figure.lower())
    if word is not None:
        return (word[:1].upper() + word[1:] if figure[:1].isupper() else word), word != "un"
    value = _number(figure)
    return figure, value is None or value >= 2


def amount_fr(m: re.Match[str]) -> tuple[str, str]:
    """A match of ``_MONEY`` or ``_SCALED``: its figure in French and the English the engine
    gets after it: "$1.5 billion" -> ("1.5 milliard", " of dollars"), "€900 million" ->
    ("900 millions", " of euros"), "$5–6 billion" -> ("5 à 6 milliards", " of dollars"),
    "$1,800" -> ("1,800", " dollars"), "six billion" -> ("six milliards", "")."""
    first, plural = _figure_fr(m.group("n"))
    if m.group("n2"):
        link = " et " if m.group("dash").lower() == "and" else " à "
        second, plural = _figure_fr(m.group("n2"))
        first += link + second
    groups = m.groupdict()
    scale = (groups.get("scale") or groups.get("big") or "").lower()
    if scale:
        first += f" {_SCALE_FR[scale]}" + "s" * (plural and scale != "thousand")
    sign = groups.get("sign")
    if not sign:
        return first, ""
    currency = _SIGNS[sign[-1]]
    if scale or plural:
        currency = currency.replace("d", "ds", 1) if "sterling" in currency else currency + "s"
    if sign[:1] == "U" or m.group("us"):
        currency = "American " + currency
    return first, (" of " if scale else " ") + currency


def hold_amounts(text: str, hold: Callable[[str, str], str]) -> str:
    """``text`` with its sums of money and its figures in billions and trillions each held
    by ``hold(span, French form)``, which returns the placeholder; a bare *billion* before
    what it counts goes with " of " ("31.6 billion rubles": "Zq0x of rubles", "31,6
    milliards de roubles"), not before a word that is not its complement ("$27 billion and")."""
    if _CYRILLIC.search(text):  # the English said after a held sum is for English only
        return text
    sums: set[str] = set()

    def money(m: re.Match[str]) -> str:
        french, currency = amount_fr(m)
        span = m.group(0)[:m.start("us") - m.start() - 1] if m.group("us") else m.group(0)
        sums.add(mark := hold(span, french))
        return mark + currency

    def scaled(m: re.Match[str]) -> str:
        sums.add(mark := hold(m.group(0).rstrip(), amount_fr(m)[0]))
        if not m.group("of"):
            return mark
        return mark + (" " if _NOT_COUNTED.match(m.string, m.end()) else " of ")

    if "$" in text or "€" in text or "£" in text:
        text = _MONEY.sub(money, text)
    if "illions of" in text:  # *billions of rubles*: the engine wrote "millions"
        text = _BILLIONS.sub(lambda m: hold(m.group(1), (
            "" if m.string[:m.start()].endswith("of ") else "des ")
            + _SCALE_FR[m.group(1).lower()[:-1]] + "s") + " of ", text)
    if "dollar" in text:  # "de dollars américains", not "de dollars d'USA"
        text = _US_DOLLARS.sub("American dollar", text)
    text = _SCALED.sub(scaled, text) if "illion" in text else text
    return _after_noun(text, sums) if sums else text


# A sum before its noun (*a $10 billion fund*, *the €900 million investment platform*): the
# engine read the placeholder as a determiner ("près de 10 milliards de dollars fonds");
# French says the sum after the noun, "un fonds de 10 milliards de dollars". The noun is one
# or two words closed by punctuation or a preposition, none of them a function word.
_BEFORE_NOUN = re.compile(r"(?<![\w-])(?P<det>[Aa]n?|[Tt]he) (?P<sum>Zq\d+x)"
                          r"(?P<cur>(?: of)?(?: American)? (?:dollars?|euros?|pounds? sterling))?"
                          r" (?P<noun>[a-z-]+"
                          r"(?: [a-z-]+)?)(?=[,.;:!?)]|$| (?:with|for|in|to|of|and|or|that|which|"
                          r"from|on|at|by|under|between|was|is|will|has|had|have)\b)")
# *$24 billion worth of products*: "pour 24 milliards de dollars de produits"; *a record $100
# billion* "un record de 100 milliards de dollars".
_WORTH = re.compile(r"(?P<sum>Zq\d+x)(?P<cur> (?:of )?(?:\w+ )?\w+)? worth of ")
_RECORD = re.compile(r"(?<![\w-])(?P<record>record|total|sum|amount) (?P<sum>Zq\d+x)")


def _after_noun(text: str, sums: set[str]) -> str:
    def noun_first(m: re.Match[str]) -> str:
        if m.group("sum") not in sums or any(_NOT_COUNTED.fullmatch(w)
                                             for w in m.group("noun").split()):
            return m.group(0)
        return f"{m.group('det')} {m.group('noun')} of {m.group('sum')}{m.group('cur') or ''}"

    text = _BEFORE_NOUN.sub(noun_first, text)
    text = _WORTH.sub(lambda m: m.group(0) if m.group("sum") not in sums
                      else m.group("sum") + (m.group("cur") or "") + " of ", text)
    return _RECORD.sub(lambda m: m.group(0) if m.group("sum") not in sums
                       else f"{m.group('record')} of {m.group('sum')}", text)

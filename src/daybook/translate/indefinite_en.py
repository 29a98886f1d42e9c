"""English *a* or *an* before a word, by its first sound, for the English the pre-edit
rewrites.

A rule that moves words after an indefinite article ("a multi-tier approach" -> "an
approach at several levels") gives it the form of its new first word. English chooses by
sound, not by letter (Cambridge Grammar of the English Language, Swan's *Practical English
Usage* § 65): "a university", "a European", "a one-year plan", "a Ukrainian" (a /j/ or /w/
sound); "an hour", "an honest", "an heir" (a silent *h*); an initialism by the name of its
first letter ("an MP", "an NGO", "an SCO summit", "a UN resolution", "a US company"); an
acronym said as a word by that word ("a NATO summit", "an OPEC meeting"); a figure by how it
is said ("an 8-year-old", "an 18-month sentence", "an 11,000-strong", "a 1,800-km road").
"""

from __future__ import annotations

import re

# vowel letters said with a consonant: /ju/ (uni-, use, Ukraine, Uganda, Uruguay, uranium,
# utility, Eu-), /w/ (one, once); not the negative *un-* ("an uninterrupted"), nor *utter*,
# *utmost*, *urban*, *urgent*, *usher*
_CONSONANT_SOUND = re.compile(
    r"(?i:uni(?!n|mp|mag|dent|ll|nv)|unanim|us(?!h)|uti|uto|ubiq|uk|ug|ur[aeiouy]|uv|"
    r"eu|ewe|one(?![a-z])|once)")
# a silent *h*: hour, honest, honour/honor (honorary, honourable), heir
_SILENT_H = re.compile(r"(?i:hour|honest|hono(?:u?r)|heir)")
# acronyms said as words, whose first sound is not their first letter's name
_WORDS = {"NATO": "a", "NASA": "a", "SALT": "a", "START": "a", "MERCOSUR": "a",
          "FIFA": "a", "FIDE": "a", "UNESCO": "a", "UNICEF": "a", "UEFA": "a",
          "OPEC": "an", "ASEAN": "an", "APEC": "an", "AIDS": "an", "ISIS": "an"}
# letters whose names start with a vowel sound: "an F", "an M", "an S" ...
_AN_LETTERS = frozenset("AEFHILMNORSX")
_INITIALISM = re.compile(r"[A-Z][A-Z0-9]*(?=s?(?:$|[^a-z]))")
_FIGURE = re.compile(r"\d[\d,]*")


def article(word: str) -> str:
    """ "a" or "an" before ``word`` (its first sound): "university" -> "a", "hour" ->
    "an", "MP" -> "an", "one-year" -> "a", "18-month" -> "an"."""
    word = word.lstrip("\"'“‘([")
    if not word:
        return "a"
    if (m := _FIGURE.match(word)) is not None:
        digits = m.group(0).replace(",", "")
        lead = digits[:len(digits) % 3 or 3]  # the group said first: "18" of 18,000
        return "an" if digits.startswith("8") or lead in ("11", "18") else "a"
    if (m := _INITIALISM.match(word)) is not None and (len(m.group(0)) > 1 or word[1:2] in
                                                      ("-", "")):
        said = _WORDS.get(m.group(0))
        if said is not None:
            return said
        return "an" if word[0] in _AN_LETTERS else "a"
    if _CONSONANT_SOUND.match(word):
        return "a"
    if _SILENT_H.match(word):
        return "an"
    return "an" if word[0].lower() in "aeiou" else "a"


_ARTICLE_END = re.compile(r"(?<![\w-])([Aa])(n?) $")


def before(text: str, word: str) -> str:
    """``text`` with its last word, an indefinite article right before where ``word`` now
    comes, in the form ``word`` takes ("a " -> "an " before "approach", "an " -> "a "
    before "law")."""
    m = _ARTICLE_END.search(text)
    if m is None:
        return text
    said = article(word)
    return text[:m.start()] + m.group(1) + ("n" if said == "an" else "") + " "

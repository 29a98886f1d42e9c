"""*those*, *the one(s)* standing for a feminine noun: "celles", "celle", not "ceux", "celui".

The demonstrative pronoun takes the gender and number of the noun it stands for (Grevisse,
the demonstrative pronoun): *facilities no worse than those of Bauman University* "des
installations qui ne sont pas pires que celles de l'Université Bauman", *these issues and
those that are of mutual interest* "ces questions et celles qui sont d'intérêt mutuel".
English *those* has no gender and the pivot writes "ceux" (and "celui" for *the one*)
whatever it stands for.

The antecedent is a noun before the pronoun in the sentence that can have its number (a
plural for "ceux", a singular for "celui"), read by Apertium's French analyser: all such
nouns of the clause must be feminine, so that a masculine head with a feminine complement
("les accords avec les entreprises ... ceux") is left. People are left: only where no *those*
or *the one(s)* of the English is followed by *who*, *whom* or *whose* (*those who* "ceux
qui", masculine as French says an undetermined group), nor *those of us/you*.
"""

from __future__ import annotations

import re

from daybook.translate.french import cased_like
from daybook.translate.gender import Reading, clause_tokens, readings

_ENGLISH = re.compile(r"\b(?:those|the ones?)\b", re.IGNORECASE)
_PEOPLE = re.compile(r"\b(?:those|the ones?)\s+(?:who|whom|whose|of (?:us|you|them))\b|"
                     r"\b(?:all|among|of) those\b", re.IGNORECASE)
_FRENCH = re.compile(r"(?<![\w-])([Cc]eux|[Cc]elui)(-ci|-là)?(?![\w-])")
_TOKEN = clause_tokens()
_FEMININE = {"ceux": "celles", "celui": "celle"}
_NOT_NOUN = frozenset(("adv", "pr", "det", "prn", "cnjadv", "cnjcoo", "cnjsub", "adj"))
_AUXILIARY = frozenset(("vbser", "vbhaver", "vbmod"))


def genders_before(words: list[str], reads: dict[str, tuple[Reading, ...]],
                   number: str) -> set[str]:
    """The genders of the nouns before a pronoun (``words``, back to a stop: ".", ";",
    ":") that can have ``number``; a word of another class too ("pas", "est", "être") is
    passed, and so is a capitalised one (a name's)."""
    genders: set[str] = set()
    for word in reversed(words):
        if word in (".", ";", ":", "?", "!"):
            break
        found = reads.get(word.lower(), ())
        nouns = [r for r in found if r.pos == "n"]
        if not nouns or word[:1].isupper() or any(
                r.pos in _NOT_NOUN or "inf" in r.tags or r.tags[0] in _AUXILIARY
                for r in found):
            continue
        if any(r.number in (number, "sp") for r in nouns):
            genders |= {r.gender for r in nouns}
    return genders


def plural_gender(words: list[str], reads: dict[str, tuple[Reading, ...]]) -> str | None:
    """"f" where the plural nouns before are all feminine, "m" where they are all
    masculine or there is none, None where both genders stand before."""
    genders = genders_before(words, reads, "pl")
    return "f" if genders == {"f"} else "m" if genders <= {"m"} else None


def those_of(source: str, french: str) -> str:
    """``french`` with each "ceux"/"celui" whose antecedent is a feminine noun said
    "celles"/"celle" (see the module's doc): "pires que ceux de l'Université" -> "pires que
    celles de l'Université" after "installations"."""
    if not _FRENCH.search(french) or not _ENGLISH.search(source) or _PEOPLE.search(source):
        return french
    found = list(_FRENCH.finditer(french))
    before = [[t.group(0) for t in _TOKEN.finditer(french[:m.start()])] for m in found]
    reads = readings(sorted({w.lower() for ws in before for w in ws if w[:1].isalpha()}))
    if not reads:
        return french
    out = french
    for m, words in zip(reversed(found), reversed(before), strict=True):
        number = "pl" if m.group(1).lower() == "ceux" else "sg"
        if genders_before(words, reads, number) == {"f"}:
            new = cased_like(_FEMININE[m.group(1).lower()], m.group(1)) + (m.group(2) or "")
            out = out[:m.start()] + new + out[m.end():]
    return out

"""Speech turns, before the engine: "Let us discuss" said "We discuss", "Let me note" said "I
would like to note" (Apertium: "Laisse-nous dialecte", "Laisse-moi note"); ``speech.py``
writes the French imperative back. A leaf module: ``apertium.py`` imports it.
"""

from __future__ import annotations

import re

from daybook.translate.speech_questions import english as asked_declarative

# "Let us"/"Let's" opening a clause, before a verb (not "let us know": "tell us").
_LET_US = re.compile(r"(?:(?<=^)|(?<=[.!?:;,–—]\s)|(?<=\b[Aa]nd\s)|(?<=\b[Ss]o\s))"
                     r"([Ll])et(?:\s+us|['’]s)\s+(?!know\b|not\b|go\b)(?=[a-z])")
_LET_ME = re.compile(r"(?:(?<=^)|(?<=[.!?:;,–—]\s)|(?<=\b[Aa]nd\s)|(?<=\b[Bb]ut\s)|"
                     r"(?<=\b[Ss]o\s))([Ll])et\s+me\s+(?!know\b|go\b)(?=[a-z])")
# "Let me first of all thank you": the adverbial goes before "I would like to" ("Je voudrais
# à tout d'abord grâces"; "Tout d'abord, je voudrais vous remercier" when it opens the
# sentence), *also* after "would" ("I would also like to").
_LET_ME_ADV = re.compile(r"(?:(?<=^)|(?<=[.!?:;]\s)|(?<=\b[Aa]nd\s)|(?<=\b[Bb]ut\s)|"
                         r"(?<=\b[Ss]o\s))([Ll])et\s+me\s+(first of all|first|once again|"
                         r"once more|again|also|now|briefly|personally)\s+(?!know\b|go\b)"
                         r"(?=[a-z])")
# Verbs Apertium reads in another sense after "we" ("start": "arracher").
_AFTER_LET = {"start": "begin", "move on": "go on"}


def english(line: str) -> str:
    """ "Let us discuss X" -> "We discuss X", "Let me note" -> "I would like to note"; a
    direct question in the declarative order (``speech_questions``)."""
    if line.endswith("?"):
        line = asked_declarative(line)
    if "et" not in line:
        return line

    def us(m: re.Match[str]) -> str:
        starts = m.start() == 0 or line[:m.start()].rstrip()[-1:] in ".!?"
        return "We " if starts else "we "

    out = _LET_US.sub(us, line)
    for old, new in _AFTER_LET.items():
        out = re.sub(rf"(?<=\b[Ww]e ){old}\b", new, out)
    return _LET_ME.sub("I would like to ", _LET_ME_ADV.sub(_adverb_first, out))


def _adverb_first(m: re.Match[str]) -> str:
    """ "Let me first of all thank" -> "First of all, I would like to thank"."""
    adverb = m.group(2)
    if adverb == "also":
        return "I would also like to "
    if m.group(1) == "L":
        return f"{adverb[:1].upper()}{adverb[1:]}, I would like to "
    return f"{adverb}, I would like to "


def let_us(source: str) -> int:
    """How many "Let us" ``english`` rewrote in ``source``."""
    return len(_LET_US.findall(source))

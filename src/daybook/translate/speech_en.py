"""Speech turns, before the engine: "Let us discuss" said "We discuss", "Let me note" said "I
would like to note" (Apertium: "Laisse-nous dialecte", "Laisse-moi note"); ``speech.py``
writes the French imperative back. A leaf module: ``apertium.py`` imports it.
"""

from __future__ import annotations

import re

from daybook.translate import (
    clause_which,
    fused_relatives,
    moment_clauses,
    reporting,
    speech_set,
    time_relatives,
)
from daybook.translate.speech_questions import english as asked_declarative
from daybook.translate.you_imperatives import english as bidden

# "Let us"/"Let's" opening a clause, before a verb (not "let us know": "tell us").
_LET_US = re.compile(r"(?:(?<=^)|(?<=[.!?:;,–—]\s)|(?<=\b[Aa]nd\s)|(?<=\b[Ss]o\s))"
                     r"([Ll])et(?:\s+us|['’]s)\s+(?!know\b|not\b|go\b(?! ahead\b))(?=[a-z])")
# "Let us not"/"Let's not" + a verb: said "we do not" ("Laisse-nous ne pas oublier"); the
# French "Nous n'oublions pas" is made the negative imperative by ``let_us``.
_LET_US_NOT = re.compile(r"(?:(?<=^)|(?<=[.!?:;,–—]\s)|(?<=\b[Aa]nd\s)|(?<=\b[Ss]o\s))"
                         r"([Ll])et(?:\s+us|['’]s)\s+not\s+(?!know\b|go\b)(?=[a-z])")
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
# *move on to*, *turn to* an item of an agenda: "passer à" ("Passons au deuxième point";
# the engine: "remuons sur", "tournons au"); *move on* alone: "continuer". An adverb may
# stand between ("Let us now move on to"); *go ahead* "continuer" ("Continuons", not the
# engine's "Lâche-nous devant").
_AFTER_LET = {"start": "begin", "move on to": "pass to", "go on to": "pass to",
              "turn to": "pass to", "move on": "continue", "go ahead": "continue"}


# The verbs of remarks (*I would like to stress*, *let me highlight*, *I can single out*): the
# engine's "accentuer" (of a syllable), "ressortir", "à soleil en dehors" said as *emphasise*
# and *mention* read ("souligner", "mentionner"); a verb only after a subject, a modal, *to*
# or an adverb of the remark ("the stress test" stays).
_REMARK = re.compile(r"(\b(?:to|I|we|you|they|he|she|must|should|can|could|will|would|shall|"
                     r"have|has|had|also|again|especially|particularly|me|us) )"
                     r"(stress|stresses|stressed|highlight|highlights|highlighted|single out|"
                     r"singled out)\b(?! (?:test|level|factor|situation)s?\b)")
_REMARK_AS = {"stress": "emphasise", "stresses": "emphasises", "stressed": "emphasised",
              "highlight": "emphasise", "highlights": "emphasises",
              "highlighted": "emphasised", "single out": "mention in particular",
              "singled out": "mentioned in particular"}
# *I am referring to X*: "Je rapporte à X"; said *talking about* ("Je parle de X").
_REFERRING = re.compile(r"\b(?:I am|[Ww]e are) (?:also |primarily |mainly |now |first of all "
                        r"|of course |above all |specifically )?referring to\b")


def english(line: str, mode: str = "eng-cat") -> str:
    """ "Let us discuss X" -> "We discuss X", "Let me note" -> "I would like to note"; a
    direct question in the declarative order (``speech_questions``); a quotation's reporting
    clause in the French order (``reporting``; the Catalan pivot's ``mode`` only); a time
    noun's clause given *that* or *when* (``time_relatives``) and *the moment*, *by the time*
    as conjunctions (``moment_clauses``); *all we need* as *everything that we need*
    (``fused_relatives``)."""
    if mode == "eng-cat":  # eng-spa reads the inverted verb as an adjective ("soulignés")
        line = reporting.english(line)
    line = fused_relatives.english(time_relatives.english(moment_clauses.english(line)))
    line = speech_set.english(line)  # "Thank you so much", "Let's hear from", an aside
    line = clause_which.english(line)  # "..., which creates" -> "..., what creates"
    line = bidden(line)  # "Take our" -> "You take our" (``you_imperatives``)
    if line.endswith("?"):
        line = asked_declarative(line)
    if "stress" in line or "ighlight" in line or "single" in line:
        line = _REMARK.sub(lambda m: m.group(1) + _REMARK_AS[m.group(2)], line)
    if "referring" in line:
        line = _REFERRING.sub(lambda m: m.group(0).replace("referring to", "talking about"),
                              line)
    if "et" not in line:
        return line

    def us(m: re.Match[str]) -> str:
        starts = m.start() == 0 or line[:m.start()].rstrip()[-1:] in ".!?"
        return "We " if starts else "we "

    out = _LET_US.sub(us, _LET_US_NOT.sub(lambda m: us(m) + "do not ", line))
    # "start" after any "we" the line has (as before); the agenda's verbs after "Let us" only
    for old, new in _AFTER_LET.items() if out != line else list(_AFTER_LET.items())[:1]:
        out = re.sub(rf"(?<=\b[Ww]e )((?:now|then|first|also) )?{old}\b", rf"\g<1>{new}", out)
    return _LET_ME.sub("I would like to ", _LET_ME_ADV.sub(_adverb_first, out))


def _adverb_first(m: re.Match[str]) -> str:
    """ "Let me first of all thank" -> "First of all, I would like to thank"."""
    adverb = m.group(2)
    if adverb == "also":
        return "I would also like to "
    if m.group(1) == "L":
        return f"{adverb[:1].upper()}{adverb[1:]}, I would like to "
    return f"{adverb}, I would like to "


def let_us_not(source: str) -> int:
    """How many "Let us not" ``english`` rewrote in ``source``."""
    return len(_LET_US_NOT.findall(source))


def let_us(source: str) -> int:
    """How many "Let us" ``english`` rewrote in ``source``."""
    return len(_LET_US.findall(source))

"""*especially* in French: "particulièrement" before an adjective, "surtout" before what it
singles out, and before the adjective it grades.

The pivot says *especially* "spécialement" wherever it stands, and leaves it where English
put it: "Je suis satisfait spécialement que" (*I am especially satisfied that*), "ce vide est
spécialement évident", "spécialement parmi les jeunes", "je félicite spécialement ceux qui".
French "spécialement" means *specially*, for a purpose ("spécialement conçu"); *especially*
is "particulièrement" grading an adjective or a verb and "surtout" singling out a phrase or a
clause (Robert & Collins, *especially*: "particulièrement, surtout, en particulier"). With
"être" the adverb goes before its adjective (Grevisse § 935): "Je suis particulièrement
satisfait que", "est particulièrement évident", "surtout parmi les jeunes", "mais surtout
l'envoyé", "je félicite tout particulièrement ceux qui".

The English decides, word by word: each *especially* is paired in order with a "spécialement"
of the French, only where both count the same and the English has no *specially* of its own.
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import ETRE, THIRD, alternation, etre
from daybook.translate.french import cased_like
from daybook.translate.processes import readings_of

_ENGLISH = re.compile(r"\b([Ee])specially\b(?: (\w+))?")
_FRENCH = re.compile(r"\b([Ss])pécialement\b")
# "être" and an adjective before the adverb: the adjective goes after it.
_ETRE = alternation(ETRE | etre("subjunctive", persons=THIRD) | {"été", "être"})
_AFTER_ETRE = re.compile(rf"\b((?:{_ETRE}) )([a-zéèêàâîôûç-]+) $")
_VERB_TAGS = ("<vblex><pres>", "<vblex><past>")


def _english_class(word: str | None) -> str:
    """What *especially* grades: "adj" (an adjective or a participle), "verb" (a finite
    verb: *I especially congratulate*), or "" (a phrase or a clause it singles out)."""
    if word is None:
        return ""
    reads = readings_of(word)
    if any("<adj>" in r or "<vblex><pp>" in r for r in reads) and not any(
            "<pr>" in r or "<cnjsub>" in r or "<adv>" in r for r in reads):
        return "adj"
    if any(t in r for r in reads for t in _VERB_TAGS) and not any("<n>" in r for r in reads):
        return "verb"
    return ""


def especially(source: str, french: str) -> str:
    """``french`` with each "spécialement" of an English *especially* in its French sense and
    place ("Je suis satisfait spécialement que" -> "Je suis particulièrement satisfait
    que", ", spécialement parmi" -> ", surtout parmi")."""
    if "pécialement" not in french or "specially" not in source:
        return french
    english = list(_ENGLISH.finditer(source))
    french_at = list(_FRENCH.finditer(french))
    if not english or len(english) != len(french_at) or re.search(
            r"(?<![Ee])\b[Ss]pecially\b", source):
        return french
    out, last = [], 0
    for en, fr in zip(english, french_at, strict=True):
        kind = _english_class(en.group(2))
        before = french[last:fr.start()]
        etre = _AFTER_ETRE.search(before)
        if kind == "adj" and etre is not None:  # "suis satisfait spécialement"
            out.append(before[:etre.start()] + etre.group(1) + "particulièrement "
                       + etre.group(2))
            last = fr.end()
            continue
        word = {"adj": "particulièrement", "verb": "tout particulièrement"}.get(kind, "surtout")
        out.append(before + cased_like(word, fr.group(1)))
        last = fr.end()
    return "".join(out) + french[last:]

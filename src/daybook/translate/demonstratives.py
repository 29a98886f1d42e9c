"""*this*, *that* before an adjective and its noun, which the pivot says as the pronoun.

eng-cat reads *this* before an adjective as the pronoun "això", and the French comes out
"ça"/"cela" before the noun phrase, its adjectives left before the noun: *who launched this
outstanding and exciting project* "qui ont lancé ça exceptionnel et enthousiasmant projet",
*the history of this strategically important project* "de cela stratégiquement le projet
important". French says the demonstrative determiner, agreed with the noun ("ce", "cet"
before a vowel, "cette", "ces"; Grevisse § 612), the adjectives after the noun ("ce projet
exceptionnel et enthousiasmant", "ce projet stratégiquement important"); ``frames`` puts
back before the noun the few adjectives French places there, ``agreement`` agrees them.

Only where the French pronoun is followed by an adjective (or a manner adverb in *-ment*
and maybe the engine's article) and then a noun, and the English has as many *this*,
*that*, *these*, *those* before two content words; the words read with Apertium's French
analyser (``gender``).
"""

from __future__ import annotations

import re

from daybook.translate.agreement_tokens import Word, noun_of
from daybook.translate.gender import clause_tokens, determiner, tokens_and_readings

_TOKEN = clause_tokens()
_PRONOUN = re.compile(r"\b(?:[Çç]a|[Cc]ela)\s")
_FUNCTION_EN = frozenset((
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "should", "must", "may", "might", "do", "does", "did", "not", "is", "and", "or",
    "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that", "which", "who",
    "the", "a", "an", "it", "we", "you", "they", "he", "she", "i", "year", "time", "way",
    "week", "month", "day", "morning", "evening", "kind", "sort", "type", "means", "shows",
    "also", "very", "so", "too", "much", "many", "more", "is", "only", "just", "all"))
# *this*/*that* + (an adverb in -ly) + a word + (*and* + a word) + a word: a determiner
# before an adjective and its noun, not the pronoun ("this is", "that we", "this year").
_DEMONSTRATIVE_EN = re.compile(
    r"\b(?:this|that|these|those)\s+(?:[a-z]+ly\s+)?([a-z-]+)\s+(?:and\s+[a-z-]+\s+)?"
    r"([a-z-]+)\b", re.IGNORECASE)


def _english_count(source: str) -> int:
    return sum(1 for m in _DEMONSTRATIVE_EN.finditer(source)
               if m.group(1).lower() not in _FUNCTION_EN
               and m.group(2).lower() not in _FUNCTION_EN)


def _adjective(w: Word, noun: bool = False) -> bool:
    """An adjective with no verb's finite reading, or an -ant form ("enthousiasmant");
    with ``noun``, one that is a noun too ("nouvelle")."""
    return bool(w.reads) and not w.has("det", "prn") and (noun or not w.has("n")) and (
        (w.has("adj") and not any(r.pos.startswith("vb") and r.pos != "pp"
                                  and "ger" not in r.tags for r in w.reads))
        or (w.text.endswith("ant") and all("ger" in r.tags or r.pos == "adj"
                                           for r in w.reads)))


def _adverb(w: Word) -> bool:
    return w.text.endswith("ment") and w.has("adv") and not w.has("vblex", "adj")


def _phrase(words: list[Word], i: int, text: str) -> tuple[int, str] | None:
    """The end of the noun phrase after the pronoun at ``i`` and its French with the
    determiner, or None if the words after it are no such phrase."""
    def joined(k: int) -> bool:
        return k < len(words) and text[words[k - 1].end:words[k].start] in (" ", "")

    j, adverb = i + 1, ""
    if joined(j) and _adverb(words[j]):
        adverb, j = words[j].text, j + 1
        if joined(j) and words[j].text.lower() in ("le", "la", "les", "l'", "l’"):
            j += 1  # the engine's article: "cela stratégiquement le projet important"
    before: list[str] = []
    while joined(j) and _adjective(words[j], noun=joined(j + 1) and (
            _adjective(words[j + 1]) or words[j + 1].only("n"))):
        before.append(words[j].text)
        j += 1
        if joined(j) and words[j].text == "et" and joined(j + 1) and _adjective(words[j + 1]):
            before.append("et")
            j += 1
    if not joined(j) or (not before and not adverb):
        return None
    noun = noun_of(words[j])
    if noun is None or not words[j].only("n"):
        return None
    after: list[str] = []
    k = j + 1
    while not before and joined(k) and _adjective(words[k]):
        after.append(words[k].text)
        k += 1
    if not before + after:
        return None
    det = determiner("ce", noun[0] if noun[0] != "mf" else "m",
                     noun[1] if noun[1] != "sp" else "sg", words[j].text)
    if det is None:
        return None
    if words[i].text[:1].isupper():
        det = det[:1].upper() + det[1:]
    return k, " ".join([det, words[j].text, *([adverb] if adverb else []), *before, *after])


def demonstrative(source: str, french: str) -> str:
    """ "qui ont lancé ça exceptionnel et enthousiasmant projet" -> "qui ont lancé ce projet
    exceptionnel et enthousiasmant" where the English says *this outstanding and exciting
    project*."""
    if not _PRONOUN.search(french):
        return french
    allowed = _english_count(source)
    if not allowed:
        return french
    spans, reads = tokens_and_readings(_TOKEN, [french], [0])
    words = [Word(a, b, w, reads.get(w.lower(), ())) for a, b, w in spans[0]]
    edits: list[tuple[int, int, str]] = []
    for i, w in enumerate(words):
        if w.text.lower() in ("ça", "cela") and (found := _phrase(words, i, french)):
            end, new = found
            edits.append((w.start, words[end - 1].end, new))
    if not edits or len(edits) > allowed:
        return french
    for start, end, new in reversed(edits):
        french = french[:start] + new + french[end:]
    return french

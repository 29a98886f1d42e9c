"""The pieces a text goes to the engine in: its sentences (``split_text``), a quoted
sentence on its own (``quoted_sentences``), a sentence too long for an engine cut at spaces
(``chunks``). Each gives pieces whose concatenation is what it was given, so ``protect``
puts the translations back together with the separators."""

from __future__ import annotations

import re

from daybook.translate.limits import MAX_TEXT_CHARS

# A sentence ends at . ! ? … followed by space and a capital, a digit or an opening quote;
# also after a parenthesis closed after one, and after a transcript's "(Applause)" or
# "(Laughter)" ("(Applause.) Yes, let us": the engine wrote the next sentence in lower case).
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][)\]])|(?<=\(Applause\))|"
                           r"(?<=\(Laughter\)))\s+(?=[\"“«(\[A-ZА-ЯЁ0-9])")
_LINE_BREAK = re.compile(r"(\s*\n\s*)")
# Abbreviations a sentence does not end at ("Mr. Xi Jinping", "Dr. Smith", "St. Petersburg",
# "No. 11" before a figure): split there, the tagger read each half alone ("the Night Hockey
# League team" as a verb, "played" without its auxiliary).
_ABBREVIATION = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|St|No|Nos|Prof|Gen|Jr|Sr|vs|Art|Sen|"
                           r"Gov|Capt|Col|Lt)\.$")


def split_text(text: str) -> list[tuple[str, str]]:
    """(sentence, separator after it) pieces whose concatenation is ``text``."""
    pieces: list[tuple[str, str]] = []
    parts = _LINE_BREAK.split(text)
    for i in range(0, len(parts), 2):
        line, brk = parts[i], parts[i + 1] if i + 1 < len(parts) else ""
        sentences = _SENTENCE_END.split(line)
        seps = [m.group(0) for m in _SENTENCE_END.finditer(line)]
        for k, sentence in enumerate(sentences):
            sep = seps[k] if k < len(seps) else brk
            if pieces and k and _ABBREVIATION.search(pieces[-1][0]) and (
                    sentence[:1].isdigit() or not pieces[-1][0].endswith(("No.", "Nos."))):
                pieces[-1] = (pieces[-1][0] + pieces[-1][1] + sentence, sep)
            else:
                pieces.append((sentence, sep))
    return pieces


# A quotation that is a sentence of its own ("He said: “Farmers would like to speak.” Then
# ..."): a capital, words, a final stop inside the marks. Held whole it stayed English;
# with its lead-in the engine read "Then he left" without its subject.
_QUOTED_SENTENCE = re.compile(r"(\s*[\"“«]\s*)([A-Z][^\"“”«»\n]*?\s[^\"“”«»\n]*?[.!?…])"
                              r"(\s*[\"”»]\s*)")


def quoted_sentences(sentence: str, sep: str = "") -> list[tuple[str, str]]:
    """(piece, separator after it) pieces of ``sentence`` + ``sep`` whose concatenation is
    it, each quoted sentence a piece of its own between its marks."""
    pieces: list[tuple[str, str]] = []
    at = 0
    for m in _QUOTED_SENTENCE.finditer(sentence):
        pieces += [(sentence[at:m.start()], m.group(1)), (m.group(2), m.group(3))]
        at = m.end()
    return [*pieces, (sentence[at:], sep)]


def chunks(sentence: str) -> list[str]:
    """A "sentence" longer than an engine accepts (a list without stops) cut at spaces."""
    if len(sentence) <= MAX_TEXT_CHARS // 2:
        return [sentence]
    out, cur = [], ""
    for word in sentence.split(" "):
        if cur and len(cur) + len(word) + 1 > MAX_TEXT_CHARS // 2:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    out.append(cur)
    return out

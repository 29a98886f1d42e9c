"""The words of a French sentence as ``agreement`` reads them: its tokens (elided articles
and prepositions alone, hyphens joining), each with the analyser's readings, and which of
them a noun or an adjective can be."""

from __future__ import annotations

import re
from dataclasses import dataclass

from daybook.translate.gender import Reading, verbal_adjective

LOWER = "a-zàâçéèêëîïôöûùüÿœæ"
# A word: elided articles and prepositions stand alone ("l'", "d'"), hyphens join.
WORD = f"[{LOWER}A-ZÀ-ÖØ-Þ0-9]+"
TOKEN = re.compile(rf"{WORD}(?:-{WORD})+['’]{WORD}|[Aa]ujourd['’]hui"  # "chef-d'œuvre"
                   rf"|(?:[lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’]"
                   rf"|{WORD}(?:-{WORD})*")


def of_pos(reads: tuple[Reading, ...], *pos: str) -> list[Reading]:
    """The readings of ``reads`` whose part of speech is one of ``pos``."""
    return [r for r in reads if r.pos in pos]


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    reads: tuple[Reading, ...]

    def only(self, *pos: str) -> bool:
        return bool(self.reads) and all(r.pos in pos for r in self.reads)

    def has(self, *pos: str) -> bool:
        return any(r.pos in pos for r in self.reads)


def noun_of(w: Word, named: bool = False) -> tuple[str, str] | None:
    """The noun's gender and number ("mf"/"sp" when its noun readings differ), or None;
    capitalised inside a sentence only with ``named`` (an institution's head)."""
    nouns = of_pos(w.reads, "n")
    if not nouns or (w.text[:1].isupper() and w.start > 0 and not named) or \
            w.has("det", "prn"):
        return None  # a name's word inside a sentence ("le Conseil"); "la" (a note)
    genders = {r.gender for r in nouns}
    numbers = {r.number for r in nouns}
    return (genders.pop() if len(genders) == 1 else "mf",
            numbers.pop() if len(numbers) == 1 else "sp")


def adjective_of(w: Word, pp: bool = False, verb: bool = False) -> list[Reading]:
    """The adjective's readings (and participles' with ``pp``): none for a word with a
    verb's other readings ("souhaite") unless ``verb`` or a verbal adjective ("important"),
    or capitalised inside a sentence (a name's)."""
    if w.text[:1].isupper() and w.start > 0:
        return []
    if not verb and not verbal_adjective(w.reads) and any(
            r.pos.startswith("vb") and r.pos != "pp" for r in w.reads):
        return []
    return of_pos(w.reads, "adj", "pp") if pp else of_pos(w.reads, "adj")

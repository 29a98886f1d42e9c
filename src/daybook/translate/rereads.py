"""English lines said another way when stage 1 of the pivot (eng-cat) misreads them; the
engine translates them again and keeps the new French only where it is better
(``ApertiumEngine._respace``, ``_in_as_verb``).

- Compounds before a noun ("a well-known scientist", "the six-party talks", "a two-day
  visit"): eng-cat's transfer rules that put the compound after its noun write no blank
  between the words they move ("científicbésabut", "visitadedos"), which stage 2 cannot
  read and the engine leaves out. With the hyphen set apart ("well - known") the same rule
  has its blanks ("científic bé sabut"); a compound the rule did not move comes back with
  its hyphen joined again.
- *in* before a bare noun its tagger reads as a verb ("projects in trade, economy",
  "brothers in arms": "dedans commercent", "dedans arment"): with an article ("in the
  trade") the noun is read as one, and French writes a field with its article ("dans le
  commerce").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from daybook.translate.units import Unit

# A compound before a word ("six-party talks"), not a marked token's piece nor a name's,
# whose first word the rule reads well set apart: a figure, a number ("a two-day visit" "de
# deux jours"), *well*, *non*, *high*, *top*, *long*, *short*, *medium* ("bien connu", "non
# permanent", "de haute priorité", "de terme long": ``wordsenses.term``), not before a
# participle in -ing ("well-wishing"); others ("much-needed", "decision-making") come back
# in words no better than none. The word after it may be a name or a placeholder: "the
# 19-km Crimean Bridge" glued the same way ("Connerde19") and the figure was lost.
_COMPOUND = re.compile(r"(?<![\w#@*-])(\d+|(?i:one|two|three|four|five|six|seven|eight|nine|"
                       r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|"
                       r"thousand|well|non|high|top|long|short|medium))-([a-z]+)(?<!ing)(?![\w-])"
                       r"(?= [A-Za-z])")
# *in* + a bare noun English says as a phrase of its own ("in order to", "bear in mind")
_IN_PHRASES = frozenset({"order", "terms", "touch", "need", "mind", "detail", "view", "return",
                         "charge", "place", "time", "turn", "fact", "part", "short", "sum",
                         "case", "line", "favour", "favor", "force", "hand", "person",
                         "practice", "principle", "response", "question", "addition",
                         "particular", "general", "advance", "total", "front"})
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
# A sentence's end: a stop before a word (the engine's French may start it in lower case
# until the post-edit; an abbreviation, "M. Poutine", cuts the French into more sentences
# than the English, and the whole line is then translated again)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\w«“\"])")
DEDANS = re.compile(r"(?<![\w-])[Dd]edans (?=\w)")
IN_WORD = re.compile(r"\bin [a-z]")


def respaced(line: str) -> str:
    """ "a two-day visit" -> "a two - day visit"; a line that has " - " of its own as it was
    (``unspaced`` would join it)."""
    return line if " - " in line else _COMPOUND.sub(r"\1 - \2", line)


def unspaced(french: str) -> str:
    """ "le monde - théâtre" -> "le monde-théâtre": a compound the rule did not move."""
    return _SPACED_HYPHEN.sub("-", french)


def in_the(line: str, units: Sequence[Unit]) -> str:
    """ "projects in trade, economy" -> "projects in the trade, economy" where the tagger
    read *in* as an adverb and the next word as a verb in the present; not *in* + a noun
    of an English phrase ("in order to", "in terms of", "in need of")."""
    for k in range(len(units) - 2, -1, -1):
        u, v = units[k], units[k + 1]
        after = units[k + 2] if k + 2 < len(units) else None
        if u.surface.lower() == "in" and u.pos == "adv" and v.pos == "vblex" \
                and "pres" in v.tags and line[u.end:v.start] == " " \
                and v.surface.lower() not in _IN_PHRASES \
                and (after is None or after.pos != "pr"):
            line = line[:v.start] + "the " + line[v.start:]
    return line


class Retry:
    """Lines said another way, to translate again: only their changed sentences where the
    line, the new line and the French have as many sentences (the rest of the French is
    kept as it was), else the whole line; ``asks`` to translate, ``taken`` the French."""

    def __init__(self, lines: Sequence[str], out: Sequence[str],
                 todo: Mapping[int, str]) -> None:
        self.out = list(out)
        self.asks: list[str] = []
        # line -> (its French in sentences, the places to put new French in)
        self.plans: dict[int, tuple[list[str], list[int]]] = {}
        for i, new in todo.items():
            plan = changed(lines[i], new, out[i])
            self.plans[i] = plan if plan is not None else ([out[i]], [0])
            self.asks += [new] if plan is None else [sentences(new)[k] for k in plan[1]]

    def taken(self, again: Sequence[str], fault: re.Pattern[str],
              tidy: Callable[[str], str] = str) -> list[str]:
        """The French with each new piece taken where it has fewer matches of ``fault``
        (``again``: the engine's French of ``asks``, in order; none taken if it has not as
        many)."""
        if len(again) != len(self.asks):
            return self.out
        pieces = iter(again)
        out = list(self.out)
        for i, (said, places) in self.plans.items():
            for k in places:
                new = next(pieces)
                if len(fault.findall(new)) < len(fault.findall(said[k])):
                    said[k] = tidy(new)
            out[i] = " ".join(said)
        return out


def sentences(text: str) -> list[str]:
    """``text`` cut at its sentences' ends."""
    return _SENTENCE_END.split(text)


def changed(line: str, new: str, french: str) -> tuple[list[str], list[int]] | None:
    """The sentences of ``french`` and the places of those ``new`` changed in ``line``,
    where the three have as many sentences (only those need translating again); else None."""
    old, now, said = sentences(line), sentences(new), sentences(french)
    if not len(old) == len(now) == len(said):
        return None
    return said, [k for k, (a, b) in enumerate(zip(old, now, strict=True)) if a != b]

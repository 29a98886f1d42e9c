"""Decades (*the 2000s*, *the early 1990s*) as French says them: "les années 2000".

The engine reads "2000s" as a figure and an unknown "s" ("dans le 2000*s", "le tardif
1980*s"). French names a decade "les années 2000", and its parts "au début des années 1990",
"au milieu des années 1990", "à la fin des années 1980" (general usage: the Petit Robert;
the Office québécois de la langue française's Banque de dépannage linguistique on decades).
``english`` rewrites the engine's input as it reads those well: "the 2000s" -> "the years
2000" ("les années 2000"), "the late 1980s" -> "the end of the years 1980" ("la fin des
années 1980"), so the article and preposition before them ("in", "since", "of") are the
engine's own.
"""

from __future__ import annotations

import re

# A decade of a year in figures, with the "the" English gives it ("the 1990s", "the
# mid-1990s"); not a plain plural of figures ("temperatures in the 30s" has two digits).
_DECADE = re.compile(r"(?<![\w-])([Tt])he (?:(early|late|mid)(?:-| ))?(1[5-9]\d0|20\d0)['’]?s"
                     r"(?![\w-])")
_PART = {"early": "beginning", "mid": "middle", "late": "end"}


def english(text: str) -> str:
    """ "in the 2000s" -> "in the years 2000", "since the early 1990s" -> "since the
    beginning of the years 1990" (the engine's input only)."""
    if "0s" not in text and "0’s" not in text and "0's" not in text:
        return text

    def say(m: re.Match[str]) -> str:
        part = m.group(2)
        years = f"the years {m.group(3)}"
        if part:
            years = f"the {_PART[part.lower()]} of {years}"
        return m.group(1) + years[1:]

    return _DECADE.sub(say, text)

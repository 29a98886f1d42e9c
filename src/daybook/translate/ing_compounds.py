"""English noun compounds whose first word ends in -ing, said before the engine as English
it translates into the French locution.

eng-cat's tagger reads the -ing word as a verb or a gerund and the pivot writes it so
("vivant des conditions", "entraîner des centres", "remplissant des stations", "L'usine de
démarche", "d'opérante entreprises", "L'armée qu'il dépense"). Giving every such word the
analyser's noun or adjective reading made other compounds worse ("stations de farce"), so
each compound is listed with its French (Robert & Collins) and the English the engine
writes that way: *living conditions* "conditions de vie" (sent as *conditions of life*),
*training centre* "centre de formation", *filling station* "station-service" (*service
station*), *processing plant/factory* "usine de transformation" (*transformation plant*),
*marching band* "fanfare", *shopping centre/mall* "centre commercial", *operating
companies/businesses* "entreprises en activité" (*active*, "actives"), *military/defence/
public/government/budget/social spending* "dépense(s) militaire(s)..." (*expenditure*).
Only these compounds move: a table of general English, never a sentence of the samples.
"""

from __future__ import annotations

import re

# Not after *and*, *or* or a comma: the -ing word is one of a list of modifiers sharing
# the noun ("educational, cultural and training centres" came out "centres d'entraîner").
_SHARED = r"(?<!\band )(?<!\bor )(?<!, )"
# English compound (its number kept by the groups; not the first half of a hyphenated
# word: "centre-backs") -> English the engine writes right
_COMPOUNDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(_SHARED + p + "(?!-)", re.IGNORECASE), new) for p, new in (
        (r"\bliving conditions\b", "conditions of life"),
        (r"\btraining (cent(?:re|er)s?)\b", r"\1 of training"),
        (r"\bfilling (stations?)\b", r"service \1"),
        (r"\bprocessing (plants?|factory|factories|facility|facilities|enterprises?)\b",
         r"transformation \1"),
        (r"\bmarching band(s?)\b", r"fanfare\1"),
        (r"\bshopping (?:cent(?:re|er)|mall)(s?)\b", r"commercial centre\1"),
        (r"\boperating (businesses|companies|enterprises)\b", r"active \1"),
        (r"\b(military|defen[cs]e|public|government|budget|social) spending\b",
         r"\1 expenditure"),
    ))

# for ``preedit.may_change``: a line holding one of the compounds is pre-edited
TRIGGERS: tuple[str, ...] = tuple(p.pattern for p, _ in _COMPOUNDS)


def english(line: str) -> str:
    """``line`` with each -ing compound of the table said as the English the engine
    translates into its French ("living conditions" -> "conditions of life"); a capital
    opening a compound is kept."""
    for pattern, new in _COMPOUNDS:

        def said(m: re.Match[str], new: str = new) -> str:
            out = m.expand(new)
            return out[:1].upper() + out[1:] if m.group(0)[:1].isupper() else out

        line = pattern.sub(said, line)
    return line

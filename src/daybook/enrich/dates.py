"""Dates in the text, normalised against the event's own date.

"le 1er novembre de cette année" said on 2023-11-08 is 2023-11-01; "30 et 31 octobre" is a
span; "On January 23" takes the year that puts it nearest the event. Month names come from
Babel's CLDR data (every form: format and stand-alone, wide and abbreviated), so French,
English and Russian (genitive "мая") read alike. No dateparser.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from daybook.enrich.records import DateMention

_ORDINAL = r"(?:er|re|st|nd|rd|th|-?го|-?е)?"
_JOIN = r"\s*(?:et|and|и|au|to|по|-|–|—)\s*"
# Words after a date that pin its year to the event's year or a neighbour.
_RELATIVE_YEAR: dict[str, int] = {
    "de cette année": 0,
    "de l'année en cours": 0,
    "de l’année en cours": 0,
    "this year": 0,
    "of this year": 0,
    "этого года": 0,
    "текущего года": 0,
    "сего года": 0,
    "de l'année dernière": -1,
    "de l’année dernière": -1,
    "last year": -1,
    "прошлого года": -1,
    "de l'année prochaine": 1,
    "de l’année prochaine": 1,
    "next year": 1,
    "следующего года": 1,
}


@cache
def month_names(language: str) -> dict[str, int]:
    """Every spelling of each month in a language, casefolded, dots dropped: name -> 1..12."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, context, locale=language).items():
                key = str(name).casefold().rstrip(".")
                if len(key) >= 3:
                    names.setdefault(key, int(number))
    if language == "en":
        names.setdefault("sept", 9)
    return names


@cache
def _pattern(language: str) -> re.Pattern[str]:
    months = "|".join(sorted((re.escape(m) for m in month_names(language)), key=len, reverse=True))
    rel = "|".join(re.escape(r) for r in sorted(_RELATIVE_YEAR, key=len, reverse=True))
    day = rf"(?P<d1>[0-3]?\d){_ORDINAL}(?:{_JOIN}(?P<d2>[0-3]?\d){_ORDINAL})?"
    year = rf"(?:,?\s+(?P<y>(?:1[89]|20)\d\d)(?:\s*(?:года|г\.))?|\s+(?P<rel>{rel}))?"
    # Day before month (fr, ru, en "23 January") or month before day (en "January 23").
    dm = rf"\b{day}\s+(?P<m1>{months})\.?(?![\w]){year}"
    md = (
        rf"\b(?P<m2>{months})\.?\s+(?P<e1>[0-3]?\d){_ORDINAL}"
        rf"(?:{_JOIN}(?P<e2>[0-3]?\d){_ORDINAL})?(?!\d)"
        rf"(?:,?\s+(?P<y2>(?:1[89]|20)\d\d)|\s+(?P<rel2>{rel}))?"
    )
    return re.compile(f"{dm}|{md}" if language == "en" else dm, re.IGNORECASE)


def find_dates(text: str, language: str, event_date: dt.date, seq: int = 0) -> list[DateMention]:
    """Dates named in ``text`` with their character span, resolved against ``event_date``."""
    if language not in ("fr", "en", "ru"):
        return []
    months = month_names(language)
    out = []
    for m in _pattern(language).finditer(text):
        g = m.groupdict()
        month_word = (g["m1"] or g.get("m2") or "").casefold().rstrip(".")
        month = months.get(month_word)
        d1 = g["d1"] or g.get("e1")
        d2 = g["d2"] or g.get("e2")
        if month is None or d1 is None:
            continue
        year_text = g["y"] or g.get("y2")
        rel = g["rel"] or g.get("rel2")
        if year_text:
            year = int(year_text)
        elif rel:
            year = event_date.year + _RELATIVE_YEAR[rel.casefold()]
        else:
            year = _nearest_year(event_date, month, int(d1))
        try:
            first = dt.date(year, month, int(d1))
            last = dt.date(year, month, int(d2)) if d2 else None
        except ValueError:
            continue
        if last is not None and last < first:
            first, last = last, first
        out.append(DateMention(seq, m.start(), m.end(), m.group(0), first, last))
    return out


def _nearest_year(event_date: dt.date, month: int, day: int) -> int:
    """The year that puts day/month closest to the event (a speech in December saying
    "January 10" means the coming January)."""
    best = event_date.year
    best_gap: int | None = None
    for year in (event_date.year - 1, event_date.year, event_date.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - event_date).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def event_dates(
    units: list[tuple[int, str]], language: str, event_date: dt.date
) -> list[DateMention]:
    out: list[DateMention] = []
    for seq, text in units:
        out += find_dates(text, language, event_date, seq)
    return out

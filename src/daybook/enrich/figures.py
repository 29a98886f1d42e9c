"""Figures in the text: a number, its unit and the sentence that gives it.

"28,2 milliards de dollars" -> 28.2e9 USD; "$28.2 billion" -> the same; "10,2%" -> 10.2
percent; "1,800 doctors" -> 1800 doctors. Conventions live in ``figure_patterns``.
Years ("in 2019"), clock times, ordinals and day numbers of dates are not figures.
"""

from __future__ import annotations

import re
from functools import cache

from daybook.enrich import figure_patterns as fp
from daybook.enrich.dates import month_names
from daybook.enrich.records import Figure

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])|\n+")


@cache
def _pattern(language: str) -> re.Pattern[str]:
    units = sorted((re.escape(u) for u in fp.UNITS[language]), key=len, reverse=True)
    scales = sorted((re.escape(s) for s in fp.SCALES[language]), key=len, reverse=True)
    linkers = "|".join(re.escape(w) for w in fp.LINKERS[language]) or "(?!)"
    return re.compile(
        rf"(?<![\w.,\u00a0])(?P<pre>[$€£])?\s?(?P<num>{fp.NUMBER[language]})"
        rf"(?:\s?(?P<pct>%))?"
        rf"(?:\s(?P<scale>{'|'.join(scales)})\.?(?!\w))?"
        rf"(?:\s?(?:(?:{linkers})\s?)?(?P<unit>{'|'.join(units)})(?!\w))?"
        rf"(?:\s(?P<noun>[^\W\d_][\w’'-]{{2,}}))?",
        re.IGNORECASE,
    )


def parse_number(text: str, language: str) -> float | None:
    """'28,2' (fr) -> 28.2; '7.598' (fr) -> 7598; '1,800' (en) -> 1800."""
    s = text.strip()
    for sep in fp.GROUP[language]:
        if sep == fp.DECIMAL[language]:
            continue
        # A separator followed by exactly three digits groups thousands.
        if sep in s and re.fullmatch(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+(?:[,.]\d+)?", s):
            s = s.replace(sep, "")
    # A French dot left here is decimal: a machine translation kept the English point.
    s = s.replace(fp.DECIMAL[language], ".")
    try:
        return float(s)
    except ValueError:
        return None


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds the span [start, end)."""
    left = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            return text[left : m.start()].strip()
    return text[left:].strip()


def find_figures(text: str, language: str, seq: int = 0) -> list[Figure]:
    if language not in fp.NUMBER:
        return []
    months = month_names(language)
    out = []
    for m in _pattern(language).finditer(text):
        num = m.group("num")
        value = parse_number(num, language)
        if value is None:
            continue
        unit = None
        if m.group("pre"):
            unit = fp.UNITS[language].get(m.group("pre"))
        if m.group("pct"):
            unit = "percent"
        if m.group("unit"):
            unit = fp.UNITS[language].get(m.group("unit").casefold(), unit)
        scale = m.group("scale")
        if scale:
            value *= fp.SCALES[language][scale.casefold().rstrip(".")]
        noun = m.group("noun")
        end = m.end()
        if noun and (noun.casefold() in months or noun.casefold() in fp.NOT_UNITS or unit):
            end = m.end("noun") - len(noun) - 1
            noun_is_date = noun.casefold() in months
            if noun_is_date and not scale and not unit:
                continue  # "8 novembre": a date, not a figure
            noun = None
        if noun and not unit:
            unit = noun.casefold()
        if _not_a_figure(text, m, num, unit, scale):
            continue
        start = m.start("pre") if m.group("pre") else m.start("num")
        span = text[start:end].rstrip()
        out.append(
            Figure(
                seq,
                start,
                start + len(span),
                span,
                value,
                unit,
                sentence_around(text, start, start + len(span)),
            )
        )
    return out


def _not_a_figure(
    text: str, m: re.Match[str], num: str, unit: str | None, scale: str | None
) -> bool:
    after = text[m.end("num") : m.end("num") + 3]
    if re.match(r"(?:er|re|e|st|nd|rd|th|-?[йяег])\b|h\d|:\d", after):
        return True  # ordinals ("80th", "1er") and clock times ("14h25", "10:10")
    if not unit and not scale:
        return True  # a bare number (a year, a count of nothing named) measures nothing
    return unit == "years" and bool(re.fullmatch(r"(?:1[89]|20)\d\d", num)) and not scale

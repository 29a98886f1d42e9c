"""Headings of the daily digest: "N°/Title – 8 novembre 2023 à 14h25 à Moscou".

The same line heads a table-of-contents entry and its event section; time and place are
optional, an interview's heading may end with "– En 8 Questions". A section's date line
("8 novembre 2023 à 14h25 à Moscou") is the heading's tail on its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from daybook.parsers import digest_vocab as V

# The one kind classifier of every reader, importable from here as before.
from daybook.parsers.kinds import event_kind as event_kind


@dataclass(frozen=True, slots=True)
class DateTail:
    """What follows a heading's title: a date, maybe a clock time and a place."""

    date: dt.date
    time: dt.time | None
    place: str | None
    language: str


@dataclass(frozen=True, slots=True)
class Heading:
    line: int
    number: int
    title: str
    tail: DateTail | None
    questions: int | None = None
    # Why the tail could not be read ("unknown month 'novembr'"), when it could not.
    problem: str | None = None


def _date_regex() -> str:
    months = V.month_alternation()
    day_first = rf"{V.DAY_NUMBER}\s+(?P<month>{months})\.?\s+{V.YEAR}"
    month_first = rf"(?P<month2>{months})\.?\s+(?P<day2>\d{{1,2}}),?\s+(?P<year2>\d{{4}})"
    return rf"(?:{day_first}|{month_first})"


def _tail_regex() -> re.Pattern[str]:
    word_joiners = "|".join(re.escape(j) for j in V.TIME_JOINERS if j.isalpha())
    place_words = "|".join(re.escape(j) for j in V.PLACE_JOINERS if j.isalpha())
    place_marks = "".join(re.escape(j) for j in V.PLACE_JOINERS if not j.isalpha())
    time = rf"(?:(?:\s+(?:{word_joiners})\s+|\s*,\s*){V.TIME})"
    place = rf"(?:(?:\s+(?:{place_words})\s+|\s*[{place_marks}]\s*)(?P<place>\S.*?))"
    return V.compiled(rf"^{_date_regex()}{time}?{place}?\s*$", re.IGNORECASE)


def read_tail(text: str) -> DateTail | None:
    """Read "8 novembre 2023 à 14h25 à Moscou" (the whole string), or None."""
    m = _tail_regex().match(text.strip())
    if not m:
        return None
    month_name = (m["month"] or m["month2"]).casefold()
    month, language = V.month_numbers()[month_name]
    day = int(m["day"] or m["day2"])
    year = int(m["year"] or m["year2"])
    try:
        date = dt.date(year, month, day)
        time = dt.time(int(m["hour"]), int(m["minute"])) if m["hour"] else None
    except ValueError:
        return None
    place = m["place"].strip(" .") if m["place"] else None
    if place:  # "dans la région de Tver", "sur l’île Russki": the place without its article
        place = re.sub(r"^(?:la |le |les |l’|l')(?=\w)", "", place) or None
    return DateTail(date, time, place or None, language)


def is_heading(line: str) -> bool:
    return V.compiled(V.HEADING).match(line) is not None


def read_heading(line: str, number: int) -> Heading | None:
    """Read a heading line (``number`` is its line number); None if it is not one."""
    m = V.compiled(V.HEADING).match(line)
    if not m:
        return None
    rest = m["rest"]
    questions = None
    q = V.compiled(V.QUESTIONS_SUFFIX, re.IGNORECASE).search(rest)
    if q:
        questions = int(q["n"])
        rest = rest[: q.start()]
    dashes = list(V.compiled(V.TITLE_DATE_DASH).finditer(rest))
    for dash in reversed(dashes):
        tail = read_tail(rest[dash.end() :])
        if tail and dash.start() > 0:
            return Heading(number, int(m["num"]), rest[: dash.start()].strip(), tail, questions)
    if not dashes:
        return Heading(number, int(m["num"]), rest.strip(), None, questions,
                       "the heading has no date after a dash")
    title = rest[: dashes[-1].start()].strip() or rest.strip()
    after = rest[dashes[-1].end() :]
    odd = re.search(r"\b\d{1,2}(?:er)?\s+(?P<month>[^\W\d_]+)\.?\s+\d{4}\b", after)
    if odd and odd["month"].casefold() not in V.month_numbers():
        problem = f"unknown month {odd['month']!r} in the heading date {after.strip()!r}"
    else:
        problem = f"unreadable heading date {after.strip()!r}"
    return Heading(number, int(m["num"]), title, None, questions, problem)


def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    return re.sub(r"\s+", " ", text).strip()


def digest_event_id(date: dt.date, title: str) -> str:
    """Stable id of an event that has no official source id: date and normalised title."""
    digest = hashlib.sha1(normalise_title(title).encode("utf-8")).hexdigest()[:10]
    return f"digest:{date.isoformat()}:{digest}"


def source_event_id(url: str) -> str | None:
    """ "kremlin:72682" for an en.kremlin.ru or kremlin.ru event URL."""
    m = V.compiled(V.KREMLIN_EVENT_ID).search(url)
    return f"kremlin:{m['id']}" if m else None

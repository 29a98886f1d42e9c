"""Read a daily digest (text) into a ``Day``.

The format (see docs/digest-format.md): a title line, a table of contents of numbered
headings "N°/Title – 8 novembre 2023 à 14h25 à Moscou", then one section per event headed
by the same line. Headings are read by ``digest_heading``, section bodies by
``digest_blocks``, people by ``digest_people``; the words of each language are data in
``digest_vocab``. The parser is pure: text in, ``Parsed`` out, with diagnostics for what it
survived; it raises ``MalformedInputError`` only when no day can be established.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from zoneinfo import ZoneInfo

from daybook.errors import Diagnostic, MalformedInputError
from daybook.model import Day, Event, Principal, Status
from daybook.parsers import Parsed
from daybook.parsers import digest_vocab as V
from daybook.parsers.digest_blocks import Line, Section, read_section
from daybook.parsers.digest_heading import (
    Heading,
    digest_event_id,
    read_heading,
    source_event_id,
)
from daybook.parsers.digest_people import merge_participants
from daybook.parsers.kinds import event_kind

__all__ = ["digest_event_id", "event_kind", "parse_digest", "split_lines"]

# Spaces that French typography and web copies put in text; all read as a plain space.
_SPACES = re.compile(r"[\u00a0\u202f\u2007\u2009\t]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\ufeff]")

_PROBLEM_CODES = (("unknown month", "D102"), ("has no date", "D103"))


def split_lines(text: str) -> list[Line]:
    """Lines numbered from 1, with CRLF, no-break spaces and runs of spaces normalised.

    Leading indentation is kept (it marks list items); trailing space is dropped.
    """
    out: list[Line] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = _INVISIBLE.sub("", _SPACES.sub(" ", raw)).rstrip()
        indent = len(line) - len(line.lstrip(" "))
        out.append(Line(number, line[:indent] + re.sub(r" {2,}", " ", line[indent:])))
    return out


def _problem_code(problem: str) -> str:
    return next((code for key, code in _PROBLEM_CODES if key in problem), "D101")


def parse_digest(
    text: str, origin: str | None = None, *, timezone: str = V.DEFAULT_TIMEZONE
) -> Parsed:
    """Parse a digest's text into one ``Day``.

    ``origin`` (the file path) names the input in errors and diagnostics. Clock times are
    local to ``timezone`` (the principal's seat), whose offset is taken for each date.
    """
    where = f"{origin}:" if origin else ""
    lines = split_lines(text)
    diagnostics: list[Diagnostic] = []
    headings: list[tuple[int, Heading]] = []
    for idx, line in enumerate(lines):
        heading = read_heading(line.text, line.number)
        if heading:
            headings.append((idx, heading))
    if not headings:
        raise MalformedInputError(
            "no event heading ('N°/Title – 8 novembre 2023') in the digest",
            path=origin,
            remedy="check that the file is a daily digest with a numbered table of contents",
        )
    for _, h in headings:
        if h.problem:
            diagnostics.append(Diagnostic(_problem_code(h.problem), h.problem,
                                          f"{where}line {h.line}"))
    toc, sections = _split_toc(lines, headings)
    dates = Counter(h.tail.date for _, h in headings if h.tail)
    if not dates:
        first = headings[0][1].line
        raise MalformedInputError(
            f"no heading has a readable date (first heading at line {first})",
            path=origin,
            remedy="headings must end with a date such as '– 8 novembre 2023'",
        )
    day_date = dates.most_common(1)[0][0]
    languages = Counter(h.tail.language for _, h in headings if h.tail)
    day_language = languages.most_common(1)[0][0] if languages else V.DEFAULT_LANGUAGE
    title = _title(lines, headings[0][0])
    toc_by_number = {h.number: h for h in toc}

    events: list[Event] = []
    seen_numbers: set[int] = set()
    for k, (idx, heading) in enumerate(sections):
        end = sections[k + 1][0] if k + 1 < len(sections) else len(lines)
        section = read_section(lines[idx + 1 : end], where)
        diagnostics.extend(section.diagnostics)
        if heading.number in seen_numbers:
            diagnostics.append(Diagnostic("D109", f"event number {heading.number} repeated",
                                          f"{where}line {heading.line}"))
        seen_numbers.add(heading.number)
        if toc and heading.number not in toc_by_number:
            diagnostics.append(Diagnostic("D108", "section not listed in the table of contents",
                                          f"{where}line {heading.line}", "info"))
        event = _event(heading, toc_by_number.get(heading.number), section, day_date,
                       day_language, timezone)
        if not event.date or (heading.tail is None and section.date_line is None):
            diagnostics.append(Diagnostic("D103", "section without a readable date; the "
                                          "digest's date is used", f"{where}line {heading.line}"))
        questions = sum(1 for b in event.blocks if b.type == "question")
        if heading.questions is not None and heading.questions != questions:
            diagnostics.append(Diagnostic(
                "D110", f"the heading announces {heading.questions} questions, {questions} found",
                f"{where}line {heading.line}"))
        events.append(event)
    for heading in toc:
        if heading.number not in seen_numbers:
            diagnostics.append(Diagnostic("D107", "table-of-contents entry without a section",
                                          f"{where}line {heading.line}"))
            events.append(_event(heading, None, Section(), day_date, day_language, timezone))
    if not events:
        raise MalformedInputError("the digest has no readable event", path=origin,
                                  remedy="check the section headings")
    day = Day(date=day_date, events=tuple(events), title=title,
              principal=_principal(title, events, day_language))
    return Parsed(days=(day,), diagnostics=tuple(diagnostics))


def _split_toc(
    lines: list[Line], headings: list[tuple[int, Heading]]
) -> tuple[list[Heading], list[tuple[int, Heading]]]:
    """The table of contents is the opening run of headings that have no body of their own."""
    toc: list[Heading] = []
    for k, (idx, heading) in enumerate(headings):
        nxt = next((j for j in range(idx + 1, len(lines)) if lines[j].text.strip()), None)
        following = headings[k + 1][0] if k + 1 < len(headings) else None
        if nxt is None or nxt != following:
            return toc, headings[k:]
        toc.append(heading)
    # Only headings, no bodies: the entries are the events.
    return [], headings


def _title(lines: list[Line], first_heading: int) -> str | None:
    for line in lines[:first_heading]:
        if line.text.strip():
            return line.text.strip()
    return None


def _event(
    heading: Heading,
    toc: Heading | None,
    section: Section,
    day_date: dt.date,
    day_language: str,
    timezone: str,
) -> Event:
    tail = heading.tail or (toc.tail if toc else None) or section.date_line
    date = tail.date if tail else day_date
    time = tail.time if tail and tail.time else None
    place = tail.place if tail else None
    if section.date_line and section.date_line.date == date:
        time = time or section.date_line.time
        place = place or section.date_line.place
    start = dt.datetime.combine(date, time, tzinfo=ZoneInfo(timezone)) if time else None
    title = heading.title or (toc.title if toc else "") or f"{heading.number}"
    sources = tuple(section.sources)
    event_id = next((i for s in sources if (i := source_event_id(s.url))), None)
    return Event(
        id=event_id or digest_event_id(date, title),
        number=heading.number,
        title=title,
        kind=event_kind(title),
        date=date,
        start=start,
        timezone=timezone if start else None,
        # A digest copies the official record's clock, which is its publication time.
        time_basis="published" if start else None,
        place=place,
        language=tail.language if tail else day_language,
        lead=section.lead,
        sources=sources,
        participants=merge_participants(section.participants),
        blocks=tuple(section.blocks),
        photos=tuple(section.photos),
        tags=section.tag_record(),
        status=Status(continued=section.continued, elided=section.elided),
    )


def _principal(title: str | None, events: list[Event], language: str) -> Principal | None:
    named = V.principal_named(title, language) if title else None
    if named:
        return Principal(named)
    name = V.PRINCIPALS.get(language)
    if not name:
        return None
    if any(name in e.speakers for e in events):
        return Principal(name)
    return None

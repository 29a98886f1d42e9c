"""Bounds on what one input file may make, and their check on a parse.

A ``ReadLimits`` is passed down from the caller's settings (nothing here reads the
environment). ``apply_limits`` refuses a document dated outside the plausible range (a year
9999 or 0001 breaks feeds and costs time in every calendar) and cuts an event with more
blocks than a page can show, with a diagnostic saying what was cut.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

from daybook.errors import DateOutOfRangeError, Diagnostic
from daybook.model import Event
from daybook.parsers import Parsed

# A real event page is under 1 MB; a long transcript a few MB. Beyond this it is not a page.
MAX_BYTES = 20 * 1024 * 1024
# The longest real transcript (the annual Direct Line) has a few thousand blocks.
MAX_BLOCKS = 20_000
FIRST_YEAR = 1990
YEARS_AHEAD = 10


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """What one file may be and make: its size, its dates, the blocks of one event."""

    max_bytes: int = MAX_BYTES
    first_year: int = FIRST_YEAR
    years_ahead: int = YEARS_AHEAD
    max_blocks: int = MAX_BLOCKS

    def date_range(self, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
        """The first and last plausible dates (from 1 January of ``first_year`` to 31
        December ``years_ahead`` years after ``today``)."""
        year = (today or dt.date.today()).year + self.years_ahead
        return dt.date(self.first_year, 1, 1), dt.date(min(year, dt.MAXYEAR), 12, 31)


DEFAULT_LIMITS = ReadLimits()


def _dates(parsed: Parsed) -> Iterator[dt.date]:
    for day in parsed.days:
        yield day.date
    for event in (*(e for d in parsed.days for e in d.events), *parsed.events):
        yield event.date
        for moment in (event.start, event.published, event.updated):
            if moment is not None:
                yield moment.date()
    for listing in parsed.listings:
        yield listing.page_date
        yield from (e.date for e in listing.entries)
        yield from listing.complete_dates


def _cap(event: Event, limit: int, diags: list[Diagnostic]) -> Event:
    if len(event.blocks) <= limit:
        return event
    diags.append(Diagnostic(
        "L101",
        f"event {event.id} has {len(event.blocks)} blocks; kept the first {limit} "
        f"(raise the blocks-per-event limit to keep more)",
        where=event.id, severity="error"))
    return replace(event, blocks=event.blocks[:limit])


def apply_limits(parsed: Parsed, path: str, limits: ReadLimits = DEFAULT_LIMITS,
                 *, today: dt.date | None = None) -> Parsed:
    """``parsed`` with over-long events cut (and said so); raises ``DateOutOfRangeError``
    naming ``path`` when a date is outside the plausible range."""
    first, last = limits.date_range(today)
    for date in _dates(parsed):
        if not first <= date <= last:
            raise DateOutOfRangeError(
                f"date {date.isoformat()} is outside the plausible range "
                f"{first.isoformat()} to {last.isoformat()}",
                path=path,
                remedy="check the document's date; the range is set by the first_year and "
                       "years_ahead settings")
    diags: list[Diagnostic] = []
    days = tuple(replace(d, events=tuple(_cap(e, limits.max_blocks, diags) for e in d.events))
                 for d in parsed.days)
    events = tuple(_cap(e, limits.max_blocks, diags) for e in parsed.events)
    if not diags:
        return parsed
    return replace(parsed, days=days, events=events,
                   diagnostics=(*parsed.diagnostics, *diags))

"""iCalendar (RFC 5545) of events: a pure renderer over model events, built with ``icalendar``.

Timed events carry ``DTSTART;TZID=<IANA zone>`` with a VTIMEZONE of the zone's real offsets
over the years the calendar spans, and no DTEND or DURATION: the sources give no end, and
RFC 5545 (3.6.1) reads such an event as a point in time, so no duration is invented. When
the clock is the source's publication time (``time_basis`` "published", as on
en.kremlin.ru), DESCRIPTION says so and ``X-DAYBOOK-TIME-BASIS`` carries it. Untimed events
are all-day (``VALUE=DATE``). The library
escapes TEXT values and folds lines at 75 octets; ``sanitize.for_calendar`` first drops what
a calendar cannot carry. Any stored date renders, even one at the edge of the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daybook.model import Event
from daybook.publish.atom import as_utc, event_moment, is_web_url
from daybook.sanitize import for_calendar

if TYPE_CHECKING:
    from icalendar import Event as VEvent
    from icalendar import Timezone

# The years a VTIMEZONE can describe (icalendar computes one year past the last).
_ZONE_YEARS = (dt.MINYEAR, dt.MAXYEAR - 1)


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def vtimezone(name: str, years: Sequence[int]) -> Timezone:
    """The VTIMEZONE component of an IANA zone, with every offset change over the years."""
    from icalendar import Timezone

    first = max(min(years), _ZONE_YEARS[0])
    last = min(max(years), _ZONE_YEARS[1])
    return Timezone.from_tzid(name, first_date=dt.date(first, 1, 1),
                              last_date=dt.date(last, 12, 31))


def _vevent(e: Event, event_url: str | None, zones: dict[str, set[int]]) -> VEvent:
    from icalendar import Event as VEvent

    v = VEvent()
    v.add("uid", for_calendar(f"{e.id}/{e.language}@daybook"))
    v.add("dtstamp", as_utc(event_moment(e)))
    zone = _zone(e.timezone) if e.start else None
    if e.start is not None and zone is not None and e.timezone:
        try:
            local = e.start.astimezone(zone) if e.start.tzinfo else e.start.replace(tzinfo=zone)
        except OverflowError:  # at the edge of the calendar: keep the wall time
            local = e.start.replace(tzinfo=zone)
        zones.setdefault(e.timezone, set()).add(local.year)
        v.add("dtstart", local)
    elif e.start is not None and e.start.tzinfo is not None:
        v.add("dtstart", as_utc(e.start))
    else:
        v.add("dtstart", e.date)
        if e.date < dt.date.max:  # without DTEND an all-day event still lasts its day
            v.add("dtend", e.date + dt.timedelta(days=1))
    v.add("summary", for_calendar(e.title))
    if e.place:
        v.add("location", for_calendar(e.place))
    # A point in time (DTSTART, no DTEND): a publication time is not when the event began.
    notes = [e.lead] if e.lead else []
    if e.start is not None and e.time_basis is not None:
        from daybook.publish.locale import time_basis_note

        notes.append(time_basis_note(e))
        v.add("x-daybook-time-basis", e.time_basis)
    if notes:
        v.add("description", for_calendar("\n\n".join(notes)))
    v.add("categories", [for_calendar(e.kind)])
    url = (event_url.format(id=quote(e.id, safe=":"), lang=quote(e.language))
           if event_url else e.url)
    if url and is_web_url(url):
        v.add("url", for_calendar(url.strip()))
    return v


def render_ics(
    events: Sequence[Event],
    *,
    name: str = "daybook",
    prodid: str = "-//daybook//daybook//EN",
    event_url: str | None = None,
) -> str:
    """The calendar document. ``event_url`` is a format string with ``{id}`` and ``{lang}``
    for each event's page on the site; otherwise the event's source URL is used."""
    from icalendar import Calendar, vText

    cal = Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", for_calendar(prodid))
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", vText(for_calendar(name)))  # an X- name: its type said here
    zones: dict[str, set[int]] = {}
    vevents = [_vevent(e, event_url, zones) for e in events]
    for tzid, years in sorted(zones.items()):
        cal.add_component(vtimezone(tzid, sorted(years)))
    for v in vevents:
        cal.add_component(v)
    text: str = cal.to_ical().decode("utf-8")
    return text

"""iCalendar (RFC 5545) of events: a pure renderer over model events.

Timed events carry ``DTSTART;TZID=<IANA zone>`` with a VTIMEZONE built from the zone's real
offsets over the years the calendar spans; untimed events are all-day (``VALUE=DATE``).
Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from daybook.model import Event
from daybook.publish.atom import event_moment, is_web_url


def escape_text(value: str) -> str:
    """TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(c for c in value if c == "\n" or c == "\t" or ord(c) >= 32)
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold_line(line: str) -> str:
    """Fold a content line into 75-octet pieces, continuation lines starting with a space."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _offset(delta: dt.timedelta | None) -> str:
    seconds = int((delta or dt.timedelta()).total_seconds())
    sign = "+" if seconds >= 0 else "-"
    seconds = abs(seconds)
    return f"{sign}{seconds // 3600:02d}{seconds % 3600 // 60:02d}"


def _transitions(zone: ZoneInfo, first: int, last: int) -> list[dt.datetime]:
    """UTC instants (to the minute) where the zone's offset changes within the years."""
    found: list[dt.datetime] = []
    t = dt.datetime(first, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last + 1, 1, 1, tzinfo=dt.UTC)
    day = dt.timedelta(days=1)
    while t < end:
        if t.astimezone(zone).utcoffset() != (t + day).astimezone(zone).utcoffset():
            lo, hi = t, t + day
            while hi - lo > dt.timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(zone).utcoffset() == lo.astimezone(zone).utcoffset():
                    lo = mid
                else:
                    hi = mid
            found.append(hi.replace(second=0, microsecond=0))
        t += day
    return found


def vtimezone(name: str, years: Iterable[int]) -> list[str]:
    """VTIMEZONE lines for an IANA zone, with every offset change over the given years."""
    zone = ZoneInfo(name)
    ys = sorted(set(years))
    start = dt.datetime(ys[0], 1, 1, tzinfo=dt.UTC)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]

    def component(at_utc: dt.datetime, before: dt.timedelta | None) -> None:
        local = at_utc.astimezone(zone)
        kind = "DAYLIGHT" if local.dst() else "STANDARD"
        lines.extend([
            f"BEGIN:{kind}",
            # RFC 5545: an onset is written in the local time in effect before it.
            f"DTSTART:{(at_utc + (before or dt.timedelta())).strftime('%Y%m%dT%H%M%S')}",
            f"TZOFFSETFROM:{_offset(before)}",
            f"TZOFFSETTO:{_offset(local.utcoffset())}",
            f"TZNAME:{escape_text(local.tzname() or name)}",
            f"END:{kind}",
        ])

    component(start, start.astimezone(zone).utcoffset())
    for at in _transitions(zone, ys[0], ys[-1]):
        component(at, (at - dt.timedelta(minutes=1)).astimezone(zone).utcoffset())
    lines.append("END:VTIMEZONE")
    return lines


def _stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def render_ics(
    events: Sequence[Event],
    *,
    name: str = "daybook",
    prodid: str = "-//daybook//daybook//EN",
    event_url: str | None = None,
) -> str:
    """The calendar document. ``event_url`` is a format string with ``{id}`` and ``{lang}``
    for each event's page on the site; otherwise the event's source URL is used."""
    zones: dict[str, set[int]] = {}
    body: list[str] = []
    for e in events:
        zone = _zone(e.timezone) if e.start else None
        lines = ["BEGIN:VEVENT", f"UID:{escape_text(e.id)}/{escape_text(e.language)}@daybook",
                 f"DTSTAMP:{_stamp(event_moment(e))}"]
        if e.start is not None and zone is not None and e.timezone:
            local = e.start.astimezone(zone) if e.start.tzinfo else e.start
            zones.setdefault(e.timezone, set()).add(local.year)
            lines.append(f"DTSTART;TZID={e.timezone}:{local.strftime('%Y%m%dT%H%M%S')}")
        elif e.start is not None and e.start.tzinfo is not None:
            lines.append(f"DTSTART:{_stamp(e.start)}")
        else:
            lines.append(f"DTSTART;VALUE=DATE:{e.date.strftime('%Y%m%d')}")
            end = e.date + dt.timedelta(days=1)
            lines.append(f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}")
        lines.append(f"SUMMARY:{escape_text(e.title)}")
        if e.place:
            lines.append(f"LOCATION:{escape_text(e.place)}")
        if e.lead:
            lines.append(f"DESCRIPTION:{escape_text(e.lead)}")
        lines.append(f"CATEGORIES:{escape_text(e.kind)}")
        url = (event_url.format(id=quote(e.id, safe=":"), lang=quote(e.language))
               if event_url else e.url)
        if url and is_web_url(url):
            # URI values are not TEXT-escaped; a web URL has no CR/LF (is_web_url checks).
            lines.append(f"URL:{url.strip()}")
        lines.append("END:VEVENT")
        body.extend(lines)
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{escape_text(prodid)}",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(name)}"]
    for tzid, years in sorted(zones.items()):
        head.extend(vtimezone(tzid, years))
    return "".join(fold_line(line) + "\r\n" for line in (*head, *body, "END:VCALENDAR"))

"""Atom 1.0 feed of events: a pure renderer over model events (RFC 4287).

Built with ``feedgen`` (over lxml), so every piece of source text is escaped by construction;
``sanitize.for_markup`` first drops what XML cannot carry at all; only http(s) URLs become
links. Any stored date renders, even one at the edge of the calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any
from urllib.parse import quote

from daybook.model import Event
from daybook.sanitize import for_markup

ATOM_NS = "http://www.w3.org/2005/Atom"


def is_web_url(url: str | None) -> bool:
    """True for absolute http(s) URLs, the only ones daybook turns into links."""
    if not url:
        return False
    low = url.strip().lower()
    return low.startswith(("http://", "https://")) and not any(c.isspace() for c in url.strip())


def event_moment(event: Event) -> dt.datetime:
    """When an event happened or was published, as an aware datetime (midnight UTC if only
    a date is known)."""
    moment = event.updated or event.published or event.start
    if moment is None:
        return dt.datetime.combine(event.date, dt.time(), dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def as_utc(value: dt.datetime) -> dt.datetime:
    """``value`` in UTC, to the second; at the very edge of the calendar, its wall time."""
    try:
        value = value.astimezone(dt.UTC)
    except OverflowError:
        value = value.replace(tzinfo=dt.UTC)
    return value.replace(microsecond=0)


def default_event_url(site_url: str) -> Callable[[Event], str]:
    base = site_url.rstrip("/")
    return lambda e: f"{base}/event/{quote(e.id, safe=':')}?lang={quote(e.language)}"


@cache
def _entry_class() -> Any:
    from feedgen.entry import FeedEntry

    class Entry(FeedEntry):  # type: ignore[misc]
        def atom_entry(self, extensions: bool = True) -> Any:
            entry = super().atom_entry(extensions)
            # feedgen 1.0.0 writes an entry link's href only (its attributes are lost to a
            # shadowed name): put back rel, type and hreflang, in the order they were given.
            for el, data in zip(entry.findall("link"), self.link() or [], strict=True):
                for key in ("rel", "type", "hreflang", "title", "length"):
                    if data.get(key):
                        el.set(key, data[key])
            return entry

    return Entry


def render_atom(
    events: Sequence[Event],
    *,
    feed_id: str,
    title: str,
    self_url: str,
    site_url: str,
    event_url: Callable[[Event], str] | None = None,
    updated: dt.datetime | None = None,
) -> str:
    """The feed document for events (newest first as given); ``updated`` defaults to the
    newest entry's time so that the same events always give the same bytes."""
    from feedgen.feed import FeedGenerator

    c = for_markup
    link_of = event_url or default_event_url(site_url)
    moments = [event_moment(e) for e in events]
    newest = updated or (max(moments) if moments else dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    fg = FeedGenerator()
    fg.id(c(feed_id))
    fg.title(c(title))
    fg.updated(as_utc(newest))
    fg.link(href=c(self_url), rel="self", type="application/atom+xml")
    fg.link(href=c(site_url), rel="alternate", type="text/html")
    fg.author(name="daybook")
    fg.generator("daybook")
    for event, moment in zip(events, moments, strict=True):
        entry = fg.add_entry(_entry_class()(), order="append")
        entry.id(c(f"{feed_id.rstrip('/')}/event/{quote(event.id, safe=':')}/"
                   f"{quote(event.language)}"))
        entry.title(c(event.title) or event.id)  # feedgen refuses an empty title
        entry.updated(as_utc(moment))
        if event.published:
            entry.published(as_utc(moment))
        entry.link(href=c(link_of(event)), rel="alternate", type="text/html",
                   hreflang=c(event.language))
        for source in event.sources:
            if is_web_url(source.url):
                entry.link(href=c(source.url.strip()), rel="related")
        for term in (event.kind, *event.tags.geography, *event.tags.topics):
            entry.category(term=c(term))
        lines = [event.date.isoformat()
                 + (f" {event.start.strftime('%H:%M')}" if event.start else "")
                 + (f" — {event.place}" if event.place else "")]
        if event.lead:
            lines.append(event.lead)
        entry.summary(c("\n".join(lines)), type="text")
    body: bytes = fg.atom_str(pretty=True, encoding="utf-8")
    return body.decode("utf-8")

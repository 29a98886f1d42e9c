"""Atom 1.0 feed of events: a pure renderer over model events (RFC 4287).

Built with lxml, so every piece of source text is escaped by construction; only http(s)
URLs become links.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from urllib.parse import quote

from daybook.model import Event

ATOM_NS = "http://www.w3.org/2005/Atom"
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def is_web_url(url: str | None) -> bool:
    """True for absolute http(s) URLs, the only ones daybook turns into links."""
    if not url:
        return False
    low = url.strip().lower()
    return low.startswith(("http://", "https://")) and not any(c.isspace() for c in url.strip())


def _clean(text: str) -> str:
    # XML 1.0 cannot carry most control characters, even escaped.
    return text.translate(_CONTROL)


def event_moment(event: Event) -> dt.datetime:
    """When an event happened or was published, as an aware datetime (midnight UTC if only
    a date is known)."""
    moment = event.updated or event.published or event.start
    if moment is None:
        return dt.datetime.combine(event.date, dt.time(), dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _rfc3339(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def default_event_url(site_url: str) -> Callable[[Event], str]:
    base = site_url.rstrip("/")
    return lambda e: f"{base}/event/{quote(e.id, safe=':')}?lang={quote(e.language)}"


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
    from lxml import etree

    link_of = event_url or default_event_url(site_url)
    feed = etree.Element(f"{{{ATOM_NS}}}feed", nsmap={None: ATOM_NS})

    def sub(parent: etree._Element, tag: str, text: str | None = None,
            **attrs: str) -> etree._Element:
        el = etree.SubElement(parent, f"{{{ATOM_NS}}}{tag}",
                              {k: _clean(v) for k, v in attrs.items()})
        if text is not None:
            el.text = _clean(text)
        return el

    moments = [event_moment(e) for e in events]
    newest = updated or (max(moments) if moments else dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    sub(feed, "id", feed_id)
    sub(feed, "title", title)
    sub(feed, "updated", _rfc3339(newest))
    sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    sub(feed, "link", rel="alternate", href=site_url, type="text/html")
    author = sub(feed, "author")
    sub(author, "name", "daybook")
    sub(feed, "generator", "daybook")
    for event, moment in zip(events, moments, strict=True):
        entry = sub(feed, "entry")
        sub(entry, "id", f"{feed_id.rstrip('/')}/event/{quote(event.id, safe=':')}/"
                         f"{quote(event.language)}")
        sub(entry, "title", event.title)
        sub(entry, "updated", _rfc3339(moment))
        if event.published:
            sub(entry, "published", _rfc3339(event_moment(event)))
        sub(entry, "link", rel="alternate", href=link_of(event), type="text/html",
            hreflang=event.language)
        for source in event.sources:
            if is_web_url(source.url):
                sub(entry, "link", rel="related", href=source.url.strip())
        sub(entry, "category", term=event.kind)
        for tag in (*event.tags.geography, *event.tags.topics):
            sub(entry, "category", term=tag)
        lines = [event.date.isoformat()
                 + (f" {event.start.strftime('%H:%M')}" if event.start else "")
                 + (f" — {event.place}" if event.place else "")]
        if event.lead:
            lines.append(event.lead)
        sub(entry, "summary", "\n".join(lines), type="text")
    body: bytes = etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return body.decode("utf-8")

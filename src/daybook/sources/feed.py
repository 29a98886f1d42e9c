"""News feeds (RSS 2.0, RSS 1.0, Atom 1.0) of an official site: one event per item.

A presidency that publishes no daily listing still publishes a feed of its news; each item
becomes an event with its title, publication time, summary as lead, content as paragraphs
and categories as topics. Ids are the site's host plus the item's own key, e.g.
``elysee.fr:entretien-avec-...``, so that items of two sites never share an id. The feed
format itself is read by feedparser, which copes with the dialects and broken XML found in
the wild and sanitises embedded HTML.

This module is the worked example of docs/extending.md: one module, one registration.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
from typing import Any
from urllib.parse import urlsplit

from daybook.errors import Diagnostic, MalformedInputError
from daybook.model import Block, Event, Source, Tags
from daybook.parsers import Parsed
from daybook.sources.document import Document

# File suffixes a directory walk takes for this source.
SUFFIXES = (".xml", ".rss", ".atom")
# The root element of an RSS or Atom document, after the XML declaration and comments.
_ROOT = re.compile(
    r"<(?:rss\b[^>]*\bversion=|rdf:RDF\b[^>]*purl\.org/rss/1\.0"
    r"|feed\b[^>]*xmlns=[\"']http://www\.w3\.org/2005/Atom)",
    re.IGNORECASE,
)
_HEAD_CHARS = 4096
_TOKEN = re.compile(r"[\w.-]{1,80}")
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote")


def detect(doc: Document) -> bool:
    """An XML document whose root is <rss version=...>, RSS 1.0's rdf:RDF or Atom's <feed>."""
    head = doc.text[:_HEAD_CHARS].lstrip("\ufeff \t\r\n")
    return head.startswith("<") and _ROOT.search(head) is not None


def read(doc: Document) -> Parsed:
    return parse_feed(doc.data, origin=doc.path)


def parse_feed(data: bytes, origin: str = "<feed>") -> Parsed:
    """The events of a feed document (pure: no I/O, relative links stay relative)."""
    import feedparser

    # As if served as XML: feedparser then reports only real faults of the document.
    parsed: Any = feedparser.parse(data, response_headers={"content-type": "application/xml"})
    diagnostics: list[Diagnostic] = []
    if parsed.bozo:
        if not parsed.entries:
            raise MalformedInputError(f"not a readable feed: {parsed.bozo_exception}",
                                      path=origin, remedy="check that the file is RSS or Atom")
        diagnostics.append(Diagnostic("feed-xml", f"repaired: {parsed.bozo_exception}", origin))
    feed = parsed.feed
    site = site_key(str(feed.get("link") or ""), origin)
    language = str(feed.get("language") or "und").split("-")[0].lower() or "und"
    publisher = str(feed.get("title") or site)
    events: list[Event] = []
    seen: set[str] = set()
    for i, entry in enumerate(parsed.entries):
        where = f"{origin}#item[{i + 1}]"
        event = _event(entry, site, language, publisher, where, diagnostics)
        if event is None:
            continue
        if event.id in seen:
            diagnostics.append(Diagnostic("feed-duplicate", f"item id {event.id} again", where))
            continue
        seen.add(event.id)
        events.append(event)
    return Parsed(events=tuple(events), diagnostics=tuple(diagnostics))


def site_key(link: str, origin: str) -> str:
    """The id prefix of a site: its host without ``www.`` (``elysee.fr``)."""
    host = urlsplit(link).hostname or ""
    host = host.removeprefix("www.")
    if not host:
        raise MalformedInputError("the feed names no site (no <link> on the channel or feed)",
                                  path=origin, remedy="only feeds of a web site can be read")
    return host


def item_key(entry: Any) -> str | None:
    """The item's own key: the last segment of a guid or link URL, a guid that is a plain
    token as it is, else a hash of the guid (a tag: URI, text with spaces)."""
    ident = str(entry.get("id") or entry.get("link") or "").strip()
    if not ident:
        return None
    parts = urlsplit(ident)
    if parts.scheme in ("http", "https"):
        tail = parts.path.rstrip("/").rsplit("/", 1)[-1]
        if tail:
            return tail.removesuffix(".html")
    if _TOKEN.fullmatch(ident):
        return ident
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]


def published(entry: Any) -> dt.datetime | None:
    """The item's time with the offset the site wrote (RFC 822 in RSS, RFC 3339 in Atom)."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return dt.datetime.fromisoformat(str(raw))
        except ValueError:
            pass
        try:
            return email.utils.parsedate_to_datetime(str(raw))
        except (TypeError, ValueError):
            continue
    return None


def _paragraphs(html: str, url: str | None, where: str) -> tuple[Block, ...]:
    import lxml.html

    if not html.strip():
        return ()
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    elements = [el for el in root.iter(*_BLOCK_TAGS)
                if not any(a.tag in _BLOCK_TAGS for a in el.iterancestors())]
    texts = [" ".join(el.text_content().split()) for el in elements] or [
        " ".join(root.text_content().split())]
    return tuple(Block("paragraph", t, source_url=url, origin=f"{where}/p[{n}]")
                 for n, t in enumerate(texts, 1) if t)


def _text(html: str) -> str:
    import lxml.html

    if not html.strip():
        return ""
    return " ".join(lxml.html.fragment_fromstring(html, create_parent="div")
                    .text_content().split())


def _event(entry: Any, site: str, language: str, publisher: str, where: str,
           diagnostics: list[Diagnostic]) -> Event | None:
    from daybook.parsers.kinds import kind_from_title

    title = str(entry.get("title") or "")
    detail = entry.get("title_detail") or {}
    title = _text(title) if "html" in str(detail.get("type", "")) else " ".join(title.split())
    key = item_key(entry)
    when = published(entry)
    if not title or key is None or when is None:
        missing = "title" if not title else "guid or link" if key is None else "date"
        diagnostics.append(Diagnostic("feed-item", f"item without a {missing}: skipped",
                                      where, "error"))
        return None
    link = str(entry.get("link") or "") or None
    content = entry.get("content") or []
    body = str(content[0].get("value") or "") if content else ""
    summary = _text(str(entry.get("summary") or ""))
    terms = tuple(dict.fromkeys(str(t.get("term")).strip() for t in entry.get("tags") or []
                                if t.get("term")))
    return Event(
        id=f"{site}:{key}",
        title=title,
        kind=kind_from_title(title),
        date=when.date(),
        language=language,
        # A feed gives when an item was published, not when the event began.
        start=when if when.tzinfo is not None else None,
        time_basis="published" if when.tzinfo is not None else None,
        lead=summary or None,
        sources=(Source(link, publisher=publisher),) if link else (),
        blocks=_paragraphs(body, link, where),
        tags=Tags(topics=terms),
        published=when,
    )

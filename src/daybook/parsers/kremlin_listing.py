"""Daily listing pages of kremlin.ru (``news/by-date/DD.MM.YYYY``) → one ``Listing``.

A listing page is one page of the news stream (about 20 items, newest first) that contains
the requested day. Items are grouped under date headings. The page is cut at both ends:
the first group has no heading when it continues from the newer page, and the last group
may go on in the older page. A date is complete only when its group starts on this page
(a heading, or not the first group) and another, older group follows it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from daybook.errors import Diagnostic, MalformedInputError
from daybook.model import Listing, ListingEntry
from daybook.parsers import Parsed
from daybook.parsers import kremlin_selectors as sel
from daybook.parsers.kremlin import canonical_url, parse_clock, parse_date_text, parse_html
from daybook.parsers.kremlin_blocks import norm

_BY_DATE = re.compile(r"by-date/(\d{1,2})\.(\d{1,2})\.(\d{4})")
_NEWS_ID = re.compile(r"(?:^|/)(\d+)(?:\.html|/?$|[?#])")


def _date_from_path(text: str | None) -> dt.date | None:
    if not text:
        return None
    m = _BY_DATE.search(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _classes(el: Any) -> set[str]:
    return set((el.get("class") or "").split())


def _time_of(el: Any) -> tuple[dt.date | None, dt.time | None]:
    for t in el.iter("time"):
        attr = t.get("datetime") or ""
        text = norm(t.text_content())
        date = parse_date_text(attr) or parse_date_text(text)
        clock = parse_clock(text.split(",")[-1]) if "," in text else None
        if clock is None and "T" in attr:
            clock = parse_clock(attr[10:])
        return date, clock
    return None, None


def _site_home(root: Any) -> str | None:
    for href in root.xpath("//link[@rel='home']/@href"):
        if str(href).startswith("http"):
            return str(href).rstrip("/")
    return None


def _entry(item: Any, group_date: dt.date | None, home: str | None) -> ListingEntry | None:
    links = [a for a in item.iter("a") if a.get("href")]
    ident = item.get("data-id")
    href = links[0].get("href") if links else None
    if not ident and href:
        m = _NEWS_ID.search(href)
        ident = m.group(1) if m else None
    if not ident or not ident.isdigit():
        return None
    title_els = [e for e in item.iter() if "entry-title" in _classes(e)]
    title = (
        norm(title_els[0].text_content())
        if title_els
        else norm(links[0].text_content() if links else "")
    )
    date, clock = _time_of(item)
    date = date or group_date
    if date is None or not title:
        return None
    # Mirrors rewrite links to relative paths; the canonical address is rebuilt.
    url = f"{home}/events/president/news/{ident}" if home else href
    return ListingEntry(id=f"kremlin:{ident}", date=date, title=title, url=url, time=clock)


def parse_listing(html: str, *, origin: str = "<html>") -> Parsed:
    """Entries of a listing page in page order (newest first) and its complete dates."""
    root = parse_html(html, origin)
    url = canonical_url(root)
    containers = root.xpath("//*[@id='events']") or root.xpath(
        f"//*[{sel.has_class('lister-page')}]"
    )
    if not containers:
        raise MalformedInputError(
            "not a listing page: no events list",
            path=origin,
            remedy="event pages are read with parse_event_page",
        )
    home = _site_home(root)
    page_date = _date_from_path(url) or _date_from_path(origin)
    for el in root.xpath("//*[@data-path]"):
        path = str(el.get("data-path"))
        if "by-date/" in path:
            page_date = page_date or _date_from_path(path)
            if url is None and home and path.startswith("/"):
                url = home + path
            break
    if page_date is None:
        for el in root.xpath("//*[@data-value]"):
            page_date = parse_date_text(el.get("data-value") or "")
            if page_date:
                break
    diags: list[Diagnostic] = []
    # Groups in page order: [date, starts_here, entries]
    groups: list[tuple[dt.date, bool, list[ListingEntry]]] = []
    heading_date: dt.date | None = None
    pending_heading = False
    for el in containers[0].iter("h2", "div", "article", "li"):
        cls = _classes(el)
        if el.tag == "h2" and "events__title" in cls:
            heading_date, _ = _time_of(el)
            heading_date = heading_date or parse_date_text(norm(el.text_content()))
            pending_heading = heading_date is not None
            continue
        if "hentry" not in cls:
            continue
        entry = _entry(el, heading_date, home)
        if entry is None:
            diags.append(Diagnostic("K301", "listing item without id, title or date", origin))
            continue
        if not groups or groups[-1][0] != entry.date:
            starts_here = pending_heading and heading_date == entry.date
            groups.append((entry.date, starts_here or bool(groups), []))
        pending_heading = False
        groups[-1][2].append(entry)
    entries = tuple(e for _, _, items in groups for e in items)
    complete = tuple(
        date
        for i, (date, starts_here, _) in enumerate(groups)
        if starts_here and i + 1 < len(groups)
    )
    if page_date is None:
        diags.append(Diagnostic("K302", "listing page date not found", origin))
        page_date = groups[0][0] if groups else None
    if page_date is None:
        raise MalformedInputError("listing page without a date or items", path=origin)
    listing = Listing(page_date=page_date, url=url, entries=entries, complete_dates=complete)
    return Parsed(listings=(listing,), diagnostics=tuple(diags))

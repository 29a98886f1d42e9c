"""Event pages of en.kremlin.ru and kremlin.ru → one ``Event``.

Pure: HTML text in, a ``Parsed`` out. The page is parsed once with lxml; selectors and
words come from ``kremlin_selectors``; the body is read by ``kremlin_blocks``; listings by
``kremlin_listing``. Clock times on the site are Moscow time; ``start`` is that moment in
the zone of the event's place.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

import lxml.etree
import lxml.html

from daybook.enrich.zones import site_clock_to_zone, zone_for_place, zoneinfo
from daybook.errors import Diagnostic, MalformedInputError
from daybook.model import Event, Photo, Source, Status, Tags
from daybook.parsers import Parsed
from daybook.parsers import kremlin_selectors as sel
from daybook.parsers.kinds import event_kind
from daybook.parsers.kremlin_blocks import norm, parse_body
from daybook.parsers.speakers import person_tag_name
from daybook.parsers.urls import url_host, url_path

_ID_IN_URL = re.compile(r"/(?:news|transcripts|trips|events/[\w/-]+?)/(\d+)(?:[/?#.]|$)")
_ANY_ID = re.compile(r"/(\d{2,})(?:/|\.html|$)")
_CLOCK = re.compile(r"(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?!\d)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_EN_DATE = re.compile(r"([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})")
_RU_DATE = re.compile(r"(\d{1,2})\s+([а-яё]+)\s+(\d{4})", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Characters libxml2 cannot hold in a tree: control characters, surrogates, U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


@cache
def _xpath(expr: str) -> lxml.etree.XPath:
    return lxml.etree.XPath(expr)


@cache
def _parser(huge: bool = False) -> lxml.html.HTMLParser:
    # huge_tree off first: libxml2's depth (256) and text-node (10 MB) limits stay on.
    # collect_ids off: nothing looks elements up by id, and the id table costs time.
    return lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, huge_tree=huge, recover=True, collect_ids=False
    )


def _stopped(parser: lxml.html.HTMLParser) -> str | None:
    """Why libxml2 stopped early (it then drops the rest of the page, silently)."""
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    return fatal[0].message.strip() if fatal else None


def _parse(text: str, origin: str, huge: bool) -> tuple[Any, str | None]:
    parser = _parser(huge)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError, lxml.etree.XMLSyntaxError) as exc:
        raise MalformedInputError(
            f"not readable as HTML ({exc})", path=origin, remedy="check the download"
        ) from exc
    if root is None:
        raise MalformedInputError("not readable as HTML", path=origin)
    return root, _stopped(parser)


def parse_html(html: str, origin: str, diags: list[Diagnostic] | None = None) -> Any:
    """The lxml document of a page; MalformedInputError when there is none.

    A page nested deeper than 256 levels or with a text node over 10 MB is read again with
    libxml2's limits lifted (the input is already bounded in bytes), and said so in
    ``diags``; whatever the parser still drops is reported as an error, never silently.
    """
    text = _NOT_XML.sub("", _XML_DECL.sub("", html, count=1))
    if not text.strip():
        raise MalformedInputError("empty page", path=origin, remedy="check the download")
    root, stopped = _parse(text, origin, huge=False)
    if stopped is None:
        return root
    root, still = _parse(text, origin, huge=True)
    notes = diags if diags is not None else []
    notes.append(Diagnostic("K104", f"the HTML parser hit a limit ({stopped}); "
                            "read again with the limits lifted", origin))
    if still is not None:
        notes.append(Diagnostic("K105", f"the HTML parser stopped early ({still}); the rest "
                                "of the page is lost", origin, "error"))
    return root


def meta_content(root: Any, prop: str) -> str | None:
    # The head first: scanning a whole page for metas costs more than the rest of them.
    for where in ("/html/head/meta", "//meta"):
        for m in _xpath(f"{where}[@property='{prop}' or @name='{prop}']")(root):
            value = m.get("content")
            if value and value.strip():
                return str(value).strip()
    return None


def canonical_url(root: Any) -> str | None:
    """og:url; else an absolute canonical link; else the reader's data-href."""
    url = meta_content(root, "og:url")
    if url:
        return url
    for link in _xpath("//link[@rel='canonical']/@href")(root):
        if str(link).startswith("http"):
            return str(link)
    for href in _xpath("//div[contains(@class, 'read')]/@data-href")(root):
        if str(href).startswith("http"):
            return str(href)
    return None


def event_id(url: str | None, root: Any) -> str | None:
    if url:
        m = _ID_IN_URL.search(url) or _ANY_ID.search(url_path(url))
        if m:
            return m.group(1)
    for art_id in _xpath("//article/@id")(root):
        m = re.search(r"(\d+)$", str(art_id))
        if m:
            return m.group(1)
    return None


def page_language(root: Any, url: str | None) -> str:
    lang = (root.get("lang") or "").strip().lower()
    if not lang:
        for value in _xpath("/html/head/meta[@itemprop='inLanguage']/@content")(root):
            lang = str(value).strip().lower()
            break
    if lang[:2] in ("en", "ru"):
        return lang[:2]
    host = url_host(url)
    return sel.HOSTS.get(host or "", "ru" if host and host.endswith("kremlin.ru") else "en")


def parse_date_text(text: str) -> dt.date | None:
    """A date as the site writes it: "February 9, 2019", "9 февраля 2019 года", ISO."""
    for rx, order in ((_ISO_DATE, "ymd"), (_EN_DATE, "mdy"), (_RU_DATE, "dmy")):
        m = rx.search(text)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        mnum = int(month) if month.isdigit() else sel.MONTHS.get(month.casefold())
        if mnum is None:
            continue
        try:
            return dt.date(int(parts["y"]), mnum, int(parts["d"]))
        except ValueError:
            continue
    return None


def parse_clock(text: str | None) -> dt.time | None:
    """ "17:10" → 17:10; "00:00" (the site's "no time") and no time → None."""
    if not text:
        return None
    m = _CLOCK.search(text)
    if not m:
        return None
    clock = dt.time(int(m.group(1)), int(m.group(2)))
    return None if clock == dt.time(0, 0) else clock


def _time_element(el: Any) -> tuple[dt.date | None, dt.time | None]:
    """Date and clock of a ``time`` element: its datetime attribute, then its text."""
    attr = el.get("datetime") or ""
    text = norm(el.text_content())
    date = parse_date_text(attr) or parse_date_text(text)
    after = text.split(",")[-1] if "," in text else ""
    clock = parse_clock(attr[10:]) if "T" in attr else None
    return date, clock or parse_clock(after if _CLOCK.search(after) else text[-6:])


def _first_text(scope: Any, expr: str) -> str | None:
    for el in _xpath(expr)(scope):
        text = norm(el.text_content())
        if text:
            return text
    return None


def read_tags(scope: Any) -> Tags:
    found: dict[str, list[str]] = {"geography": [], "topics": [], "persons": []}
    for col in _xpath(sel.TAG_COLUMNS)(scope):
        heading = _first_text(col, ".//h3 | .//h2 | .//h4")
        field_name = sel.TAG_HEADINGS.get((heading or "").casefold())
        if not field_name:
            continue
        for li in col.iter("li"):
            if "read__tagsmore" in (li.get("class") or ""):
                continue
            text = norm(li.text_content())
            if field_name == "persons":
                # A tag's name without the title some tags carry after it.
                text = person_tag_name(text)
            if text and text not in found[field_name]:
                found[field_name].append(text)
    return Tags(tuple(found["geography"]), tuple(found["topics"]), tuple(found["persons"]))


def _status_line(text: str, folded: str, labels: tuple[str, ...]) -> str | None:
    """What follows one of ``labels`` at the start of ``text`` (``folded``: casefolded)."""
    for label in labels:
        if folded.startswith(_casefold(label)):
            return text[len(label) :].lstrip(" :")
    return None


@cache
def _casefold(label: str) -> str:
    return label.casefold()


def _moscow(date: dt.date | None, clock: dt.time | None) -> dt.datetime | None:
    if date is None:
        return None
    return dt.datetime.combine(date, clock or dt.time(0, 0), tzinfo=zoneinfo(sel.SITE_ZONE))


def read_status(scope: Any) -> tuple[tuple[str, ...], dt.datetime | None, dt.datetime | None]:
    """Sections, publication moment and last update from the publication status box."""
    sections: tuple[str, ...] = ()
    published = updated = None
    for box in _xpath(sel.STATUS)(scope):
        for p in box.iter("p", "div", "li"):
            text = norm(p.text_content())
            folded = text.casefold()
            rest = _status_line(text, folded, sel.SECTION_LABELS)
            if rest is not None:
                links = [norm(a.text_content()) for a in p.iter("a")]
                sections = tuple(s for s in (links or rest.split(",")) if s.strip())
                sections = tuple(norm(s) for s in sections)
                continue
            for labels, is_pub in ((sel.PUBLISHED_LABELS, True), (sel.UPDATED_LABELS, False)):
                rest = _status_line(text, folded, labels)
                if rest is None:
                    continue
                times = list(p.iter("time"))
                if times:
                    date, clock = _time_element(times[0])
                else:
                    date, clock = parse_date_text(rest), parse_clock(rest.split(",")[-1])
                moment = _moscow(date, clock)
                if is_pub:
                    published = published or moment
                else:
                    updated = updated or moment
    return sections, published, updated


def _photo(number: int, caption: str, credit: str | None, url: str | None) -> Photo:
    credit = norm(credit).strip(" .") or None
    for prefix in sel.CREDIT_PREFIXES:
        if credit and credit.startswith(prefix):
            credit = credit[len(prefix) :].strip() or None
    # The site's licence covers its own photos; agency photos (TASS, RIA) are excluded.
    return Photo(number, caption, credit, sel.LICENSE if credit is None else None, url)


def _credit_after(full: str, caption: str) -> str | None:
    full, caption = norm(full), norm(caption)
    if caption and full.startswith(caption):
        return full[len(caption) :] or None
    return None


def read_photos(scope: Any, photos_scope: Any | None) -> list[Photo]:
    """Photos with captions and credits: the photos page first (it has them all), then
    any photo of the event page it lacks."""
    items: list[tuple[str, str, str | None, str | None]] = []  # key, caption, credit, url
    if photos_scope is not None:
        for img in _xpath(sel.PHOTOSET_IMAGE)(photos_scope):
            caption = norm(img.get("data-text"))
            alt = norm(img.get("alt"))
            link = img.getparent()
            url = link.get("href") if link is not None and link.tag == "a" else img.get("src")
            key = img.get("id") or url or caption
            items.append((key, caption or alt, _credit_after(alt, caption), url))
    for slide in _xpath(sel.SLIDE)(scope):
        desc = norm(slide.get("data-cycle-desc"))
        imgs = list(slide.iter("img"))
        blocks = _xpath(sel.SLIDE_BLOCK)(slide)
        caption = norm(blocks[0].get("data-text")) if blocks else ""
        if not caption and imgs:
            caption = norm(imgs[0].get("data-text") or imgs[0].get("alt"))
        key = (imgs[0].get("id") if imgs else None) or caption
        url = imgs[0].get("src") if imgs else None
        items.append((key, caption or desc, _credit_after(desc, caption), url))
    have_set = bool(items)
    for box in _xpath(sel.MEDIA_BOX)(scope):
        names = _xpath(".//meta[@itemprop='name']/@content")(box)
        title = _first_text(box, sel.MEDIA_TITLE) or ""
        caption = norm(str(names[0])) if names else title
        imgs = list(box.iter("img"))
        url = imgs[0].get("src") if imgs else None
        key = imgs[0].get("id") if imgs else None
        if key is None and have_set:
            continue  # the photos page shows this photo with its id; skip the copy
        items.append((key or url or caption, caption, _credit_after(title, caption), url))
    seen: set[str] = set()
    photos: list[Photo] = []
    for key, caption, credit, url in items:
        if key in seen or not (caption or url):
            continue
        seen.add(key)
        photos.append(_photo(len(photos) + 1, caption, credit, url))
    return photos


def _is_announcement(meta_text: str, sections: tuple[str, ...]) -> bool:
    head = meta_text[:40].casefold()
    return any(head.startswith(w.casefold()) for w in sel.ANNOUNCEMENT_WORDS) or any(
        s.casefold() in sel.ANNOUNCEMENT_SECTIONS for s in sections
    )


def place_clock(place: str | None, date: dt.date, clock: dt.time | None, where: str,
                diags: list[Diagnostic]) -> tuple[str, dt.datetime | None]:
    """The place's IANA zone and the site's Moscow clock shown in it (None: no clock)."""
    zone = zone_for_place(place)
    if place and not zone.known:
        diags.append(Diagnostic(
            "K101", f"place {place!r} not in the zones table; assumed {zone.zone}", where, "info"))
    start = site_clock_to_zone(date, clock, zone.zone, site_zone=sel.SITE_ZONE) if clock else None
    return zone.zone, start


def parse_event_page(
    html: str, *, origin: str = "<html>", photos_html: str | None = None,
    max_blocks: int | None = None,
) -> Parsed:
    """One event from an event page; ``photos_html`` is its ``photos.html`` companion;
    the body stops at ``max_blocks`` blocks (with a diagnostic)."""
    diags: list[Diagnostic] = []
    root = parse_html(html, origin, diags)
    url = canonical_url(root)
    number = event_id(url, root)
    if number is None:
        raise MalformedInputError(
            "no og:url and no event id",
            path=origin,
            remedy="pass a saved kremlin.ru event page (news/<id>.html)",
        )
    articles = _xpath(sel.ARTICLE)(root)
    if not articles:
        raise MalformedInputError(
            "not an event page: no article body",
            path=origin,
            remedy="listing pages are read with parse_listing",
        )
    art = articles[0]
    language = page_language(root, url)
    title = _first_text(art, sel.TITLE) or norm(meta_content(root, "og:title"))
    if not title:
        raise MalformedInputError("not an event page: no title", path=origin)

    metas = _xpath(sel.META)(art)
    meta = metas[0] if metas else art
    meta_text = norm(metas[0].text_content()) if metas else ""
    date = clock = None
    for el in _xpath(sel.PUBLISHED_TIME)(meta):
        date, clock = _time_element(el)
        break
    clock = parse_clock(_first_text(meta, sel.CLOCK)) or clock
    sections, published, updated = read_status(art)
    if date is None:
        date = parse_date_text(meta_text) or (published.date() if published else None)
    if date is None:
        upload = meta_content(root, "ya:ovs:upload_date")
        date = parse_date_text(upload) if upload else None
    if date is None:
        raise MalformedInputError("no event date on the page", path=origin)

    announced = None
    if _is_announcement(meta_text, sections):
        announced, date = date, (published.date() if published else date)
        clock = None
    place = _first_text(meta, sel.PLACE)
    zone, start = place_clock(place, date, clock, "read__place", diags)
    tags = read_tags(art)
    kind = event_kind(title, sections, announcement=announced is not None)
    lead = _first_text(art, sel.LEAD)

    bodies = _xpath(sel.BODY)(art)
    blocks: tuple[Any, ...] = ()
    status = Status()
    photos_root = _photos_root(photos_html, origin, diags)
    photos = read_photos(bodies[0] if bodies else art, photos_root)
    if bodies:
        body = parse_body(bodies[0], known_names=tags.persons, kind=kind, source_url=url,
                          max_blocks=max_blocks, title=title or "", lead=lead)
        blocks = tuple(body.blocks)
        status = Status(continued=body.continued, elided=body.elided)
        diags.extend(body.diagnostics)
    else:
        diags.append(Diagnostic("K102", "no article body (entry-content)", origin))

    host = url_host(url)
    publisher = host if host in sel.HOSTS else sel.PUBLISHERS.get(language)
    event = Event(
        id=f"kremlin:{number}",
        title=title,
        kind=kind,
        date=date,
        language=language,
        start=start,
        timezone=zone,
        time_basis="published" if start else None,
        place=place,
        lead=lead,
        sources=(Source(url or origin, publisher, sel.LICENSE),),
        blocks=blocks,
        photos=tuple(photos),
        tags=tags,
        status=status,
        published=published,
        updated=updated,
        announced_date=announced,
        sections=sections,
    )
    return Parsed(events=(event,), diagnostics=tuple(diags))


def _photos_root(photos_html: str | None, origin: str, diags: list[Diagnostic]) -> Any:
    if not photos_html:
        return None
    try:
        return parse_html(photos_html, origin + " (photos)")
    except MalformedInputError as exc:
        diags.append(Diagnostic("K103", f"photos page unreadable: {exc.message}", origin))
        return None

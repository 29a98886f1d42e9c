"""en.kremlin.ru and kremlin.ru pages: tell them apart and read them.

Event pages (``news/<id>.html``) are read together with their ``news/<id>/photos.html``
companion when it lies beside them; listing pages (``news/by-date/DD.MM.YYYY.html``) give a
``Listing``. Companion pages on their own (``photos.html``, ``print.html``) yield nothing:
they are read with their event page. This module may read files; the parsers may not.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

from daybook.errors import Diagnostic, InputError
from daybook.limits import DEFAULT_LIMITS, ReadLimits
from daybook.parsers import Parsed
from daybook.sources.document import Document, read_document

# Companion pages of an event: news/<id>/photos.html, news/<id>/print.html (and videos).
COMPANION_NAMES = frozenset({"photos.html", "print.html", "videos.html", "photos", "print"})
_SITE_NAME = re.compile(
    r"""<meta[^>]+property=["']og:site_name["'][^>]+content=["'](?:President of Russia|"""
    r"""Президент России)["']""",
    re.IGNORECASE,
)
_OG_URL = re.compile(
    r"""<meta[^>]+property=["']og:url["'][^>]+content=["']https?://(?:en\.|www\.)?kremlin\.ru/""",
    re.IGNORECASE,
)
_LISTING_PATH = re.compile(r"by-date/\d{1,2}\.\d{1,2}\.\d{4}")
_HEAD_CHARS = 64 * 1024


def is_companion(path: str) -> bool:
    """True for ``news/<id>/photos.html`` or ``print.html``: read with the event page."""
    p = PurePath(path)
    return p.name in COMPANION_NAMES and p.parent.name.isdigit()


def detect(doc: Document) -> bool:
    """HTML from kremlin.ru or en.kremlin.ru: site name, og:url host, or the read__ markup."""
    head = doc.text[:_HEAD_CHARS]
    if "<" not in head:
        return False
    if _OG_URL.search(head) or _SITE_NAME.search(head):  # the cheaper test first
        return True
    return 'class="read__' in doc.text or ("hentry" in doc.text and "events__title" in doc.text)


def _is_listing(doc: Document) -> bool:
    if _LISTING_PATH.search(doc.path.replace("\\", "/")):
        return True
    text = doc.text
    return "lister-page" in text and "read__in" not in text


def photos_path(path: str) -> Path:
    """``news/<id>.html`` → ``news/<id>/photos.html``."""
    p = Path(path)
    return p.with_suffix("") / "photos.html"


def read(doc: Document, limits: ReadLimits = DEFAULT_LIMITS) -> Parsed:
    """Parse a kremlin.ru document: an event page, a listing page or a companion page."""
    if is_companion(doc.path) or _is_listing(doc):
        return read_page(doc, None, limits)
    photos_html = None
    extra: list[Diagnostic] = []
    sibling = photos_path(doc.path)
    if sibling.is_file():
        try:
            photos_html = read_document(sibling, max_bytes=limits.max_bytes).text
        except InputError as exc:
            extra.append(Diagnostic("K002", f"photos page skipped: {exc.message}", str(sibling)))
    parsed = _read_event(doc, photos_html, limits)
    if extra:
        parsed = Parsed(
            days=parsed.days,
            events=parsed.events,
            listings=parsed.listings,
            diagnostics=parsed.diagnostics + tuple(extra),
        )
    return parsed


def read_page(doc: Document, photos_html: str | None,
              limits: ReadLimits = DEFAULT_LIMITS) -> Parsed:
    """Parse a kremlin.ru document whose photos page (if any) is already in hand: the
    fetcher's way, where the two come from the network or the WARC, not from a folder."""
    from daybook.parsers.kremlin_listing import parse_listing

    if is_companion(doc.path):
        return Parsed(
            diagnostics=(
                Diagnostic("K001", "companion page, read with its event page", doc.path, "info"),
            )
        )
    if _is_listing(doc):
        return parse_listing(doc.text, origin=doc.path)
    return _read_event(doc, photos_html, limits)


def _read_event(doc: Document, photos_html: str | None, limits: ReadLimits) -> Parsed:
    """An event page (known not to be a companion or a listing) and its photos page."""
    from daybook.parsers.kremlin import parse_event_page

    return parse_event_page(doc.text, origin=doc.path, photos_html=photos_html,
                            max_blocks=limits.max_blocks)

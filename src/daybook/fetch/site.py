"""The sites' path layout, their base URLs (``--site LANG=URL``), and what a listing page
says of its neighbours. Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from daybook.errors import InputError

DEFAULT_SITES = {"en": "http://en.kremlin.ru", "ru": "http://kremlin.ru"}
NEWS = "/events/president/news"
_ALTERNATE = re.compile(
    r"""<link\b[^>]*\brel=["']alternate["'][^>]*>""", re.IGNORECASE)
_HREFLANG = re.compile(r"""hreflang=["']([a-z-]+)["']""", re.IGNORECASE)
_HREF = re.compile(r"""href=["']([^"']+)["']""", re.IGNORECASE)
_NEWS_ID = re.compile(r"/events/president/news/(\d+)(?:[/?#.]|$)")
_DATA = re.compile(r"""data-(page|pages|url-template)=["']([^"']*)["']""")


@dataclass(frozen=True, slots=True)
class Site:
    """One language's site: ``base`` is where requests go, ``canonical`` what the site
    calls itself (the key of the archive, whatever mirror served the page)."""

    language: str
    base: str
    canonical: str

    def url(self, path: str) -> str:
        return self.base + path

    def canonical_url(self, path: str) -> str:
        return self.canonical + path

    def to_canonical(self, url: str) -> str:
        """The canonical form of a URL under ``base`` (other URLs are returned as they are)."""
        if url.startswith(self.base + "/") or url == self.base:
            return self.canonical + url[len(self.base):]
        return url

    def owns(self, url: str) -> bool:
        """True for a URL on this site: its base's host, or the canonical host (http or
        https), which a mirror may still redirect to."""
        host = urlsplit(url).netloc.lower()
        return host in (urlsplit(self.base).netloc.lower(),
                        urlsplit(self.canonical).netloc.lower())

    def rebase(self, url: str) -> str:
        """A URL on the canonical host (any scheme), sent to ``base`` instead."""
        parts = urlsplit(url)
        if parts.netloc.lower() == urlsplit(self.canonical).netloc.lower():
            rest = parts.path + (f"?{parts.query}" if parts.query else "")
            return self.base + rest
        return url


def by_date_path(date: dt.date) -> str:
    return f"{NEWS}/by-date/{date:%d.%m.%Y}"


def page_path(template: str, page: int) -> str:
    return template.replace("PAGE", str(page))


def event_path(news_id: str) -> str:
    return f"{NEWS}/{news_id}"


def photos_path(news_id: str) -> str:
    return f"{NEWS}/{news_id}/photos"


FEED_PATH = f"{NEWS}/feed"


def sites_for(languages: list[str], overrides: dict[str, str]) -> list[Site]:
    """The sites to fetch, ``overrides`` (from ``--site``) replacing base URLs."""
    sites = []
    for lang in languages:
        if lang not in DEFAULT_SITES:
            raise InputError(f"no site for language {lang!r}",
                             remedy=f"choose among {', '.join(sorted(DEFAULT_SITES))}")
        base = overrides.get(lang, DEFAULT_SITES[lang]).rstrip("/")
        sites.append(Site(lang, base, DEFAULT_SITES[lang]))
    return sites


def parse_site_option(value: str) -> tuple[str, str]:
    """``LANG=URL`` → (lang, url)."""
    lang, sep, url = value.partition("=")
    if not sep or not lang or urlsplit(url).scheme not in ("http", "https"):
        raise InputError(f"--site {value!r} is not LANG=URL",
                         remedy="write it like --site en=http://mirror.example:8080")
    return lang.strip(), url.strip()


@dataclass(frozen=True, slots=True)
class Paging:
    """Where a listing page sits in the news stream: its page number, how many there are,
    and how to name another page (``/events/president/news/page/PAGE``)."""

    page: int | None
    pages: int | None
    template: str | None


def paging(html: str) -> Paging:
    found: dict[str, str] = {}
    for m in _DATA.finditer(html):
        found.setdefault(m.group(1), m.group(2))
    page, pages = found.get("page", ""), found.get("pages", "")
    template = found.get("url-template") or None
    if template and "PAGE" not in template:
        template = None
    return Paging(int(page) if page.isdigit() else None,
                  int(pages) if pages.isdigit() else None, template)


def alternate_id(html: str, language: str, page_url: str) -> str | None:
    """The news id of the page's link to its ``language`` version, if it has one."""
    end = html.find("</head>")
    head = html[: end if end > 0 else 200_000]
    first = head.lower().find("alternate")
    if first < 0:
        return None
    # A tag holds no ">": the first one naming "alternate" begins after the last ">"
    # before that word, and no tag before it can match (a head is mostly icon links).
    for tag in _ALTERNATE.findall(head, head.rfind(">", 0, first) + 1):
        lang = _HREFLANG.search(tag)
        href = _HREF.search(tag)
        if lang and href and lang.group(1).lower().startswith(language):
            m = _NEWS_ID.search(urljoin(page_url, href.group(1)))
            return m.group(1) if m else None
    return None


def links_photos(body: bytes, nid: str) -> bool:
    """True when an event page links its photos page (``.../<id>/photos``, also as a
    mirror's ``<id>/photos.html``)."""
    return f"/{nid}/photos".encode() in body or f'"{nid}/photos'.encode() in body


def news_id(url: str) -> str | None:
    m = _NEWS_ID.search(url)
    return m.group(1) if m else None


def url_kind(url: str) -> str:
    """What a site URL is: listing, page (of the stream), event, photos, feed, robots, other."""
    path = urlsplit(url).path.rstrip("/")
    if "/by-date/" in path:
        return "listing"
    if re.search(r"/news/page/\d+$", path):
        return "page"
    if path.endswith("/photos") and news_id(path):
        return "photos"
    if re.search(r"/news/\d+$", path):
        return "event"
    if path.endswith("/feed"):
        return "feed"
    if path == "/robots.txt":
        return "robots"
    return "other"

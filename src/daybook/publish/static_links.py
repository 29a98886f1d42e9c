"""Where each page of the site lies in the static edition, and its links made relative.

Pure functions: a site URL (path and query) gives one file name that any static host and
``file://`` can open (no ``?``, no ``:``), and every ``href``, ``src`` and ``action`` of a
page is rewritten as a path relative to the page's own file, so the edition works from
any folder, on disk or behind any base URL.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
from collections.abc import Callable
from urllib.parse import parse_qsl, quote, unquote, urlsplit

# What a file name may keep as it is (Unicode letters and digits, '-', '.'); anything else,
# '_' included, is written _hex_ so that two URLs never share a file.
_UNSAFE = re.compile(r"[^\w.-]|_")
# The suffix a response's media type gives a file whose URL has none.
SUFFIXES = {"text/html": ".html", "application/atom+xml": ".atom", "text/calendar": ".ics",
            "application/json": ".json", "text/plain": ".txt", "text/markdown": ".md",
            "image/jpeg": ".jpg", "image/webp": ".webp", "image/svg+xml": ".svg"}
# An attribute holding a link, as the templates write them (double quotes, escaped).
_LINK_ATTR = re.compile(r'\b(href|src|action)="([^"]*)"')


def _safe(segment: str) -> str:
    out = _UNSAFE.sub(lambda m: f"_{ord(m.group()):x}_", segment)
    return "_2e_" + out[1:] if out.startswith(".") else out or "_"


def site_url(url: str) -> str:
    """A link as the site writes it, reduced to path and query (fragment dropped)."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def file_for(url: str, media_type: str = "text/html") -> str:
    """The file (POSIX path under the edition's folder) that holds the site's ``url``.

    ``/`` is ``index.html``, ``/day/2019-05-08?lang=en`` is ``day/2019-05-08~lang-en.html``,
    ``/event/kremlin:60000`` is ``event/kremlin_3a_60000.html``; any other URL with its own
    suffix (``/feed.atom``, ``/day/2019-05-08.json``) keeps it, the query going before it.
    Every HTML page gets ``.html`` added, so ``/day/D.html`` (a download) is not ``/day/D``."""
    parts = urlsplit(url)
    segments = [_safe(unquote(s)) for s in parts.path.strip("/").split("/") if s]
    name = segments.pop() if segments else "index"
    base = media_type.split(";")[0].strip().lower()
    wanted = SUFFIXES.get(base, "")
    stem, dot, suffix = name.rpartition(".")
    if base == "text/html":
        ext = ".html"  # always added: /day/D.html (a download) is not the page /day/D
    elif dot and stem and "." + suffix.lower() == wanted:
        name, ext = stem, "." + suffix
    else:
        ext = "" if dot else wanted
    query = sorted(parse_qsl(parts.query, keep_blank_values=False))
    if query:
        name += "".join(f"~{_safe(k)}-{_safe(v)}" for k, v in query)
    return "/".join([*segments, name + ext])


def relative(target: str, source: str) -> str:
    """The link from the file ``source`` to the file ``target`` (both under the root),
    percent-encoded for an ``href``."""
    return _relative(target, posixpath.dirname(source) or ".")


# Remembered: an edition's pages lie in a few folders and link the same pages again and again.
@functools.lru_cache(maxsize=1 << 16)
def _relative(target: str, folder: str) -> str:
    return quote(posixpath.relpath(target, folder), safe="/~-._")


def rewrite_links(page: str, source: str, resolve: Callable[[str], str | None]) -> str:
    """``page`` (the HTML of file ``source``) with every site-absolute link (``/...``)
    pointing at the file ``resolve`` gives for it, relative to ``source``. A link the edition
    has no file for loses its target (``resolve`` returns None): the text stays readable, the
    link goes nowhere rather than to a file that is not there. Links to other hosts and
    fragments stay as they are."""

    done: dict[str, str] = {}  # a page repeats its links (the ¶ and cite of each paragraph)

    def one(m: re.Match[str]) -> str:
        whole = m.group(0)
        found = done.get(whole)
        if found is None:
            found = done[whole] = made(m.group(1), m.group(2), whole)
        return found

    def made(attr: str, raw: str, whole: str) -> str:
        value = html.unescape(raw) if "&" in raw else raw
        if not value.startswith("/") or value.startswith("//"):
            return whole
        path, _, fragment = value.partition("#")
        target = resolve(path)
        if target is None:
            return f'data-unavailable="{raw}"' if attr == "href" else whole
        target, _, own = target.partition("#")
        target, _, query = target.partition("?")
        fragment = fragment or own
        link = relative(target, source) + (f"?{query}" if query else "") + (
            f"#{fragment}" if fragment else "")
        return f'{attr}="{html.escape(link, quote=True)}"'

    return _LINK_ATTR.sub(one, page)


def page_links(page: str) -> list[str]:
    """The site-absolute links of an HTML page (``href`` and ``src``), as site URLs, each
    once."""
    out = []
    for attr, raw in dict.fromkeys(_LINK_ATTR.findall(page)):  # each once, in page order
        value = html.unescape(raw) if "&" in raw else raw
        if value.startswith("/") and not value.startswith("//") and attr != "action":
            out.append(site_url(value))
    return out


def redirect_page(target: str, source: str) -> str:
    """A page that sends the reader on to ``target`` (an alias of a page, kept so that
    links made to the alias still lead somewhere)."""
    link = html.escape(relative(target, source), quote=True)
    return (f'<!doctype html><html><head><meta charset="utf-8">'
            f'<meta http-equiv="refresh" content="0; url={link}">'
            f'<link rel="canonical" href="{link}"><title>→</title></head>'
            f'<body><p><a href="{link}">{link}</a></p></body></html>\n')

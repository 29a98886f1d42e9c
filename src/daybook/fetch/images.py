"""The pictures of the events fetched (``daybook fetch --images``), into the same archive.

After the days' pages, each stored event of those days names its photos (``Photo.url``,
on the site's media host ``static.kremlin.ru``); each one not captured yet is asked for
through the same client (robots.txt, pacing, retries, size bound) and kept in the WARC
like any page. The body must be an image (JPEG, PNG, GIF or WebP by its first bytes,
whatever the Content-Type says): anything else is reported and not counted as a picture.
A picture that cannot be had never makes its day incomplete: the event is whole without
it, and the next run with ``--images`` asks again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from daybook.fetch.client import Client
from daybook.fetch.site import Site
from daybook.store.base import Store
from daybook.store.captures import UrlStatus

MEDIA_KEY = "media"
MEDIA_SITE = "http://static.kremlin.ru"
# The first bytes of the image formats a page may show.
_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")


@dataclass(slots=True)
class ImageReport:
    fetched: int = 0
    kept: int = 0  # captured by an earlier run
    problems: list[str] = field(default_factory=list)


def media_site(overrides: dict[str, str]) -> Site:
    """The media host, or where ``--site media=URL`` sends its requests."""
    base = overrides.get(MEDIA_KEY, MEDIA_SITE).rstrip("/")
    return Site(MEDIA_KEY, base, MEDIA_SITE)


def is_image(body: bytes) -> bool:
    return body.startswith(_MAGIC) or (body[:4] == b"RIFF" and body[8:12] == b"WEBP")


def fetch_images(store: Store, client: Client, media: Site, dates: Iterable[dt.date],
                 languages: Iterable[str]) -> ImageReport:
    """Every photo of the events stored on ``dates`` in ``languages`` that is on the media
    host and not in the archive yet."""
    report = ImageReport()
    if media not in client.sites:
        client.sites.append(media)  # redirects within the media host are followed
    host = urlsplit(media.canonical).netloc.lower()
    langs = tuple(languages)
    for date in dates:
        for event in store.events_on(date):
            if event.language not in langs:
                continue
            for photo in event.photos:
                if not photo.url or urlsplit(photo.url).netloc.lower() != host:
                    continue
                if store.captures.latest(photo.url, status=200) is not None:
                    report.kept += 1
                    continue
                parts = urlsplit(photo.url)
                got = client.get(media, parts.path + (f"?{parts.query}" if parts.query else ""),
                                 target_date=date)
                problem = None
                if got.body is None:
                    problem = got.message or got.state
                elif not is_image(got.body):
                    problem = "not an image (JPEG, PNG, GIF or WebP); kept, not shown"
                else:
                    report.fetched += 1
                if problem:
                    report.problems.append(f"{photo.url}: {problem}")
                # The URL's state, by day: what a static edition's rebuild looks at.
                with store.transaction():
                    store.captures.set_url(UrlStatus(
                        photo.url, date, event.language, "failed" if problem else "done",
                        got.status, problem, 1,
                        dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
    return report

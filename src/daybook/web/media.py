"""Photos served from the archive of record: thumbnails and photo pages.

A photo is shown only when its picture was fetched (``daybook fetch --images``) and lies in
the WARC files: the page's ``<img>`` points at this site (``/media/...``), never at the
source site. Pictures are decoded with Pillow within bounds (at most ``MAX_PIXELS``; a
larger one is refused as a decompression bomb, as is any format but JPEG, PNG, GIF and
WebP), and written again as a bounded JPEG (``SIZES``): nothing of the original file but
its pixels reaches the reader. Made pictures are kept in the page cache. Without a picture
the photo is its caption, credit and licence, as before.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from daybook.errors import DaybookError, NotFoundError
from daybook.web.kernel import Site, cached, link, param_int, param_lang, param_str, site_of

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import BaseRoute

    from daybook.model import Event, Photo
    from daybook.settings import Settings
    from daybook.store import Store

# Longest side of each size, in pixels.
SIZES = {"thumb": 320, "large": 1280}
MAX_PIXELS = 50_000_000
FORMATS = frozenset({"JPEG", "PNG", "GIF", "WEBP"})
JPEG_QUALITY = 82
LICENSES = {"CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/"}
LABELS: Mapping[str, Mapping[str, str]] = {
    "en": {"photo": "Photo {n} of {total}", "credit": "Photo", "license": "Licence",
           "reserved": "not under the site's licence (agency photo): rights with {credit}",
           "event": "The event", "previous": "Previous photo", "next": "Next photo",
           "source": "on the source site"},
    "fr": {"photo": "Photo {n} sur {total}", "credit": "Photo", "license": "Licence",
           "reserved": "hors de la licence du site (photo d’agence)\u202f: droits de {credit}",
           "event": "L’événement", "previous": "Photo précédente", "next": "Photo suivante",
           "source": "sur le site source"},
}


class ImageError(DaybookError):
    """A picture in the archive that cannot be shown (not an image, too large)."""


@dataclass(frozen=True, slots=True)
class PhotoView:
    photo: Photo
    thumb: str | None  # this site's URL of the thumbnail, when the picture is archived
    page: str | None   # the photo's page


def archive_dir(settings: Settings) -> Path:
    from daybook.fetch.run import default_archive

    return Path(settings.archive) if settings.archive else default_archive(settings.db)


def picture(store: Store, settings: Settings, url: str) -> bytes | None:
    """The archived body of a picture's URL (its newest 200 capture), or None."""
    from daybook.fetch.archive import CaptureRef, WarcArchive

    row = store.captures.latest(url, status=200)
    if row is None:
        return None
    capture = WarcArchive(archive_dir(settings)).read(CaptureRef(row.file, row.offset,
                                                                 row.length))
    return capture.exchange.body


def resize(data: bytes, longest: int) -> bytes:
    """``data`` (an image) as a JPEG whose longest side is at most ``longest``."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_PIXELS and twice that: refuse those as well.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            Image.MAX_IMAGE_PIXELS = MAX_PIXELS
            with Image.open(io.BytesIO(data), formats=sorted(FORMATS)) as im:
                if im.width * im.height > MAX_PIXELS:
                    raise ImageError(f"{im.width}×{im.height} pixels is too large a picture")
                im.draft("RGB", (longest, longest))  # JPEG: decode at a fraction of the size
                shown = ImageOps.exif_transpose(im)
                shown.thumbnail((longest, longest))
                out = io.BytesIO()
                shown.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY, optimize=True,
                                          progressive=True)
                return out.getvalue()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(f"refused as a decompression bomb: {exc}") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageError(f"not a picture Pillow can read: {exc}") from exc


def photo_views(site: Site, event: Event) -> list[PhotoView]:
    """The event's photos, each with its thumbnail and page when its picture is archived."""

    def archived(store: Store) -> set[str]:
        return {p.url for p in event.photos
                if p.url and store.captures.latest(p.url, status=200) is not None}

    have = site.call(archived) if any(p.url for p in event.photos) else set()
    out = []
    for p in event.photos:
        if p.url in have:
            params: dict[str, Any] = {"lang": event.language, "n": p.number}
            out.append(PhotoView(p, link(f"/media/{event.id}", **params, size="thumb"),
                                 link(f"/photo/{event.id}", **params)))
        else:
            out.append(PhotoView(p, None, None))
    return out


def _photo_of(store: Store, event_id: str, lang: str | None, number: int) -> tuple[Event,
                                                                                   Photo]:
    event = store.get_event(event_id, lang)
    photo = next((p for p in event.photos if p.number == number), None) if event else None
    if event is None or photo is None or not photo.url:
        raise NotFoundError(f"no photo {number} of {event_id[:80]!r}",
                            remedy="see the event's photos")
    return event, photo


def image(request: Request) -> Response:
    """``/media/EVENT?lang=&n=&size=thumb|large``: the picture, made from the archive."""
    event_id = request.path_params["event_id"]
    lang = param_lang(request)
    number = param_int(request, "n", 1, 1, 10_000)
    size = param_str(request, "size", 10) or "thumb"
    if size not in SIZES:
        raise NotFoundError(f"no size {size!r}", remedy="use size=thumb or size=large")
    site = site_of(request)

    def make() -> tuple[bytes]:
        def load(store: Store) -> bytes | None:
            _, photo = _photo_of(store, event_id, lang, number)
            assert photo.url is not None
            return picture(store, site.settings, photo.url)

        data = site.call(load)
        if data is None:
            raise NotFoundError("this photo's picture is not in the archive",
                                remedy="fetch it: daybook fetch DATE --images")
        try:
            return (resize(data, SIZES[size]),)
        except ImageError as exc:
            raise NotFoundError(f"this photo's picture cannot be shown: {exc.message}",
                                remedy="fetch it again") from None

    body = site.kept(("media", event_id, lang or "", str(number), size), make)[0]
    return cached(request, body, "image/jpeg")


def photo_page(request: Request) -> Response:
    """``/photo/EVENT?lang=&n=``: one photo large, with caption, credit and licence."""
    from daybook.web.views import page, ui_of

    event_id = request.path_params["event_id"]
    lang = param_lang(request)
    number = param_int(request, "n", 1, 1, 10_000)
    site = site_of(request)
    event, photo = site.call(_photo_of, event_id, lang, number)
    views = photo_views(site, event)
    shown = [v for v in views if v.page]
    here = next((i for i, v in enumerate(shown) if v.photo.number == number), None)
    if here is None:
        raise NotFoundError("this photo's picture is not in the archive",
                            remedy="see the event's captions")
    ui = ui_of(request)
    return page(request, "photo.html.j2", event=event, view=shown[here],
                large=link(f"/media/{event.id}", lang=event.language, n=number, size="large"),
                prev=shown[here - 1] if here else None,
                next=shown[here + 1] if here + 1 < len(shown) else None,
                position=here + 1, total=len(shown), m=LABELS.get(ui, LABELS["en"]),
                license_url=LICENSES.get(photo.license or ""))


def install(site: Site) -> None:
    """What the templates ask of photos: ``photo_views(event)``, ``photo_labels(ui)``."""
    site.env.globals.update(
        photo_views=lambda event: photo_views(site, event),
        photo_labels=lambda ui: LABELS.get(ui, LABELS["en"]),
        photo_license_url=lambda name: LICENSES.get(name or ""))


def routes() -> list[BaseRoute]:
    from starlette.routing import Route

    return [Route("/media/{event_id:path}", image, methods=["GET"]),
            Route("/photo/{event_id:path}", photo_page, methods=["GET"])]

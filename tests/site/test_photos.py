"""Pictures: fetched with ``--images`` from a local media host into the WARC, served as
thumbnails made from the archive, shown on the event page and a photo page, and loaded
by a real browser from this site (never from the source)."""

from __future__ import annotations

import hashlib
import io
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from daybook.settings import Settings
from daybook.store import Store, open_store
from daybook.web.media import ImageError, resize
from tests.fetch.helpers import run_fetch
from tests.fetch.site_server import SiteServer
from tests.web.test_browser import CHROMIUM, free_port, shot
from tests.web.test_browser import browser as browser  # the same Chromium fixture

DAY = "2019-06-15"
EVENT = "kremlin:60757"


class MediaHost:
    """A local static.kremlin.ru: a JPEG made with Pillow for every picture asked (its
    colour from the path), robots.txt, and one path that answers HTML instead."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                host.hits.append(self.path)
                if self.path == "/robots.txt":
                    body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
                elif self.path.endswith("not-a-picture.jpg"):
                    body, kind = b"<html>nothing</html>", "text/html"
                else:
                    seed = hashlib.sha256(self.path.encode()).digest()
                    out = io.BytesIO()
                    Image.new("RGB", (1600, 1000), tuple(seed[:3])).save(out, "JPEG")
                    body, kind = out.getvalue(), "image/jpeg"
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> MediaHost:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def fetched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, list[str]]]:
    """A day fetched from the local site with its pictures from the local media host."""
    import datetime as dt

    tmp = tmp_path_factory.mktemp("photos")
    db = tmp / "photos.db"
    store: Store = open_store(db)
    day = dt.date.fromisoformat(DAY)
    try:
        with SiteServer() as site, MediaHost() as media:
            report, _ = run_fetch(store, tmp, site, day, day, images=True,
                                  sites={"en": site.url, "media": media.url})
            again, _ = run_fetch(store, tmp, site, day, day, images=True,
                                 sites={"en": site.url, "media": media.url})
            hits = list(media.hits)
    finally:
        store.close()
    assert report.days[0].state == "complete"
    assert any(n.startswith("images: ") and "0 fetched" not in n for n in report.notes), \
        report.notes
    assert any(n.startswith("images: 0 fetched") for n in again.notes), again.notes
    yield Settings(db=str(db), archive=str(tmp / "warc")), hits


def test_pictures_are_fetched_once_into_the_archive(fetched: tuple[Settings, list[str]]) -> None:
    settings, hits = fetched
    store = open_store(settings.db, read_only=True)
    try:
        event = store.get_event(EVENT, "en")
        assert event is not None and event.photos
        urls = [p.url for p in event.photos if p.url and "static.kremlin.ru" in p.url]
        assert urls
        for url in urls:
            row = store.captures.latest(url, status=200)
            assert row is not None and row.via == "http"
    finally:
        store.close()
    pictures = [h for h in hits if h != "/robots.txt"]
    assert len(pictures) == len(set(pictures))  # each asked once over both runs
    assert hits.count("/robots.txt") >= 1


def test_thumbnails_and_photo_pages_come_from_the_archive(
        fetched: tuple[Settings, list[str]]) -> None:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    settings, _ = fetched
    with TestClient(create_app(settings)) as client:
        page = client.get(f"/event/{EVENT}?lang=en").text
        assert f'<img src="/media/{EVENT}?lang=en&amp;n=1&amp;size=thumb"' in page
        assert "static.kremlin.ru/media/events/photos" not in page.split("<img")[1][:200]
        thumb = client.get(f"/media/{EVENT}?lang=en&n=1&size=thumb")
        assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/jpeg"
        with Image.open(io.BytesIO(thumb.content)) as im:
            assert im.format == "JPEG" and max(im.size) == 320
        large = client.get(f"/media/{EVENT}?lang=en&n=1&size=large")
        with Image.open(io.BytesIO(large.content)) as im:
            assert max(im.size) == 1280
        photo = client.get(f"/photo/{EVENT}?lang=en&n=1")
        assert photo.status_code == 200
        assert f'src="/media/{EVENT}?lang=en&amp;n=1&amp;size=large"' in photo.text
        assert "CC BY 4.0" in photo.text or "rights with" in photo.text
        assert client.get(f"/media/{EVENT}?lang=en&n=999").status_code == 404
        assert client.get(f"/media/{EVENT}?lang=en&n=1&size=huge").status_code == 404


def test_resize_refuses_bombs_and_non_images() -> None:
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG")  # 100 million pixels, a small file
    with pytest.raises(ImageError, match=r"too large|bomb"):
        resize(out.getvalue(), 320)
    with pytest.raises(ImageError, match="not a picture"):
        resize(b"<svg xmlns='http://www.w3.org/2000/svg'/>", 320)
    small = io.BytesIO()
    Image.new("RGB", (100, 50), (10, 20, 30)).save(small, "PNG")
    with Image.open(io.BytesIO(resize(small.getvalue(), 320))) as im:
        assert im.format == "JPEG" and im.size == (100, 50)  # never enlarged


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")
def test_the_browser_loads_the_thumbnails(browser: Any,
                                          fetched: tuple[Settings, list[str]]) -> None:
    import uvicorn

    from daybook.web.app import create_app

    settings, _ = fetched
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    try:
        context = browser.new_context(java_script_enabled=False)
        page = context.new_page()
        asked: list[str] = []
        page.on("request", lambda r: asked.append(r.url))
        page.goto(f"http://127.0.0.1:{port}/event/{EVENT}?lang=en")
        img = page.locator("section.photos img").first
        img.scroll_into_view_if_needed()
        page.wait_for_load_state("networkidle")
        assert img.evaluate("i => i.complete && i.naturalWidth") == 320
        assert all(u.startswith(f"http://127.0.0.1:{port}/") for u in asked)
        shot(page, "event-photos")
        page.locator("section.photos a.thumb").first.click()
        page.wait_for_load_state("networkidle")
        assert page.locator("figure.photo-large img").evaluate("i => i.naturalWidth") > 320
        context.close()
    finally:
        server.should_exit = True
        thread.join(10)


def test_the_static_edition_holds_thumbnails_and_photo_pages(
        fetched: tuple[Settings, list[str]], tmp_path: Path) -> None:
    from daybook.publish.static_site import build_site

    settings, _ = fetched
    out = tmp_path / "public"
    report = build_site(settings, out, search=False)
    assert report.broken == []
    page = (out / "event" / "kremlin_3a_60757~lang-en.html").read_text(encoding="utf-8")
    assert '<img src="../media/kremlin_3a_60757~lang-en~n-1~size-thumb.jpg"' in page
    thumb = out / "media" / "kremlin_3a_60757~lang-en~n-1~size-thumb.jpg"
    with Image.open(thumb) as im:
        assert max(im.size) == 320
    photo = (out / "photo" / "kremlin_3a_60757~lang-en~n-1.html").read_text(encoding="utf-8")
    assert 'src="../media/kremlin_3a_60757~lang-en~n-1~size-large.jpg"' in photo
    assert (out / "media" / "kremlin_3a_60757~lang-en~n-1~size-large.jpg").is_file()

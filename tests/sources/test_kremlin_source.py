"""The kremlin source module: detection, dispatch, companion pages, photos beside pages."""

from __future__ import annotations

import shutil
from pathlib import Path

from daybook.sources import kremlin
from daybook.sources.document import document_from_text, read_document

NEWS = Path(__file__).resolve().parents[1] / "fixtures" / "kremlin-en-2019" / "news"


def test_detect() -> None:
    assert kremlin.detect(read_document(NEWS / "59803.html"))
    assert kremlin.detect(read_document(NEWS / "by-date" / "14.02.2019.html"))
    assert not kremlin.detect(document_from_text("La journée du 8 Novembre de V.Poutine\n"))
    assert not kremlin.detect(document_from_text("<html><body>hello</body></html>"))


def test_event_page_reads_photos_beside_it() -> None:
    parsed = kremlin.read(read_document(NEWS / "60841.html"))
    (event,) = parsed.events
    assert event.id == "kremlin:60841" and len(event.photos) == 8


def test_event_page_without_photos_page(tmp_path: Path) -> None:
    shutil.copy(NEWS / "60841.html", tmp_path / "60841.html")
    (event,) = kremlin.read(read_document(tmp_path / "60841.html")).events
    with_set = kremlin.read(read_document(NEWS / "60841.html")).events[0]
    assert len(event.photos) <= len(with_set.photos)


def test_listing_dispatch() -> None:
    parsed = kremlin.read(read_document(NEWS / "by-date" / "01.05.2019.html"))
    assert len(parsed.listings) == 1 and not parsed.events


def test_companion_pages() -> None:
    assert kremlin.is_companion("x/news/59803/photos.html")
    assert kremlin.is_companion("x/news/62116/print.html")
    assert not kremlin.is_companion("x/news/59803.html")
    parsed = kremlin.read(read_document(NEWS / "59803" / "photos.html"))
    assert not parsed.events and not parsed.listings
    (diag,) = parsed.diagnostics
    assert diag.severity == "info" and "companion page" in diag.message

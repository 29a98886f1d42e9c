"""The static edition in a real browser (headless Debian Chromium, Playwright): opened from
disk (file://) without scripts, searched from disk with its own small index, then served by
a plain static server and searched with Pagefind's UI. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.web.test_browser import CHROMIUM, shot
from tests.web.test_browser import browser as browser  # the same Chromium fixture

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")


@pytest.fixture(scope="module")
def static_host(edition: Path) -> Iterator[str]:
    """The edition behind a plain static file server (any static host would do)."""

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(Quiet, directory=str(edition)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(10)
    server.server_close()


def test_the_edition_opens_from_disk_and_navigates(browser: Any, edition: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((edition / "index.html").as_uri())
    assert page.locator("h1").inner_text().startswith("Calendar")
    page.locator("nav.years").get_by_role("link", name="2019", exact=True).click()
    assert page.url.startswith("file://") and page.url.endswith("index~year-2019.html")
    page.locator("table.month a").first.click()
    assert "/day/" in page.url and page.locator("ol.timeline").is_visible()
    shot(page, "static-day")
    page.locator("ol.timeline a.title").first.click()
    assert "/event/" in page.url and page.url.endswith(".html")
    assert page.locator("h1").inner_text()
    shot(page, "static-event")
    # The French interface is a click away, and back.
    page.locator("p.langs").get_by_role("link", name="fr").click()
    assert page.locator("html").get_attribute("lang") == "fr"
    page.locator("header.site a.brand").click()
    assert page.locator("h1").inner_text().startswith("Calendrier")
    context.close()


def test_the_style_sheet_loads_from_disk(browser: Any, edition: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto((edition / "day").glob("*.html").__next__().as_uri())
    assert failed == []
    width = page.locator("main").evaluate("m => getComputedStyle(m).maxWidth")
    assert width != "none"  # style.css applied
    context.close()


def test_search_opened_from_disk(browser: Any, edition: Path) -> None:
    """From file://, where Pagefind cannot load, the header's search form finds events in
    the edition's own scripts, and a result opens its page."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((edition / "index.html").as_uri())
    page.locator("form.search input[name=q]").fill("Jeenbekov")
    page.locator("form.search button").click()
    assert page.url.startswith("file://") and "search.html?q=Jeenbekov" in page.url
    results = page.locator("#search-file ol.results li")
    results.first.wait_for(timeout=20_000)
    assert page.locator("#search-file").is_visible()
    count = page.locator("#search-file p.count").inner_text()
    assert count.endswith("results for “Jeenbekov”") and int(count.split()[0]) >= 2, count
    titles = results.locator("a").all_inner_texts()
    assert any("Jeenbekov" in t for t in titles), titles
    shot(page, "static-search-file")
    # Two words must both be there; a word found nowhere finds nothing.
    page.locator("#search-file input[name=q]").fill("Jeenbekov zzyzzx")
    page.locator("#search-file button").click()
    page.wait_for_url("**q=Jeenbekov+zzyzzx")
    page.locator("#search-file p.count").wait_for()
    page.wait_for_function("document.querySelector('#search-file p.count').textContent")
    assert page.locator("#search-file ol.results li").count() == 0
    assert "No result" in page.locator("#search-file p.count").inner_text()
    # Markup in the query is shown as text, never run or parsed.
    page.goto((edition / "search.html").as_uri() + "?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    page.wait_for_function("document.querySelector('#search-file p.count').textContent")
    assert page.locator("#search-file img").count() == 0
    assert "<img" in page.locator("#search-file p.count").inner_text()
    page.goto((edition / "search.html").as_uri() + "?q=%24%26%24%27")  # "$&$'"
    page.wait_for_function("document.querySelector('#search-file p.count').textContent")
    assert "“$&$'”" in page.locator("#search-file p.count").inner_text()
    # A result opens its page, from disk.
    page.goto((edition / "search.html").as_uri() + "?q=Jeenbekov")
    link = page.locator("#search-file ol.results a[href*='event/']").first
    link.wait_for(timeout=20_000)
    link.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and "/event/" in page.url
    assert "Jeenbekov" in page.locator("main").inner_text()
    assert errors == []
    context.close()


def test_search_with_pagefind_on_a_static_host(browser: Any, static_host: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(static_host + "/index.html")
    page.locator("form.search input[name=q]").fill("Jeenbekov")
    page.locator("form.search button").click()
    assert "/search.html?q=Jeenbekov" in page.url
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=20_000)
    assert "Jeenbekov" in page.locator(".pagefind-ui__results").inner_text()
    assert not page.locator("#search-file").is_visible()
    shot(page, "static-search")
    # People and events are found; an event's result opens its page.
    page.locator(".pagefind-ui__result-link[href*='/event/']").first.click()
    page.wait_for_load_state()
    assert "/event/" in page.url and "Jeenbekov" in page.locator("h1").inner_text()
    assert errors == []
    context.close()

"""The site in a real browser (headless Debian Chromium driven by Playwright).

What a person sees: the calendar, a day, an event, a person, a search; and a page full of
hostile source text on which nothing may run. Screenshots go to tests/artifacts/.
Skipped only when /usr/bin/chromium is missing outside CI; in CI (env CI set) it must run.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytest.skip("no /usr/bin/chromium (apt-get install chromium); runs in CI",
                allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    import uvicorn

    from daybook.web.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_reader_journey_without_javascript(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(base_url + "/")
    assert page.locator("h1").inner_text().startswith("Calendrier")
    shot(page, "calendar")

    # One year a page: the reader picks 2023 among the years.
    page.locator("nav.years").get_by_role("link", name="2023", exact=True).click()
    assert page.url.endswith("/?year=2023")
    assert page.locator("h1").inner_text() == "Calendrier 2023"

    # The calendar links the day; the day lists its events with times and places.
    page.locator("table.month", has_text="Novembre 2023").get_by_role("link", name="8",
                                                                        exact=True).click()
    assert page.url.endswith("/day/2023-11-08")
    timeline = page.locator("ol.timeline")
    assert timeline.is_visible()
    assert "15\u00a0h\u00a005" in timeline.inner_text()
    assert "Novo-Ogaryovo" in timeline.inner_text()
    shot(page, "day")
    with page.expect_download() as download:
        page.get_by_role("link", name="Markdown").click()
    assert download.value.suggested_filename == "2023-11-08.md"

    # An event: lead, participants, transcript, photos, sources.
    timeline.get_by_role("link", name="Zhang Youxia").first.click()
    assert "Zhang Youxia" in page.locator("h1").inner_text()
    participants = page.locator("section.participants")
    assert "Sergueï Choïgu" in participants.inner_text()
    assert page.locator("section.photos").is_visible()
    assert page.locator("p.speaker").first.is_visible()
    shot(page, "event")

    # A participant's page lists where they appear: one page under every spelling.
    participants.get_by_role("link", name="Sergueï Choïgu").click()
    assert page.url.endswith("/person/person:sergei-shoigu")
    # The French interface names him as French writes him; every spelling is gathered.
    assert "Sergueï Choïgu" in page.locator("h1").inner_text()
    assert "Sergueï Choïgu" in page.locator("section.spellings").inner_text()
    assert "Zhang Youxia" in page.locator("ol.appearances").inner_text()
    spellings = page.locator("section.spellings").inner_text()
    assert "Sergei Shoigu" in spellings and "Sergueï Choïgu" in spellings
    total = int(page.locator("strong.total").inner_text())
    assert page.locator("ol.appearances > li").count() == total
    shot(page, "person")
    page.goto(base_url + "/person/%D1%88%D0%BE%D0%B9%D0%B3%D1%83")  # /person/шойгу
    assert page.url.endswith("/person/person:sergei-shoigu")
    page.goto(base_url + "/people?q=Poutine")
    assert "Poutine" in page.locator("table.people tbody tr").first.inner_text()
    shot(page, "people")

    # The same person in three scripts finds the same events; the expansion is shown.
    found = {}
    for q in ("Shoigu", "Шойгу", "Choïgou"):
        page.goto(base_url + "/search?q=" + q)
        found[q] = sorted(page.locator("li.hit a.title").evaluate_all(
            "els => els.map(e => e.getAttribute('href'))"))
        assert page.locator("aside.suggestions").is_visible()
    assert found["Shoigu"] and found["Shoigu"] == found["Шойгу"] == found["Choïgou"]
    shot(page, "search-across-scripts")
    page.locator("aside.suggestions a.literal").first.click()
    assert page.locator("aside.suggestions").count() == 0

    # Search from the header form: highlighted hits, facets, and a working result link.
    page.locator("form.search input[name=q]").fill("négociations")
    page.locator("form.search button").click()
    assert "/search?" in page.url
    marks = page.locator("li.hit mark")
    assert marks.count() >= 1 and marks.first.is_visible()
    assert marks.first.inner_text().lower().startswith("négociation")
    assert page.locator("aside.facets").is_visible()
    shot(page, "search")
    page.locator("li.hit a.title").first.click()
    assert "/event/" in page.url and page.locator("h1").is_visible()

    # A malformed query is explained on the page, not a crash.
    page.goto(base_url + "/search?q=%22oops")
    assert "fermez l’expression" in page.locator("p.error").inner_text()
    context.close()


def test_hostile_page_runs_nothing(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for path in ("/event/kremlin:66666", "/day/2023-11-09", "/search?q=hostile",
                 "/search?q=%3Cscript%3Ewindow.__xss%3D3%3C%2Fscript%3E"):
        page.goto(base_url + path)
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator("script").count() == 0, path
        assert page.locator("img").count() == 0, path
    page.goto(base_url + "/event/kremlin:66666")
    title = page.locator("h1").inner_text()
    assert "<script>window.__xss=1</script>" in title  # shown as text
    hrefs = page.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h and h.strip().lower().startswith("javascript:")]
    # Clicking everything clickable in the transcript still runs nothing.
    for link in page.locator("article a").all()[:10]:
        link.click()
        assert page.evaluate("typeof window.__xss") == "undefined"
        page.go_back()
    shot(page, "hostile")
    assert dialogs == []
    context.close()


# English labels that are French words as well ("la part"): French text may say them.
FRENCH_TOO = {"part"}


def english_labels() -> dict[str, re.Pattern[str]]:
    """The English UI strings that differ from their French ones, as whole-word patterns
    (placeholders cut out): none may show on a page of the French interface."""
    from daybook.web.i18n import CATALOG

    en, fr = CATALOG["en"], CATALOG["fr"]
    out: dict[str, re.Pattern[str]] = {}
    for key, text in en.items():
        if text == fr.get(key) or key in ("search_placeholder", "colon", "untimed"):
            continue
        if text.split(" ")[0] in FRENCH_TOO:
            continue
        for part in re.split(r"\{\w+\}", text):
            part = part.strip(" :;,.()—-")
            if len(part) >= 3 and part.lower() not in {w.lower() for w in fr.values()}:
                out[part] = re.compile(rf"(?<!\w){re.escape(part)}(?!\w)")
    return out


# Visible text of the page without the parts marked as written in another language.
FRENCH_TEXT = """body => {
  const copy = body.cloneNode(true);
  copy.querySelectorAll('[lang]:not([lang^="fr"])').forEach(e => e.remove());
  copy.querySelectorAll('script, style, svg title').forEach(e => e.remove());
  return copy.innerText;
}"""
SKIP = re.compile(r"/(static|api|openapi\.json|feed\.atom|calendar\.ics)|\.(txt|md|html|json|bib)"
                  r"(\?|$)|/day/[^?]*\.\w+")


def test_french_interface_has_no_english_labels(browser: Any, base_url: str,
                                                web_db: Path) -> None:
    """Walk the French interface from its calendar, through days, events, people, search
    and citations: no English label anywhere, and the pages say they are French."""
    from urllib.parse import urljoin, urlsplit

    from daybook.store import open_store

    store = open_store(web_db)
    dates = store.dates()
    store.close()
    gap = next(a + dt.timedelta(days=1) for a, b in itertools.pairwise(dates)
               if (b - a).days > 1)
    labels = english_labels()
    assert {"Calendar", "Previous day", "meeting", "telephone conversation"} <= set(labels)
    context = browser.new_context(java_script_enabled=True, locale="en-US")
    page = context.new_page()
    todo = ["/?ui=fr", "/day/2023-11-08?ui=fr", f"/day/{gap}?ui=fr",
            "/event/kremlin:72682?ui=fr", "/event/kremlin:90001?ui=fr",
            "/search?q=n%C3%A9gociation&ui=fr", "/event/kremlin:72687/cite?block=0&ui=fr"]
    seen: set[str] = set()
    found: dict[str, list[str]] = {}
    while todo and len(seen) < 45:
        path = todo.pop(0)
        if path in seen or SKIP.search(path):
            continue
        seen.add(path)
        response = page.goto(base_url + path)
        assert response is not None and response.status == 200, path
        assert page.locator("html").get_attribute("lang") == "fr", path
        visible = page.locator("body").evaluate(FRENCH_TEXT)
        hits = [label for label, pattern in labels.items() if pattern.search(visible)]
        if hits:
            found[path] = hits
        if not path.startswith("/person/"):
            assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", visible), (path, "ISO date")
        else:  # a person's months are words ("mai 2019"), not 2019-05
            assert not re.search(r"\b\d{4}-\d{2}\b(?!-)", visible), (path, "ISO month")
        # French typography: no plain space before a high mark, no straight apostrophe.
        bad = re.findall(r".{0,20}(?: [:;?!]|\w'\w).{0,20}", visible)
        assert not bad, (path, bad[:5])
        for href in page.locator("a[href]").evaluate_all(
                "els => els.map(e => e.getAttribute('href'))"):
            parts = urlsplit(urljoin(base_url + path, href))
            if parts.netloc == urlsplit(base_url).netloc and "ui=fr" in parts.query:
                todo.append(parts.path + "?" + parts.query)
    assert len(seen) >= 30, sorted(seen)
    assert not found, found
    for name, path in (("fr-day", "/day/2023-11-08?ui=fr"), ("fr-empty-day", f"/day/{gap}?ui=fr"),
                       ("fr-interview", "/event/kremlin:72682?ui=fr"),
                       ("fr-search", "/search?q=n%C3%A9gociation&ui=fr")):
        page.goto(base_url + path)
        shot(page, name)
    # A paragraph link highlights its target (the :target rule of the stylesheet).
    page.goto(base_url + "/event/kremlin:72682?ui=fr")
    page.locator("#b1 a.pilcrow").click()
    assert page.url.endswith("#b1")
    color = page.locator("#b1").evaluate("e => getComputedStyle(e).backgroundColor")
    assert color == "rgb(255, 243, 176)"
    context.close()

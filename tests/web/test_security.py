"""Source text is untrusted: nothing from it may run, inject markup or become a bad link."""

from __future__ import annotations

from typing import Any

import lxml.etree
import lxml.html
import pytest

Client = Any
HOSTILE = "/event/kremlin:66666"


def assert_inert(html: str) -> None:
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//script | //iframe | //object | //embed | //img")
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (el.tag, name)
            if name in ("href", "src", "action"):
                assert value.startswith(("/", "http://", "https://", "#")), value


@pytest.mark.parametrize("path", [
    HOSTILE, "/day/2023-11-09", "/search?q=hostile", "/search?q=%3Cscript%3E",
    "/person/p-script-window-xss-1-script-img-src-x-onerror-window-xss-2",
    "/search?q=Speaker", "/day/2023-11-09?ui=fr",
])
def test_pages_with_hostile_text_are_inert(client: Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code in (200, 404), (path, r.status_code)
    assert_inert(r.text)


def test_hostile_text_is_shown_as_text(client: Client) -> None:
    tree = lxml.html.fromstring(client.get(HOSTILE).text)
    assert "<script>window.__xss=1</script>" in tree.xpath("string(//h1)")
    assert "javascript:alert(1)" in tree.text_content()
    assert tree.xpath("//section[@class='sources']//a/@href") == ["http://example.org/ok?a=1&b=2"]


def test_hostile_json_and_feeds_are_well_formed(client: Client) -> None:
    event = client.get("/api/events/kremlin:66666").json()
    assert event["title"].startswith("Hostile <script>")
    feed = client.get("/feed.atom")
    root = lxml.etree.fromstring(feed.content)
    titles = root.xpath("//a:entry/a:title/text()", namespaces={"a": "http://www.w3.org/2005/Atom"})
    assert any("<script>" in t for t in titles)
    hrefs = root.xpath("//a:link/@href", namespaces={"a": "http://www.w3.org/2005/Atom"})
    # Web addresses of the sources, or links relative to the site (no base_url is set).
    assert hrefs and all(h.startswith(("http://", "https://")) or
                         (h.startswith("/") and not h.startswith("//")) for h in hrefs)
    ics = client.get("/calendar.ics", params={"from": "2023-11-09", "to": "2023-11-09"}).text
    assert "SUMMARY:Hostile <script>" in ics.replace("\r\n ", "")


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
@pytest.mark.parametrize("path", ["/", "/api/days", "/api/events/kremlin:72687", "/search",
                                  "/nowhere"])
def test_no_write_endpoints(client: Client, method: str, path: str) -> None:
    r = client.request(method, path)
    assert r.status_code == 405
    assert r.headers["allow"] == "GET, HEAD"


@pytest.mark.parametrize("path", ["/", "/api/days", "/nowhere", "/static/style.css",
                                  "/feed.atom"])
def test_security_headers(client: Client, path: str) -> None:
    h = client.get(path).headers
    csp = h["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'none'" in csp
    assert "unsafe-inline" not in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "no-referrer"
    assert h["x-frame-options"] == "DENY"


def test_no_inline_script_or_style(client: Client) -> None:
    for path in ("/", "/day/2023-11-08", "/event/kremlin:72687", "/search?q=gaz"):
        tree = lxml.html.fromstring(client.get(path).text)
        assert not tree.xpath("//script | //style | //*[@style]"), path


def test_query_cost_is_bounded(client: Client) -> None:
    assert client.get("/api/search", params={"q": "a " * 40}).status_code == 400
    assert client.get("/api/search", params={"q": "x*"}).status_code == 400
    assert client.get("/api/events", params={"page": 10**9}).status_code == 400

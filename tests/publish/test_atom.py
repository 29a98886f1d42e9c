"""Atom 1.0: well-formed, the required elements, everything escaped, only web links."""

from __future__ import annotations

import datetime as dt

import lxml.etree

from daybook.publish.atom import render_atom
from tests.sample_events import english_events, french_day, hostile_event

NS = {"a": "http://www.w3.org/2005/Atom"}


def feed(events: list) -> lxml.etree._Element:  # type: ignore[type-arg]
    text = render_atom(events, feed_id="https://example.org/feed.atom", title="daybook",
                       self_url="https://example.org/feed.atom", site_url="https://example.org/")
    assert text.startswith("<?xml")
    return lxml.etree.fromstring(text.encode("utf-8"))


def test_required_elements() -> None:
    events = french_day() + english_events()
    root = feed(events)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    for name in ("id", "title", "updated", "author/a:name"):
        assert root.xpath(f"a:{name}", namespaces=NS), name
    entries = root.xpath("a:entry", namespaces=NS)
    assert len(entries) == len(events)
    for entry, event in zip(entries, events, strict=True):
        assert entry.xpath("string(a:title)", namespaces=NS) == event.title
        ids = entry.xpath("a:id/text()", namespaces=NS)
        assert len(ids) == 1 and event.id in ids[0]
        updated = entry.xpath("string(a:updated)", namespaces=NS)
        assert dt.datetime.fromisoformat(updated.replace("Z", "+00:00")).tzinfo is not None
        alt = entry.xpath("a:link[@rel='alternate']/@href", namespaces=NS)
        assert alt == [f"https://example.org/event/{event.id}?lang={event.language}"]
    ids = root.xpath("a:entry/a:id/text()", namespaces=NS)
    assert len(set(ids)) == len(ids)


def test_same_events_same_bytes() -> None:
    events = french_day()
    first = render_atom(events, feed_id="x:1", title="t", self_url="https://e/", site_url="https://e/")
    again = render_atom(events, feed_id="x:1", title="t", self_url="https://e/", site_url="https://e/")
    assert first == again


def test_hostile_text_is_escaped_and_bad_links_dropped() -> None:
    event = hostile_event()
    root = feed([event])
    entry = root.xpath("a:entry", namespaces=NS)[0]
    assert entry.xpath("string(a:title)", namespaces=NS) == event.title
    assert not root.xpath("//*[local-name()='script' or local-name()='img']")
    hrefs = root.xpath("//a:link/@href", namespaces=NS)
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert "http://example.org/ok?a=1&b=2" in hrefs


def test_empty_feed_is_valid() -> None:
    root = feed([])
    assert root.xpath("a:updated", namespaces=NS) and not root.xpath("a:entry", namespaces=NS)

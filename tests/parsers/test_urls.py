"""Malformed URLs in source text are no URLs, never a crash (found by the atheris bench)."""

from __future__ import annotations

import contextlib

import pytest

from daybook.parsers.digest import parse_digest
from daybook.parsers.kremlin import parse_event_page
from daybook.parsers.urls import split_url, url_host, url_path
from tests.conftest import DIGEST_SAMPLE, FIXTURES


@pytest.mark.parametrize("bad", ["http://[", "http://[::1", "http://host:99999999/", "https://[x]/a"])
def test_malformed_urls_split_to_nothing(bad: str) -> None:
    assert split_url(bad) is None and url_host(bad) is None and url_path(bad) == ""


def test_good_urls_split() -> None:
    url = "http://en.kremlin.ru/events/president/news/72682"
    assert url_host(url) == "en.kremlin.ru"
    assert url_path(url) == "/events/president/news/72682"


def test_a_digest_with_a_broken_source_url_still_reads() -> None:
    text = DIGEST_SAMPLE.read_text("utf-8").replace(
        "http://en.kremlin.ru/events/president/news/72683", "http://[en.kremlin.ru/72683", 1)
    day = parse_digest(text, origin="broken.txt").days[0]
    assert len(day.events) == 5


def test_an_event_page_with_a_broken_og_url_fails_cleanly_or_reads() -> None:
    from daybook.errors import DaybookError

    html = (FIXTURES / "kremlin-en-2019" / "news" / "59803.html").read_text("utf-8")
    html = html.replace('content="http://en.kremlin.ru/events/president/news/59803"',
                        'content="http://[en.kremlin.ru/events/president/news/59803"')
    # Before the fix this raised ValueError("Invalid IPv6 URL").
    with contextlib.suppress(DaybookError):
        parse_event_page(html, origin="broken.html")

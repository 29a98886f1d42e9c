"""Hostile pages made from a real event page: deep nesting, a huge text node, a transcript
of hundreds of thousands of speaker turns, impossible dates, non-characters. Shared by the
hostile-input tests and ``bench/bench_hostile.py``."""

from __future__ import annotations

import re

from tests.conftest import FIXTURES

# A real transcript page (14 speaker turns), under CC BY 4.0 (see its ATTRIBUTION.md).
TRANSCRIPT = FIXTURES / "kremlin-en-2019" / "news" / "60630.html"
_BODY_OPEN = re.compile(r'<div class="entry-content[^>]*>')
_TURN = re.compile(r"<p><b>[^<]{1,80}</b>[^<]{0,40}")
MAX_TURNS = 300_000  # bounded: about 22 MB of HTML


def page() -> str:
    return TRANSCRIPT.read_text(encoding="utf-8")


def with_body(extra: str, html: str | None = None) -> str:
    """The real page with ``extra`` HTML at the start of its article body."""
    html = html or page()
    m = _BODY_OPEN.search(html)
    assert m is not None
    return html[: m.end()] + extra + html[m.end():]


def deep(levels: int) -> str:
    return with_body("<div>" * levels + "<p>DEEP TEXT</p>" + "</div>" * levels
                     + "<p>AFTER THE DEEP PART</p>")


def huge_text(size: int) -> str:
    return with_body("<p>" + "x" * size + "</p><p>AFTER THE HUGE PART</p>")


def many_turns(n: int) -> str:
    """The page with ``n`` real speaker turns (its own, cut short and repeated) in front."""
    if not 0 < n <= MAX_TURNS:
        raise ValueError(f"between 1 and {MAX_TURNS} turns")
    html = page()
    turns = [t + "</p>" for t in _TURN.findall(html)]
    assert len(turns) >= 10
    return with_body("".join(turns[i % len(turns)] for i in range(n)), html)


def dated(year: int) -> str:
    """The page moved to ``year`` (same day and month)."""
    return re.sub(r"\b2019-(\d\d)-(\d\d)", rf"{year:04d}-\1-\2", page()).replace(
        ", 2019", f", {year:04d}")


def with_title(text: str) -> str:
    """The page with ``text`` appended to its title (escaped as HTML numeric references)."""
    refs = "".join(f"&#{ord(c)};" for c in text)
    return re.sub(r"(<h1[^>]*>)", rf"\1{refs}", page(), count=1)

"""Junk and mutated pages never raise anything but a DaybookError."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daybook.errors import DaybookError
from daybook.parsers.kremlin import parse_event_page
from daybook.parsers.kremlin_listing import parse_listing

PAGE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "kremlin-en-2019" / "news" / "59803.html"
).read_text("utf-8")
START = PAGE.index("<article")
BODY = PAGE[START : START + 12000]


def survive(text: str) -> None:
    for parse in (parse_event_page, parse_listing):
        with contextlib.suppress(DaybookError):
            parse(text)  # type: ignore[operator]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_junk_text(text: str) -> None:
    survive(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(BODY)), st.integers(0, 400), st.text(max_size=40))
def test_mutated_page(at: int, cut: int, insert: str) -> None:
    head = PAGE[:START]
    survive(head + BODY[:at] + insert + BODY[at + cut :])


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 3000))
def test_deep_nesting(depth: int) -> None:
    survive(PAGE[:START] + "<article class='read__in'>" + "<div>" * depth + "x" + "</div>" * depth)


def test_invalid_utf8_replaced_upstream_is_fine() -> None:
    survive(PAGE.replace("Sochi", "So\ufffdchi"))

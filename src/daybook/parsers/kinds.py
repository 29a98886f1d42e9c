"""The kind of an event, from its title and the sections it was published in.

One rule table for every reader (``data/kinds.json``): an ordered list of (kind, patterns)
in English, Russian and French; the first rule with a pattern found in the title wins, so
specific rules ("Telephone conversation", "videoconference") come before general ones
("Meeting"). Patterns are case-insensitive regular expressions searched anywhere in the
title unless anchored. A French digest written from an English page must read back with
the page's kind, so the French patterns follow the translated titles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from daybook.model import EventKind


@cache
def _table() -> dict[str, Any]:
    raw = resources.files("daybook.data").joinpath("kinds.json").read_text("utf-8")
    return json.loads(raw)  # type: ignore[no-any-return]


def section_kinds() -> dict[str, EventKind]:
    """Sections that settle the kind whatever the title says ("Announcements")."""
    return dict(_table()["sections"])


def kind_rules() -> tuple[tuple[EventKind, tuple[str, ...]], ...]:
    """The ordered (kind, patterns) rules of ``data/kinds.json``."""
    return tuple((r["kind"], tuple(r["patterns"])) for r in _table()["rules"])


@cache
def _compiled() -> tuple[tuple[EventKind, re.Pattern[str]], ...]:
    return tuple(
        (kind, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
        for kind, patterns in kind_rules()
    )


def kind_from_title(title: str) -> EventKind:
    """The kind the first matching rule gives, or "other"."""
    text = " ".join(title.replace("\xa0", " ").split())
    for kind, pattern in _compiled():
        if pattern.search(text):
            return kind
    return "other"


def event_kind(
    title: str, sections: Iterable[str] = (), *, announcement: bool = False
) -> EventKind:
    """The event kind from its title and sections; an announcement page is always one."""
    if announcement:
        return "announcement"
    for section in sections:
        kind = section_kinds().get(section.replace("\xa0", " ").strip().casefold())
        if kind:
            return kind
    return kind_from_title(title)

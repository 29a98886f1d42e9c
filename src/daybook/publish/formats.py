"""One registry of day formats, so the CLI's choices and the site's downloads share it.

daybook's own formats are listed in ``BUILTIN``; other packages add theirs in the
entry-point group ``daybook.formats`` with a ``DayFormat`` (see docs/extending.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from daybook.errors import PublishError
from daybook.extensions import FORMATS_GROUP, Registry
from daybook.model import Day


@dataclass(frozen=True, slots=True)
class DayFormat:
    """A way to publish a day. ``render`` is a function or a ``"module:function"`` string,
    imported on first use (a JSON export needs neither Babel nor Jinja)."""

    name: str
    label: str
    media_type: str
    suffix: str
    render: Callable[[Day], str] | str
    # Offered as a download of a translated digest (a contract document is not a digest).
    digest: bool = True

    def renderer(self) -> Callable[[Day], str]:
        if callable(self.render):
            return self.render
        module, _, attr = self.render.partition(":")
        fn: Callable[[Day], str] = getattr(importlib.import_module(module), attr)
        return fn


BUILTIN: tuple[DayFormat, ...] = (
    DayFormat("text", "text", "text/plain; charset=utf-8", "txt",
              "daybook.publish.digest_text:render_digest"),
    DayFormat("md", "Markdown", "text/markdown; charset=utf-8", "md",
              "daybook.publish.markdown:render_markdown"),
    DayFormat("html", "HTML", "text/html; charset=utf-8", "html",
              "daybook.publish.html:render_html"),
    DayFormat("json", "JSON", "application/json", "json",
              "daybook.publish.json_export:render_json", digest=False),
)


def _as_format(name: str, obj: object) -> DayFormat:
    if not isinstance(obj, DayFormat):
        raise TypeError(f"{obj!r} is not a daybook.publish.formats.DayFormat")
    if obj.name != name:
        raise TypeError(f"the format is named {obj.name!r}, its entry point {name!r}")
    return obj


FORMATS: Registry[DayFormat] = Registry(
    FORMATS_GROUP, lambda: {f.name: f for f in BUILTIN}, _as_format)


def day_formats() -> tuple[DayFormat, ...]:
    return tuple(FORMATS.entries().values())


def format_names() -> tuple[str, ...]:
    return FORMATS.names()


def get_format(name: str) -> DayFormat:
    fmt = FORMATS.get(name)
    if fmt is None:
        raise PublishError(f"unknown format {name!r}",
                           remedy="use one of " + ", ".join(format_names()))
    return fmt


def format_for_suffix(suffix: str) -> DayFormat | None:
    """The format a download's file suffix names (``txt`` -> text)."""
    return next((f for f in day_formats() if f.suffix == suffix), None)


def render_day(day: Day, fmt: str) -> str:
    return get_format(fmt).renderer()(day)

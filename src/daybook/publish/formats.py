"""One entry point for every day format, so the CLI and the web site share it."""

from __future__ import annotations

from collections.abc import Callable

from daybook.errors import PublishError
from daybook.model import Day

# format name -> (media type, file suffix)
DAY_FORMATS: dict[str, tuple[str, str]] = {
    "json": ("application/json", "json"),
    "text": ("text/plain; charset=utf-8", "txt"),
    "md": ("text/markdown; charset=utf-8", "md"),
    "html": ("text/html; charset=utf-8", "html"),
}


def _renderer(fmt: str) -> Callable[[Day], str]:
    # Imported on use: a JSON export needs neither Babel nor Jinja.
    if fmt == "json":
        from daybook.publish.json_export import render_json

        return render_json
    if fmt == "text":
        from daybook.publish.digest_text import render_digest

        return render_digest
    if fmt == "md":
        from daybook.publish.markdown import render_markdown

        return render_markdown
    if fmt == "html":
        from daybook.publish.html import render_html

        return render_html
    raise PublishError(f"unknown format {fmt!r}", remedy="use one of " + ", ".join(DAY_FORMATS))


def render_day(day: Day, fmt: str) -> str:
    return _renderer(fmt)(day)

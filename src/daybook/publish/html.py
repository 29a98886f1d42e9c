"""A day as a standalone, printable HTML5 page (Jinja2, autoescaped).

All text comes from outside sources and is untrusted: the template escapes every value
(autoescape on, no ``|safe``), and links are only made from http(s) URLs so a
``javascript:`` URL in a source stays inert text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from daybook.model import Block, Day, Event, split_ordinal
from daybook.publish import locale as L
from daybook.sanitize import markup_finalize

if TYPE_CHECKING:
    from jinja2 import Environment


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of blocks rendered together: one block, one list, or one editorial insert."""

    kind: Literal["block", "list", "editorial"]
    blocks: tuple[Block, ...]
    # For a speech block: whether to show its speaker (the speaker changed).
    labelled: bool = False

    @property
    def ordered(self) -> bool:
        return all(split_ordinal(b.text)[0] is not None for b in self.blocks)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL (safe as a link target), else None."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.casefold()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def group_blocks(blocks: tuple[Block, ...]) -> list[Segment]:
    """Blocks in render order: consecutive list items form one list, consecutive editorial
    blocks one insert; a speech block is labelled when its speaker differs from the last."""
    out: list[Segment] = []
    speaking: tuple[str, str | None, str | None] | None = None
    for block in blocks:
        if block.provenance == "editorial":
            if out and out[-1].kind == "editorial" and (
                out[-1].blocks[-1].source_url == block.source_url
            ):
                out[-1] = Segment("editorial", (*out[-1].blocks, block))
            else:
                out.append(Segment("editorial", (block,)))
            continue
        if block.type == "list":
            last = out[-1] if out else None
            ordered = split_ordinal(block.text)[0] is not None
            if last and last.kind == "list" and last.ordered == ordered:
                out[-1] = Segment("list", (*last.blocks, block))
            else:
                out.append(Segment("list", (block,)))
            continue
        if block.type in ("turn", "answer"):
            current = (block.type, block.speaker, block.role)
            labelled = current != speaking and bool(block.speaker or block.role)
            speaking = current
            out.append(Segment("block", (block,), labelled))
            continue
        if block.type in ("question", "separator"):
            speaking = None
        out.append(Segment("block", (block,)))
    return out


@cache
def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("daybook.publish", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=markup_finalize,
    )
    env.filters["safe_url"] = safe_url
    env.filters["ordinal"] = split_ordinal
    return env


def _event_view(event: Event, lang: str) -> dict[str, object]:
    return {
        "event": event,
        "anchor": f"event-{event.number}",
        "date_line": L.event_date_line(event, lang),
        "segments": group_blocks(event.blocks),
    }


def render_html(day: Day, lang: str | None = None) -> str:
    """The day as one HTML5 page with inline CSS, fit to print."""
    lang = L.day_language(day, lang)
    template = _environment().get_template("day.html.j2")
    return template.render(
        day=day,
        lang=lang,
        labels=L.labels(lang),
        day_date=L.format_date(day.date, lang),
        events=[_event_view(e, lang) for e in day.events],
    )

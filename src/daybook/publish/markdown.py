"""A day as Markdown: headings per event, speakers in bold, editorial inserts as quotes.

Source text is untrusted: Markdown punctuation is backslash-escaped and ``<``, ``>``, ``&``
become entities, so neither markup nor raw HTML passes through a Markdown renderer; links
are made only from http(s) URLs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

from daybook.model import Day, Event, split_ordinal
from daybook.publish import locale as L
from daybook.publish.html import Segment, group_blocks, safe_url

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|~!])")
_LINE_START = re.compile(r"^(\s*)(?:([-+=>])|(\d+)([.)]))")


def escape(text: str) -> str:
    """Text that Markdown shows as written, with no markup and no raw HTML."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_start, text)


def _escape_start(m: re.Match[str]) -> str:
    # A leading "-", "+" or ">" and the dot of "1." would start a list or a quote.
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def link(url: str | None) -> str:
    """An autolink for an http(s) URL; anything else as escaped text."""
    safe = safe_url(url)
    if safe is None:
        return escape(url or "")
    return "<" + quote(safe, safe=":/?#[]@!$&'()*+,;=%~-._") + ">"


def render_markdown(day: Day, lang: str | None = None) -> str:
    lang = L.day_language(day, lang)
    labels = L.labels(lang)
    out = [f"# {escape(day.title or L.format_date(day.date, lang))}", ""]
    meta = L.format_date(day.date, lang)
    if day.principal:
        meta += f" · {escape(day.principal.name)}"
    out += [f"*{meta}*", "", f"## {labels['contents']}", ""]
    for e in day.events:
        out.append(f"{e.number}\\. [{escape(e.title)}](#event-{e.number}) – "
                   f"{escape(L.event_date_line(e, lang))}")
    for event in day.events:
        out += ["", "---", ""]
        out += list(_event(event, lang))
    return "\n".join(out).rstrip() + "\n"


def _event(event: Event, lang: str) -> Iterator[str]:
    labels = L.labels(lang)
    yield f'<a id="event-{event.number}"></a>'
    yield ""
    yield f"## {event.number}. {escape(event.title)}"
    yield ""
    yield f"*{escape(L.event_date_line(event, lang))}*"
    yield ""
    if event.lead:
        yield f"**{escape(event.lead)}**"
        yield ""
    if event.participants:
        yield f"### {labels['participants']}"
        yield ""
        for p in event.participants:
            role = f", {escape(p.role)}" if p.role else ""
            yield f"- **{escape(p.name)}**{role}"
        yield ""
    for seg in group_blocks(event.blocks):
        yield from _segment(seg, lang)
        yield ""
    if event.status.continued:
        yield f"*{labels['continued']}*"
        yield ""
    if event.photos:
        yield f"### {labels['photos']}"
        yield ""
        for photo in event.photos:
            credit = ""
            if photo.credit:
                credit = f" — *{labels['photo_credit']}{labels['colon']} {escape(photo.credit)}*"
            yield f"{photo.number}\\. {escape(photo.caption)}{credit}"
            yield ""
    for key, values in (("geography", event.tags.geography), ("topics", event.tags.topics),
                        ("persons", event.tags.persons)):
        if values:
            yield f"*{labels[key]}{labels['colon']}* {escape(', '.join(values))}"
            yield ""
    for s in event.sources:
        extra = ", ".join(x for x in (s.publisher, s.license) if x)
        yield f"{labels['source']}{labels['colon']} {link(s.url)}" + (
            f" ({escape(extra)})" if extra else "")
        yield ""


def _segment(seg: Segment, lang: str) -> Iterator[str]:
    labels = L.labels(lang)
    if seg.kind == "editorial":
        yield f"> **{labels['editorial']}** — *{labels['editorial_note']}*"
        for b in seg.blocks:
            yield ">"
            yield f"> - {escape(b.text)}" if b.type == "list" else f"> {escape(b.text)}"
        if seg.blocks[0].source_url:
            yield ">"
            yield f"> {labels['source']}{labels['colon']} {link(seg.blocks[0].source_url)}"
        return
    if seg.kind == "list":
        for b in seg.blocks:
            ordinal, item = split_ordinal(b.text)
            yield f"{ordinal}. {escape(item)}" if ordinal is not None else f"- {escape(b.text)}"
        return
    b = seg.blocks[0]
    if b.type == "separator":
        yield "\\* \\* \\*"
    elif b.type == "elision":
        yield "&lt;…&gt;"
    elif b.type == "question":
        number = f" {b.number}" if b.number is not None else ""
        yield f"**{labels['question']}{number}.** *{escape(b.text)}*"
    elif b.type in ("turn", "answer") and seg.labelled:
        who = f"**{escape(b.speaker)}**" if b.speaker else ""
        role = f" ({escape(b.role)})" if b.role else ""
        yield f"{who}{role}{labels['colon']} {escape(b.text)}".lstrip()
    elif b.type == "heading":
        yield f"### {escape(b.text)}"
    else:
        yield escape(b.text)

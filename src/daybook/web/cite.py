"""Citations of an event or one of its paragraphs: the stable address on this site, title,
date, the official source and the access date, as BibTeX (through pybtex) and CSL-JSON.

Pure functions over the model; the views give the site's base address and today's date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from daybook.model import Event


@dataclass(frozen=True, slots=True)
class Citation:
    key: str
    title: str
    container: str | None
    date: dt.date
    url: str
    source_url: str | None
    accessed: dt.date
    language: str
    author: str | None = None
    block: int | None = None
    publisher: str | None = None


def event_path(event: Event, block: int | None = None) -> str:
    """The event's page on this site in its language; for a paragraph ``&block=N``, which
    leads to the part that holds it and its anchor whatever the paging."""
    path = f"/event/{quote(event.id, safe=':')}?lang={quote(event.language)}"
    return path + (f"&block={block}" if block is not None else "")


def citation(event: Event, base_url: str, accessed: dt.date,
             block: int | None = None) -> Citation:
    """The citation of ``event`` (or of its block ``block``, which must exist)."""
    source = event.sources[0] if event.sources else None
    author = None
    title = event.title
    if block is not None:
        b = event.blocks[block]
        author = b.speaker
    key = re.sub(r"[^A-Za-z0-9:_-]", "-", event.id) + (f"-b{block}" if block is not None else "")
    return Citation(key=key, title=title, container=source.publisher if source else None,
                    date=event.date, url=base_url + event_path(event, block),
                    source_url=source.url if source else None, accessed=accessed,
                    language=event.language, author=author, block=block,
                    publisher=source.publisher if source else None)


def _balanced(text: str) -> str:
    """BibTeX values are brace-delimited: braces that do not pair are dropped."""
    depth = 0
    out = []
    for ch in text:
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    text = "".join(out)
    while depth:
        i = text.rindex("{")
        text = text[:i] + text[i + 1:]
        depth -= 1
    return text


# biblatex reads these fields verbatim: escaping their # or & would change the address.
_VERBATIM = frozenset({"url"})


def _writer() -> Any:
    from pybtex.database.output.bibtex import Writer

    class VerbatimUrlWriter(Writer):  # type: ignore[misc]
        def _write_field(self, stream: Any, type: str, value: str) -> None:
            if type.lower() in _VERBATIM:
                stream.write(f",\n    {type} = {self.quote(value)}")
            else:
                super()._write_field(stream, type, value)

    return VerbatimUrlWriter()


def bibtex(c: Citation) -> str:
    """A biblatex ``@online`` entry."""
    from pybtex.database import BibliographyData, Entry, Person

    fields = {"title": _balanced(c.title), "date": c.date.isoformat(), "url": c.url,
              "urldate": c.accessed.isoformat(), "langid": c.language}
    if c.publisher:
        fields["organization"] = _balanced(c.publisher)
    if c.source_url:
        fields["note"] = _balanced(f"Source: {c.source_url}")
    if c.block is not None:
        fields["addendum"] = f"paragraph b{c.block}"
    persons = {"author": [Person(_balanced(c.author))]} if c.author else None
    data = BibliographyData({c.key: Entry("online", fields=fields, persons=persons)})
    text: str = _writer().to_string(data)
    return text


def _parts(date: dt.date) -> dict[str, Any]:
    return {"date-parts": [[date.year, date.month, date.day]]}


def csl(c: Citation) -> dict[str, Any]:
    """A CSL-JSON item (the format Zotero and citeproc read)."""
    item: dict[str, Any] = {
        "id": c.key, "type": "speech" if c.author else "webpage", "title": c.title,
        "URL": c.url, "issued": _parts(c.date), "accessed": _parts(c.accessed),
        "language": c.language,
    }
    if c.container:
        item["container-title"] = c.container
    if c.publisher:
        item["publisher"] = c.publisher
    if c.source_url:
        item["note"] = f"Source: {c.source_url}"
    if c.author:
        item["author"] = [{"literal": c.author}]
    if c.block is not None:
        item["locator"] = f"b{c.block}"
    return item


def csl_json(c: Citation) -> str:
    return json.dumps([csl(c)], ensure_ascii=False, indent=2) + "\n"

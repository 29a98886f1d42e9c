"""The daily digest source: a text file with a numbered table of contents of dated headings."""

from __future__ import annotations

import re

from daybook.parsers import Parsed
from daybook.parsers import digest_vocab as V
from daybook.sources.document import Document

# Markup that shows a document is HTML, whatever headings its text may contain.
_HTML = re.compile(r"<\s*(?:!doctype|html|head|body|div|p|meta|script)\b", re.IGNORECASE)
# How far into a file the markup check looks (HTML shows itself at the top).
HTML_WINDOW = 4096


def _dated_heading() -> re.Pattern[str]:
    # Any "day month year" after the dash claims the file; the parser then reads the date
    # and reports a month it does not know, rather than the file being "unknown format".
    return V.compiled(
        r"^\s*\d{1,3}\s*[°º]\s*/\s*\S.*?\s[–—-]\s+(?:\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}"
        r"|\w+\.?\s+\d{1,2},?\s+\d{4})",
        re.MULTILINE,
    )


def detect(doc: Document) -> bool:
    """A text (never HTML) whose lines hold a heading "N°/Title – 8 novembre 2023"."""
    if _HTML.search(doc.text[:HTML_WINDOW]):
        return False
    return _dated_heading().search(doc.text) is not None


def read(doc: Document) -> Parsed:
    from daybook.parsers.digest import parse_digest

    return parse_digest(doc.text, origin=doc.path)

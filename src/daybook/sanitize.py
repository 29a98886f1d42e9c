"""What each output format can carry: one cleaning helper per format family.

Stored text comes from outside and may hold anything a decoder lets through. Every renderer
passes its text through the helper of its family, so that one odd character in one event
never breaks a page or a feed for everyone:

- ``clean_text``: text taken in from outside (a translation), as ``for_markup`` without CR.
- ``for_markup``: HTML, XML and Atom. Drops what XML 1.0 forbids even escaped (C0 controls
  but tab and newlines, surrogates, U+FFFE/U+FFFF), C1 controls (an HTML parse error) and
  the other Unicode non-characters.
- ``for_calendar``: iCalendar TEXT. The same, and CR/CRLF become LF (the library escapes LF).
- ``for_json``: JSON documents. Drops lone surrogates (not encodable as UTF-8) and
  non-characters, in every string of a nested value.
- ``for_terminal``: text printed to a terminal. Control characters (ESC, OSC, BEL, CR, C1,
  DEL) and bidirectional overrides are shown as visible escapes (``\\x1b``), so a page can
  neither rewrite the screen nor forge a line of output.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Non-characters: U+FDD0..U+FDEF and the last two code points of every plane.
_NONCHARS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_MARKUP_BAD = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff" + _NONCHARS + "]"
)
_JSON_BAD = re.compile("[\ud800-\udfff" + _NONCHARS + "]")
# Shown escaped on a terminal; tab stays, newline stays only in multi-line text.
_TERMINAL_BAD = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff]"
)
_TERMINAL_BAD_LINE = re.compile(_TERMINAL_BAD.pattern[:-1] + "\n]")


def for_markup(text: str) -> str:
    """``text`` without the code points HTML and XML cannot carry."""
    return _MARKUP_BAD.sub("", text)


def clean_text(text: str) -> str:
    """Text taken in from outside (a translation server's answer): what ``for_markup``
    drops, and carriage returns."""
    return for_markup(text).replace("\r", "")


def markup_finalize(value: object) -> object:
    """Jinja's ``finalize`` for HTML templates: every printed string loses what HTML cannot
    carry (already-safe markup stays markup)."""
    if type(value) is str:  # the common case, without the import below (a page has 1000s)
        return for_markup(value)
    from markupsafe import Markup

    if isinstance(value, Markup):
        return Markup(for_markup(str(value)))
    return for_markup(value) if isinstance(value, str) else value


def for_calendar(text: str) -> str:
    """``text`` fit for an iCalendar TEXT value (before the library's escaping)."""
    return for_markup(text.replace("\r\n", "\n").replace("\r", "\n"))


def for_json(value: Any) -> Any:
    """``value`` (str, list, dict, scalars) with every string cleaned for JSON."""
    if isinstance(value, str):
        return _JSON_BAD.sub("", value)
    if isinstance(value, dict):
        return {for_json(k): for_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [for_json(v) for v in value]
    return value


def dumps_json(value: Any, **options: Any) -> str:
    """``json.dumps`` of the cleaned value, as UTF-8 text (not ASCII escapes)."""
    return json.dumps(for_json(value), ensure_ascii=False, **options)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def for_terminal(text: str, *, multiline: bool = False) -> str:
    """``text`` with control characters shown as escapes; newlines too unless ``multiline``."""
    return (_TERMINAL_BAD if multiline else _TERMINAL_BAD_LINE).sub(_visible, text)

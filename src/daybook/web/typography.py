"""French typography for text shown on the site: non-breaking spaces before ``: ; ? !`` and
inside « », typographic apostrophes.

A pure function over plain text, applied by the templates' ``typo`` filter to text content
(interface strings, and French event text), never to URLs or attributes: an address inside
the text is left exactly as written, and a colon between digits (16:20) is no punctuation.
"""

from __future__ import annotations

import re

from markupsafe import Markup

from daybook.translate.french import apostrophes

NNBSP = "\u202f"  # narrow no-break space: before ; ? ! and inside « »
NBSP = "\u00a0"  # no-break space: before :

# What typography never touches: web addresses and e-mail addresses.
_VERBATIM = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
# ; ? ! after a word or a closing mark, with or without a space (a run such as ?! once).
_HIGH = re.compile(r"(?<=[\w\]\)»\"”’.…])[ \t\u00a0\u202f]?([;?!]+)(?=\s|$|[»\"”)\]])")
# A colon that ends a phrase (followed by space, end or a closing mark, as ``_HIGH``: a
# closing « » gets its space, and the colon must read the same then), not one inside 16:20
# or a scheme.
_COLON = re.compile(r"(?<=[\w\]\)»\"”’.…])[ \t\u00a0\u202f]?:(?=\s|$|[»\"”)\]])")
_OPEN = re.compile(r"«[ \t\u00a0\u202f]*")
_CLOSE = re.compile(r"[ \t\u00a0\u202f]*»")


def _french(part: str) -> str:
    part = apostrophes(part)
    part = _HIGH.sub(lambda m: NNBSP + m.group(1), part)
    part = _COLON.sub(NBSP + ":", part)
    part = _OPEN.sub("«" + NNBSP, part)
    return _CLOSE.sub(NNBSP + "»", part)


def french(text: str) -> str:
    """``text`` set in French typography; addresses inside it kept as written."""
    out: list[str] = []
    last = 0
    for m in _VERBATIM.finditer(text):
        out.append(_french(text[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(_french(text[last:]))
    return "".join(out)


def typo(text: object, lang: str | None) -> object:
    """The template filter: French typography when ``lang`` is French, else ``text`` as is.
    Markup (already HTML) passes untouched, so the filter never reaches into tags."""
    if not isinstance(text, str) or isinstance(text, Markup) or not lang:
        return text
    return french(text) if lang.split("-")[0].lower() == "fr" else text

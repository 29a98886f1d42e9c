"""The templates' ``typo`` filter: French typography (``translate.typography.french``: no-break
spaces before ``: ; ? !`` and inside « », quotes, typographic apostrophes) on text content
(interface strings, and French event text), never on URLs or attributes.
"""

from __future__ import annotations

from markupsafe import Markup

from daybook.translate.typography import NBSP, NNBSP, french

__all__ = ["NBSP", "NNBSP", "french", "typo"]


def typo(text: object, lang: str | None) -> object:
    """The template filter: French typography when ``lang`` is French, else ``text`` as is.
    Markup (already HTML) passes untouched, so the filter never reaches into tags."""
    if not isinstance(text, str) or isinstance(text, Markup) or not lang:
        return text
    return french(text) if lang.split("-")[0].lower() == "fr" else text

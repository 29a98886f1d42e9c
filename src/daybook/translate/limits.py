"""Bounds on what one call to an engine may carry: source text is untrusted.

A leaf module: the engines (apertium, http) and the sentence splitter import it, and the
registry in ``engines`` imports the engines.
"""

from __future__ import annotations

from daybook.errors import TranslationError

MAX_TEXT_CHARS = 20_000
MAX_BATCH_CHARS = 2_000_000


def check_batch(texts: list[str]) -> None:
    """Refuse oversized input before it reaches a subprocess or a socket."""
    total = 0
    for i, text in enumerate(texts):
        if len(text) > MAX_TEXT_CHARS:
            raise TranslationError(
                f"text {i} has {len(text)} characters, over the limit of {MAX_TEXT_CHARS}",
                remedy="split the text into sentences first (translate.protect does this)",
            )
        total += len(text)
    if total > MAX_BATCH_CHARS:
        raise TranslationError(
            f"batch of {total} characters over the limit of {MAX_BATCH_CHARS}",
            remedy="translate in smaller batches",
        )

"""Language of each text unit, with lingua (its models ship inside the package)."""

from __future__ import annotations

from functools import cache
from typing import Any

from daybook.enrich.records import BlockLanguage

LANGUAGES = ("en", "fr", "ru")


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = (Language.ENGLISH, Language.FRENCH, Language.RUSSIAN)
    return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


def detect_language(text: str, seq: int = 0) -> BlockLanguage:
    """The most likely language of ``text`` among en/fr/ru, with its confidence."""
    if not any(c.isalpha() for c in text):
        return BlockLanguage(seq, None, 0.0)
    values = _detector().compute_language_confidence_values(text)
    if not values:
        return BlockLanguage(seq, None, 0.0)
    best = values[0]
    return BlockLanguage(seq, best.language.iso_code_639_1.name.lower(), float(best.value))

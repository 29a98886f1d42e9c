"""Word tokens, accent folding and Snowball stems shared by the search index and queries.

SQLite FTS5 only ships an English Porter stemmer, so every backend indexes a stemmed copy
of each block, made here in the block's language, and stems query words the same way.
The stemmed copy keeps one stem per word token, in order, so phrases match on stems too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Protocol

# Letters and digits; the underscore and punctuation split words as unicode61 does.
WORD = re.compile(r"[^\W_]+")

# Languages daybook reads, mapped to Snowball algorithm names.
SNOWBALL = {"fr": "french", "en": "english", "ru": "russian"}
LANGUAGES: tuple[str, ...] = tuple(SNOWBALL)


def query_languages(lang: str | None) -> tuple[str, ...]:
    """Languages whose stems a query word is matched on: the lang: filter's, else all."""
    if lang and lang in LANGUAGES:
        return (lang,)
    return LANGUAGES

# SQLite block rowids are event key * 2^BLOCK_BITS + seq (see migration 0002_search.sql).
BLOCK_BITS = 20


class _Stemmer(Protocol):
    # snowballstemmer's names; it hands out PyStemmer's C stemmers when that is installed,
    # which daybook requires: the pure-Python ones are forty times slower at ingest.
    def stemWord(self, word: str) -> str: ...

    def stemWords(self, words: list[str]) -> list[str]: ...


@cache
def _stemmer(lang: str) -> _Stemmer | None:
    name = SNOWBALL.get(lang.split("-")[0].lower())
    if name is None:
        return None
    import snowballstemmer  # type: ignore[import-untyped]

    stemmer: _Stemmer = snowballstemmer.stemmer(name)
    return stemmer


def fold(text: str) -> str:
    """Lower case without diacritics: 'Choïgu' -> 'choigu', 'ё' -> 'е'."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Word tokens in order (NFC first, so a combining accent does not split a word)."""
    return WORD.findall(unicodedata.normalize("NFC", text))


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """The Snowball stem of one word, or the lower-cased word for a language without one."""
    stemmer = _stemmer(lang)
    low = word.lower()
    return stemmer.stemWord(low) if stemmer is not None else low


# On ASCII text ``WORD`` is the runs of [A-Za-z0-9], and NFC and lower case work per
# character: one translate (lower case, anything else a space) and a split give the same
# words as the regular expression, twice as fast.
_ASCII_WORDS = str.maketrans(
    {i: chr(i).lower() if chr(i).isalnum() else " " for i in range(128)}
)
_STEMS_MAX = 200_000


class _Stems(dict[str, str]):
    """Stems already computed for one language. Looked up with ``map`` the hits stay in
    C; only a new word calls into Snowball (three times slower than a lookup)."""

    def __init__(self, stemmer: _Stemmer) -> None:
        super().__init__()
        self.stemmer = stemmer

    def __missing__(self, word: str) -> str:
        if len(self) > _STEMS_MAX:
            self.clear()
        stem = self[word] = self.stemmer.stemWord(word)
        return stem


@cache
def _stems(lang: str) -> _Stems | None:
    stemmer = _stemmer(lang)
    return _Stems(stemmer) if stemmer is not None else None


def stem_text(text: str, lang: str) -> str:
    """The stemmed copy of a text that the index stores: one stem per word, in order."""
    if text.isascii():
        low = text.translate(_ASCII_WORDS).split()
    else:
        low = [w.lower() for w in words(text)]
    stems = _stems(lang)
    return " ".join(low if stems is None else map(stems.__getitem__, low))


def query_stems(word: str, languages: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """Distinct folded stems of a query word in each language (all three when unknown)."""
    seen: dict[str, None] = {}
    for lang in languages:
        seen.setdefault(fold(stem(word, lang)), None)
    return tuple(seen)


def slug(name: str) -> str:
    """A URL-safe key for a name: folded words joined by '-' ('Vladimir Poutine' -> ...)."""
    return "-".join(fold(w) for w in words(name))

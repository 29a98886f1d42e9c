"""Word tokens, accent folding, stems and lemmas shared by the search index and queries.

SQLite FTS5 only ships an English Porter stemmer, so every backend indexes a stemmed copy
of each block, made here in the block's language, and stems query words the same way.
The stemmed copy keeps one stem per word token, in order, so phrases match on stems too.

French and English words are reduced to their Snowball stems. Russian words to their
lemma, from a morphological dictionary (pymorphy3, OpenCorpora): bare stemming cut
"Газа" (Gaza) and "газ" (gas) to the same "газ". A Russian word's lemma depends on its
case of letter: written with a capital, a proper-noun reading wins when the dictionary has
one ("Газа" -> "газа", Gaza; "Путина" -> "путин"); in lower case a common-noun reading
("газа" -> "газ", the genitive of gas). A query word, whose capital means nothing, is
looked up under both readings (``query_stems``): "газ" finds "газа" and "газом" but not
"Газа"; "газа" finds both (it is both words).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any, Protocol

# Letters and digits; the underscore and punctuation split words as unicode61 does.
WORD = re.compile(r"[^\W_]+")

# Languages daybook reads, mapped to Snowball algorithm names.
SNOWBALL = {"fr": "french", "en": "english", "ru": "russian"}
LANGUAGES: tuple[str, ...] = tuple(SNOWBALL)
# Languages whose words are reduced to a dictionary lemma rather than a Snowball stem (the
# PostgreSQL index takes these lemmas from here too, not from its own dictionaries).
LEMMATISED = frozenset({"ru"})
# Grammemes of proper nouns in the OpenCorpora tag set: place, given name, surname,
# patronymic, organisation, trade mark.
_PROPER = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad"})


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
    # Words and names recur (a query's aliases, filters): kept; long texts are not.
    return _fold_word(text) if len(text) <= 48 else _fold(text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_fold_word = lru_cache(maxsize=65536)(_fold)


def words(text: str) -> list[str]:
    """Word tokens in order (NFC first, so a combining accent does not split a word)."""
    return WORD.findall(unicodedata.normalize("NFC", text))


class _Analyzer(Protocol):
    def parse(self, word: str) -> list[Any]: ...


@cache
def morph() -> _Analyzer:
    import pymorphy3  # type: ignore[import-untyped]

    analyzer: _Analyzer = pymorphy3.MorphAnalyzer(lang="ru")
    return analyzer


def ru_lemma(word: str) -> str:
    """The lemma of a Russian word, the reading chosen by its capital (see above)."""
    try:
        parses = morph().parse(word)
    except ValueError:
        # pymorphy3 asks unicodedata for each character's name, and a character with none
        # (U+17000 and other unnamed code points) raises: such a word is its own lemma.
        return word.lower()
    if not parses:
        return word.lower()
    capital = word[:1].isupper()
    for p in parses:
        if bool(_PROPER & p.tag.grammemes) == capital:
            return str(p.normal_form)
    return str(parses[0].normal_form)


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """The stem (Snowball) or lemma (Russian) of one word as written, or the lower-cased
    word for a language without either."""
    if lang.split("-")[0].lower() in LEMMATISED:
        return ru_lemma(word)
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


class _Lemmas(dict[str, str]):
    """Lemmas already found, keyed by the word as written (its capital matters)."""

    def __missing__(self, word: str) -> str:
        if len(self) > _STEMS_MAX:
            self.clear()
        lemma = self[word] = ru_lemma(word)
        return lemma


@cache
def _stems(lang: str) -> _Stems | None:
    stemmer = _stemmer(lang)
    return _Stems(stemmer) if stemmer is not None else None


@cache
def _lemmas() -> _Lemmas:
    return _Lemmas()


def stem_text(text: str, lang: str) -> str:
    """The stemmed copy of a text that the index stores: one stem per word, in order."""
    if lang.split("-")[0].lower() in LEMMATISED:
        return " ".join(map(_lemmas().__getitem__, words(text)))
    if text.isascii():
        low = text.translate(_ASCII_WORDS).split()
    else:
        low = [w.lower() for w in words(text)]
    stems = _stems(lang)
    return " ".join(low if stems is None else map(stems.__getitem__, low))


def query_stems(word: str, languages: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """Distinct folded stems of a query word in each language (all three when unknown);
    in Russian the lemma of the word as typed first, then of its other reading (a capital
    in a query means nothing: "путин" must find Путин)."""
    seen: dict[str, None] = {}
    for lang in languages:
        seen.setdefault(fold(stem(word, lang)), None)
        if lang in LEMMATISED:
            other = word.lower() if word[:1].isupper() else word[:1].upper() + word[1:]
            seen.setdefault(fold(stem(other, lang)), None)
    return tuple(seen)


def slug(name: str) -> str:
    """A URL-safe key for a name: folded words joined by '-' ('Vladimir Poutine' -> ...)."""
    return "-".join(fold(w) for w in words(name))

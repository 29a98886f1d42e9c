"""A cache of translated blocks, so a block is never translated twice by the same engine.

Keyed by sha256 of (engine identity, source language, target language, source text); the
identity is the engine's name plus, for engines that take a glossary (DeepL, chat models), a
digest of that glossary (``cache_name``): a changed name form or institution makes them
translate again. It never holds a key. The cache lives
in its own SQLite file beside the archive (``<db>.translations.sqlite``, or the ``cache`` setting)
so the archive can stay read-only for the web while translations accumulate; opened
read-only it still serves hits and simply does not record misses.
"""

from __future__ import annotations

import copy
import hashlib
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from daybook.errors import TranslationError
from daybook.store.uri import sqlite_uri

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    engine TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
)
"""
# Part of every key: bumped when protection, splitting or a rule changes what an engine
# gives for the same text, so translations of an earlier version are not served; why each
# version was bumped is in docs/cache-versions.md (add a line there with the bump).
CACHE_VERSION = "590"


def cache_key(engine: str, src: str, dst: str, text: str) -> str:
    h = hashlib.sha256()
    for part in (CACHE_VERSION, engine, src, dst, text):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def glossary_digest(pairs: Sequence[tuple[str, str]]) -> str:
    """A short, stable digest of a glossary's entries (order and repeats do not count)."""
    h = hashlib.sha256()
    for a, b in sorted(set(pairs)):
        h.update(f"{a}\t{b}\n".encode())
    return h.hexdigest()[:12]


class Named(Protocol):
    @property
    def name(self) -> str: ...


def cache_name(engine: Named) -> str:
    """What an engine's translations are cached under: its ``cache_name`` when it has one
    (the name and what else decides its output, such as its glossary), else its name."""
    return str(getattr(engine, "cache_name", None) or engine.name)


def default_cache_path(db: str | None) -> str | None:
    """``<db>.translations.sqlite`` for a file archive, else None (``Settings.cache`` may
    name another file: ``Settings.translation_cache()``)."""
    from daybook.settings import Settings

    return Settings(db=db or "").translation_cache()


class TranslationCache:
    """Translated texts by key; ``path=None`` keeps them in memory for this process."""

    def __init__(self, path: str | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.hits = 0
        self.misses = 0
        self._aliases: dict[str, str] = {}
        try:
            if path is None:
                self._conn = sqlite3.connect(":memory:")
            elif read_only:
                if not Path(path).exists():
                    self._conn = sqlite3.connect(":memory:")
                else:
                    self._conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
            else:
                self._conn = sqlite3.connect(sqlite_uri(path, "rwc"), uri=True)
            if not read_only or path is None or not Path(path).exists():
                self._conn.execute(_SCHEMA)
                self._conn.commit()
        except sqlite3.Error as exc:
            raise TranslationError(f"cannot open the translation cache {path}: {exc}",
                                   remedy="check the path, or set another (DAYBOOK_CACHE)") from exc

    def get_many(self, engine: str, src: str, dst: str,
                 texts: Iterable[str]) -> dict[str, str]:
        """Cached translations of those texts that have one, by source text."""
        found: dict[str, str] = {}
        name = self._aliases.get(engine, engine)
        for text in dict.fromkeys(texts):
            try:
                row = self._conn.execute("SELECT text FROM translations WHERE key = ?",
                                         (cache_key(name, src, dst, text),)).fetchone()
            except sqlite3.Error:  # a read-only file that never got the table
                row = None
            if row is not None:
                found[text] = str(row[0])
                self.hits += 1
            else:
                self.misses += 1
        return found

    def put_many(self, engine: str, src: str, dst: str, pairs: Mapping[str, str]) -> None:
        if self.read_only and self.path is not None:
            return
        engine = self._aliases.get(engine, engine)
        rows = [
            (cache_key(engine, src, dst, s), engine, src, dst,
             hashlib.sha256(s.encode("utf-8")).hexdigest(), t)
            for s, t in pairs.items()
        ]
        with self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO translations"
                " (key, engine, source_lang, target_lang, source_sha256, text)"
                " VALUES (?, ?, ?, ?, ?, ?)", rows)

    def under(self, name: str, identity: str) -> TranslationCache:
        """This cache with the translations of the engine called ``name`` kept under
        ``identity`` (``cache_name(engine)``), for code that knows only the name."""
        view = copy.copy(self)  # the same connection, its own aliases
        view._aliases = {**self._aliases, name: identity}
        return view

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM translations").fetchone()[0])

    def close(self) -> None:
        self._conn.close()


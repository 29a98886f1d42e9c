"""A cache of translated blocks, so a block is never translated twice by the same engine.

Keyed by sha256 of (engine name, source language, target language, source text). It lives
in its own SQLite file beside the archive (``<db>.translations.sqlite``, or the ``cache`` setting)
so the archive can stay read-only for the web while translations accumulate; opened
read-only it still serves hits and simply does not record misses.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path

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
# Bumped when protection or splitting changes what an engine is given.
CACHE_VERSION = "3"  # 2: institutions protected in French; 3: "apertium" through Catalan


def cache_key(engine: str, src: str, dst: str, text: str) -> str:
    h = hashlib.sha256()
    for part in (CACHE_VERSION, engine, src, dst, text):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


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
        for text in dict.fromkeys(texts):
            try:
                row = self._conn.execute("SELECT text FROM translations WHERE key = ?",
                                         (cache_key(engine, src, dst, text),)).fetchone()
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

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM translations").fetchone()[0])

    def close(self) -> None:
        self._conn.close()

"""Apertium's unknown-word marks and the pivot words they flag (split from ``apertium.py``).

``*word`` unknown, ``@word`` not in the bilingual dictionary, ``#word`` not generated. Two
marks carry a source word through; one ``*`` or ``@`` in a two-stage pipeline is a pivot
word the last stage did not know, found again in the source (``source_word``). French
words are told from leftovers by Debian's word list (``french_words``); a token with a mark
between word characters ("press@kremlin.ru") is no mark and goes through held
(``hold_glued``, ``give_back``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from pathlib import Path

# A mark run before a word; "a@b.com" is no mark (the lookbehind).
MARKED = re.compile(r"(?<![\w#@*])([#@*]+)(\w+)")
# Any word with the marks before it (none for most).
TOKEN = re.compile(r"(?<![\w#@*])([#@*]*)(\w+)")
TOKEN_MARKED = re.compile(r"(?<![\w#@*])[#@*]+\w")
# Letters Spanish and Catalan write and French never does; "à" ending a longer word.
PIVOT_SPELLING = re.compile(r"[áíóúñòÁÍÓÚÑÒ]|\w\wà\b")
# A mark between word characters ("press@kremlin.ru", "x*y") is no Apertium mark, and the
# engine splits the token around it: the token goes through whole, as a placeholder.
_GLUED = re.compile(r"(?<![\w.+-])[\w.+-]*\w[#@*]+\w(?:[\w.+-]*\w)?")
_GLUED_MARK = re.compile(r"[#@*]*Zq(9\d\d)x")
FRENCH_WORDS = ("/usr/share/dict/french",)  # Debian's wfrench: 346,000 inflected words


@cache
def french_words() -> frozenset[str]:
    """French words in every inflection (Debian's wfrench), empty when not installed."""
    for path in FRENCH_WORDS:
        if Path(path).is_file():
            return frozenset(Path(path).read_text("utf-8", errors="replace").split())
    return frozenset()


# Prefixes French glues to a word the list has: "interrégionaux" is French though the list
# lacks it (it was replaced by the other pivot's "enterre régional").
_PREFIXES = ("inter", "intra", "multi", "anti", "post", "pré", "trans", "ultra", "néo",
             "extra", "auto", "bio", "géo", "cyber", "socio", "télé", "contre", "micro",
             "macro", "mono", "poly", "supra", "hyper", "super", "sous", "sur", "co", "ré")


def prefixed_french(word: str) -> bool:
    """A word made of a French prefix and a word of the French list ("interethnique")."""
    words = french_words()
    return any(word.startswith(p) and len(word) - len(p) >= 4
               and word[len(p):].lstrip("-") in words for p in _PREFIXES)


def hold_glued(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with each token that has a mark between word characters replaced by a
    placeholder ``Zq9NNx`` (none the text has), and the tokens by placeholder number."""
    if not _GLUED.search(text):
        return text, {}
    kept: dict[str, str] = {}
    free = (n for n in range(900, 1000) if f"zq{n}x" not in text.casefold())

    def hold(m: re.Match[str]) -> str:
        n = next(free, None)
        if n is None:
            return m.group(0)
        kept[str(n)] = m.group(0)
        return f"Zq{n}x"

    return _GLUED.sub(hold, text), kept


def give_back(text: str, kept: Mapping[str, str]) -> str:
    """The tokens ``hold_glued`` took, in place of their placeholders (and any mark the
    engine put on them)."""
    if not kept:
        return text
    return _GLUED_MARK.sub(lambda m: kept.get(m.group(1), m.group(0)), text)


def is_pivot_leftover(marks: str, modes: tuple[str, ...]) -> bool:
    """One ``*`` or ``@`` in a two-stage pipeline: a pivot word the last stage did not
    know. Two marks (``**``, ``@*``) carry a source word through; ``#`` is a lemma."""
    if len(modes) < 2 or marks[-1] == "#":
        return False
    return not (len(marks) >= 2 and marks[-2] in "*@")


def by_stem(here: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """``here``'s words of four letters or more by their first four, in its order: the
    only ones that can share a stem (four letters at least) with a word."""
    out: dict[str, list[tuple[str, str]]] = {}
    for w, written in here.items():
        if len(w) >= 4:
            out.setdefault(w[:4], []).append((w, written))
    return out


def source_word(backs: tuple[str, ...], here: dict[str, str],
                stems: dict[str, list[tuple[str, str]]] | None = None) -> str | None:
    """The word of the source (``here``: casefolded -> as written; ``stems``: its
    ``by_stem``) that a back-translation names: the same word or one sharing its stem
    ("boxer" -> "boxers"); None if none does ("scratch" for a source that said "held")."""
    stems = by_stem(here) if stems is None else stems
    for e in (e for back in backs for e in back.casefold().split()):
        if e in here:
            return here[e]
        for w, written in stems.get(e[:4], ()) if len(e) >= 4 else ():
            common = next((k for k, (a, b) in enumerate(zip(e, w, strict=False)) if a != b),
                          min(len(e), len(w)))
            if common >= max(4, min(len(e), len(w)) - 2):
                return written
    return None


def plain(word: str) -> str:
    """``word`` without its accents ("Victòria" -> "Victoria")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))

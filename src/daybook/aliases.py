"""Query aliases: a person's or a place's other spellings, in every script.

A query word that names a person (``Shoigu``, ``Шойгу``, ``Choïgou``: the people registry
reads it under each language's rules) or a place (``Sochi``, ``Sotchi``, ``Сочи``: the
gazetteer) also searches that person's surname or that place's name as the other sources
write it. ``daybook.search`` asks an ``Aliases`` for each unquoted word and phrase; a quoted
one is searched as typed (the page's "search only for" link).

People come from the registry: the curated one alone by default (``curated_aliases``), or a
people directory's (``directory_aliases``, learned people too). Places come from
``data/gazetteer.json`` (names per language) and from the French place tables through their
function interface (``translate.places.gazetteer``: English -> French).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from daybook.query import Expansion
from daybook.stemming import fold, words

if TYPE_CHECKING:
    from daybook.directory import Directory
    from daybook.enrich.people import Registry

# A word shorter than this never names anybody on its own (initials, "Li", "Xi" stay
# literal: expanding them would drown the query).
MIN_LENGTH = 4
MAX_FORMS = 8
_LANGS = (None, "en", "fr", "ru")


@dataclass(frozen=True, slots=True)
class Aliases:
    """``person(text) -> (id, name, every spelling)`` and the place groups by folded form."""

    person: Callable[[str], tuple[str, str, tuple[str, ...]] | None]
    places: dict[str, tuple[str, str, tuple[str, ...]]]

    def expand(self, text: str) -> Expansion | None:
        """The other forms of what ``text`` names, or None (nothing, or nothing else)."""
        folded = fold(text)
        if len(folded) < MIN_LENGTH or folded.isdigit():
            return None
        place = self.places.get(folded)
        if place is not None:
            forms = _others(text, place[2])
            return Expansion(text, "place", place[0], place[1], forms) if forms else None
        found = self.person(text)
        if found is None:
            return None
        pid, name, spellings = found
        forms = _others(text, _surname_forms(text, spellings))
        return Expansion(text, "person", pid, name, forms) if forms else None


def _others(text: str, forms: Iterable[str]) -> tuple[str, ...]:
    """Distinct forms (folded) other than the text itself, in a stable order.

    A form that contains the typed words in a row ("Republic of Kazakhstan" for
    "Kazakhstan") finds nothing the typed words do not: it is left out, since its other
    words ("the", "of") only make the index read long lists and mark them in snippets."""
    typed = [fold(w) for w in words(text)]
    seen = {fold(text)}
    out = []
    for f in forms:
        if fold(f) in seen or _contains(typed, [fold(w) for w in words(f)]):
            continue
        seen.add(fold(f))
        out.append(f)
    return tuple(sorted(out, key=fold)[:MAX_FORMS])


def _contains(typed: list[str], form: list[str]) -> bool:
    """Whether ``form`` holds the words of ``typed`` in a row."""
    n = len(typed)
    return 0 < n < len(form) and any(form[i:i + n] == typed
                                     for i in range(len(form) - n + 1))


@lru_cache(maxsize=16384)
def _keys(word: str) -> frozenset[str]:
    """How a word reads under each language's rules. Kept per word: a name's expansion
    reads every word of the person's spellings (Shoigu: ~1 ms of the search, each time)."""
    from daybook.enrich.names import name_parts

    return frozenset(k for lang in _LANGS for k in name_parts(word, lang).words)


def _surname_forms(text: str, spellings: Iterable[str]) -> list[str]:
    """The words of a person's spellings that read as the query's words (under some
    language's rules): "Shoigu" -> Шойгу, Choïgu; a full name as typed -> full names."""
    typed = words(text)
    wanted = _keys(text) if len(typed) == 1 else None
    out = []
    for spelling in spellings:
        found = words(spelling)
        if wanted is None:
            # A phrase: the spellings of as many words.
            if len(found) == len(typed):
                out.append(" ".join(found))
            continue
        out += [w for w in found if len(w) > 1 and _keys(w) & wanted]
    return out


def curated_aliases() -> Aliases:
    """People of the curated registry, and the places (built once per process)."""
    return _curated()


@cache
def _curated() -> Aliases:
    from daybook.enrich.people import Registry

    return Aliases(_registry_person(Registry.curated()), places())


def _registry_person(registry: Registry) -> Callable[[str], tuple[str, str, tuple[str, ...]]
                                                     | None]:
    from daybook.directory import resolve_any

    # The curated registry does not change in a process: a word is read once.
    @lru_cache(maxsize=4096)
    def person(text: str) -> tuple[str, str, tuple[str, ...]] | None:
        pid = resolve_any(registry, text)
        found = registry.people.get(pid) if pid else None
        if found is None or pid is None:
            return None
        return pid, found.name, tuple(found.names)

    return person


def directory_aliases(directory: Directory) -> Aliases:
    """People of a directory (the registry's and the archive's spellings), and the places."""

    def person(text: str) -> tuple[str, str, tuple[str, ...]] | None:
        key = directory.resolve(text)
        entry = directory.get(key) if key else None
        if entry is None or key is None:
            return None
        return key, entry.name, (*entry.spellings, *entry.known_names)

    return Aliases(person, places())


@cache
def places() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Every known form of a place (folded) -> (id, name, every form)."""
    groups: list[tuple[str, str, list[str]]] = []
    raw = json.loads(resources.files("daybook.data").joinpath("gazetteer.json")
                     .read_text("utf-8"))
    for entry in raw["entries"]:
        if entry.get("type") == "place":
            forms = [entry["name"], *(n for ns in entry.get("names", {}).values() for n in ns)]
            groups.append((entry["id"], entry["name"], forms))
    groups += _french_places()
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for pid, name, forms in groups:
        key = fold(name)
        old = next((out[fold(f)] for f in forms if fold(f) in out), None)
        merged = tuple(dict.fromkeys([*(old[2] if old else ()), *forms]))
        group = (old[0], old[1], merged) if old else (pid, name, merged)
        for f in group[2]:
            out[fold(f)] = group
        out.setdefault(key, group)
    return out


def _french_places() -> list[tuple[str, str, list[str]]]:
    """English and French names of places and countries, from the translation tables'
    function interface; a pair whose names differ only in accents adds nothing."""
    from daybook.translate.places import gazetteer

    g = gazetteer()
    pairs = list(g.places.items()) + [(en, fr) for en, (_, fr) in g.countries.items()]
    return [(f"place:{fold(en).replace(' ', '-')}", en, [en, fr]) for en, fr in pairs
            if fold(en) != fold(fr) and len(en) <= 60]

"""How the people registry compares names (split from ``people``, which re-exports the
public names): the keys of a name under its language's rules and the plain ones
(``variants_of``), the case forms a Russian surname may stand for (``case_stems``), which word is
the surname by the source's word order (``surname_of``), two spellings of one long surname
(``near``), and how kremlin.ru writes a participant (``split_listed``, ``is_upper_surname``:
"ЛАВРОВ Сергей Викторович – Министр ...") or an initials label ("В.Путин",
``initials_label``).
"""

from __future__ import annotations

import re
from typing import Literal

from daybook.enrich.names import NameParts, edit_distance, name_parts, strip_accents, transliterate

# How a source writes a name: "given_first" (Vladimir Putin), "surname_first" (Persons tags,
# "Путин Владимир Владимирович"), or unknown.
Order = Literal["given_first", "surname_first", "unknown"]

# Case endings of Russian names after transliteration and the skeleton (y -> i).
_RU_ENDINGS = ("oi", "ei", "im", "om", "em", "iu", "a", "u", "e", "i")
# "ЛАВРОВ Сергей Викторович – Министр иностранных дел": name, dash, role.
_RU_LISTED = re.compile(r"^\s*(?P<name>[^–—]+?)\s+[–—-]\s+(?P<role>.+?)\s*$")


def split_listed(text: str) -> tuple[str, str | None]:
    """A kremlin.ru participant entry into name and role."""
    m = _RU_LISTED.match(text)
    if m:
        return m.group("name").strip(), m.group("role").strip()
    return text.strip(), None


# Words inside a name that are no given name or surname of their own.
PARTICLES = frozenset(
    {"bin", "ben", "ibn", "al", "el", "de", "da", "dos", "das", "van", "von", "der", "di", "du"}
)
# "В.Герасимов", "Ю.И.Борисов", "V. Putin": one or two initials, then one word.
_INITIALS_LABEL = re.compile(r"^\s*(?:[^\W\d_]\.\s?){1,2}[^\W\d_][\w’'-]+\s*$")


def case_stems(word: str) -> list[str]:
    """The word and what it may be a case form of (Руденей -> rudenia, Лаврова -> lavrov)."""
    return [word] + [
        word[: -len(e)] + a
        for e in _RU_ENDINGS
        if word.endswith(e) and len(word) - len(e) >= 3
        for a in ("", "a", "i", "ei", "ia")
    ]


def initials_label(name: str) -> bool:
    return _INITIALS_LABEL.match(name) is not None


def is_upper_surname(name: str) -> bool:
    return any(len(w) > 1 and w.isupper() for w in name.split())


def display_words(name: str, language: str | None) -> list[str]:
    out = []
    for w in re.findall(r"[^\W\d_][\w-]*", name):
        if len(w) <= 1 or re.search(r"(?:ович|евич|ьич|овна|евна|ична)$", w, re.I):
            continue
        t = strip_accents(transliterate(w)).casefold()
        t = re.sub(r"[^a-z-]", "", t)
        if t:
            out.append(t)
    return out[:3] if language != "ru" else out[:2]


def variants_of(name: str, language: str | None) -> list[NameParts]:
    """The name's keys under its language's rules and under the plain rules."""
    first = name_parts(name, language)
    out = [first] if first else []
    if language not in (None, "en", "ru"):
        plain = name_parts(name, None)
        if plain and plain.key != first.key:
            out.append(plain)
    return out


def surname_of(parts: NameParts, order: Order, language: str | None) -> str | None:
    if parts.surname:
        return parts.surname
    if len(parts.words) < 2:
        return None
    if order == "surname_first":
        return parts.words[0]
    if order == "given_first":
        return parts.words[-1]
    return None


def near(a: list[str], b: list[str]) -> bool:
    """Same words but for one long surname (6+ letters) within edit distance 1 (2 from 8)."""
    rest_a, rest_b = list(a), list(b)
    for w in a:
        if w in rest_b:
            rest_a.remove(w)
            rest_b.remove(w)
    if len(rest_a) != 1 or len(rest_b) != 1:
        return False
    x, y = rest_a[0], rest_b[0]
    if min(len(x), len(y)) < 6 or x[0] != y[0]:
        return False
    limit = 2 if min(len(x), len(y)) >= 8 else 1
    return edit_distance(x, y, limit) <= limit

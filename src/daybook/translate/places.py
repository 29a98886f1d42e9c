"""Places in French, from a gazetteer kept as data (``data/places_fr.json``).

``place_fr`` gives the gazetteer form ("Novo-Ogaryovo, région de Moscou"); ``heading_place``
gives the form the French digest writes in its headings and date lines, where the pieces of
a place are joined by a hyphen ("Novo-Ogaryovo-région de Moscou"), as in the reference
digest. A place the gazetteer does not know is kept as written (never machine-translated:
a mistranslated place name is worse than an English one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

MAX_PLACE = 300  # a place line longer than this is not a place


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, str]
    parts: dict[str, str]
    suffixes: dict[str, str]
    joiner: str


@cache
def gazetteer() -> Gazetteer:
    raw: dict[str, Any] = json.loads(
        resources.files("daybook.data").joinpath("places_fr.json").read_text("utf-8")
    )
    return Gazetteer(
        places=dict(raw["places"]),
        parts=dict(raw["parts"]),
        suffixes=dict(raw["suffixes"]),
        joiner=str(raw["heading_joiner"]),
    )


def _norm(place: str) -> str:
    return " ".join(place.split())


def _part(piece: str, g: Gazetteer) -> tuple[str, bool]:
    if piece in g.parts:
        return g.parts[piece], True
    if piece in g.places:
        return g.places[piece], True
    for suffix, pattern in g.suffixes.items():
        if piece.endswith(suffix) and len(piece) > len(suffix):
            return pattern.format(x=piece[: -len(suffix)]), True
    return piece, False


def lookup(place: str) -> str | None:
    """The French form of a place, or None when the gazetteer cannot make it."""
    g = gazetteer()
    text = _norm(place)
    if text in g.places:
        return g.places[text]
    pieces = [p.strip() for p in text.split(",")]
    out = [_part(p, g) for p in pieces]
    if all(known for _, known in out):
        return ", ".join(t for t, _ in out)
    return None


def place_fr(place: str | None) -> str | None:
    """The gazetteer form; an unknown place is kept as written."""
    if not place:
        return place
    text = _norm(place)[:MAX_PLACE]
    return lookup(text) or text


def heading_place(place: str | None) -> str | None:
    """The form of the digest headings: pieces joined by the heading joiner."""
    fr = place_fr(place)
    if not fr:
        return fr
    return gazetteer().joiner.join(p.strip() for p in fr.split(",") if p.strip())

from __future__ import annotations

import re

import pytest

from daybook.translate.places import heading_place, lookup, place_fr

from .conftest import SAMPLES

_PLACE = re.compile(r'class="read__place[^"]*"><i></i>([^<]+)<')


def sample_places() -> set[str]:
    found: set[str] = set()
    for page in (SAMPLES / "news").glob("*.html"):
        for m in _PLACE.finditer(page.read_text("utf-8", errors="replace")):
            found.add(" ".join(m.group(1).split()))
    return found


def test_every_sample_place_is_in_the_gazetteer() -> None:
    places = sample_places()
    if not places:
        pytest.skip("sample pages not available")
    assert len(places) >= 25
    missing = sorted(p for p in places if lookup(p) is None)
    assert not missing


@pytest.mark.parametrize(("en", "fr", "heading"), [
    ("Moscow", "Moscou", "Moscou"),
    ("Novo-Ogaryovo, Moscow Region", "Novo-Ogaryovo, région de Moscou",
     "Novo-Ogaryovo-région de Moscou"),
    ("Kremlin, Moscow", "Kremlin, Moscou", "Kremlin-Moscou"),
    ("The Kremlin, Moscow", "Kremlin, Moscou", "Kremlin-Moscou"),
    ("St Petersburg", "Saint-Pétersbourg", "Saint-Pétersbourg"),
    ("Tver Region", "région de Tver", "région de Tver"),
])
def test_known_places(en: str, fr: str, heading: str) -> None:
    assert place_fr(en) == fr
    assert heading_place(en) == heading


def test_unknown_place_is_kept_and_bounded() -> None:
    assert place_fr("Nowhere Town") == "Nowhere Town"
    assert heading_place(None) is None
    assert len(place_fr("x" * 10_000) or "") <= 300

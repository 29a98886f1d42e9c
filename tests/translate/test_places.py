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


_ENGLISH = re.compile(r"\b(?:Region|Territory|Republic|Moscow|Petersburg|on-Don|Island|"
                      r"Area|Garden|Square)\b")


def test_every_sample_place_in_french() -> None:
    places = sample_places()
    if not places:
        pytest.skip("sample pages not available")
    assert len(places) >= 25
    left = sorted(p for p in places if _ENGLISH.search(place_fr(p) or ""))
    assert not left
    # The general tables know most of them outright; the rest are romanised or kept.
    assert sum(lookup(p) is not None for p in places) / len(places) >= 0.8


@pytest.mark.parametrize(("en", "fr", "heading"), [
    ("Moscow", "Moscou", "Moscou"),
    ("Novo-Ogaryovo, Moscow Region", "Novo-Ogarevo, région de Moscou",
     "Novo-Ogarevo-région de Moscou"),
    ("Rostov-on-Don", "Rostov-sur-le-Don", "Rostov-sur-le-Don"),
    ("Krasnodar Territory", "kraï de Krasnodar", "kraï de Krasnodar"),
    ("Republic of Tatarstan", "république du Tatarstan", "république du Tatarstan"),
    ("Moscow Region", "région de Moscou", "région de Moscou"),
    ("Yekaterinburg", "Iekaterinbourg", "Iekaterinbourg"),
    ("Chelyabinsk Region", "région de Tcheliabinsk", "région de Tcheliabinsk"),
    ("Chechen Republic", "république de Tchétchénie", "république de Tchétchénie"),
    ("Akhtubinsk", "Akhtoubinsk", "Akhtoubinsk"),
    ("Osaka", "Osaka", "Osaka"),
    ("Bishkek", "Bichkek", "Bichkek"),
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

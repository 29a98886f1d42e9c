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
     "Novo-Ogarevo, région de Moscou"),
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
    ("Kremlin, Moscow", "Kremlin, Moscou", "Kremlin, Moscou"),
    ("The Kremlin, Moscow", "Kremlin, Moscou", "Kremlin, Moscou"),
    ("St Petersburg", "Saint-Pétersbourg", "Saint-Pétersbourg"),
    ("Tver Region", "région de Tver", "région de Tver"),
    # Elided before a vowel; tags' spellings of countries (bare, straight apostrophe).
    ("Astrakhan Region", "région d’Astrakhan", "région d’Astrakhan"),
    ("Republic of Daghestan", "république du Daghestan", "république du Daghestan"),
    ("People's Republic of China", "Chine", "Chine"),
    ("Democratic People’s Republic of Korea", "Corée du Nord", "Corée du Nord"),
    ("Burma", "Birmanie", "Birmanie"),
])
def test_known_places(en: str, fr: str, heading: str) -> None:
    assert place_fr(en) == fr
    assert heading_place(en) == heading


def test_unknown_place_is_kept_and_bounded() -> None:
    assert place_fr("Nowhere Town") == "Nowhere Town"
    assert heading_place(None) is None
    assert len(place_fr("x" * 10_000) or "") <= 300


def test_unknown_piece_romanised_from_the_russian_original() -> None:
    assert place_fr("Kurgalovo", "Кургалово") == "Kourgalovo"
    assert place_fr("Zavidovo, Tver Region", "Завидово, Тверская область") == (
        "Zavidovo, région de Tver")
    # A Russian piece that is not a plain name (a kind of place, a long venue) is not used.
    assert place_fr("Ice Cube Curling Centre, Sochi",
                    "Кёрлинговый центр «Ледяной куб», Сочи") == "Ice Cube Curling Centre, Sotchi"
    assert place_fr("Some Village, Tver Region", "Село Некое, Тверская область") == (
        "Selo Nekoïe, région de Tver")


def test_russian_rendition_gives_names_and_places_to_the_french_day() -> None:
    import datetime as dt

    from daybook.model import Day, Event, Participant, Principal
    from daybook.translate.day import translate_day

    date = dt.date(2025, 3, 1)
    en = Event("kremlin:1", "Meeting with Herman Gref", "meeting", date, "en",
               place="Kurgalovo", participants=(Participant("Herman Gref", "Sberbank CEO"),))
    ru = Event("kremlin:1", "Встреча с Германом Грефом", "meeting", date, "ru",
               place="Кургалово", participants=(Participant("ГРЕФ Герман Оскарович"),))
    day = Day(date, (en,), principal=Principal("Vladimir Putin"))
    [out] = translate_day(day, "fr", None, originals={"kremlin:1": ru}).events
    assert out.place == "Kourgalovo"
    assert out.participants[0].name == "Guerman Gref"
    assert out.title == "Rencontre avec Guerman Gref"

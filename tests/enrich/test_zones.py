"""Places as written → IANA zones."""

from __future__ import annotations

import datetime as dt

import pytest

from daybook.enrich.zones import site_clock_to_zone, zone_for_place


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("The\xa0Kremlin, Moscow", "Europe/Moscow"),
        ("Novo-Ogaryovo, Moscow Region", "Europe/Moscow"),
        ("Sochi", "Europe/Moscow"),
        ("Sups, Republic of\xa0Adygeya", "Europe/Moscow"),
        ("Taman\xa0– Kerch", "Europe/Moscow"),
        ("Osaka", "Asia/Tokyo"),
        ("Bishkek", "Asia/Bishkek"),
        ("Beijing", "Asia/Shanghai"),
        ("Brasilia", "America/Sao_Paulo"),
        ("Russky Island, Vladivostok", "Asia/Vladivostok"),
        ("Chita", "Asia/Chita"),
        ("Bratsk", "Asia/Irkutsk"),
        ("Amur Region", "Asia/Yakutsk"),
        ("Akhtubinsk", "Europe/Astrakhan"),
        ("Москва, Кремль", "Europe/Moscow"),
        ("Ново-Огарёво", "Europe/Moscow"),
    ],
)
def test_known_places(place: str, zone: str) -> None:
    match = zone_for_place(place)
    assert match.known and match.zone == zone


@pytest.mark.parametrize("place", [None, "", "Atlantis"])
def test_unknown_places_default_to_moscow(place: str | None) -> None:
    match = zone_for_place(place)
    assert match.zone == "Europe/Moscow" and not match.known


def test_every_2019_sample_place_is_known() -> None:
    places = [
        "The Kremlin, Moscow",
        "Sochi",
        "St Petersburg",
        "Moscow",
        "Osaka",
        "Bishkek",
        "Novo-Ogaryovo, Moscow Region",
        "Beijing",
        "Brasilia",
        "Naberezhnye Chelny",
        "Kazan",
        "Nur-Sultan",
        "Paris",
        "Red Square, Moscow",
        "Dushanbe",
        "Nalchik",
        "Sups, Republic of Adygeya",
        "Innopolis, Tatarstan",
        "Russky Island, Vladivostok",
        "Akhtubinsk",
        "Belgrade",
        "Chita",
        "Vladivostok",
        "Alexander Garden, Moscow",
        "Moscow Region",
        "Bratsk",
        "Minsk",
        "Kremlin, Moscow",
        "Amur Region",
        "Taman – Kerch",
    ]
    assert all(zone_for_place(p).known for p in places)


def test_site_clock_is_moscow_time_seen_locally() -> None:
    start = site_clock_to_zone(dt.date(2019, 6, 28), dt.time(5, 0), "Asia/Tokyo")
    assert start.isoformat() == "2019-06-28T11:00:00+09:00"
    late = site_clock_to_zone(dt.date(2019, 6, 28), dt.time(19, 10), "Asia/Tokyo")
    assert late.isoformat() == "2019-06-29T01:10:00+09:00"

"""Figures and dates in French, English and Russian text, with exact offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from daybook.enrich.dates import find_dates, month_names
from daybook.enrich.figures import find_figures, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Les échanges ont atteint 28,2 milliards de dollars.", "fr", 28.2e9, "USD"),
        ("Une hausse de 10,2% cette année.", "fr", 10.2, "percent"),
        ("Le gazoduc mesure 7.598 km.", "fr", 7598.0, "km"),
        ("Près de 60.000 étudiants étudient en Russie.", "fr", 60000.0, "étudiants"),
        ("Trade reached $28.2 billion last year.", "en", 28.2e9, "USD"),
        ("We hired 1,800 doctors.", "en", 1800.0, "doctors"),
        ("Товарооборот составил 28,2 млрд долларов.", "ru", 28.2e9, "USD"),
    ],
)
def test_figures(text: str, lang: str, value: float, unit: str) -> None:
    (fig,) = find_figures(text, lang)
    assert fig.value == pytest.approx(value)
    assert fig.unit == unit
    assert text[fig.start : fig.end] == fig.text
    assert fig.context == text


def test_dates_times_years_and_ordinals_are_not_figures() -> None:
    text = "Le 8 novembre 2023 à 14h25, pour le 80e anniversaire, en 2019."
    assert find_figures(text, "fr") == []


def test_number_conventions() -> None:
    assert parse_number("28,2", "fr") == 28.2
    assert parse_number("7.598", "fr") == 7598
    assert parse_number("1,800", "en") == 1800
    assert parse_number("28.2", "en") == 28.2


def test_context_is_the_sentence() -> None:
    text = "Bonjour. Nous avons formé 1 800 médecins. Merci."
    (fig,) = find_figures(text, "fr")
    assert fig.context == "Nous avons formé 1 800 médecins."


EVENT_DAY = dt.date(2023, 11, 8)


@pytest.mark.parametrize(
    ("text", "lang", "first", "last"),
    [
        ("Il aura lieu le 1er novembre de cette année.", "fr", dt.date(2023, 11, 1), None),
        ("les 30 et 31 octobre à Astana", "fr", dt.date(2023, 10, 30), dt.date(2023, 10, 31)),
        ("à Douchanbé le 14 septembre de cette année.", "fr", dt.date(2023, 9, 14), None),
        ("On January 23, we met.", "en", dt.date(2024, 1, 23), None),
        ("signed on 23 January 2019", "en", dt.date(2019, 1, 23), None),
        ("8 мая 2025 года в Москве", "ru", dt.date(2025, 5, 8), None),
    ],
)
def test_dates(text: str, lang: str, first: dt.date, last: dt.date | None) -> None:
    (d,) = find_dates(text, lang, EVENT_DAY)
    assert (d.value, d.end_value) == (first, last)
    assert text[d.start : d.end] == d.text


def test_month_names_come_from_babel() -> None:
    assert month_names("ru")["мая"] == 5
    assert month_names("fr")["août"] == 8
    assert month_names("en")["sept"] == 9

from __future__ import annotations

from daybook.translate.title_roles import is_bare_name, name_comma_role, person, role_fr


def test_role_with_country_and_name() -> None:
    # A foreign president takes the country's adjective; the name its French form.
    assert person("President of France Emmanuel Macron") == (
        "le président français Emmanuel Macron")
    assert person("Governor of Tver Region Igor Rudenya") == (
        "le gouverneur de la région de Tver Igor Roudenia")


def test_name_comma_role_puts_the_role_first() -> None:
    assert name_comma_role("Igor Rudenya, Governor of Tver Region") == (
        "le gouverneur de la région de Tver Igor Roudenia")


def test_bare_names_exclude_places_and_english_words() -> None:
    assert is_bare_name("Transneft")
    assert not is_bare_name("Moscow Zoo")
    assert not is_bare_name("Independence")
    assert not is_bare_name("Russia’s Muslims")


def test_organisation_role_kept_as_written() -> None:
    assert role_fr("President of Transneft") == "président de Transneft"
    assert role_fr("Rosneft CEO") == "PDG de Rosneft"

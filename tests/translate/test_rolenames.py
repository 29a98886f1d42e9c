"""A role right before a name is protected with it and written in French with its article."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.day import text_roles
from daybook.translate.places import place_fr
from daybook.translate.protect import translate_texts
from daybook.translate.rolenames import with_roles
from daybook.translate.titles import role_fr


def _role(role: str, female: bool) -> str | None:
    return role_fr(role, female=female)


def test_the_role_joins_the_name_it_precedes() -> None:
    spans = ["Donald Trump"]
    out, forms = with_roles("With President of the United States Zq0x.", spans, {0}, _role)
    assert out == "With Zq0x."
    assert spans == ["President of the United States Donald Trump"]
    assert forms == {spans[0]: "le président américain Donald Trump"}


def test_the_article_before_the_role_goes_with_it_and_a_woman_gets_hers() -> None:
    spans = ["Valentina Matviyenko", "Vladimir Putin"]
    out, forms = with_roles("Zq1x met the Federation Council Speaker Zq0x.", spans, {0, 1},
                            _role, female={"Valentina Matviyenko"})
    assert out == "Zq1x met Zq0x."
    assert forms["the Federation Council Speaker Valentina Matviyenko"] == (
        "la présidente du Conseil de la Fédération Valentina Matviyenko")


@pytest.mark.parametrize("text", [
    "With Zq0x.",                    # no role
    "Zq1x and Zq0x talked.",         # another name before it, not a role
    "Photo Zq0x.",                   # a caption's word, no role
    "at the meeting with Zq0x",      # lower-case words
])
def test_no_role_no_change(text: str) -> None:
    spans = ["Sergei Lavrov", "Vladimir Putin"]
    assert with_roles(text, spans, {0, 1}, _role) == (text, {})
    assert spans == ["Sergei Lavrov", "Vladimir Putin"]


def test_a_state_s_long_name_is_no_russian_republic() -> None:
    assert place_fr("Republic of Turkey") == "république de Turquie"  # was "de Tourkeï"
    assert place_fr("Republic of Uzbekistan") == "république d’Ouzbékistan"
    assert place_fr("Republic of Tatarstan") == "république du Tatarstan"



def test_captions_name_people_with_their_role_in_french(engine: ApertiumEngine) -> None:
    trump, mayor, two = [t.text for t in translate_texts(
        ["Before the meeting with President of the United States Donald Trump.",
         "Moscow Mayor Sergei Sobyanin before a Security Council meeting.",
         "With Minister of Transport Yevgeny Ditrikh, left, and Moscow Region Governor "
         "Andrei Vorobyov."],
        engine, "en", "fr", [["Donald Trump"], ["Sergei Sobyanin"],
                             ["Yevgeny Ditrikh", "Andrei Vorobyov"]], _role)]
    # Before: "avec Président des états unis Donald Trump", "Moscou Mayor Sergei Sobyanin".
    assert "avec le président américain Donald Trump" in trump, trump
    assert mayor.startswith("Le maire de Moscou Sergei Sobyanin"), mayor
    assert two == ("Avec le ministre des Transports Yevgeny Ditrikh, à gauche, et le "
                   "gouverneur de la région de Moscou Andrei Vorobyov."), two


def test_a_state_named_by_its_official_or_language_name() -> None:
    # ISO 3166-1 official names and CLDR's official majority languages, not romanised.
    assert role_fr("President of the French Republic") == "président français"
    assert role_fr("Prime Minister of the Slovak Republic") == "Premier ministre slovaque"
    assert role_fr("President of the Turkish Republic") == "président turc"  # was "Tourkich"
    # Russia's republics stay places.
    assert role_fr("Head of the Chechen Republic") == "chef de la république de Tchétchénie"


def test_a_conjunction_before_a_role_is_no_part_of_it(engine: ApertiumEngine) -> None:
    # page 59830: "If President Trump ..." was "Le président d’If Trump".
    [out] = translate_texts(["If President Trump has made a final decision, the situation "
                             "would be different."], engine, "en", "fr", [["Donald Trump"]],
                            role_of=text_roles("fr"))
    assert out.text.startswith("Si le président Trump"), out.text


def test_a_role_with_to_and_two_roles_joined_by_a_dash() -> None:
    # page 60862: "envoyé de plénipotentiaire présidentiel au district fédéral sibérien" (the
    # run stopped at "to"), "d'abord premier ministre de député – le ministre des Finances".
    spans = ["Sergei Menyailo", "Anton Siluanov"]
    out, forms = with_roles(
        "attended by Presidential Plenipotentiary Envoy to the Siberian Federal District Zq0x, "
        "First Deputy Prime Minister – Finance Minister Zq1x, as well as", spans, {0, 1}, _role)
    assert out == "attended by Zq0x, Zq1x, as well as"
    assert forms[spans[0]] == ("l’envoyé plénipotentiaire du Président dans le district fédéral "
                               "sibérien Sergei Menyailo")
    assert spans[1] == "First Deputy Prime Minister – Finance Minister Anton Siluanov"
    assert forms[spans[1]] == ("le premier vice-Premier ministre – ministre des Finances "
                               "Anton Siluanov")


def test_a_dash_before_one_role_only_keeps_what_precedes_it() -> None:
    spans = ["Anton Siluanov"]
    out, forms = with_roles("Budget Talks – Finance Minister Zq0x spoke.", spans, {0}, _role)
    assert out == "Budget Talks – Zq0x spoke."  # "Budget Talks" is no role
    assert forms == {"Finance Minister Anton Siluanov": "le ministre des Finances Anton Siluanov"}

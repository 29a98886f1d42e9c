"""Names of things in body text (``things_np.py``): kept as written, after their kind, in
quotation marks for works and campaigns; through ``protect`` and the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.things_np import hyphened, keep_things


def kept(text: str, people: tuple[str, ...] = ()) -> tuple[str, list[tuple[str, str | None]]]:
    found: list[tuple[str, str | None]] = []

    def keep(span: str, form: str | None, after: bool) -> str:
        found.append((span, form))
        return f"Zq{len(found) - 1}x"

    return keep_things(text, keep, people), found


@pytest.mark.usefixtures("apertium_ok")
def test_a_name_before_its_kind_goes_after_it() -> None:
    assert kept("They toured the Vostok plant.") == (
        "They toured the plant Zq0x.", [("Vostok", None)])
    assert kept("She backs the Hope for Kids charity project.") == (
        "She backs the charity project Zq0x.", [("Hope for Kids", "« Hope for Kids »")])
    assert kept("They launched the campaign Warm Hands for All.") == (
        "They launched the campaign Zq0x.", [("Warm Hands for All", "« Warm Hands for All »")])
    # A person's placeholder goes after a work's kind too; the person stays ``names``'.
    assert kept("He won the Zq3x award.", ("Zq3x",)) == ("He won the award Zq3x.", [])
    assert kept("Yug-Sport team") == ("team Zq0x", [("Yug-Sport", None)])


@pytest.mark.usefixtures("apertium_ok")
def test_no_name_of_a_thing() -> None:
    for text in ("the Russian Paralympic team", "the Olympic movement", "the Moscow plant",
                 "the Volunteer of Russia contest", "General Director of Tula Steel plant",
                 "the AI projects", "the Forum’s programme", "the Pacific Ocean fleet",
                 "the Zq1x summit", "the Swedish team", "the Leningrad Region programme",
                 # An English compound opening a sentence is no name.
                 "Large-scale exercises", "Long-term projects", "High-tech centre"):
        assert kept(text) == (text, []), text


@pytest.mark.usefixtures("apertium_ok")
def test_a_hyphened_name_english_does_not_know() -> None:
    assert hyphened("Yug-Sport") and hyphened("Skon-Ural")
    for word in ("Russian-Chinese", "Austria-Hungary", "Co-Chair", "Anti-Terrorism",
                 "Nagorno-Karabakh", "Rostov-on-Don", "Afro-Asian"):
        assert not hyphened(word), word


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "She backs the Hope for Kids charity project.",
        "They visited the Vostok plant.",
        "Yug-Sport is a large centre.",
        "We support the Clean Roads programme.",
    ], engine, "en", "fr")]
    assert "le projet de charité « Hope for Kids »" in out[0], out[0]
    assert "l'usine Vostok" in out[1], out[1]
    assert out[2].startswith("Yug-Sport est"), out[2]
    assert "le programme « Clean Roads »" in out[3], out[3]


@pytest.mark.usefixtures("apertium_ok")
def test_a_foreign_name_before_a_title_case_kind() -> None:
    # A name English does not know before a kind in Title Case: the kind goes first,
    # lower-cased, with "The" where the name opened the sentence.
    assert kept("the legendary Krasnoye Sormovo Shipyard") == (
        "the legendary shipyard Zq0x", [("Krasnoye Sormovo", None)])
    assert kept("Zvezda Plant opened.") == ("The plant Zq0x opened.", [("Zvezda", None)])
    assert kept("a runway at Sheremetyevo Airport") == (
        "a runway at the airport Zq0x", [("Sheremetyevo", None)])
    # "TV" after such a name is a channel's: kept whole.
    assert kept("an interview to Mir TV") == ("an interview to Zq0x", [("Mir TV", None)])
    # Guards: capitals that are English words are the name's own ("Moscow Gas Company",
    # "Russian TV").
    assert kept("the Moscow Gas Company") == ("the Moscow Gas Company", [])
    assert kept("on Russian TV") == ("on Russian TV", [])


@pytest.mark.usefixtures("apertium_ok")
def test_a_possessive_inside_a_name_after_the() -> None:
    # "the" before "Knight's": the possessive is the name's, not a possessor's.
    assert kept("the Knight's Move chess club") == (
        "the chess club Zq0x", [("Knight's Move", None)])
    # Guard: with no "the", a possessor ("Russia's Zarya plant") is no name.
    assert kept("Russia's Zarya plant")[1] == []


def test_title_case_kind_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The legendary Krasnoye Sormovo Shipyard is celebrating its "
                           "anniversary.", "He gave an interview to Mir TV."],
                          engine, "en", "fr")
    assert out[0].text.startswith("Le chantier naval légendaire Krasnoye Sormovo")
    assert "Mir TV" in out[1].text and "télévision" not in out[1].text

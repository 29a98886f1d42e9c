"""A model's or a body's name before its kind (``machines_np.py``): the kind first, the
name protected after it; through ``protect`` and the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.machines_np import machines_first
from daybook.translate.protect import translate_texts


def turned(text: str) -> tuple[str, list[str]]:
    found: list[str] = []

    def keep(span: str, form: str | None, after: bool) -> str:
        found.append(span)
        return f"Zq{len(found) - 1}x"

    return machines_first(text, keep), found


@pytest.mark.usefixtures("apertium_ok")
def test_a_code_or_an_unknown_name_goes_after_its_kind() -> None:
    assert turned("the Mi-38T helicopter with enhanced lifting power") == (
        "the helicopter Zq0x with enhanced lifting power", ["Mi-38T"])
    assert turned("the first five KAMAZ-5320 trucks off the line") == (
        "the first five trucks Zq0x off the line", ["KAMAZ-5320"])
    # Adjectives and nouns between the name and the kind go with the kind.
    assert turned("the Kinzhal hypersonic missile and the Tigr armoured vehicle") == (
        "the hypersonic missile Zq0x and the armoured vehicle Zq1x", ["Kinzhal", "Tigr"])
    # A kind in Title Case after such a name is lower-cased; a maker the analyser knows.
    assert turned("the Interros Group in 2009") == ("the group Zq0x in 2009", ["Interros"])
    assert turned("his Bharatiya Janata Party") == ("his party Zq0x", ["Bharatiya Janata"])
    assert turned("They bought Boeing airliners.") == ("They bought airliners Zq0x.", ["Boeing"])
    assert turned("the Viking missile system") == ("the missile system Zq0x", ["Viking"])
    # A place before the name stays before the kind.
    assert turned("the Moscow Lastochka train") == ("the Moscow train Zq0x", ["Lastochka"])


@pytest.mark.usefixtures("apertium_ok")
def test_no_name_of_a_model() -> None:
    for text in ("The BRICS group met", "the Minsk Group", "Such vehicles are good",
                 "the Russian Railways trains", "the Volga group", "the Moscow metro trains",
                 "the Putin group", "Kinzhal Missile Systems",
                 # The kind a modifier; a plural subject (its verb would agree with the
                 # name); an English compound before the name (the tagger's verb "train").
                 "the Tigr vehicle fleet", "The KAMAZ-5320 trucks rolled off",
                 "the Russian-made Ivolga train",
                 # Two names share the kind: left whole.
                 "the Tu-22M3 and Tu-160 aircraft", "the Soyuz-2 and Angara rockets"):
        assert turned(text) == (text, []), text


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "The army received the Kinzhal hypersonic missile and the Tigr armoured vehicle.",
        "They are producing the Tu-160 bombers.",
        "The project was set up by the Interros Group in 2009.",
        "Russia deployed the S-400 systems.",
    ], engine, "en", "fr")]
    assert "le missile hypersonique Kinzhal et le véhicule blindé Tigr" in out[0], out[0]
    assert "Tu-160" in out[1] and "de Tu-160" not in out[1], out[1]
    assert "le groupe Interros" in out[2], out[2]
    assert "les systèmes S-400" in out[3], out[3]

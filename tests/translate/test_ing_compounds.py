"""English compounds opening with an -ing word: the English said before the engine, and the
French that comes out (Robert & Collins' locutions)."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.ing_compounds import english
from daybook.translate.preedit import may_change
from daybook.translate.protect import translate_texts


def _french(engine: ApertiumEngine, *lines: str) -> list[str]:
    return [t.text for t in translate_texts(list(lines), engine, "en", "fr")]


def test_each_compound_is_said_as_the_english_the_engine_reads() -> None:
    assert english("They improved living conditions.") == "They improved conditions of life."
    assert english("new training centres and a training center") == \
        "new centres of training and a center of training"
    assert english("100 filling stations") == "100 service stations"
    assert english("A meat processing plant") == "A meat transformation plant"
    assert english("Marching bands played.") == "Fanfares played."
    assert english("a shopping mall") == "a commercial centre"
    assert english("operating businesses") == "active businesses"
    assert english("Defence spending grew.") == "Defence expenditure grew."


def test_a_capital_opening_the_compound_is_kept() -> None:
    assert english("Living conditions improved.") == "Conditions of life improved."
    assert english("Training centres opened.") == "Centres of training opened."


def test_other_ing_words_and_their_verbs_stay() -> None:
    for line in ("They are living in good conditions.", "We are training centre-backs.",
                 "He is processing the plant data.", "The company is operating at a loss.",
                 "We are spending more.", "The working conditions improved."):
        assert english(line) == line


def test_a_line_with_a_compound_is_pre_edited() -> None:
    assert may_change("We built 100 filling stations")
    assert may_change("Military spending rose")


def test_the_french_has_the_locution(engine: ApertiumEngine) -> None:
    out = _french(engine, "They improved living conditions in the region.",
                  "We opened new training centres.",
                  "We built 100 filling stations this year.",
                  "A meat processing plant opened in May.",
                  "We opened a shopping centre.")
    assert "conditions de vie" in out[0] and "vivant" not in out[0]
    assert "centres de formation" in out[1]
    assert "stations-service" in out[2] and "remplissant" not in out[2]
    assert "usine de transformation" in out[3] and "démarche" not in out[3]
    assert "centre commercial" in out[4]


def test_an_ing_word_sharing_its_noun_with_other_modifiers_stays() -> None:
    line = "educational, cultural and training centres"
    assert english(line) == line
    assert english("food or processing plants, training centres") == \
        "food or processing plants, training centres"

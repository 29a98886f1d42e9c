"""English compounds opening with an -ing word: the English said before the engine, and the
French that comes out (Robert & Collins' locutions)."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.ing_compounds import english
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
    assert english("Defence spending grew.") == "Defence expenditures grew."
    assert english("close working relations, standard working conditions") == \
        "close work relations, standard work conditions"
    assert english("They set up polling stations.") == "They set up offices of vote."
    assert english("The living quarters have") == "The dwellings have"
    assert english("for the coming generation") == "for the future generation"
    assert english("development and uranium mining, coal mining") == \
        "development and uranium extraction, coal extraction"
    assert english("on the borrowing market") == "on the loan market"


def test_a_capital_opening_the_compound_is_kept() -> None:
    assert english("Living conditions improved.") == "Conditions of life improved."
    assert english("Training centres opened.") == "Centres of training opened."


def test_other_ing_words_and_their_verbs_stay() -> None:
    for line in ("They are living in good conditions.", "We are training centre-backs.",
                 "He is processing the plant data.", "The company is operating at a loss.",
                 "We are spending more.", "The workings of the state."):
        assert english(line) == line


def test_the_noun_housing_is_said_as_habitation() -> None:
    assert english("a plan to restore housing and public utilities") == \
        "a plan to restore habitation and public utilities"
    assert english("Housing construction, housing conditions, providing housing to them") \
        == "Habitation construction, habitation conditions, providing habitation to them"


def test_the_spanish_pivot_keeps_the_compounds_it_reads_another_way() -> None:
    line = "close working relations, living quarters and housing"
    assert english(line, "eng-spa") == line
    assert english("polling stations", "eng-spa") == "offices of vote"


def test_the_verb_housing_stays() -> None:
    for line in ("a building housing the museum", "centres housing refugees",
                 "The hall is housing 300 guests.", "a wing housing Russian art",
                 "a housing-related issue"):
        assert english(line) == line


def test_coming_and_mining_elsewhere_stay() -> None:
    for line in ("in the coming years", "people coming generation after generation",
                 "the mining industry"):
        assert english(line) == line


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


def test_the_french_has_the_locution_for_the_new_compounds(engine: ApertiumEngine) -> None:
    out = _french(engine, "We need a plan to restore housing before winter.",
                  "They set up polling stations in Russia.",
                  "We have established close working relations.",
                  "It is important for the coming generation.",
                  "They exceed 70 percent of the world's total military spending.")
    assert "logement" in out[0] and "contenir" not in out[0]
    assert "bureaux de vote" in out[1]
    assert "relations de travail" in out[2] and "travailler" not in out[2]
    assert "génération future" in out[3]
    assert "dépenses" in out[4] and "totales du monde" in out[4] and "dépenser" not in out[4]


def test_an_ing_word_sharing_its_noun_with_other_modifiers_stays() -> None:
    line = "educational, cultural and training centres"
    assert english(line) == line
    assert english("food or processing plants, training centres") == \
        "food or processing plants, training centres"


def test_training_a_noun_in_a_list_is_said_formation() -> None:
    assert english("their combat capabilities, training, and cohesion") == (
        "their combat capabilities, formation, and cohesion")
    assert english("Sport, training and education") == "Sport, formation and education"
    # the verb after a comma, before its object; a list's last member after *and*
    assert english("We met, training young people") == "We met, training young people"
    assert english("education and training.") == "education and training."


def test_training_in_a_list_comes_out_a_noun(engine: ApertiumEngine) -> None:
    out = _french(engine, "Sport, training and education are important.")[0]
    assert "formation" in out and "entraînant" not in out

"""World regions (``regions.py``) as places of a text: found, put back in French with their
preposition and article, joined before "region", turned head first as a modifier; and the
names that are also adjectives, the Russian subdivisions and hyphened compounds left alone.
The English sentences are made up for these tests."""

from __future__ import annotations

from babel import Locale

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.regions import table
from daybook.translate.textplaces import find, french, genitive, locative, lookup, region_heads


def _place(span: str):  # type: ignore[no-untyped-def]
    place = lookup(span)
    assert place is not None, span
    return place


def test_cldr_names_where_french_usage_agrees() -> None:
    fr = Locale("fr").territories
    assert table()["Latin America"][1] == fr["419"] == "Amérique latine"
    assert table()["Central Asia"][1] == fr["143"]
    assert table()["South-East Asia"][1] == fr["035"]
    # CLDR's "Afrique septentrionale": the press writes "Afrique du Nord"
    assert table()["North Africa"][1] == "Afrique du Nord"


def test_prepositions_and_articles() -> None:
    assert locative(_place("the Middle East")) == "au Moyen-Orient"
    assert genitive(_place("the Middle East"), "histoire") == "du Moyen-Orient"
    assert locative(_place("Latin America")) == "en Amérique latine"
    assert locative(_place("Central Asia")) == "en Asie centrale"
    assert locative(_place("the Far East")) == "en Extrême-Orient"
    assert locative(_place("the Balkans")) == "dans les Balkans"
    assert locative(_place("the Persian Gulf")) == "dans le golfe Persique"
    assert locative(_place("the Black Sea")) == "en mer Noire"
    assert genitive(_place("the Caucasus"), "peuples") == "du Caucase"
    assert locative(_place("Northeast Asia")) == "en Asie du Nord-Est"
    assert locative(_place("the Far North")) == "dans le Grand Nord"  # was "le nord lointain"
    # a war, kept whole: "dans" where the engine wrote "à"
    assert locative(_place("the Second World War")) == "dans la Seconde Guerre mondiale"
    # the engine's "à" after a bracket is a preposition too
    assert french("là [à ", _place("the Far East")) == ("là [", "en Extrême-Orient")


def test_regions_joined_before_region() -> None:
    joint = _place("the Middle East and North Africa region")
    assert joint.name == "région du Moyen-Orient et de l’Afrique du Nord"
    assert locative(joint) == "dans la région du Moyen-Orient et de l’Afrique du Nord"
    assert _place("the Asia-Pacific Region").name == "région Asie-Pacifique"
    assert _place("the Caspian region").name == "région de la Caspienne"
    # a Russian subdivision keeps its own rule
    assert _place("Sakhalin Region").name == "région de Sakhaline"


def test_names_that_are_adjectives_and_compounds_are_left() -> None:
    assert find("the Arctic zone and Arctic LNG-2") == []
    assert find("entities in the Volga-Caspian region") == []
    assert [p.name for _, _, p in find("security in the Arctic and the Baltic")] == [
        "Arctique", "Baltique"]
    # "the" before the second name: two places, not one region
    assert [p.name for _, _, p in find("countries in Scandinavia and the Baltic Region")] == [
        "Scandinavie", "région de la Baltique"]


def test_a_region_before_its_noun_is_turned() -> None:
    assert region_heads("to draw our Middle East partners into it") == \
        "to draw our partners of the Middle East into it"
    assert region_heads("He thanked Black Sea sailors.") == "He thanked sailors of the Black Sea."
    for kept in ("The Middle East peace process stalled.", "Central Asia needs water.",
                 "Acting Governor of Irkutsk Region until an election.",
                 "The Arctic territory is vast."):
        assert region_heads(kept) == kept


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts(
        ["Qatar is our partner in the Middle East.",
         "Qatar is our partner in the Middle East and North Africa region.",
         "Myanmar is our partner in Southeast Asia.",
         "The Asia-Pacific region is growing."], engine, "en", "fr", [[], [], [], []])]
    assert "au Moyen-Orient" in out[0]  # was "au milieu est"
    assert "dans la région du Moyen-Orient et de l’Afrique du Nord" in out[1]
    assert "en Asie du Sud-Est" in out[2]  # was "dans vers le sud-est l'Asie"
    assert out[3].startswith("La région Asie-Pacifique")  # was "L'Asie-région de pacifique"


def test_a_region_adjective_is_said_as_the_region(apertium_ok: bool) -> None:
    assert region_heads("Central Asian states met.") == "states of Central Asia met."
    assert region_heads("Middle Eastern countries.") == "countries of the Middle East."
    assert region_heads("Asia-Pacific countries grow.") == \
        "countries of the Asia-Pacific region grow."
    for kept in ("The Central Asian gas pipeline works.",  # a compound after it
                 "Students of the Far Eastern Federal University came.",  # a name
                 "Latin American countries met."):  # the engine's "latino-américains"
        assert region_heads(kept) == kept

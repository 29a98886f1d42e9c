"""Entities from the models, the gazetteer and the registry, with offsets; language ids."""

from __future__ import annotations

import pytest

from daybook.enrich.entities import find_entities, gazetteer
from daybook.enrich.langid import detect_language
from daybook.enrich.people import Registry


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.curated()


def test_gazetteer_and_registry_in_english(reg: Registry) -> None:
    text = "Vladimir Putin met Sergei Shoigu in Moscow. The SCO, the CIS and Gazprom."
    found = {(m.text, m.type, m.entity_id) for m in find_entities([(3, text)], "en", reg)}
    assert ("Vladimir Putin", "person", "person:vladimir-putin") in found
    assert ("Sergei Shoigu", "person", "person:sergei-shoigu") in found
    assert ("SCO", "org", "org:sco") in found
    assert ("CIS", "org", "org:cis") in found
    assert ("Moscow", "place", "place:moscow") in found


def test_french_model_with_stop_list(reg: Registry) -> None:
    text = (
        "Bonjour. Le ministre de la Défense Sergueï Choïgu, l'OTSC et la CEI. "
        "Photo : Sergueï Bobylev, TASS. Gouvernement du Kazakhstan."
    )
    mentions = find_entities([(1, text)], "fr", reg)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.seq == 1
    texts = {m.text: m for m in mentions}
    assert "Bonjour" not in texts and "Photo" not in texts
    assert texts["Sergueï Choïgu"].entity_id == "person:sergei-shoigu"
    assert texts["OTSC"].entity_id == "org:csto"
    assert "Sergueï Bobylev" in texts  # found by the model, not in the registry
    assert not any(m.text == "Gouvernement" and m.type == "place" for m in mentions)


def test_russian_model_links_inflected_names(reg: Registry) -> None:
    text = "Владимир Путин встретился с Сергеем Шойгу в Москве. ОДКБ и БРИКС."
    texts = {m.text: m for m in find_entities([(0, text)], "ru", reg)}
    assert texts["Сергеем Шойгу"].entity_id == "person:sergei-shoigu"
    assert texts["Москве"].entity_id == "place:moscow"
    assert texts["ОДКБ"].entity_id == "org:csto"


def test_stop_list_is_data() -> None:
    assert gazetteer().is_stopped("Bonjour", "person")
    assert gazetteer().is_stopped("Gouvernement", "place")


def test_language_of_blocks() -> None:
    assert detect_language("Bonjour, chers collègues.").language == "fr"
    assert detect_language("Good afternoon, colleagues.").language == "en"
    assert detect_language("Добрый день, уважаемые коллеги.").language == "ru"
    assert detect_language("2019 – 2023").language is None


def test_tags_with_accented_letters_are_found_given_name_first() -> None:
    from daybook.enrich.entities import NameMatcher
    from daybook.enrich.people import Registry

    reg = Registry.curated()
    pid = reg.observe("Niinistö Sauli", "en", order="surname_first")
    found = NameMatcher(reg, "en").find("A call with President of Finland Sauli Niinistö.", 0)
    assert [(m.text, m.entity_id) for m in found] == [("Sauli Niinistö", pid)]


def test_model_spans_the_gazetteer_knows_keep_its_type_and_lower_case_spans_go() -> None:
    from daybook.enrich import entities
    from daybook.enrich.people import Registry
    from daybook.enrich.records import Mention

    reg = Registry.curated()
    linked = entities._link(Mention(0, 0, 7, "Gazprom", "person"), reg, "fr")
    assert (linked.type, linked.entity_id) == ("org", "org:gazprom")
    assert not entities._named(Mention(0, 0, 7, "kazakhe", "place"))
    assert entities._named(Mention(0, 0, 6, "Astana", "place"))

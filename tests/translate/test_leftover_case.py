"""A leftover's French word keeps the case of its place (``apertium.leftover_case``)."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine, leftover_case
from daybook.translate.protect import translate_texts


def test_a_word_the_list_lacks_is_lowered_for_a_lower_case_source() -> None:
    # "urgently" came back alone as a sentence: "Urgentement"
    assert leftover_case("urgentment", "Urgentement", "urgently") == "urgentement"
    # at a sentence's start it keeps its capital
    assert leftover_case("Urgentment", "urgentement", "Urgently") == "Urgentement"


def test_a_proper_nouns_word_keeps_its_capital() -> None:
    assert leftover_case("valletta", "Valletta", "Valletta") == "Valletta"


def test_mid_sentence_adverb_through_the_engine() -> None:
    out = translate_texts(["We need to evacuate people urgently, if required."],
                          ApertiumEngine(), "en", "fr")[0]
    text = getattr(out, "text", out)
    assert "d'urgence" in text.replace("’", "'") and "Urgent" not in text

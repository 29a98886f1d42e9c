"""Institutions of the glossary in translated text: protected, restored in French."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import glossary, protect, restore, translate_texts, unshout


def test_glossary_spans_come_back_in_french_with_contracted_articles() -> None:
    _, forms = glossary()
    p = protect("He spoke to the Security Council and members of the State Duma.")
    assert p.spans == ("the Security Council", "the State Duma")
    engine_out = "Il a parlé à Zq0x et des membres de Zq1x."
    assert restore(engine_out, p.spans, forms) == (
        "Il a parlé au Conseil de sécurité et des membres de la Douma d’État.")
    assert restore("Zq0x a adopté la loi.", ("the State Duma",), forms) == (
        "La Douma d’État a adopté la loi.")
    # A lone "Government" is too common a word to fix; "the Government" is fixed.
    assert "Government" not in forms and forms["the Government"] == "le gouvernement"
    # Without forms the spans come back as written (names stay as they are).
    assert restore("à Zq0x", ("Vladimir Putin",)) == "à Vladimir Putin"


def test_no_capital_after_a_sentence_initial_placeholder() -> None:
    assert unshout("Zq0x had a meeting.", "Zq0x A eu une réunion.") == "Zq0x a eu une réunion."
    assert unshout("Zq0x Moscow.", "Zq0x Moscou.") == "Zq0x Moscou."


def test_with_apertium(apertium_ok: bool) -> None:
    [out] = translate_texts(["The State Duma adopted the law."], ApertiumEngine(), "en", "fr")
    assert out.text.startswith("La Douma d’État a adopté")
    [out] = translate_texts(["Vladimir Putin had a meeting."], ApertiumEngine(), "en", "fr",
                            [["Vladimir Putin"]])
    assert out.text.startswith("Vladimir Putin a eu")

"""Adjectives in *inter-* (``inter.py``): the engine gets the base, "inter" glued back to
its French adjective, agreed and elided."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.inter import glue, join, strip
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("english", "want"), [
    ("Inter-ethnic ties grew.", "Ethnic ties grew."),
    ("They held interconfessional talks.", "They held confessional talks."),
    ("an intercultural festival", "an cultural festival"),
    # no adjective base, or a word the engine knows whole
    ("an interfaith forum and the international press", "an interfaith forum and the "
     "international press"),
    ("an intermediary and the internet", "an intermediary and the internet"),
    ("a multi-ethnic country", "a ethnic country"),
    ("Multi-ethnic Russia", "Ethnic Russia"),
    ("a multilateral treaty", "a multilateral treaty"),  # *multi* without a hyphen: a word
])
def test_strip(english: str, want: str) -> None:
    assert strip(english) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("They praised inter-ethnic peace.", "Ils ont loué la paix ethnique.",
     "Ils ont loué la paix interethnique."),
    ("Intercultural projects matter.", "Les projets culturels importent.",
     "Les projets interculturels importent."),
    ("The interdepartmental unit met.", "Le départemental unité a rencontré.",
     "L'interdépartemental unité a rencontré."),
    # already prefixed by the engine: unchanged
    ("The interregional forum opened.", "Le forum interrégional a ouvert.",
     "Le forum interrégional a ouvert."),
    ("a multi-ethnic country", "un pays ethnique", "un pays multiethnique"),
    # no *inter-* in the source: unchanged
    ("The ethnic mix.", "Le mélange ethnique.", "Le mélange ethnique."),
])
def test_glue(apertium_ok: bool, source: str, french: str, want: str) -> None:
    assert glue(source, french) == want


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Inter-ethnic harmony is a priority.",
                           "They hold an interreligious dialogue every year.",
                           "Inter-parliamentary cooperation is growing."], engine, "en", "fr")
    assert "harmonie interethnique" in out[0].text and "enterr" not in out[0].text
    assert "dialogue interreligieux" in out[1].text
    assert "coopération interparlementaire" in out[2].text


def test_glue_where_the_english_has_it(apertium_ok: bool) -> None:
    # two "régional": the second, where the English says *interregional*
    assert glue("Trade is interregional, growth is regional.",
                "Le commerce est régional, la croissance est régionale.") == (
        "Le commerce est interrégional, la croissance est régionale.")


@pytest.mark.parametrize(("english", "want"), [
    ("the inter-faith dialogue", "the interfaith dialogue"),
    ("multi-party elections and the re-election", "multiparty elections and the reelection"),
    ("Co-founder of the firm", "Cofounder of the firm"),
    # a word the engine's English lacks in one: as written
    ("the multi-ethnic country, a co-chair", "the multi-ethnic country, a co-chair"),
    ("a well-known fact", "a well-known fact"),  # no prefix
])
def test_join(apertium_ok: bool, english: str, want: str) -> None:
    assert join(english) == want


def test_prefixed_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The inter-faith dialogue is important.",
                           "We support multi-party democracy in a multi-ethnic country."],
                          engine, "en", "fr")
    assert "interconfessionnel" in out[0].text and "enterr" not in out[0].text
    assert "multipartite" in out[1].text and "multiethnique" in out[1].text
    assert "amende" not in out[1].text

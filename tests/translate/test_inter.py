"""Adjectives in *inter-* (``inter.py``): the engine gets the base, "inter" glued back to
its French adjective, agreed and elided."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.inter import glue, strip
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("english", "want"), [
    ("Inter-ethnic ties grew.", "Ethnic ties grew."),
    ("They held interconfessional talks.", "They held confessional talks."),
    ("an intercultural festival", "an cultural festival"),
    # no adjective base, or a word the engine knows whole
    ("an interfaith forum and the international press", "an interfaith forum and the "
     "international press"),
    ("an intermediary and the internet", "an intermediary and the internet"),
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

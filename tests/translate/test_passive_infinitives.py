"""An English passive the pivot wrote "être" + infinitive (``passive_infinitives.py``): the
participle, agreed afterwards; through the real engine too."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.passive_infinitives import passive_infinitives
from daybook.translate.protect import translate_texts


@pytest.mark.usefixtures("apertium_ok")
def test_the_participle_for_the_infinitive() -> None:
    assert passive_infinitives("satellites that are made with domestic components",
                               "satellites qui sont faire avec des composants") == (
        "satellites qui sont fait avec des composants")
    assert passive_infinitives("This is confirmed not only by large-scale exercises.",
                               "C’est confirmer non seulement par des exercices.") == (
        "C’est confirmé non seulement par des exercices.")
    assert passive_infinitives("It was noted that this was done in keeping with the accords.",
                               "Il a été noté que cela a été faire dans suivre avec.") == (
        "Il a été noté que cela a été fait dans suivre avec.")
    # *made possible*: "rendre possible", not the pivot's "permettre".
    assert passive_infinitives("this was made possible by implementing the decisions",
                               "cela a été permettre par en mettant en œuvre") == (
        "cela a été rendu possible par en mettant en œuvre")


@pytest.mark.usefixtures("apertium_ok")
def test_left_where_the_english_has_no_passive() -> None:
    for en, fr in (("What you do is defend your homeland.",
                    "Ce que vous faites est défendre votre patrie."),
                   ("Our goal is to strengthen the economy.",
                    "Notre but est de renforcer l'économie."),
                   # two infinitives after "être", one passive: nothing paired, nothing done
                   ("The issues are raised; our aim is defend them.",
                    "Les questions sont soulever ; notre but est défendre.")):
        assert passive_infinitives(en, fr) == fr


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Your forum unites many participants because the issues that are "
                           "raised there are important."], engine, "en", "fr")[0].text
    assert "qui sont soulevées" in out

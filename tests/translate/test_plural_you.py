"""*you* addressing several people (``plural_you.py``): the predicate of "vous" in the
plural where the English says it is several; one person's "vous" left."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.plural_you import plural_you, several
from daybook.translate.protect import translate_texts


def test_several_by_the_english() -> None:
    assert several("Colleagues, you are well aware of the situation.")
    assert several("You are all united by sincere dedication to your trade.")
    assert several("I know that all of you are ready to work hard.")
    assert several("You have proved yourselves true professionals.")
    assert several("Thank you, friends.")
    assert not several("You are prepared to issue passports, Mr President.")
    assert not several("Colleagues, Mr President, you are right.")
    assert not several("I wish you all the best.")
    assert not several("A fine actress, you are renowned for your performances.")
    assert not several("My friends and I are ready.")


@pytest.mark.usefixtures("apertium_ok")
def test_plural_predicates() -> None:
    assert plural_you("Colleagues, you are well aware of the situation.",
                      "Chers collègues, vous êtes bien conscient de la situation.") == (
        "Chers collègues, vous êtes bien conscients de la situation.")
    assert plural_you("You are all united by sincere dedication to your trade.",
                      "Vous êtes tout uni par dévouement sincère à votre commerce.") == (
        "Vous êtes tous unis par dévouement sincère à votre commerce.")
    assert plural_you("Dear friends, you have been chosen to represent your regions.",
                      "Chers amis, vous avez été choisi pour représenter vos régions.") == (
        "Chers amis, vous avez été choisis pour représenter vos régions.")
    assert plural_you("I know that all of you are ready to work hard.",
                      "Je sais que vous tous êtes prêt à travailler dur.") == (
        "Je sais que vous tous êtes prêts à travailler dur.")
    assert plural_you("Friends, you did not make a mistake.",
                      "Amis, vous ne vous êtes pas trompé.") == (
        "Amis, vous ne vous êtes pas trompés.")


@pytest.mark.usefixtures("apertium_ok")
def test_left() -> None:
    for en, fr in (("You are prepared to issue passports, Mr President.",
                    "Vous êtes prêt à délivrer des passeports, Monsieur le Président."),
                   # a noun phrase after "être", and a predicate already plural
                   ("Colleagues, you are the authors of this law.",
                    "Chers collègues, vous êtes les auteurs de cette loi."),
                   ("Friends, you are ready.", "Amis, vous êtes prêts.")):
        assert plural_you(en, fr) == fr


def test_through_the_engine(engine: ApertiumEngine) -> None:
    # the plural participle is read as one ("unis"), not as the present of a pronominal
    # "unir" ("m'unis"): a word right after "être" is no finite verb
    out = translate_texts(["You are all united by sincere dedication to your trade."],
                          engine, "en", "fr")[0].text
    assert out.startswith("Vous êtes tous unis par")

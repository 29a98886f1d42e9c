"""Sums of money and large figures held whole and written in French (money.py)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine, available
from daybook.translate.protect import protect, translate_texts


def forms(text: str) -> dict[str, str]:
    return dict(protect(text, dst="fr").forms)


def test_the_currency_goes_after_the_figure_in_words() -> None:
    p = protect("Trade reached $1.5 billion.", dst="fr")
    assert dict(p.forms) == {"$1.5 billion": "1.5 milliard"}
    assert p.text == "Trade reached Zq0x of dollars."
    assert protect("€900 million and £500 million", dst="fr").text == \
        "Zq0x of euros and Zq1x of pounds sterling"
    p = protect("It costs $1,800, not $1.", dst="fr")
    assert p.text == "It costs Zq0x dollars, not Zq1x dollar."
    assert dict(p.forms) == {"$1,800": "1,800", "$1": "1"}
    assert protect("US$ 3 trillion", dst="fr").text == "Zq0x of American dollars"
    assert protect("2 billion US dollars", dst="fr").text == "Zq0x of American dollars"


def test_ranges_are_one_sum() -> None:
    assert forms("$5–6 billion") == {"$5–6 billion": "5 à 6 milliards"}
    assert forms("from $5 to $10 billion") == {"$5 to $10 billion": "5 à 10 milliards"}


def test_a_bare_billion_takes_of_only_before_what_it_counts() -> None:
    # "close to $27 billion and": no "of" before "and" (the engine wrote "d'et")
    assert protect("close to 27 billion and more", dst="fr").text == "close to Zq0x and more"
    assert protect("over 27 billion people", dst="fr").text == "over Zq0x of people"
    assert protect("24 billion this year", dst="fr").text == "Zq0x this year"


def test_a_sum_before_its_noun_goes_after_it() -> None:
    assert protect("a $10 billion fund with China", dst="fr").text == \
        "a fund of Zq0x of dollars with China"
    assert protect("We sold $24 billion worth of grain.", dst="fr").text == \
        "We sold Zq0x of dollars of grain."
    assert protect("over 1 billion rubles worth of contracts", dst="fr").text == \
        "over Zq0x of rubles of contracts"
    assert protect("It exceeded a record $100 billion.", dst="fr").text == \
        "It exceeded a record of Zq0x of dollars."
    # guard: a verb after the sum is no noun
    assert protect("The $10 billion is allocated.", dst="fr").text == \
        "The Zq0x of dollars is allocated."


def test_billions_of() -> None:
    p = protect("Billions of rubles and hundreds of billions of dollars", dst="fr")
    assert p.text == "Zq0x of rubles and hundreds of Zq1x of dollars"
    assert dict(p.forms) == {"Billions": "des milliards", "billions": "milliards"}


def test_guards() -> None:
    # no sign, no scale: the figure alone, as before; another target keeps the span
    assert forms("In 2019, 24 regions and Rossiya 24 took part.") == {}
    assert protect("Trade reached $1.5 billion.").spans == ("1.5",)


def test_money_in_french() -> None:
    if not available("cat"):
        pytest.fail("install apertium-eng-cat apertium-fra-cat")
    [out] = translate_texts(["The amount is close to $27 billion and Austria's investment "
                             "in Russia is $5.5 billion."], ApertiumEngine(), "en", "fr")
    assert "27 milliards de dollars et " in out.text, out.text
    assert "5,5 milliards de dollars" in out.text and "$" not in out.text
    [out] = translate_texts(["Last year, $2 billion were allocated."], ApertiumEngine(),
                            "en", "fr")
    assert "2 milliards de dollars ont été" in out.text, out.text


def test_a_russian_text_is_left_alone() -> None:
    assert protect("инвестиции $5 млрд", dst="fr").text == "инвестиции $Zq0x млрд"  # the figure

"""*Let us* + a pronominal verb: the reflexive after the imperative (``let_us.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.let_us import reflexive_after
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "before", "after", "want"), [
    ("Let us remember the heroes.", "Souvenons des héros.", "Nous souvenons des héros.",
     "Souvenons-nous des héros."),
    ("Friends, let's unite.", "Amis, Unissons.", "Amis, Nous unissons.",
     "Amis, Unissons-nous."),
    # Guards: no *Let us* in the English; a "nous" subject the engine wrote before the rule.
    ("We remember the heroes.", "Nous souvenons des héros.", "Nous nous souvenons des héros.",
     "Nous nous souvenons des héros."),
    ("Let us work. We remember them.", "Travaillons. Nous souvenons d'eux.",
     "Travaillons. Nous nous souvenons d'eux.", "Travaillons. Nous nous souvenons d'eux."),
])
def test_reflexive_after(source: str, before: str, after: str, want: str) -> None:
    assert reflexive_after(source, before, after) == want


def test_let_us_remember_through_the_engine() -> None:
    out = translate_texts(["Let us remember the heroes.", "We remember the heroes."],
                          ApertiumEngine(), "en", "fr")
    assert out[0].text.startswith("Souvenons-nous des héros")
    assert out[1].text.startswith("Nous nous souvenons")

"""*Let us* + a pronominal verb: the reflexive after the imperative (``let_us.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.let_us import negative_imperatives, reflexive_after
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "before", "after", "want"), [
    ("Let us remember the heroes.", "Souvenons des héros.", "Nous souvenons des héros.",
     "Souvenons-nous des héros."),
    ("Friends, let's unite.", "Amis, Unissons.", "Amis, Nous unissons.",
     "Amis, Unissons-nous."),
    # after a comma, "nous" in lower case (*Colleagues, let us remember*)
    ("Colleagues, let us remember them.", "Chers collègues, souvenons d'eux.",
     "Chers collègues, nous souvenons d'eux.", "Chers collègues, souvenons-nous d'eux."),
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


def test_let_us_unite_through_the_engine() -> None:
    # the tagger's "unite<inf>" after "We" (``speech_en``) made the present by ``retag``
    out = translate_texts(["Let's unite our efforts.", "Colleagues, let us remember the heroes."],
                          ApertiumEngine(), "en", "fr")
    assert out[0].text.startswith("Unissons nos efforts")
    assert out[1].text.startswith("Chers collègues, souvenons-nous")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Let us not forget this.", "Nous n'oublions pas ça.", "N'oublions pas ça."),
    ("Colleagues, let's not lose hope.", "Chers collègues, nous ne perdons pas d'espoir.",
     "Chers collègues, ne perdons pas d'espoir."),
    ("Let us not remember it.", "Nous ne nous en souvenons pas.",
     "Ne nous en souvenons pas."),
    # Guards: *we do not* in the English; a second "nous ne" beyond the English's count.
    ("We do not forget this.", "Nous n'oublions pas ça.", "Nous n'oublions pas ça."),
    ("Let us not forget. We do not give up.", "Nous n'oublions pas. Nous ne cédons pas.",
     "N'oublions pas. Nous ne cédons pas."),
])
def test_negative_imperatives(source: str, french: str, want: str) -> None:
    assert negative_imperatives(source, french) == want


def test_let_us_not_through_the_engine() -> None:
    out = translate_texts(["Let us not forget this."], ApertiumEngine(), "en", "fr")
    assert out[0].text.startswith("N'oublions pas")

"""*will not only/just V ..., but (also) V* (``not_only.py``, called from ``preedit``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.not_only import modal_french
from daybook.translate.protect import translate_texts
from tests.translate.test_preedit import edited


@pytest.mark.parametrize(("line", "want"), [
    ("We will not just cover our needs, but sell it abroad.",
     "We will not cover only our needs, but we will sell it abroad."),
    # a bare noun (after its adjectives) before *only*: "routes uniques" otherwise
    ("We will not only build roads, but also repair bridges.",
     "We will not build roads only, but we will also repair bridges."),
    ("They should not only create new jobs, but also keep them.",
     "They should not create new jobs only, but also keep them."),
    # *should*/*must*: the second member is left to "devoir"'s infinitive
    ("We must not just cover our needs, but also sell it.",
     "We must not cover only our needs, but also sell it."),
    # a verb the tagger reads as a noun: the subject and modal said again
    ("We should not just talk, but also act.",
     "We should not talk only, but we should also act."),
    # the auxiliary kept in the second member: the subject before it
    ("They would not only help us, but would also invest.",
     "They would not help only us, but they would also invest."),
    # a noun subject is not said again
    ("This project will not only promote our ties, but will also expand our contacts.",
     "This project will not promote only our ties, but will also expand our contacts."),
])
def test_not_only(line: str, want: str) -> None:
    assert edited(line) == want


@pytest.mark.parametrize("line", [
    "We can not only cover our needs, but also sell it.",  # *can*: no negation meant
    "It is not only a question of money, but of trust.",  # no verb after *only*
    "We will not sign it, but we will study it.",  # no *only*
    "We must not sign it, but we will study it.",  # no *only*
])
def test_left(line: str) -> None:
    assert edited(line) == line


def test_french() -> None:
    out = translate_texts(["We will not just cover our needs, but sell it on markets."],
                          ApertiumEngine(), "en", "fr")[0]
    text = getattr(out, "text", out)
    assert "ne couvrirons pas seulement nos besoins, mais nous le vendrons" in text


@pytest.mark.parametrize(("text", "want"), [
    ("Nous ne devons pas bâtir seulement nos routes, mais aussi les maintenir.",
     "Nous devons non seulement bâtir nos routes, mais aussi les maintenir."),
    ("Ils ne devraient pas créer des emplois seulement, mais aussi améliorer la vie.",
     "Ils devraient non seulement créer des emplois, mais aussi améliorer la vie."),
    # no "mais": a negated *devoir* ("must not rely only on")
    ("Nous ne devons pas compter seulement sur le pétrole.",
     "Nous ne devons pas compter seulement sur le pétrole."),
    # not *devoir*
    ("Nous ne couvrirons pas seulement nos besoins, mais nous le vendrons.",
     "Nous ne couvrirons pas seulement nos besoins, mais nous le vendrons."),
])
def test_modal_french(text: str, want: str) -> None:
    assert modal_french(text) == want


def test_modal_french_through_the_engine() -> None:
    out = translate_texts(["Regional authorities should not only create jobs, but also "
                           "improve the quality of life."], ApertiumEngine(), "en", "fr")[0]
    text = getattr(out, "text", out)
    assert "devraient non seulement créer" in text and "mais aussi améliorer" in text

"""*express* + a bare noun the engine gives a partitive (``expressed_np.py``): on Apertium's
French analyser, and through the real engine; sentences made up for the test."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.expressed_np import concerns, expressed
from daybook.translate.protect import translate_texts


def _one(source: str, french: str) -> str:
    return expressed([source], [french])[0]


@pytest.mark.usefixtures("apertium_ok")
def test_the_subjects_possessive_for_the_partitive() -> None:
    assert _one("They expressed serious concern and hope.",
                "Ils ont exprimé de la préoccupation sérieuse et de l'espoir.") == (
        "Ils ont exprimé leur préoccupation sérieuse et leur espoir.")
    assert _one("We express deep gratitude to our partners.",
                "Nous exprimons du remerciement profond à nos partenaires.") == (
        "Nous exprimons notre remerciement profond à nos partenaires.")
    assert _one("I want to express sincere condolences.",
                "Je veux exprimer des condoléances sincères.") == (
        "Je veux exprimer mes condoléances sincères.")
    assert _one("He expresses support.", "Il exprime du soutien.") == "Il exprime son soutien."
    # No finite verb to tell the subject: the definite article; a plural keeps "des".
    assert _one("in order to express hope", "pour exprimer de l’espoir") == (
        "pour exprimer l'espoir")
    assert _one("to express condolences", "pour exprimer des condoléances") == (
        "pour exprimer des condoléances")


@pytest.mark.usefixtures("apertium_ok")
def test_left_as_it_is() -> None:
    # The English has a determiner; a passive; no "exprimer"; "manifester de l'intérêt"
    # is French's own partitive.
    for source, french in (
            ("They expressed the hope", "Ils ont exprimé de l'espoir"),
            ("Concern was expressed.", "De la préoccupation a été exprimée."),
            ("They showed interest.", "Ils ont manifesté de l'intérêt."),
            ("They expressed support.", "Le soutien exprimé de la région.")):
        assert _one(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The President expressed deep gratitude to the volunteers."],
                          engine, "en", "fr")[0].text
    assert "a exprimé sa reconnaissance" in out  # *gratitude* (nounsenses)


def test_serious_concern_over_is_vive_preoccupation_au_sujet_de() -> None:
    assert concerns(["They expressed serious concern over the rising tension."],
                    ["Ils ont exprimé leur préoccupation sérieuse sur la tension."]) == [
        "Ils ont exprimé leur vive préoccupation au sujet de la tension."]
    assert concerns(["grave concern about several states"],
                    ["leur préoccupation grave sur plusieurs états"]) == [
        "leur grave préoccupation au sujet de plusieurs états"]
    assert concerns(["serious concerns"], ["des préoccupations sérieuses"]) == [
        "des vives préoccupations"]
    # No *serious concern* nor *concern over* in the English: left.
    for source, french in (("a serious problem", "une préoccupation sérieuse"),
                           ("the focus on the situation", "la préoccupation sur la situation")):
        assert concerns([source], [french]) == [french]

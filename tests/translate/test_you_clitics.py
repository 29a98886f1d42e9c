"""*you* in speech (``you_clitics.py``): *to you* as the clitic "vous" before the verb, *right
now* "en ce moment", *what* "ce que" (not "le que"), *know about* "le savoir", "connaître"."""

from __future__ import annotations

import pytest

from daybook.translate.you_clitics import ce_que, know_about, right_now, to_you


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """``to_you`` and ``know_about`` read and write with Apertium's French dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We will present it to you with their proposals.",
     "Nous le présenterons à vous avec leurs propositions.",
     "Nous vous le présenterons avec leurs propositions."),
    ("I am glad to present to you the gold medals.",
     "Je suis heureux de présenter à vous les médailles d'or.",
     "Je suis heureux de vous présenter les médailles d'or."),
    ("If I may, I will give it to you.", "Si vous le permettez, je le donnerai à vous.",
     "Si vous le permettez, je vous le donnerai."),
    ("I have a number of issues to report to you.",
     "J'ai plusieurs questions pour rapporter à vous.",
     "J'ai plusieurs questions pour vous rapporter."),
])
def test_to_you_before_the_verb(source: str, french: str, want: str) -> None:
    assert to_you(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # a participle after its auxiliary: left
    ("Your aides have told them to you?", "Vos conseillers leur ont dit à vous ?"),
    # a verb whose person object stays after it: "penser à vous"
    ("I always think of you and talk to you.", "Je pense toujours à vous."),
    # *to you all*: "à vous tous" stays
    ("I will present it to you all.", "Je le présenterai à vous tous."),
    # no *to you* in the English
    ("We will present it with you.", "Nous le présenterons à vous."),
])
def test_to_you_left(source: str, french: str) -> None:
    assert to_you(source, french) == french


def test_right_now_of_the_present_is_en_ce_moment() -> None:
    assert right_now("We do not have any problems right now with the grid.",
                     "Nous n'avons aucun problème tout de suite avec le réseau.") == (
        "Nous n'avons aucun problème en ce moment avec le réseau.")
    assert right_now("Right now, we are working online.",
                     "Tout de suite, nous travaillons en ligne.") == (
        "En ce moment, nous travaillons en ligne.")


@pytest.mark.parametrize(("source", "french"), [
    # something asked for at once: "tout de suite" is right
    ("This should be done right now.", "Cela devrait se faire tout de suite."),
    ("You can submit your question right now.", "Vous pouvez soumettre votre question tout "
     "de suite."),
    # *immediately*: no *right now*
    ("We will do it immediately.", "Nous le ferons tout de suite."),
])
def test_tout_de_suite_left(source: str, french: str) -> None:
    assert right_now(source, french) == french


def test_what_is_ce_que() -> None:
    assert ce_que("I can listen to what you have to say.",
                  "Je peux écouter le que vous devez dire.") == (
        "Je peux écouter ce que vous devez dire.")
    assert ce_que("We spoke of what they did.", "Nous avons parlé du qu'ils ont fait.") == (
        "Nous avons parlé de ce qu'ils ont fait.")
    # no *what* in the English: left
    assert ce_que("I can listen.", "Je peux écouter le que vous.") == (
        "Je peux écouter le que vous.")


def test_know_about() -> None:
    assert know_about("You probably know about this.", "Vous savez probablement sur cela.") == (
        "Vous le savez probablement.")
    assert know_about("You know about the decisions adopted.",
                      "Vous savez sur les décisions adoptées.") == (
        "Vous connaissez les décisions adoptées.")
    # *know* alone: "savoir" stays
    assert know_about("You know that we spoke on this.", "Vous savez sur cela.") == (
        "Vous savez sur cela.")

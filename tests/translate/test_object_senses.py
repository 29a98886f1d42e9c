"""Verbs' senses chosen by their object (``object_senses.py``): *intend to* "compter", *hold*
a meeting "tenir", an event "organiser", *ease* rules "assouplir". The French is what the
engine writes for such sentences (at the stage the rules see it), the expected French
written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.object_senses import ease, hold, intend, object_senses


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Japan also intends to ease visa requirements.",
     "Le Japon prétend aussi soulager des conditions de visa.",
     "Le Japon compte aussi soulager des conditions de visa."),
    ("I do not intend to comment on this.", "Je ne prétends pas pour commenter dans cela.",
     "Je ne compte pas commenter dans cela."),
    ("We intend to continue this work.", "Nous prétendons continuer ce travail.",
     "Nous comptons continuer ce travail."),
])
def test_intend_is_compter(source: str, french: str, want: str) -> None:
    assert intend(source, french) == want


def test_claim_stays_pretendre() -> None:
    # *claim* in the sentence: "prétendre" may be it.
    assert intend("They claim that they intend to leave.",
                  "Ils prétendent qu'ils prétendent partir.") == (
        "Ils prétendent qu'ils prétendent partir.")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("They reaffirmed their intention to hold a bilateral meeting soon.",
     "Ils ont réaffirmé leur intention d'avoir une rencontre bilatérale bientôt.",
     "Ils ont réaffirmé leur intention de tenir une rencontre bilatérale bientôt."),
    ("you praised Russia’s capacity to prepare and hold large-scale international competitions",
     "vous avez loué les capacités de la Russie pour préparer et avoir des compétitions",
     "vous avez loué les capacités de la Russie pour préparer et organiser des compétitions"),
    ("We hold consultations on various matters.",
     "Nous avons des consultations sur diverses questions.",
     "Nous tenons des consultations sur diverses questions."),
    ("They held a meeting in the Kremlin.", "Ils ont eu une réunion au Kremlin.",
     "Ils ont tenu une réunion au Kremlin."),
    ("We are working on matters related to holding major competitions.",
     "Nous travaillons sur les questions liées au holding des compétitions importantes.",
     "Nous travaillons sur les questions liées à l'organisation des compétitions importantes."),
])
def test_hold_an_event(source: str, french: str, want: str) -> None:
    assert hold(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *have* meetings beside *hold*: "avoir" may be the *have*.
    ("We have regular meetings and hold consultations.",
     "Nous avons des rencontres régulières et avons des consultations."),
    # "il y a" is *there is*.
    ("There will be elections, which we will hold in May.",
     "Il y aura des élections, que nous aurons en mai."),
    # "avoir des entretiens" is French as it is.
    ("They held talks in the Kremlin.", "Ils ont eu des entretiens au Kremlin."),
    # A holding company stays.
    ("The holding company is holding a meeting.", "Le holding de la rencontre."),
])
def test_hold_stays(source: str, french: str) -> None:
    assert hold(source, french) == french


def test_ease_rules_is_assouplir() -> None:
    assert ease("Japan intends to ease visa requirements.",
                "Le Japon compte soulager des conditions de visa.") == (
        "Le Japon compte assouplir des conditions de visa.")
    # *ease* the pain: "soulager" is right.
    assert ease("to ease the pain of the families", "soulager la douleur des familles") == (
        "soulager la douleur des familles")


def test_object_senses_runs_every_rule() -> None:
    assert object_senses("Japan also intends to ease visa requirements.",
                         "Le Japon prétend aussi soulager des conditions de visa.") == (
        "Le Japon compte aussi assouplir des conditions de visa.")


def test_intended_is_the_imperfect() -> None:
    assert intend("The company intended to build a new plant.",
                  "L'entreprise a prétendu construire une nouvelle usine.") == (
        "L'entreprise comptait construire une nouvelle usine.")
    assert intend("We intended to build it.", "Nous avons prétendu pour construire cela.") == (
        "Nous comptions construire cela.")

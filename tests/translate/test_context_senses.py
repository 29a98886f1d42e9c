"""Senses chosen from the words around them (``context_senses.py``): *the developments in*
"la situation", *relevant* ministries "compétents", *Also,* "Par ailleurs,", *take pride in*
"tirer fierté de", *current* "actuel". The French is what the engine writes for such
sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.context_senses import (
    also,
    context_senses,
    current,
    developments,
    hold_face,
    pride,
    relevant,
)


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Vladimir Putin and Emmanuel Macron discussed the developments in northeastern Syria.",
     "Vladimir Poutine et Emmanuel Macron ont parlé des développements en Syrie "
     "nord-orientale.",
     "Vladimir Poutine et Emmanuel Macron ont parlé de la situation en Syrie nord-orientale."),
    ("Discussing developments related to the Joint Comprehensive Plan of Action, the leaders",
     "En parlant des développements liés au Plan d’action global commun, les dirigeants",
     "En parlant de la situation liée au Plan d’action global commun, les dirigeants"),
    ("The developments in the Persian Gulf worry us.",
     "Les développements dans le golfe Persique nous inquiètent.",
     "La situation dans le golfe Persique nous inquiètent."),
])
def test_developments_are_the_situation(source: str, french: str, want: str) -> None:
    assert developments(source, french) == want


def test_new_developments_stay() -> None:
    french = "de nouveaux développements que nous avons lancés dans le domaine"
    assert developments("the new developments in the field that we have launched",
                        french) == french
    assert developments("We discussed developments.", "les développements en Syrie") == (
        "les développements en Syrie")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("heads of relevant ministries and agencies", "chefs d’agences et de ministères pertinents",
     "chefs d’agences et de ministères compétents"),
    ("The relevant agencies and companies have exchanged the documents.",
     "Les agences pertinentes et les entreprises ont échangé les documents.",
     "Les agences compétentes et les entreprises ont échangé les documents."),
])
def test_relevant_bodies_are_competent(source: str, french: str, want: str) -> None:
    assert relevant(source, french) == want


def test_a_relevant_idea_stays_pertinent() -> None:
    french = "L’héritage d’Evgueni Primakov reste très pertinent en politique moderne."
    assert relevant("Yevgeny Primakov's legacy remains highly relevant in modern politics.",
                    french) == french


def test_also_opening_a_sentence() -> None:
    assert also("Also, we have advanced technology.", "Aussi, nous avons avancé de la "
                "technologie.") == "Par ailleurs, nous avons avancé de la technologie."
    # *therefore* in the English: "Aussi," stays
    french = "Aussi, nous devons agir."
    assert also("Therefore, we must act.", french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We take pride and strength in this continuity of our traditions.",
     "Nous portons de la fierté et force dans cette continuité de nos traditions.",
     "Nous tirons fierté et force de cette continuité de nos traditions."),
    ("They take pride in the achievements of their country.",
     "Ils prennent l’orgueil dans les réalisations de leur pays.",
     "Ils tirent fierté des réalisations de leur pays."),
    ("and pride in our Motherland.", "et fierté à notre patrie.", "et fierté pour notre patrie."),
    ("The noble sense of pride in the Fatherland", "Le sens noble de fierté à la patrie",
     "Le sens noble de fierté pour la patrie"),
])
def test_pride(source: str, french: str, want: str) -> None:
    assert pride(source, french) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I am confident that the current 18th Junior Delphic Games will be a success",
     "Je suis sûr que le courant 18e jeune Jeux delphiques sera un succès",
     "Je suis sûr que l'actuel 18e jeune Jeux delphiques sera un succès"),
    ("All that is provided for in the current legislation.",
     "les dispositions législatives courantes", "les dispositions législatives actuelles"),
    ("Unfortunately, this issue remains more current for them.",
     "Malheureusement, cette question reste plus courante pour eux.",
     "Malheureusement, cette question reste plus actuelle pour eux."),
])
def test_current_is_actuel(source: str, french: str, want: str) -> None:
    assert current(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("The river has a strong current this year.", "La rivière a un courant fort cette année."),
    ("Please keep me current on the talks in the course of the year.",
     "Tenez-moi au courant des discussions dans le courant de l'année."),
    ("The current account surplus grew.", "L'excédent du compte courant a augmenté."),
])
def test_current_guards(source: str, french: str) -> None:
    assert current(source, french) == french


def test_context_senses_runs_every_rule() -> None:
    assert context_senses("Also, the relevant ministries discussed the developments in Syria.",
                          "Aussi, les ministères pertinents ont parlé des développements en "
                          "Syrie.") == ("Par ailleurs, les ministères compétents ont parlé de "
                                        "la situation en Syrie.")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Thank you for your help in preparing and holding the World Cup.",
     "Merci pour votre aide à préparer et en ayant la Coupe du monde.",
     "Merci pour votre aide à préparer et en organisant la Coupe du monde."),
    ("Holding such a meeting is a good tradition.",
     "En ayant une telle rencontre est une bonne tradition.",
     "En organisant une telle rencontre est une bonne tradition."),
    ("experience of preparing for and holding the sector’s main event",
     "l’expérience de se préparer pour et en ayant l’événement principal du secteur",
     "l’expérience de se préparer pour et en organisant l’événement principal du secteur"),
    ("This includes face recognition.", "Cela comprend de la reconnaissance de face.",
     "Cela comprend de la reconnaissance faciale."),
])
def test_hold_an_event_face_recognition(source: str, french: str, want: str) -> None:
    assert hold_face(source, french) == want


def test_holding_shares_stays() -> None:
    french = "En ayant des actions de la banque, il gagne."
    assert hold_face("Holding shares of the bank, he earns.", french) == french

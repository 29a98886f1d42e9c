"""Verbs and participles whose French construction the pivot loses (``verb_government.py``):
*be among* "compter parmi", *come from* "provenir de", *scheduled* "prévu", a passive of
choice + "pour", each where the English has the construction, and through the engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.verb_government import passive_purpose, verb_government


@pytest.mark.parametrize(("source", "french", "want"), [
    ("St Petersburg is among the 12 European cities chosen to host matches.",
     "Saint-Pétersbourg est entre les 12 villes européennes choisies pour accueillir des matchs.",
     "Saint-Pétersbourg compte parmi les 12 villes européennes choisies pour accueillir des "
     "matchs."),
    ("New IDs are among our most important projects.",
     "Nouvelles IDs est parmi nos projets les plus importants.",
     "Nouvelles IDs comptent parmi nos projets les plus importants."),
    ("The President was among the first passengers.", "Le Président était parmi les premiers "
     "passagers.", "Le Président comptait parmi les premiers passagers."),
    ("Money coming from the Federal Fund.", "L'argent qui provient le fonds fédéral.",
     "L'argent qui provient du fonds fédéral."),
    ("Appeals came from Ukraine, but we have them coming from almost all countries.",
     "Des demandes ont provenu l'Ukraine, mais nous les avons en provenant presque tous les pays.",
     "Des demandes ont provenu de l'Ukraine, mais nous les avons provenant de presque tous les "
     "pays."),
    ("The gas comes mainly from Russia.", "Le gaz provient principalement la Russie.",
     "Le gaz provient principalement de la Russie."),
    ("The President's visit to Israel scheduled for January 2020.",
     "La visite du Président en Israël planifiée pour janvier 2020.",
     "La visite du Président en Israël prévue pour janvier 2020."),
    ("A Normandy Format meeting, scheduled to be held on December 9.",
     "Une rencontre du format Normandie, a planifié d'avoir lieu le 9 décembre.",
     "Une rencontre du format Normandie, prévu le 9 décembre."),
])
def test_constructions(source: str, french: str, want: str) -> None:
    assert verb_government(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # a presence, not a class: "être parmi" stays
    ("Those who created the films are among the audience here today.",
     "Ceux qui ont créé les films sont parmi le public ici aujourd'hui."),
    # *among* + a word in -est that is no superlative
    ("It is among the interests of both.", "C'est parmi les intérêts des deux."),
    ("The gas comes mainly from Russia.", "Le gaz provient principalement de Russie."),
    ("The gas comes from Russia.", "Le gaz provient de Russie."),
    # no *come from* in the English: "les provinces" and "provient" left alone
    ("The provinces send their goods.", "Les provinces provient leurs biens."),
    ("We planned this meeting for January.", "Nous avons planifié cette rencontre pour janvier."),
])
def test_left_alone(source: str, french: str) -> None:
    assert verb_government(source, french) == french


def test_passive_purpose() -> None:
    assert passive_purpose("choisir", ("vblex", "pp", "f", "pl"), "européennes", "pour")
    assert not passive_purpose("choisir", ("vblex", "pp", "m", "sg"), "avons", "pour")
    assert not passive_purpose("choisir", ("vblex", "inf"), "de", "pour")
    assert not passive_purpose("proposer", ("vblex", "pp", "m", "sg"), "été", "pour")
    assert not passive_purpose("charger", ("vblex", "pp", "m", "sg"), "personnes", "pour")


def test_through_the_engine(apertium_ok: bool, engine: ApertiumEngine) -> None:
    out = translate_texts(["We are well aware that St Petersburg is among the 12 European "
                           "cities chosen to host UEFA Cup matches next year.",
                           "We have chosen to build a new plant.",
                           "This is why it was proposed to rely on the chain of decisions.",
                           "In view of the Normandy format summit scheduled to take place on "
                           "December 9, 2019 in Paris, Vladimir Putin had a telephone "
                           "conversation."], engine, "en", "fr")
    assert "compte parmi les 12 villes européennes choisies pour accueillir" in out[0].text
    assert "choisi de construire" in out[1].text
    assert "proposé de compter sur" in out[2].text
    assert "prévu le 9 décembre 2019" in out[3].text

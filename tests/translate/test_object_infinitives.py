"""*ask X to*, *invite X to*... (``object_infinitives.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.object_infinitives import object_to, want_that


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We should ask our colleagues from Russia and Azerbaijan to speak on this.",
     "Nous devrions demander nos collègues de la Russie et de l'Azerbaïdjan par parler.",
     "Nous devrions demander à nos collègues de la Russie et de l'Azerbaïdjan de parler."),
    # an English bare plural: "aux"
    ("I am asking regional authorities to stay in touch.",
     "Je demande des autorités régionales pour rester en contact.",
     "Je demande aux autorités régionales de rester en contact."),
    # the pivot's verb for *order*, *encourage*
    ("The President ordered the Government to prepare a report.",
     "Le Président a rangé le gouvernement pour préparer un rapport.",
     "Le Président a ordonné au gouvernement de préparer un rapport."),
    ("We encourage young people to choose engineering.",
     "Nous animons des jeunes pour choisir l'ingénierie.",
     "Nous encourageons les jeunes à choisir l'ingénierie."),
    ("I invite our foreign partners to join the project.",
     "J'invite nos partenaires étrangers pour rejoindre le projet.",
     "J'invite nos partenaires étrangers à rejoindre le projet."),
    ("I call on all the regions to help.", "J'appelle sur toutes les régions pour aider.",
     "J'appelle toutes les régions à aider."),
    # a pronoun object of *ask*: dative
    ("He asked them to continue the work.", "Il les a demandé de continuer le travail.",
     "Il leur a demandé de continuer le travail."),
    ("We asked them to jointly search for solutions.",
     "Nous les avons demandés à conjointement chercher des solutions.",
     "Nous leur avons demandé de conjointement chercher des solutions."),
])
def test_object_to(source: str, french: str, want: str) -> None:
    assert object_to([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the noun *demand*, not the verb
    ("The demand of consumers to buy goods is growing.",
     "La demande des consommateurs pour acheter des biens grandit."),
    # *ask* with no object before *to*: a purpose after the noun phrase's verb
    ("We asked for help to rebuild the school.",
     "Nous avons demandé l'aide pour reconstruire l'école."),
    # the English verb is not there
    ("We gathered our colleagues to discuss it.",
     "Nous avons invité nos collègues pour en discuter."),
    # *asked it*: a thing, no dative
    ("He asked it of them.", "Il l'a demandé de eux."),
])
def test_object_to_left(source: str, french: str) -> None:
    assert object_to([source], [french]) == [french]


needs_fra = pytest.mark.skipif(not ApertiumEngine().supports("en", "fr"),
                               reason="apertium with fra-cat needed (French analyser)")


@needs_fra
@pytest.mark.parametrize(("source", "french", "want"), [
    ("I want foreign athletes to come and do their training there.",
     "Je veux des athlètes étrangers pour venir et fait leur formation là.",
     "Je veux que des athlètes étrangers viennent et fassent leur formation là."),
    ("We would like our colleagues to meet and discuss these issues.",
     "Nous voudrions nos collègues pour nous rencontrer et parler de ces questions.",
     "Nous voudrions que nos collègues se rencontrent et parlent de ces questions."),
    ("We would like our actions to be aligned.", "Nous voudrions nos actions pour être alignés.",
     "Nous voudrions que nos actions soient alignés."),
    ("I want you to know that.", "Je vous veux savoir ça.", "Je veux que vous sachiez ça."),
    # *wait for X to do*: "attendre que X" + the subjunctive.
    ("We are waiting for our partners to respond.",
     "Nous sommes en train d'attendre nos partenaires pour répondre.",
     "Nous sommes en train d'attendre que nos partenaires répondent."),
    ("We waited for the train to arrive.", "Nous avons attendu le train pour arriver.",
     "Nous avons attendu que le train arrive."),
    # Guards: *wait for* a noun alone; "attendre ... pour" with no *wait for X to*.
    ("We are waiting for the results of the talks.",
     "Nous attendons les résultats des discussions pour répondre.",
     "Nous attendons les résultats des discussions pour répondre."),
    ("We waited an hour in order to see him.", "Nous avons attendu une heure pour le voir.",
     "Nous avons attendu une heure pour le voir."),
])
def test_want_that(source: str, french: str, want: str) -> None:
    assert want_that([source], [french]) == [want]


@needs_fra
@pytest.mark.parametrize(("source", "french"), [
    # the subject wants to do it himself
    ("I want to thank our colleagues for this.", "Je veux remercier nos collègues pour ça."),
    # *wish X success*: no infinitive
    ("I wish you success to all.", "Je vous souhaite le succès pour tous."),
    # "et" + a noun after the verb stays
    ("We want our partners to come and culture matters.",
     "Nous voulons nos partenaires pour venir et culture."),
])
def test_want_that_left(source: str, french: str) -> None:
    out = want_that([source], [french])[0]
    assert out == french or out == "Nous voulons que nos partenaires viennent et culture."

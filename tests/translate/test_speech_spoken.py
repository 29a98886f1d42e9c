"""Spoken requests and the recent past (``speech_spoken.py``): *Please* + a verb as
"Veuillez" + infinitive, *have just* + a participle as "venir de" + infinitive; constructed
sentences."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.speech_spoken import spoken


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Please accept my thanks.", "S'il vous plaît accepte mes remerciements.",
     "Veuillez accepter mes remerciements."),
    ("Please send the report.", "S'il vous plaît il envoie le rapport.",
     "Veuillez envoyer le rapport."),
    ("I have just seen the plant.", "J'ai juste vu l'usine.", "Je viens de voir l'usine."),
    ("We have just signed it.", "Nous avons juste signé.", "Nous venons de signer."),
    ("the law the Duma has just adopted", "la loi que la Douma juste a adoptée",
     "la loi que la Douma vient d'adopter"),
    ("We just signed it.", "Nous avons juste signé.", "Nous venons de signer."),
    ("She has just arrived.", "Elle est juste arrivée.", "Elle vient d'arriver."),
    ("It has just been opened.", "Il a juste été ouvert.", "Il vient d'être ouvert."),
    ("I would like to wish you success.", "Je voudrais souhaiter vous du succès.",
     "Je voudrais vous souhaiter du succès."),
    ("Let me tell you briefly.", "Je voudrais dire vous brièvement.",
     "Je voudrais vous dire brièvement."),
    # *please* after an opening phrase and its comma, a dash, *so*
    ("Of course, please bear in mind that it is harder now.",
     "Bien sûr, s'il vous plaît garder à l'esprit qu'il est plus difficile maintenant.",
     "Bien sûr, veuillez garder à l'esprit qu'il est plus difficile maintenant."),
    ("I would like to ask – please be patient.",
     "Je voudrais demander – s'il vous plaît être patient.",
     "Je voudrais demander – veuillez être patient."),
])
def test_spoken(engine: ApertiumEngine, source: str, french: str, want: str) -> None:
    assert spoken([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # an object pronoun before the auxiliary would have to move
    ("He has just told me.", "Il m'a juste dit."),
    # the engine's auxiliary in another person than its pronoun
    ("the topics we have just discussed", "les sujets que nous juste a parlé"),
    # *just* of another sense; *please* not opening a request
    ("It was just right.", "C'était juste bien."),
    ("I have a just cause.", "J'ai juste cause."),
    ("We will do what you please.", "Nous ferons ce qui vous plaît."),
    ("If you please, go.", "S'il vous plaît, allez."),
    # the engine's noun after "s'il vous plaît": no verb to put after "veuillez"
    ("So please share with us.", "Donc, s'il vous plaît participation avec nous."),
    # the pronoun of the next infinitive
    ("Could you please tell us more?", "Pourrait complaire nous dire plus ?"),
    # "vous" the subject of the next clause
    ("I want to tell you that you are right.", "Je veux dire que vous avez raison."),
    ("We offer you and them a deal.", "Nous offrons à vous et à eux un marché."),
])
def test_guard(engine: ApertiumEngine, source: str, french: str) -> None:
    assert spoken([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Please accept my sincere condolences.",
                           "I have just spoken with my colleagues."], engine, "en", "fr")
    assert out[0].text == "Veuillez accepter mes condoléances sincères."
    assert out[1].text.startswith("Je viens de parler avec mes collègues")

"""English -ing clauses after *by*, *after*, *before*, *instead of* (``gerunds.py``, with
``preedit``'s *by* -> *through*). The English sentences are made up for these tests; the
French is what the engine writes, the expected French written by hand; the last test goes
through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.gerunds import gerunds
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the French with Apertium's dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We help them by building roads.", "Nous les aidons à travers bâtir des routes.",
     "Nous les aidons en bâtissant des routes."),
    ("By thanking them, we honour them.", "À travers les remercier, nous les honorons.",
     "En les remerciant, nous les honorons."),
    ("She began by reading a poem.", "Elle a commencé à travers lire un poème.",
     "Elle a commencé par lire un poème."),
    ("After reading the letter, he smiled.", "Après en lisant la lettre, il a souri.",
     "Après avoir lu la lettre, il a souri."),
    ("After arriving in Kazan, they rested.", "Après en arrivant à Kazan, ils ont reposé.",
     "Après être arrivé à Kazan, ils ont reposé."),
    ("Before leaving, call me.", "Avant en partant, appelle-moi.",
     "Avant de partir, appelle-moi."),
    ("Instead of waiting, act.", "Au lieu d'en attendant, agis.", "Au lieu d'attendre, agis."),
    # a preposition before a word that reads only as a gerund
    ("We are committed to building bridges.", "Nous sommes engagés à bâtissant des ponts.",
     "Nous sommes engagés à bâtir des ponts."),
    ("They helped in organising the fair.", "Ils ont aidé dedans en organisant la foire.",
     "Ils ont aidé en organisant la foire."),
    ("He won by obtaining votes.", "Il a gagné par obtenant des votes.",
     "Il a gagné en obtenant des votes."),
    # *start by*, *begin by* + -ing: "commencer par" + an infinitive
    ("Let me begin by thanking you.", "Je voudrais commencer à vous remercier.",
     "Je voudrais commencer par vous remercier."),
    ("I will start by saying this.", "Je commencerai pour dire ceci.",
     "Je commencerai par dire ceci."),
    ("We started by discussing Syria.", "Nous avons commencé en discutant la Syrie.",
     "Nous avons commencé par discuter la Syrie."),
    # "de" + the gerund's "en": "de" and an infinitive
    ("He led the process of resettling families.",
     "Il a dirigé le processus d'en déplaçant des familles.",
     "Il a dirigé le processus de déplacer des familles."),
    ("We must stop them from getting weapons.", "Nous devons les empêcher d'en obtenant des armes.",
     "Nous devons les empêcher d'obtenir des armes."),
])
def test_gerunds(source: str, french: str, want: str) -> None:
    assert gerunds([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # no -ing after the preposition in the English
    ("After the meeting, he left.", "Après en partant, il est parti."),
    ("He walked through the park.", "Il a marché à travers le parc."),
    # an adjective in -ant after a preposition
    ("It is of interest to them.", "C'est d'intéressant pour eux."),
    ("They test promising systems.", "Ils testent des résultats de promettant des systèmes."),
    # *began to* + a verb: "commencer à" is right
    ("They began to export pork.", "Ils ont commencé à exporter du porc."),
    # "d'en" + an infinitive: "en" a pronoun; *due to* + -ing: "à cause de" takes no verb
    ("We are proud of speaking about it.", "Nous sommes fiers d'en parler."),
    ("It grew due to taking part in it.", "Il a grandi à cause d'en participant."),
])
def test_left_alone(source: str, french: str) -> None:
    assert gerunds([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We will win by training hard and by investing in people.",
                           "Before signing the treaty, the ministers met."],
                          engine, "en", "fr")
    assert "en investissant" in out[0].text, out[0].text
    assert "Avant de signer" in out[1].text, out[1].text


@pytest.mark.parametrize(("source", "french", "want"), [
    # *thank (someone) for* + -ing: "d'avoir" + the participle (the engine's "pour" + an
    # infinitive, "par" + a gerund)
    ("I want to thank India for organising this event.",
     "Je veux remercier l'Inde pour organiser cet événement.",
     "Je veux remercier l'Inde d'avoir organisé cet événement."),
    ("Thank you for inspiring millions of people.",
     "Merci par inspirant des millions de personnes.",
     "Merci d'avoir inspiré des millions de personnes."),
    # a verb with "être"; a clitic before it; a second verb after "et"
    ("Thank you for coming.", "Merci pour venir.", "Merci d'être venu."),
    ("I thank you for your work and for supporting us.",
     "Je vous remercie pour votre travail et en nous appuyant.",
     "Je vous remercie pour votre travail et de nous avoir appuyé."),
    ("We thank India for organising and preparing the event.",
     "Nous remercions l'Inde pour organiser et en préparant l'événement.",
     "Nous remercions l'Inde d'avoir organisé et préparé l'événement."),
    # the second verb an infinitive already (``ing_conjuncts`` said it as the first)
    ("We thank India for organising and preparing the event.",
     "Nous remercions l'Inde pour organiser et préparer l'événement.",
     "Nous remercions l'Inde d'avoir organisé et préparé l'événement."),
    # "me" and "le" before the auxiliary, elided
    ("Thank you so much for giving me this opportunity.",
     "Merci beaucoup pour me donner cette occasion.",
     "Merci beaucoup de m'avoir donné cette occasion."),
    ("Thank you for supporting it.", "Merci pour le soutenir.", "Merci de l'avoir soutenu."),
    # "M." is no end of the clause
    ("I thank Mr Xi for transferring two pandas.", "Je remercie M. Xi pour transférer deux pandas.",
     "Je remercie M. Xi d'avoir transféré deux pandas."),
])
def test_thank_for(source: str, french: str, want: str) -> None:
    assert gerunds([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *for* + a noun, a purpose after a noun: no -ing after *thank ... for*
    ("Thank you for your efforts to develop our ties.",
     "Merci pour vos efforts pour développer nos liens."),
    # *thanks to*: no thanking
    ("Thanks to these efforts we are developing ties.",
     "Grâce à ces efforts nous développons des liens."),
    # the verb in another sentence
    ("Thank you. We are for developing ties.", "Merci. Nous sommes pour développer des liens."),
])
def test_thank_left_alone(source: str, french: str) -> None:
    assert gerunds([source], [french]) == [french]

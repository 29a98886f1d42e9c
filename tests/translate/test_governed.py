"""Verbs whose French object takes another preposition than the English one
(``prepositions.governed``); constructed examples."""

from __future__ import annotations

import pytest

from daybook.translate.prepositions import governed


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I will attend a meeting in Moscow.", "J'assisterai une rencontre à Moscou.",
     "J'assisterai à une rencontre à Moscou."),
    ("Will you attend such a meeting?", "Vous assisterez telle rencontre?",
     "Vous assisterez à telle rencontre?"),
    ("They will attend the talks.", "Ils assisteront les pourparlers.",
     "Ils assisteront aux pourparlers."),
    ("I want to answer a question.", "Je veux répondre une question.",
     "Je veux répondre à une question."),
    ("We listened to the report.", "Nous avons écouté au rapport.",
     "Nous avons écouté le rapport."),
    ("He is waiting for an answer.", "Il est en train d'attendre pour une réponse.",
     "Il est en train d'attendre une réponse."),
    ("I am talking mainly about the economy.", "Je parle principalement sur l'économie.",
     "Je parle principalement de l'économie."),
    ("We talked about the regions.", "Nous avons parlé sur les régions.",
     "Nous avons parlé des régions."),
])
def test_the_object_takes_the_french_preposition(source: str, french: str, want: str) -> None:
    assert governed(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *assist* is "assister" with a direct object.
    ("He assisted the victims.", "Il a assisté les victimes."),
    # A time phrase is no object.
    ("I will answer next week.", "Je répondrai la semaine prochaine."),
    # *wait* + infinitive of purpose: "pour" stays.
    ("We will wait to see.", "Nous attendrons pour voir."),
    # "sur" with no *talk about* in the English.
    ("He spoke on the radio.", "Il a parlé sur la radio."),
    # The engine's object pronoun after the verb, no article.
    ("We hope you will attend it.", "Nous espérons que vous assisterez le."),
    # Already right.
    ("He attended the summit.", "Il a assisté au sommet."),
])
def test_other_objects_are_left(source: str, french: str) -> None:
    assert governed(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    # *attend it*: "y" for "à" + a thing, elided "je", "ne"
    ("You will attend it.", "Vous l'assisterez.", "Vous y assisterez."),
    ("I will not attend it.", "Je ne l'assisterai pas.", "Je n'y assisterai pas."),
    ("We attended them.", "Nous les avons assistées.", "Nous y avons assisté."),
    ("I answered it yesterday.", "Je l'ai répondu hier.", "J'y ai répondu hier."),
])
def test_pronoun_y(apertium_ok: bool, source: str, french: str, want: str) -> None:
    assert governed(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *answer them*: people ("leur répondre"), not written here
    ("We answered them.", "Nous les avons répondu."),
    # no pronoun object in the English
    ("He helped the people who attended.", "Il a aidé les gens qui l'assistaient."),
])
def test_pronoun_left_alone(apertium_ok: bool, source: str, french: str) -> None:
    assert governed(source, french) == french

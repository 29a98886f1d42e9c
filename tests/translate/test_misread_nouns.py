"""*speech* "parler" -> "discours"; *readiness to* "préparation pour" -> "disposition à"."""

from __future__ import annotations

import pytest

from daybook.translate.misread_nouns import readiness, speech


@pytest.mark.parametrize(("source", "french", "want"), [
    ("He delivered a speech at the forum.", "Il a prononcé un parler au forum.",
     "Il a prononcé un discours au forum."),
    ("In his speech, he said", "Dans son parler, il a dit", "Dans son discours, il a dit"),
    ("The speeches were short.", "Les parlers étaient courts.", "Les discours étaient courts."),
    ("We defend freedom of speech.", "Nous défendons la liberté de parler.",
     "Nous défendons la liberté d'expression."),
])
def test_speech(source: str, french: str, want: str) -> None:
    assert speech(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # The verb *speak*: "parler" is its infinitive.
    ("I would like to speak about our speech plans", "Je voudrais parler de nos plans"),
    ("We will speak to the press.", "Nous allons parler à la presse."),
])
def test_speech_guard(source: str, french: str) -> None:
    assert speech(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    ("thank you for your readiness to help", "merci pour votre préparation pour aider",
     "merci pour votre disposition à aider"),
    ("Putin confirmed Russia's readiness to continue", "Poutine a confirmé la préparation de "
     "Russie pour continuer", "Poutine a confirmé la disposition de Russie à continuer"),
    ("the readiness of our partners to continue the dialogue",
     "la préparation de nos partenaires pour continuer le dialogue",
     "la disposition de nos partenaires à continuer le dialogue"),
    ("the constant readiness to spare no effort", "la préparation constante pour épargner",
     "la disposition constante à épargner"),
])
def test_readiness(source: str, french: str, want: str) -> None:
    assert readiness(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *readiness for* a thing: getting ready is right.
    ("technological readiness for the development of arms",
     "préparation technologique pour le développement d'armes"),
    # No *readiness to*: *preparation to* stays.
    ("the preparation to launch the satellite", "la préparation pour lancer le satellite"),
])
def test_readiness_guard(source: str, french: str) -> None:
    assert readiness(source, french) == french

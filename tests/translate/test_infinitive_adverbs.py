"""*to* + adverb + verb said with the adverb after the infinitive (``infinitive_adverbs.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.infinitive_adverbs import adverb_after


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I would like to ask the heads of regions to personally keep an eye on issues.",
     "Je voudrais demander aux chefs des régions à personnellement garder un œil sur les "
     "questions.",
     "Je voudrais demander aux chefs des régions à garder personnellement un œil sur les "
     "questions."),
    ("to jointly develop plans", "et à conjointement développer des plans",
     "et à développer conjointement des plans"),
    # "de" elides before the verb's vowel, and takes its "e" back before a consonant
    ("The need to fully honour the Russian-Turkish agreements was stressed.",
     "Le besoin de complètement honorer les accords russo-turcs",
     "Le besoin d'honorer complètement les accords russo-turcs"),
    ("It is important to actively support them.",
     "Il est important d’activement soutenir eux.",
     "Il est important de soutenir activement eux."),
    ("It is important to actively use them.",
     "Il est important d’activement utiliser eux.",
     "Il est important d’utiliser activement eux."),
    ("will continue to fully participate in the life of the country",
     "continuera à complètement participer à la vie du pays",
     "continuera à participer complètement à la vie du pays"),
])
def test_adverb_after_infinitive(source: str, french: str, want: str) -> None:
    assert adverb_after(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # no split infinitive in the English
    ("Strictly speaking, this is not a treaty.", "à proprement parler, ce n'est pas un traité"),
    ("We want to develop trade.", "de complètement honorer"),
    # the set phrase, a noun after the adverb, an adverb before a noun
    ("to properly speak", "à proprement parler"),
    ("to fully settle payments", "le règlement de paiement entre nos pays"),
    ("to jointly develop", "à conjointement le développement"),
    # "avec" + noun is left (agreement would read the bare object as its adjective)
    ("to confidently export pork", "à avec confiance exporter cochon"),
])
def test_left(source: str, french: str) -> None:
    assert adverb_after(source, french) == french

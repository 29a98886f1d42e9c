"""A noun's *to*-infinitive said "de"/"à" (``noun_infinitives.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.noun_infinitives import noun_to

pytestmark = pytest.mark.skipif(not ApertiumEngine().supports("en", "fr"),
                                reason="apertium with fra-cat needed (French analyser)")


@pytest.mark.parametrize(("source", "french", "want"), [
    # the pivot's present for *safeguard*, read as a noun: its infinitive
    ("It is our duty to safeguard the truth.", "C'est notre devoir à sauvegarde la vérité.",
     "C'est notre devoir de sauvegarder la vérité."),
    # an adverb between
    ("The necessity to fully honour agreements was noted.",
     "Le besoin à complètement honorer les accords a été remarqué.",
     "Le besoin de complètement honorer les accords a été remarqué."),
    # "à" nouns
    ("Their willingness to sacrifice their lives.", "Leur disposition pour sacrifier leurs vies.",
     "Leur disposition à sacrifier leurs vies."),
    ("the invitation to visit Saudi Arabia", "l'invitation pour visiter l'Arabie saoudite",
     "l'invitation à visiter l'Arabie saoudite"),
    # an object pronoun, an elided "de"
    ("We had the opportunity to discuss it.", "Nous avons eu l'occasion pour en discuter.",
     "Nous avons eu l'occasion d'en discuter."),
    ("Now is the time to act.", "Maintenant il est le temps pour agir.",
     "Maintenant il est le temps d'agir."),
])
def test_noun_to(source: str, french: str, want: str) -> None:
    assert noun_to([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the noun is the infinitive's object: "à" is right
    ("We have many tasks to accomplish.", "Nous avons beaucoup de tâches à accomplir."),
    ("in the years to come", "dans les temps à venir"),
    ("There are decisions to take with you.", "Il y a des décisions à prendre avec vous."),
    # no noun + *to* in the English
    ("We went to the plant for the test.", "Nous sommes allés à l'usine pour l'essai."),
    # a noun after "à" that is no verb
    ("our attempt to annexation", "notre tentative à annexion"),
])
def test_noun_to_left(source: str, french: str) -> None:
    assert noun_to([source], [french]) == [french]

"""Prepositions after nouns and adjectives (``nounframes.py``): *satisfied with* "satisfait
de", *satisfaction with* "quant à", *support for* "soutien à", *through* efforts "grâce à",
each where the English has the construction, and through the engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.nounframes import noun_frames
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We are satisfied with the results.", "Nous sommes satisfaits avec les résultats.",
     "Nous sommes satisfaits des résultats."),
    ("She is satisfied with the plan.", "Elle est satisfaite avec le plan.",
     "Elle est satisfaite du plan."),
    ("They are satisfied with our offer.", "Ils sont satisfaits avec notre offre.",
     "Ils sont satisfaits de notre offre."),
    ("He is satisfied with the outcome.", "Il est satisfait avec l'issue.",
     "Il est satisfait de l'issue."),
    ("They voiced satisfaction with the pace of work.",
     "Ils ont exprimé la satisfaction avec le rythme de travail.",
     "Ils ont exprimé la satisfaction quant au rythme de travail."),
    ("Thank you for your support for the farmers.", "Merci pour votre soutien pour les fermiers.",
     "Merci pour votre soutien aux fermiers."),
    ("Support for the project grew.", "Le soutien pour le projet a grandi.",
     "Le soutien au projet a grandi."),
    ("The bridge was restored through the efforts of volunteers.",
     "Le pont a été restauré à travers les efforts de volontaires.",
     "Le pont a été restauré grâce aux efforts de volontaires."),
    ("Through our joint work, we won.", "À travers notre travail commun, nous avons gagné.",
     "Grâce à notre travail commun, nous avons gagné."),
    ("It was done through the help of friends.", "Cela a été fait à travers l'aide d'amis.",
     "Cela a été fait grâce à l'aide d'amis."),
])
def test_preposition(source: str, french: str, want: str) -> None:
    assert noun_frames(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("We went there with the children.", "Nous sommes satisfaits avec les enfants."),
    ("The river runs through the country.", "La rivière court à travers le pays."),
    ("Through the window, we saw the efforts.", "À travers la fenêtre, nous avons vu"),
    ("They came for the support of the team.", "Ils sont venus pour le soutien pour l'équipe."),
])
def test_left_alone(source: str, french: str) -> None:
    assert noun_frames(source, french) == french


def test_through_the_engine(apertium_ok: bool, engine: ApertiumEngine) -> None:
    out = translate_texts(["We are satisfied with the results of the talks.",
                           "The museum was saved through the efforts of its staff."],
                          engine, "en", "fr")
    assert "satisfaits des résultats" in out[0].text
    assert "grâce aux efforts" in out[1].text

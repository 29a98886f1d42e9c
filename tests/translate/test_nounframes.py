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
    ("It was built in accordance with the plan.", "Il a été bâti d'accord avec le plan.",
     "Il a été bâti conformément au plan."),
    ("In accordance with the law, taxes fell.", "D'accord avec la loi, les impôts ont baissé.",
     "Conformément à la loi, les impôts ont baissé."),
    ("They are responsible for the budget.", "Ils sont responsables pour le budget.",
     "Ils sont responsables du budget."),
    ("She is responsible for ties with Asia.", "Elle est responsable pour liens avec l'Asie.",
     "Elle est responsable de liens avec l'Asie."),
    ("The participants in the race were young.", "Les participants dans la course étaient",
     "Les participants à la course étaient"),
])
def test_preposition(source: str, french: str, want: str) -> None:
    assert noun_frames(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("We went there with the children.", "Nous sommes satisfaits avec les enfants."),
    ("The river runs through the country.", "La rivière court à travers le pays."),
    ("Through the window, we saw the efforts.", "À travers la fenêtre, nous avons vu"),
    ("They came for the support of the team.", "Ils sont venus pour le soutien pour l'équipe."),
    ("I agree with the mayor.", "Je suis d'accord avec le maire."),  # *agree*, not *accordance*
    ("He is responsible for the staff.", "Il est responsable pour élever les salaires."),
    ("Participants came to see it in Moscow.", "Les participants dans la ville"),
])
def test_left_alone(source: str, french: str) -> None:
    assert noun_frames(source, french) == french


def test_through_the_engine(apertium_ok: bool, engine: ApertiumEngine) -> None:
    out = translate_texts(["We are satisfied with the results of the talks.",
                           "The museum was saved through the efforts of its staff."],
                          engine, "en", "fr")
    assert "satisfaits des résultats" in out[0].text
    assert "grâce aux efforts" in out[1].text


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The meeting participants discussed current issues.",
     "Les participants de la rencontre ont parlé des questions actuelles.",
     "Les participants à la rencontre ont parlé des questions actuelles."),
    ("Attending the meeting were Prime Minister Dmitry Medvedev.",
     "Les participants de la rencontre étaient le Premier ministre Dmitri Medvedev.",
     "Les participants à la rencontre étaient le Premier ministre Dmitri Medvedev."),
    ("the forum participants have considerable experience",
     "les participants du forum ont une expérience considérable",
     "les participants au forum ont une expérience considérable"),
    # not an event, not *participants* in the English
    ("participants from many regions", "des participants de beaucoup de régions",
     "des participants de beaucoup de régions"),
    ("the members of the meeting", "les participants de la rencontre",
     "les participants de la rencontre"),
])
def test_participants_of_an_event(source: str, french: str, want: str) -> None:
    assert noun_frames(source, french) == want

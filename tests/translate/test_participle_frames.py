"""*instruct X to*, *prepared to*, *committed to*, *timed to coincide* (``participle_frames``)."""

from __future__ import annotations

import pytest

from daybook.translate.participle_frames import participle_frames


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I instructed the Government to prepare a plan.",
     "J'ai instruit le gouvernement pour préparer un plan.",
     "J'ai chargé le gouvernement de préparer un plan."),
    ("I instruct the Government to draft a law.",
     "J'instruis le gouvernement pour rédiger une loi.",
     "Je charge le gouvernement de rédiger une loi."),
    ("if we are instructed to do so", "si nous sommes instruits pour le faire",
     "si nous sommes chargés de le faire"),
    ("The Minister instructs them to act.", "Le ministre les instruit pour agir.",
     "Le ministre les charge d'agir."),
    ("We are prepared to consider it.", "Nous sommes préparés pour le considérer.",
     "Nous sommes prêts à le considérer."),
    ("We are committed to the development of dialogue.",
     "Nous sommes commis au développement du dialogue.",
     "Nous sommes attachés au développement du dialogue."),
    ("The forum was timed to coincide with the visit.",
     "Le forum a été chronométré pour coïncider avec la visite.",
     "Le forum a été programmé pour coïncider avec la visite."),
    ("Your forum has been timed to coincide with the day.",
     "Votre forum a chronométré pour coïncider avec le jour.",
     "Votre forum a été programmé pour coïncider avec le jour."),
])
def test_participle_frames(source: str, french: str, want: str) -> None:
    assert participle_frames([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *instructive*, teaching: no *instruct ... to*
    ("The visit was instructive for our students.", "La visite était instruite pour nos élèves."),
    # the meal was prepared for the guests: no infinitive
    ("The food was prepared for them.", "La nourriture a été préparée pour eux."),
    ("The crime committed in the city.", "Le crime commis à la ville."),
    # a race timed with a stopwatch
    ("The race was timed to the second.", "La course a été chronométrée à la seconde."),
])
def test_participle_frames_left(source: str, french: str) -> None:
    assert participle_frames([source], [french]) == [french]

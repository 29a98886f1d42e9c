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
    ("We are set to certify a trolleybus.", "Nous sommes posés pour certifier un trolleybus.",
     "Nous sommes prêts à certifier un trolleybus."),
    ("They are supposed to leave.", "Ils sont supposés pour laisser.", "Ils sont censés laisser."),
    ("I am delighted to welcome you.", "Je suis enchanté pour vous donner la bienvenue.",
     "Je suis enchanté de vous donner la bienvenue."),
    ("I am honoured to be here.", "Je suis honoré pour être ici.", "Je suis honoré d'être ici."),
    ("It is time to act.", "C'est chronométrer pour agir.", "Il est temps d'agir."),
    ("I think it is time to move on.", "Je pense que c'est chronométrer pour passer.",
     "Je pense qu'il est temps de passer."),
    ("It is high time to change this.", "C'est temps haut pour changer ça.",
     "Il est grand temps de changer ça."),
    ("It is time for us to decide.", "C'est temps pour nous pour décider.",
     "Il est temps pour nous de décider."),
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
    # *set* of a table, no *to*; "enchanté pour" with no *delighted to*
    ("The table was set for the guests.", "La table a été posée pour recevoir."),
    ("I am happy for you to come.", "Je suis enchanté pour venir."),
    # *time* of a clock: no *it is time to*
    ("We need more time to decide.", "C'est le temps pour décider."),
])
def test_participle_frames_left(source: str, french: str) -> None:
    assert participle_frames([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Isn't it time to change the law?", "Ce n'est pas chronométrer pour changer la loi?",
     "Il n'est pas temps de changer la loi?"),
    ("It is not time to relax.", "Ce n'est pas le temps pour se détendre.",
     "Il n'est pas temps de se détendre."),
])
def test_not_time_is_il_n_est_pas_temps(source: str, french: str, want: str) -> None:
    assert participle_frames([source], [french]) == [want]


def test_not_time_needs_the_english_time_to() -> None:
    french = "Ce n'est pas le temps pour parler."
    assert participle_frames(["This is not the weather to talk about."], [french]) == [french]

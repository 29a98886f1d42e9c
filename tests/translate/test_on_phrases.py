"""*on* before a day or someone's word (``on_phrases.py``): "vendredi", "le dimanche 24
novembre", "à votre initiative", "sur vos instructions", "à la demande de"; nothing where
the English does not say it."""

from __future__ import annotations

import pytest

from daybook.translate.on_phrases import on_phrases


@pytest.mark.parametrize(("source", "french", "want"), [
    ("On Friday, the President met with the Governor.",
     "Dans vendredi, le Président s'est réuni avec le gouverneur.",
     "Vendredi, le Président s'est réuni avec le gouverneur."),
    ("The talks will take place on Monday.", "Les discussions auront lieu dans lundi.",
     "Les discussions auront lieu lundi."),
    ("He passed away on Sunday, November 24, at the age of 83.",
     "Il est décédé en dimanche, 24 novembre, à l'âge de 83 ans.",
     "Il est décédé le dimanche 24 novembre, à l'âge de 83 ans."),
    ("On Tuesday, November 5, 2019, the President visited the plant.",
     "Dans mardi, 5 novembre 2019, le Président a visité l'usine.",
     "Le mardi 5 novembre 2019, le Président a visité l'usine."),
    ("The museum is closed on Mondays.", "Le musée est fermé dans lundi.",
     "Le musée est fermé le lundi."),
    ("We are acting on your instructions.", "Nous agissons dans vos instructions.",
     "Nous agissons sur vos instructions."),
    ("We came on your invitation.", "Nous sommes venus dans votre invitation.",
     "Nous sommes venus à votre invitation."),
    ("We created, I would say, on your initiative, a special mechanism.",
     "Nous avons créé, je dirais, dans votre initiative, un mécanisme spécial.",
     "Nous avons créé, je dirais, à votre initiative, un mécanisme spécial."),
    ("The meeting was held on the initiative of the Russian side.",
     "La rencontre a eu lieu dans l'initiative de la partie russe.",
     "La rencontre a eu lieu à l'initiative de la partie russe."),
    ("The visit was organised at the request of the Turkish side.",
     "La visite a été organisée à la sollicitude de la partie turque.",
     "La visite a été organisée à la demande de la partie turque."),
])
def test_on_said_in_french(source: str, french: str, want: str) -> None:
    assert on_phrases(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # no *on* + the day, or another day, in the English
    ("Friday was a good day.", "Dans vendredi était un bon jour."),
    ("We met on Friday.", "Nous nous sommes rencontrés dans lundi."),
    # no *on/at* + someone's word in the English
    ("We spoke about the initiative.", "Nous avons parlé dans l'initiative."),
    ("I read the instructions in your letter.", "J'ai lu dans vos instructions."),
])
def test_on_left(source: str, french: str) -> None:
    assert on_phrases(source, french) == french


def test_only_as_many_days_as_the_english_has() -> None:
    assert on_phrases("On Friday, we met.", "Dans vendredi, nous avons parlé dans vendredi.") \
        == "Vendredi, nous avons parlé dans vendredi."

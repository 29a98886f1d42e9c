"""A time noun's clause without *that* or *when* (``time_relatives.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.time_relatives import english, spans, where


@pytest.mark.parametrize(("source", "want"), [
    ("This is not the last time we meet.", "This is not the last time that we meet."),
    ("It was the first time I saw it.", "It was the first time that I saw it."),
    ("Every time you come, you see it.", "Every time that you come, you see it."),
    ("each time they come", "every time that they come"),
    ("Next time we meet, we will talk.", "The next time that we meet, we will talk."),
    ("I remember the day we signed it.", "I remember the day when we signed it."),
    # Guards: an adverbial *this time*, *at the moment* ("currently"), a bare *last time*
    # opening a main clause (no comma after it), a time noun after an adjective.
    ("This time we will win.", "This time we will win."),
    ("At the moment we are working on it.", "At the moment we are working on it."),
    ("Last time we met in Sochi.", "Last time we met in Sochi."),
    ("Over the past year we have built it.", "Over the past year we have built it."),
    ("For the first time we have signed it.", "For the first time we have signed it."),
])
def test_english(source: str, want: str) -> None:
    assert english(source) == want


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I remember the day we signed it.", "Je me souviens du jour quand nous l'avons signé.",
     "Je me souviens du jour où nous l'avons signé."),
    ("The next time we meet, we will talk.", "Le prochain temps que nous nous rencontrons, "
     "nous parlerons.", "La prochaine fois que nous nous rencontrons, nous parlerons."),
    ("I like the way you work.", "Je comme le chemin que vous travaillez.",
     "Je comme la façon dont vous travaillez."),
    ("This is the way they do business.", "C'est le chemin qu'ils font affaire.",
     "C'est la façon dont ils font affaire."),
    # Guards: "quand" of a clause of its own (no time noun qualified in the English); *the
    # way* with no clause after it.
    ("The way to the city we know.", "Le chemin à la ville que nous connaissons.",
     "Le chemin à la ville que nous connaissons."),
    ("We will talk on that day when we meet.", "Nous parlerons ce jour quand nous nous "
     "rencontrerons.", "Nous parlerons ce jour quand nous nous rencontrerons."),
])
def test_where(source: str, french: str, want: str) -> None:
    assert where([source], [french]) == [want]


def test_time_relatives_through_the_engine() -> None:
    out = translate_texts(["This is not the last time we meet.",
                           "I remember the day we signed the treaty.",
                           "This time we will win.", "In 12 years you have built a school.",
                           "For three years we have worked together."],
                          ApertiumEngine(), "en", "fr")
    assert "la dernière fois que nous nous rencontrons" in out[0].text
    assert "jour où nous avons signé" in out[1].text
    # an adverbial time phrase opens no relative (it had "Dans 12 ans que vous avez bâtis")
    assert all("que" not in o.text for o in out[2:])


@pytest.mark.parametrize(("source", "french", "want"), [
    ("They were built in five years.", "Ils ont été bâtis dans cinq ans.",
     "Ils ont été bâtis en cinq ans."),
    ("In 12 years, the city has built 40 schools.", "Dans 12 ans, la ville a bâti 40 écoles.",
     "En 12 ans, la ville a bâti 40 écoles."),
    ("We sold 10,000 tickets in two days.", "Nous avons vendu 10 000 billets dans deux jours.",
     "Nous avons vendu 10 000 billets en deux jours."),
    ("It was built in three years; it will open in two months.",
     "Il a été bâti dans trois ans; il ouvrira dans deux mois.",
     "Il a été bâti en trois ans; il ouvrira dans deux mois."),
    # Guards: a span to come (a future, an infinitive, *'s time*), no past verb, a point in
    # time inside a span (*in the past five years*).
    ("We will finish it in three years.", "Nous le finirons dans trois ans.",
     "Nous le finirons dans trois ans."),
    ("We agreed to meet again in two years.", "Nous avons convenu de nous revoir dans deux ans.",
     "Nous avons convenu de nous revoir dans deux ans."),
    ("It opened in two years' time.", "Il a ouvert dans deux ans.",
     "Il a ouvert dans deux ans."),
    ("In three days, Paris hosts the meeting.", "Dans trois jours, Paris accueille la rencontre.",
     "Dans trois jours, Paris accueille la rencontre."),
])
def test_spans(source: str, french: str, want: str) -> None:
    assert spans([source], [french]) == [want]

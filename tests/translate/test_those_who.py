"""*those of you who*, *everyone who*, *anyone who*, *those who* (``those_who.py``)."""

from __future__ import annotations

import shutil

import pytest

from daybook.translate.those_who import those_who

needs_apertium = pytest.mark.skipif(shutil.which("lt-proc") is None,
                                    reason="Apertium is not installed")


@needs_apertium
@pytest.mark.parametrize(("source", "text", "want"), [
    ("Those of you who came here today know this well.",
     "Ceux de vous qui est venu ici aujourd’hui sait ça bien.",
     "Ceux d’entre vous qui sont venus ici aujourd’hui sait ça bien."),
    ("I want to thank those of you who took part in the work.",
     "Je veux remercier ces de vous qui a participé au travail.",
     "Je veux remercier ceux d’entre vous qui ont participé au travail."),
    ("Those among us who remember the war are few.",
     "Ceux entre nous qui se souvient de la guerre sont peu.",
     "Ceux d’entre nous qui se souviennent de la guerre sont peu."),
    ("Anyone who wants to invest in Russia is welcome.",
     "N’importe quel qui veut investir en Russie est bienvenu.",
     "Quiconque veut investir en Russie est bienvenu."),
    ("We must help anyone who needs help.",
     "Nous devons aider n’importe quel qui a besoin d’aide.",
     "Nous devons aider quiconque a besoin d’aide."),
    ("I thank everyone who works in sport.",
     "Je remercie tout le monde qui travaille dans le sport.",
     "Je remercie tous ceux qui travaillent dans le sport."),
    ("We remember those who have fulfilled their duty.",
     "Nous nous souvenons de ces qui ont accompli leur devoir.",
     "Nous nous souvenons de ceux qui ont accompli leur devoir."),
    # A second verb after "et" in the same relative, where the English's is bare.
    ("I want to thank those who continue this cause and train young people.",
     "Je veux remercier ceux qui continuent cette cause et entraîne des jeunes.",
     "Je veux remercier ceux qui continuent cette cause et entraînent des jeunes."),
    # Guards: the English's second verb in -s or a past (the main clause's, perhaps); a
    # noun after "et"; a comma before it.
    ("He thanks those who helped him and stresses that it matters.",
     "Il remercie ceux qui l’ont aidé et souligne que cela compte.",
     "Il remercie ceux qui l’ont aidé et souligne que cela compte."),
    ("He thanked those who took part and stressed the importance.",
     "Il a remercié ceux qui ont participé et a souligné l’importance.",
     "Il a remercié ceux qui ont participé et a souligné l’importance."),
    ("We thank those who work and train the young.",
     "Nous remercions ceux qui travaillent et la formation des jeunes.",
     "Nous remercions ceux qui travaillent et la formation des jeunes."),
    ("Those who came, and train the young, stay.",
     "Ceux qui sont venus, et entraîne les jeunes, restent.",
     "Ceux qui sont venus, et entraîne les jeunes, restent."),
    # Guards: no such phrase in the English; as many in the French as in the English.
    ("The whole world is watching.", "Tout le monde qui regarde.", "Tout le monde qui regarde."),
    ("We thank everyone.", "Nous remercions tout le monde qui est ici.",
     "Nous remercions tout le monde qui est ici."),
    ("I thank everyone who came, and everyone who helped.",
     "Je remercie tout le monde qui est venu, et tout le monde.",
     "Je remercie tout le monde qui est venu, et tout le monde."),
    ("These are the ones who came.", "Ce sont ces qui sont venus.",
     "Ce sont ces qui sont venus."),
])
def test_those_who(source: str, text: str, want: str) -> None:
    assert those_who([source], [text]) == [want]

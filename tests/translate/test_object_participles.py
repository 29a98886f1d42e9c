"""A participle after "avoir" agreed with the object relative before it
(``object_participles.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.object_participles import object_participles
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    # A relative without *that* in the English: the masculine plural, past an adverb.
    ("I am sure it does the same for the children we saw today in the hall.",
     "Je suis sûr qu'il fait de même pour les enfants que nous avons vu aujourd'hui dans "
     "la salle.",
     "Je suis sûr qu'il fait de même pour les enfants que nous avons vus aujourd'hui dans "
     "la salle."),
    # The feminine plural, past an indirect clitic.
    ("I read the letters that you sent me.", "J'ai lu les lettres que vous m'avez envoyé.",
     "J'ai lu les lettres que vous m'avez envoyées."),
    # Past the antecedent's adjective; a time phrase after the participle is no object.
    ("The important decisions we made last year were correct.",
     "Les décisions importantes que nous avons fait l'année dernière étaient correctes.",
     "Les décisions importantes que nous avons faites l'année dernière étaient correctes."),
])
def test_participle_agrees(source: str, french: str, want: str) -> None:
    assert object_participles([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # A completive after "fait" and a clause of time after "fois": no object relative.
    ("The fact that we have won is important.", "Le fait que nous avons gagné est important."),
    ("I remember the first time that we met.",
     "Je me souviens de la première fois que nous avons rencontré."),
    # The participle has its own object, or an infinitive after it.
    ("The children that we saw playing were happy.",
     "Les enfants que nous avons vu jouer étaient heureux."),
    # Participles that never agree here (Grevisse § 943-949).
    ("The efforts that we could make were enormous.",
     "Les efforts que nous avons pu faire étaient énormes."),
    ("The three hours that the meeting lasted were useful.",
     "Les trois heures que nous avons duré étaient utiles."),
    # No relative with a pronoun subject in the English.
    ("The issues were discussed.", "Les questions que nous avons discuté."),
])
def test_what_is_left(source: str, french: str) -> None:
    assert object_participles([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["I read the letters that you sent me."], engine, "en", "fr")[0].text
    assert "les lettres que vous m'avez envoyées" in out.replace("’", "'")

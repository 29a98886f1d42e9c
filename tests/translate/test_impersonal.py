"""*It is a priority / important (for me) to do*: "de" + infinitive (``impersonal.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.impersonal import infinitive_subject, judgements
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It is a priority to do everything.", "C'est une priorité pour faire tout.",
     "C'est une priorité de faire tout."),
    ("It is a real pleasure for me to meet you.", "C'est un plaisir réel pour moi pour vous "
     "rencontrer.", "C'est un plaisir réel pour moi de vous rencontrer."),
    ("It is always important for us to hear you.", "C'est toujours important pour nous pour "
     "entendre.", "C'est toujours important pour nous d'entendre."),
    ("It was our duty to help.", "C'était notre devoir pour aider.",
     "C'était notre devoir d'aider."),
])
def test_infinitive_subject(source: str, french: str, want: str) -> None:
    assert infinitive_subject([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("It is a tool to solve problems.", "C'est un outil pour résoudre des problèmes."),
    # no *it is* in the English: "pour" is the engine's purpose
    ("We came here as a duty to help.", "C'est notre devoir pour aider."),
    ("It is why we came to help.", "C'est pourquoi nous sommes venus pour aider."),
])
def test_left_alone(source: str, french: str) -> None:
    assert infinitive_subject([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["It is our task to help them.",
                           "It is a great pleasure for me to see you."], engine, "en", "fr")
    assert out[0].text == "C'est notre tâche de les aider."
    assert "pour moi de vous voir" in out[1].text


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It is gratifying that the company is growing.",
     "Il est en train de gratifier que l'entreprise grandit.",
     "Il est gratifiant que l'entreprise grandit."),
    ("It is very symbolic that the theatre marks its anniversary.",
     "C'est très symbolique que le théâtre marque son anniversaire.",
     "Il est très symbolique que le théâtre marque son anniversaire."),
    ("It was encouraging that trade grew.", "Il animait que le commerce a augmenté.",
     "Il était encourageant que le commerce a augmenté."),
    ("It is certainly gratifying that you have deep respect for masters.",
     "Il est certainement en train de gratifier que vous avez du respect profond.",
     "Il est certainement gratifiant que vous avez du respect profond."),
    ("It is certainly gratifying that you have deep respect for masters.",
     "Il gratifie certainement que vous avez du respect profond pour des maîtres.",
     "Il est certainement gratifiant que vous avez du respect profond pour des maîtres."),
    ("It is notable that these plants comply.", "C'est notable que ces usines respectent.",
     "Il est à noter que ces usines respectent."),
    # *you*/*we* the pivot dropped before an infinitive: the pronoun, the subjunctive
    ("It is gratifying that you keep moving forward.",
     "Il est en train de gratifier que continuer à avancer.",
     "Il est gratifiant que vous continuiez à avancer."),
    ("It is clear that we need it.", "C'est clair qu'avoir besoin de lui.",
     "Il est clair qu'avoir besoin de lui."),
    # Guards: an adjective the table lacks; two French openers for one English one.
    ("It is strange that he came.", "C'est étrange qu'il est venu.",
     "C'est étrange qu'il est venu."),
    ("It is symbolic that he says that he is here.",
     "C'est symbolique qu'il dit qu'il faut que nous soyons ici. Il pense que oui.",
     "C'est symbolique qu'il dit qu'il faut que nous soyons ici. Il pense que oui."),
])
def test_judgements(source: str, french: str, want: str) -> None:
    assert judgements([source], [french]) == [want]


def test_judgement_subjunctive_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["It is symbolic that the meeting takes place here.",
                           "It is gratifying that trade is growing."], engine, "en", "fr")
    assert out[0].text.startswith("Il est symbolique que la rencontre ait lieu")
    assert out[1].text.startswith("Il est gratifiant que")

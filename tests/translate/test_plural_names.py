"""A plural glossary name as a subject takes a plural verb (``plural_names.py``). The
English sentences are made up for these tests; the French is what the engine writes for
such sentences (the name's verb in the singular: the placeholders carry no number) and the
expected French is written by hand; the last test goes through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.plural_names import plural_names
from daybook.translate.protect import translate_texts

FORMS = ("les Jeux olympiques", "les puissances alliées", "la Douma d’État")


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads and generates forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("french", "want"), [
    ("Les Jeux olympiques ouvrira à Tokyo.", "Les Jeux olympiques ouvriront à Tokyo."),
    ("Les puissances alliées a décidé de se rencontrer.",
     "Les puissances alliées ont décidé de se rencontrer."),
    ("Nous savons que les États-Unis a unilatéralement retiré ses troupes.",
     "Nous savons que les États-Unis ont unilatéralement retiré ses troupes."),
    ("Je crois que les Jeux olympiques sera un succès.",
     "Je crois que les Jeux olympiques seront un succès."),
])
def test_plural_name_subject(french: str, want: str) -> None:
    assert plural_names([french], FORMS) == [want]


@pytest.mark.parametrize("french", [
    "Les Jeux olympiques athlètes est venu.",  # a noun after the name: its modifier
    "La préparation pour les Jeux olympiques est bonne.",  # after a preposition: an object
    "La Douma d’État a décidé.",  # a singular name
    "La Russie a unilatéralement retiré ses troupes.",  # a singular place
    "Les Jeux olympiques, qui est un succès, ouvrira.",  # not directly followed by the verb
])
def test_left(french: str) -> None:
    assert plural_names([french], FORMS) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The Olympic Games will open in Tokyo next year."], engine, "en",
                          "fr")
    assert "Jeux olympiques ouvriront" in out[0].text, out[0].text
    assert "ouvrira" not in out[0].text

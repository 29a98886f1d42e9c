"""A relative pronoun in its English clause's case (``relative_case.py``). Constructed
English sentences; the French is the shape the engine writes (checked with it) and the
expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.relative_case import relative_case


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads and generates forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # an object relative after a comma, read as a subject one
    ("We must reduce poverty, which the President has just mentioned.",
     "Nous devons réduire la pauvreté, qui le Président vient de mentionner.",
     "Nous devons réduire la pauvreté, que le Président vient de mentionner."),
    ("These are the results, which our colleagues have achieved.",
     "Ce sont les résultats, qui nos collègues ont obtenu.",
     "Ce sont les résultats, que nos collègues ont obtenu."),
    ("This is the plan, which the European partners proposed.",
     "C'est le plan, qui les partenaires européens ont proposé.",
     "C'est le plan, que les partenaires européens ont proposé."),
    # a plural progressive in a relative: "qu'il"/"que" and the singular
    ("We must support those who are doing real work.",
     "Nous devons appuyer ceux qu'il fait un vrai travail.",
     "Nous devons appuyer ceux qui font un vrai travail."),
    ("There are athletes who are just starting their careers.",
     "Il y a des athlètes que juste est en train de commencer leurs carrières.",
     "Il y a des athlètes qui commencent juste leurs carrières."),
    ("We thank the volunteers who are helping the victims.",
     "Nous remercions les bénévoles qu'il est en aidant les victimes.",
     "Nous remercions les bénévoles qui aident les victimes."),
])
def test_relative_case(source: str, french: str, want: str) -> None:
    assert relative_case([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a time phrase after "qui", no subject
    ("The tournament, which this year is held in Sochi, is popular.",
     "Le tournoi, qui cette année a lieu à Sotchi, est populaire."),
    # a preposition's "qui": "par qui la protection ... est devenue"
    ("We honour those for whom the protection of the borders has become a calling.",
     "Nous honorons ceux par qui la protection des frontières est devenue une vocation."),
    # a clitic object, no subject: "qui les a isolés"
    ("These are the sanctions, which have isolated them.",
     "Ce sont les sanctions, qui les ont isolés."),
    # *that* a conjunction before a plural subject: "que les entreprises font"
    ("I know that the companies are doing their best.",
     "Je sais que les entreprises font de leur mieux."),
    # a singular head: "qu'il fait" is another clause ("so that he does")
    ("The minister who is doing this work said so.",
     "Il a demandé au ministre qu'il fait ce travail."),
])
def test_relative_case_guards(source: str, french: str) -> None:
    assert relative_case([source], [french]) == [french]

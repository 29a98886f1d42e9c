"""The members of a list of infinitives all infinitives (``verb_members.py``). The English
sentences are made up for these tests or modelled on the digest's; the French is modelled
on the engine's output for such sentences, the expected French written by hand."""

from __future__ import annotations

import pytest

from daybook.translate.verb_members import infinitive_members


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads and generates forms with Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # a modal's list: a member of two presents after a comma, a participle of a noun between
    ("You must cut short all attempts undertaken by terrorists, identify and eliminate "
     "channels for drug trafficking, and actively use the entire potential.",
     "Vous devez couper toutes les tentatives entreprises par des terroristes, identifie et "
     "élimine des canaux pour le trafic de drogue, et activement utiliser tout le potentiel.",
     "Vous devez couper toutes les tentatives entreprises par des terroristes, identifier et "
     "éliminer des canaux pour le trafic de drogue, et activement utiliser tout le "
     "potentiel."),
    # *help* before the list; a verb in -s after *and* (not after a comma) elsewhere
    ("The club helps instill skills and helps young people believe in themselves, find "
     "their calling, and develop the traits.",
     "Le club aide à impressionner des savoir-faire et aide les jeunes à croire en "
     "eux-mêmes, trouve leur vocation, et développer les traits.",
     "Le club aide à impressionner des savoir-faire et aide les jeunes à croire en "
     "eux-mêmes, trouver leur vocation, et développer les traits."),
])
def test_infinitive_members(source: str, french: str, want: str) -> None:
    assert infinitive_members([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the English member after a comma is a present of its own (*finds*)
    ("The club wants to help young people, finds their calling and develop the traits.",
     "Le club veut aider les jeunes, trouve leur vocation et développer les traits."),
    # a subject before the present: a clause of its own
    ("We must help them, they need it, and support them.",
     "Nous devons les aider, ils comprennent ça, et les appuyer."),
    # no infinitive after "et"
    ("We must expand the group, increase their capabilities and we will do it.",
     "Nous devons étendre le groupe, accroît leurs capacités et nous le ferons."),
    # a relative between the infinitive and the present
    ("We must help those who work, help the schools and support the families.",
     "Nous devons aider ceux qui travaillent, aide les écoles et appuyer les familles."),
])
def test_infinitive_members_leaves(source: str, french: str) -> None:
    assert infinitive_members([source], [french]) == [french]

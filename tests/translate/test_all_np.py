"""*all* + a plural noun phrase in French (``all_np.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.all_np import all_plural


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def test_tout_before_a_plural_determiner_agrees_with_the_noun() -> None:
    assert all_plural("All these issues", "Tout ces questions") == "Toutes ces questions"
    assert all_plural("all our colleagues", "tout nos chers collègues") == (
        "tous nos chers collègues")
    assert all_plural("all of the members", "tout des membres") == "tous les membres"
    assert all_plural("All of our proposals", "Tout de nos propositions") == (
        "Toutes nos propositions")
    assert all_plural("all our companies", "tout nos entreprises") == "toutes nos entreprises"


def test_all_before_a_bare_plural_takes_les() -> None:
    assert all_plural("All classrooms have boards", "Toutes salles de classe ont") == (
        "Toutes les salles de classe ont")
    assert all_plural("in all sectors", "dans tous secteurs") == "dans tous les secteurs"


def test_left_alone() -> None:
    # "avant tout" (*above all*), a pronoun "tous" before a verb or a pronoun, no *all*.
    for french in ("avant tout les menaces", "ils sont tous venus", "tous ils ont",
                   "Nous tous savons", "tous sont intéressés"):
        assert all_plural("above all, we all know it", french) == french
    assert all_plural("our colleagues", "tout nos collègues") == "tout nos collègues"

"""A second noun joined by "et" with the determiner it needs (``conjuncts_np.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.conjuncts_np import conjuncts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def test_the_determiner_is_repeated_where_the_second_noun_needs_another() -> None:
    assert conjuncts("un dialogue constructif et coopération") == (
        "un dialogue constructif et une coopération")
    assert conjuncts("avec des poings et violence physique") == (
        "avec des poings et de la violence physique")
    assert conjuncts("une prévention et diagnostics") == "une prévention et des diagnostics"
    assert conjuncts("les piétons et trafic") == "les piétons et le trafic"


def test_left_alone() -> None:
    # Two plurals, a determiner that fits both, a pronoun before a verb, after "de".
    for french in ("des plans et initiatives", "un maître talentueux et mentor",
                   "je le fais et travail", "la création de la coopération et dialogue",
                   "des enfants et familles", "des classes et u pour"):
        assert conjuncts(french) == french

"""A bare object of a verb of support as the kind it names (``generic_np.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.generic_np import kinds


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def test_the_kind_a_verb_of_support_takes_is_definite() -> None:
    assert kinds("They support small businesses.", "Ils appuient de petites entreprises.") \
        == "Ils appuient les petites entreprises."
    assert kinds("to promote bilateral relations", "promouvoir des relations bilatérales") \
        == "promouvoir les relations bilatérales"
    assert kinds("It promotes cooperation.", "Il promeut de la coopération.") == (
        "Il promeut la coopération.")
    assert kinds("We help young people choose.", "Nous aidons des jeunes à choisir.") == (
        "Nous aidons les jeunes à choisir.")


def test_left_alone() -> None:
    # A determiner in the source, a verb of hosting, "de" that is no article.
    assert kinds("We support some projects.", "Nous appuyons des projets.") == (
        "Nous appuyons des projets.")
    assert kinds("We will host summits and support trade.",
                 "Nous accueillerons des sommets.") == "Nous accueillerons des sommets."
    assert kinds("They help build it.", "Ils aident de construire.") == (
        "Ils aident de construire.")

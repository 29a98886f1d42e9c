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


@pytest.mark.parametrize(("en", "fr", "want"), [
    # a verb of change: its object exists, the definite article
    ("We must consolidate positive trends.", "Nous devons consolider des tendances positives.",
     "Nous devons consolider les tendances positives."),
    ("reducing environmental risks", "réduisant des risques environnementaux",
     "réduisant les risques environnementaux"),
    # after an elided "d'": "afin d'" is not the verb
    ("in order to increase investments", "afin d’accroître des investissements",
     "afin d’accroître les investissements"),
    # a mass noun, and a second object joined by "et"
    ("it strengthens friendship and mutual understanding",
     "il renforce de l’amitié et de la compréhension mutuelle",
     "il renforce l’amitié et la compréhension mutuelle"),
    # *develop* a relation between parties
    ("to develop bilateral ties", "pour développer des liens bilatéraux",
     "pour développer les liens bilatéraux"),
])
def test_the_object_of_a_verb_of_change_is_definite(en: str, fr: str, want: str) -> None:
    assert kinds(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # *develop* what it makes; "de" + an adjective after a verb of change
    ("to develop joint projects", "développer des projets communs"),
    ("to increase new investments", "accroître de nouveaux investissements"),
    # *increase by*: a figure, no article
    ("trade increased by two percent", "le commerce a augmenté de deux pour cent"),
    # a determiner in the English
    ("to strengthen these ties", "renforcer des liens"),
])
def test_verbs_of_change_leave(en: str, fr: str) -> None:
    assert kinds(en, fr) == fr

"""*at the age of 83* "à l'âge de 83 ans" (``ages.py``): the unit French names."""

from __future__ import annotations

import pytest

from daybook.translate.ages import ages


@pytest.mark.parametrize(("source", "french", "want"), [
    ("She passed away on November 24 at the age of 83.",
     "Elle est décédée le 24 novembre à l'âge de 83.",
     "Elle est décédée le 24 novembre à l'âge de 83 ans."),
    ("He passed away on Sunday at the age of 93, after a long illness.",
     "Il est décédé dimanche à l’âge de 93, après une longue maladie.",
     "Il est décédé dimanche à l’âge de 93 ans, après une longue maladie."),
    ("He began training at the age of 7 and won at the age of 19.",
     "Il a commencé à s'entraîner à l'âge de 7 et a gagné à l'âge de 19.",
     "Il a commencé à s'entraîner à l'âge de 7 ans et a gagné à l'âge de 19 ans."),
    ("children from the age of 1", "des enfants à partir de l'âge de 1",
     "des enfants à partir de l'âge de 1 an"),
])
def test_age_in_years(source: str, french: str, want: str) -> None:
    assert ages(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # the unit already there, or another unit
    ("He died at the age of 83 years.", "Il est décédé à l'âge de 83 ans."),
    ("at the age of 18 months", "à l'âge de 18 mois"),
    # no *at the age of* in the English
    ("The programme covers 83 regions.", "Le programme couvre l'âge de 83 régions."),
    # not as many ages in the French as in the English
    ("at the age of 7 and at the age of 19", "à l'âge de 7 et à 19"),
    # a figure that is not the whole number
    ("at the age of 10", "à l'âge de 100"),
])
def test_left(source: str, french: str) -> None:
    assert ages(source, french) == french

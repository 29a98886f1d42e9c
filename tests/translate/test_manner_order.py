"""A manner locution the pivot left before its verb (``manner_order.py``): after the finite
verb, after an auxiliary's participle, where the English has the adverb; kept elsewhere."""

from __future__ import annotations

import pytest

from daybook.translate.manner_order import manner_after


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads verb forms with Apertium's French analyser."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The library has successfully implemented its mission.",
     "La bibliothèque avec succès a mis en œuvre sa mission.",
     "La bibliothèque a mis en œuvre avec succès sa mission."),
    ("The RDIF is successfully developing.", "Le RDIF avec succès est en train de développer.",
     "Le RDIF est en train de développer avec succès."),
    ("Many young people successfully realise their potential.",
     "Beaucoup de jeunes avec succès réalisent leur potentiel.",
     "Beaucoup de jeunes réalisent avec succès leur potentiel."),
    ("created by Russian developers and successfully tested by the NHL",
     "créé par des développeurs russes et avec succès testé par le NHL",
     "créé par des développeurs russes et testé avec succès par le NHL"),
    ("We successfully hosted this event.", "Avec succès nous avons accueilli cet événement.",
     "Nous avons accueilli avec succès cet événement."),
    ("The industry confidently maintains high standards.",
     "L'industrie avec confiance maintient des niveaux hauts.",
     "L'industrie maintient avec confiance des niveaux hauts."),
    ("the employees reliably ensured the transportation",
     "les employés de façon fiable ont assuré le transport",
     "les employés ont assuré de façon fiable le transport"),
    ("we can confidently state that", "avec confiance nous pouvons déclarer que",
     "nous pouvons déclarer avec confiance que"),
    ("a mission successfully completed", "une mission avec succès achevée",
     "une mission achevée avec succès"),
])
def test_manner_after(source: str, french: str, want: str) -> None:
    assert manner_after(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # no such adverb in the English: "avec succès" is a complement of its own
    ("We met with success and hope.", "Nous nous sommes rencontrés avec succès et espoir."),
    # after a preposition the locution is the phrase's that follows, not a verb's
    ("for reliably tested models", "pour de façon fiable testés modèles"),
    # a noun after the locution, not a verb
    ("They worked successfully.", "Ils ont travaillé avec succès cette année."),
    # "de façon" + an adjective opening the sentence before its subject: left for frames
    ("You must resolutely cut short all attempts",
     "De façon décidée vous devez couper bas toutes les tentatives"),
    # at the head of a sentence with no subject after it: left
    ("Successfully, the plan works.", "Avec succès, le plan fonctionne."),
])
def test_kept(source: str, french: str) -> None:
    assert manner_after(source, french) == french

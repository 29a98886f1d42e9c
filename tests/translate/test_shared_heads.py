"""An adjective and a noun modifier coordinated before one head (``shared_heads.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.shared_heads import shared_heads


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # the determiner agreed with the head, the adjective after it, "de" + the modifier
    ("We proceed from the premise that the nuclear and missile problems of the peninsula "
     "can be solved",
     "Nous partons de la prémisse que le nucléaire et problèmes de missile de la péninsule "
     "peuvent être résolus",
     "Nous partons de la prémisse que les problèmes nucléaires et de missile de la péninsule "
     "peuvent être résolus"),
    # a head that is an adjective too ("potentiel"), at the sentence's start
    ("The scientific and production potential of the industry is high.",
     "Le scientifique et potentiel de production de l’industrie est haut.",
     "Le potentiel scientifique et de production de l’industrie est haut."),
    # an adjective before the head stays before it
    ("as well as a rich cultural and entertainment programme.",
     "ainsi qu’un riche culturel et programme de divertissement.",
     "ainsi qu’un riche programme culturel et de divertissement."),
    ("to interact in a constructive and partnership-like manner, based on trust",
     "à interagir dans un constructif et façon de partenariat, basé sur la confiance",
     "à interagir dans une façon constructive et de partenariat, basé sur la confiance"),
    # no determiner before the adjective: "de" elided before the head
    ("the threats from biological and toxin weapons and infectious diseases",
     "les menaces de biologique et armes de toxine et maladies contagieuses",
     "les menaces d’armes biologiques et de toxine et maladies contagieuses"),
])
def test_the_head_goes_first(source: str, french: str, want: str) -> None:
    assert shared_heads([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the adjective the epithet of the noun before it
    ("the heroic deeds and labour achievements of your generation",
     "les faits héroïques et réalisations de travail de votre génération"),
    # no adjective's ending before *and*
    ("to stop drug and arms trafficking of all kinds", "arrêter la drogue et trafic d’armes"),
    # the English member after *and* longer than a modifier and its head
    ("the nuclear and missile defence systems of the country",
     "le nucléaire et systèmes de défense antimissile du pays"),
])
def test_left_as_they_are(source: str, french: str) -> None:
    assert shared_heads([source], [french]) == [french]

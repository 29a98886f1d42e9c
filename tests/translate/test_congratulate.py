"""*congratulate X on N / on doing* (``congratulate.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.congratulate import congratulate
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Participles are read and made by Apertium's French dictionaries."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I congratulate the members on receiving these awards.",
     "Je félicite les membres à recevoir ces prix.",
     "Je félicite les membres d'avoir reçu ces prix."),
    ("I congratulate you again on successfully hosting of the event.",
     "Je vous félicite à nouveau au-dessus avec succès en accueillant de l'événement.",
     "Je vous félicite à nouveau d'avoir accueilli avec succès l'événement."),
    ("We congratulate the veterans on the upcoming holiday.",
     "Nous félicitons les vétérans dans les prochaines fêtes.",
     "Nous félicitons les vétérans pour les prochaines fêtes."),
])
def test_congratulate(source: str, french: str, want: str) -> None:
    assert congratulate([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *on* not after *congratulate*
    ("I congratulate you and count on receiving support.",
     "Je vous félicite et compte sur recevoir du soutien."),
    ("I congratulate you in this hall.", "Je vous félicite dans cette salle."),
    ("I congratulate those present in this hall on the holiday.",
     "Je félicite les personnes présentes dans cette salle dans les fêtes."),
    ("I congratulate you on your victory.", "Je vous félicite pour votre victoire."),
])
def test_left_alone(source: str, french: str) -> None:
    assert congratulate([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["I congratulate the veteran club members on receiving these "
                           "awards."], engine, "en", "fr")
    assert "d'avoir reçu ces prix" in out[0].text.replace("’", "'")

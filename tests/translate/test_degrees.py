"""*so ADJ that*, *all this is*, *especially since*, *important* (``degrees.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.degrees import degrees


@pytest.mark.parametrize(("source", "french", "want"), [
    ("All this is so popular today that I thank you.",
     "Tout c'est aussi populaire aujourd'hui que je vous remercie.",
     "Tout cela est si populaire aujourd'hui que je vous remercie."),
    ("All this is so important that it will determine the future.",
     "Tout c'est tellement en important qu'il déterminera l'avenir.",
     "Tout cela est tellement important qu'il déterminera l'avenir."),
    ("All that is provided for in the legislation.", "Tout qui est prévu dans la loi.",
     "Tout cela est prévu dans la loi."),
    ("All that has been done is important.", "Tout qui a été fait est important.",
     "Tout ce qui a été fait est important."),
    ("We must act, especially since the situation is difficult.",
     "Nous devons agir, spécialement puisque la situation est difficile.",
     "Nous devons agir, d'autant plus que la situation est difficile."),
    ("Particularly since it is late.", "Particulièrement puisqu'il est tard.",
     "D'autant plus qu'il est tard."),
    ("Help this initiative, especially so since it has his approval.",
     "Aidez cette initiative, spécialement aussitôt que puisqu'il a son approbation.",
     "Aidez cette initiative, d'autant plus qu'il a son approbation."),
])
def test_degrees(source: str, french: str, want: str) -> None:
    assert degrees([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    ("It is as popular as football.", "C'est aussi populaire que le football."),
    ("Prices have grown, especially since 2014.",
     "Les prix ont augmenté, spécialement depuis 2014."),
    ("Russia is importing important goods.", "La Russie est en important des biens."),
    ("Everything is ready.", "Tout c'est prêt."),  # no *all this*
])
def test_degrees_left(source: str, french: str) -> None:
    assert degrees([source], [french]) == [french]

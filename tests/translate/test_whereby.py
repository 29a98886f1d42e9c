"""*whereby* agreed with its antecedent (``whereby.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.whereby import whereby


@pytest.mark.parametrize(("source", "french", "want"), [
    # The content of a position: "selon", agreed with "position".
    ("We always supported the position whereby the EU does not have to wait.",
     "Nous avons toujours appuyé la position par lequel l’UE ne doit pas attendre.",
     "Nous avons toujours appuyé la position selon laquelle l’UE ne doit pas attendre."),
    # A means: "par"; the pivot's determiner "quelles" gives the noun its article back and
    # the verb its plural.
    ("We have created a mechanism whereby companies can get loans.",
     "Nous avons créé un mécanisme par quelles entreprises peut recevoir des emprunts.",
     "Nous avons créé un mécanisme par lequel les entreprises peuvent recevoir des emprunts."),
    # The antecedent past its complements; a plural subject's future.
    ("They underscored the importance of yesterday's package deal whereby gas transits will "
     "continue after January 1.",
     "Ils ont souligné l’importance du marché de paquet d’hier par quels systèmes de transport "
     "du gaz continuera après le 1er janvier.",
     "Ils ont souligné l’importance du marché de paquet d’hier selon lequel les systèmes de "
     "transport du gaz continueront après le 1er janvier."),
    # A name the pivot read as a noun gets its capital and no article.
    ("An agreement has been reached whereby Canon of Japan will build facilities.",
     "Un accord a été atteint par quel canon du Japon bâtira des installations.",
     "Un accord a été atteint selon lequel Canon du Japon bâtira des installations."),
    # A singular noun starting with a vowel: the article elides.
    ("They set up a procedure whereby information is shared.",
     "Ils ont établi une procédure par quelle information est partagée.",
     "Ils ont établi une procédure par laquelle l'information est partagée."),
])
def test_whereby_agrees(source: str, french: str, want: str) -> None:
    assert whereby(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # No *whereby* in the English: the engine's "par lequel" is the English's *by which*.
    ("This is the system by which the regions receive funds.",
     "C'est le système par lequel les régions reçoivent des fonds."),
    # No noun of content or means before it: left.
    ("It happened in the year whereby we grew.", "C'est arrivé dans l'année par lequel nous "
     "avons grandi."),
    # As many *whereby* as relatives only.
    ("An agreement whereby we trade, by which we live.",
     "Un accord par lequel nous commerçons, par lequel nous vivons."),
])
def test_what_is_left(source: str, french: str) -> None:
    assert whereby(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["We have created a mechanism whereby companies can get loans."],
                          engine, "en", "fr")[0].text
    assert "un mécanisme par lequel les entreprises peuvent" in out

"""English *for* the pivot says "par" (``for_pour.py``): "pour" (or "pendant" for a length
of time) where the French "par" is aligned with an English *for*; *by*, *per* and French
phrases with "par" of their own stay."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.for_pour import for_pour
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It is important for the young people.", "C'est important par les jeunes.",
     "C'est important pour les jeunes."),
    ("Love for our native land is a quality.", "L'amour par notre terre native est une qualité.",
     "L'amour pour notre terre native est une qualité."),
    ("respect for one’s neighbour", "le respect par voisin", "le respect pour voisin"),
    ("consideration for each other’s interests", "considération par chacun intérêts",
     "considération pour chacun intérêts"),
    ("benefits for those who work", "des avantages par les qui travaillent",
     "des avantages pour les qui travaillent"),
    # *for* and *by* in one sentence: each "par" paired with its own preposition
    ("The system was created by Russian developers for young hockey players.",
     "Le système a été créé par des développeurs russes par des joueurs de hockey.",
     "Le système a été créé par des développeurs russes pour des joueurs de hockey."),
    ("For example, it is easier for them.", "Par exemple, c'est plus facile par eux.",
     "Par exemple, c'est plus facile pour eux."),
    # a length of time
    ("The barriers are closed for 10–12 hours.", "Les barrières sont fermées par 10–12 heures.",
     "Les barrières sont fermées pendant 10–12 heures."),
    ("tax collection for last year", "la collection par l'année dernière",
     "la collection pour l'année dernière"),
    ("The line runs for 52 kilometres.", "La ligne court par 52 kilomètres.",
     "La ligne court sur 52 kilomètres."),
])
def test_for(source: str, french: str, want: str) -> None:
    assert for_pour(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("The project is funded by both sides.", "Le projet est financé par les deux parties."),
    # *for* said "pour" by the engine, *by* two words after it
    ("Laws were submitted for consideration by the parliament.",
     "Des lois ont été livrées pour considération par le parlement."),
    ("For example, this is funded by the state.", "Par exemple, c'est financé par l'État."),
    # *for* gave "pour", *by* "par": the only "par" may be either, it stays
    ("Thanks for the support given by the state.", "Merci pour le soutien donné par l'État."),
    ("I would like to start by thanking you for this.",
     "Je voudrais commencer par vous remercier pour cela."),
    ("It grew 5 percent per year for our company.",
     "Il a grandi de 5 % par an pour notre entreprise."),
    ("We thank you for the «Message by the people» award.",
     "Nous vous remercions pour le prix « Message par le peuple »."),
])
def test_not_for(source: str, french: str) -> None:
    assert for_pour(source, french) == french


def test_through_the_engine(engine: ApertiumEngine, apertium_ok: bool) -> None:
    out = translate_texts(["Above all, it is important for the young people.",
                           "The project is funded by both sides."], engine, "en", "fr")
    assert "important pour les jeunes" in out[0].text
    assert "financé par les deux" in out[1].text

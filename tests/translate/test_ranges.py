"""Ranges of figures and dates (``ranges.py``): "de ... à ...", "du 3 au 5 juin", where the
English says the range, and through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.ranges import ranges


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Costs rose from 40 million to 90 million euros.",
     "Les coûts ont monté de 40 millions de 90 millions d'euros.",
     "Les coûts ont monté de 40 millions à 90 millions d'euros."),
    ("The fair runs from 8 to 11 October.", "La foire court de 8 à 11 octobre.",
     "La foire court du 8 au 11 octobre."),
    ("The fair ran from 8 October to 11 October.", "La foire a couru de 8 octobre à 11 octobre.",
     "La foire a couru du 8 octobre au 11 octobre."),
    ("The fair is held between 8 and 11 October.", "La foire est tenue entre 8 et 11 octobre.",
     "La foire est tenue entre le 8 et le 11 octobre."),
    ("The fair is held on 8–11 October.", "La foire est tenue dans 8–11 octobre.",
     "La foire est tenue du 8 au 11 octobre."),
    ("Shops open from Tuesday through Sunday.", "Les magasins ouvrent de mardi à travers dimanche.",
     "Les magasins ouvrent de mardi à dimanche."),
    ("From April 2017 to June 2018, sales grew.", "À partir d'avril 2017 à juin 2018, les ventes",
     "D'avril 2017 à juin 2018, les ventes"),
    ("Sales grew until May.", "Les ventes ont grandi jusqu'à pot.",
     "Les ventes ont grandi jusqu'à mai."),
])
def test_range(source: str, french: str, want: str) -> None:
    assert ranges(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("May I ask a question?", "Pot je pose une question?"),
    ("He put the May flowers in a pot.", "Il a mis les fleurs de mai dans un pot."),
    ("The share of 40 million users grew.", "La part de 40 millions de 90 millions"),
    ("The fair runs on 8 October.", "La foire court de 8 à 11 octobre."),
])
def test_not_without_the_range(source: str, french: str) -> None:
    assert ranges(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Prices rose from 380 billion to 730 billion roubles.",
                           "The talks will take place from 3 to 5 June."], engine, "en", "fr")
    assert "de 380 milliards à 730 milliards de roubles" in out[0].text
    assert "du 3 au 5 juin" in out[1].text

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
    ("The vote is in May.", "Le vote est dans pot.", "Le vote est en mai."),
    ("Sales stayed high until May.", "Les ventes sont restées hautes jusqu'à pot.",
     "Les ventes sont restées hautes jusqu'à mai."),
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


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Exports grew by 3 percent.", "Les exportations ont grandi par 3 %.",
     "Les exportations ont augmenté de 3 %."),
    ("Trade is growing.", "Le commerce est en train de grandir.",
     "Le commerce est en train d'augmenter."),
    ("Our budget grows every year.", "Notre budget grandit chaque année.",
     "Notre budget augmente chaque année."),
    ("Sales have grown more than 10%.", "Les ventes ont grandi plus de 10 %.",
     "Les ventes ont augmenté de plus de 10 %."),
])
def test_growing_figures(source: str, french: str, want: str) -> None:
    assert ranges(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("The children grew up here.", "Les enfants ont grandi ici."),
    ("The town grew.", "La ville a grandi."),  # not a figure
    ("Trade rose.", "Le commerce grandit."),  # the English says no *grow*
])
def test_growing_not_a_figure(source: str, french: str) -> None:
    assert ranges(source, french) == french

"""Adverbs said by the word they modify (``adverb_senses.py``): a degree before an
adjective, *widely* before a participle, *strongly believe*, *energetically*."""

from __future__ import annotations

import pytest

from daybook.translate.adverb_senses import adverb_senses


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def test_degree_before_an_adjective() -> None:
    assert adverb_senses("its immensely rich historical and cultural heritage",
                         "héritage historique et culturel énormément riche.") == (
        "héritage historique et culturel extrêmement riche.")
    assert adverb_senses("between widely different traditions",
                         "entre des traditions amplement différentes") == (
        "entre des traditions très différentes")
    assert adverb_senses("these stadiums will be widely used.",
                         "ces stades seront amplement utilisés.") == (
        "ces stades seront largement utilisés.")
    # before a verb or a quantity: kept
    assert adverb_senses("it has contributed enormously to", "il a contribué énormément à") == (
        "il a contribué énormément à")
    assert adverb_senses("enormously", "énormément de travail") == "énormément de travail"
    assert adverb_senses("It is sufficiently rich.", "Il est amplement riche.") == (
        "Il est amplement riche.")


def test_believe_and_energy() -> None:
    assert adverb_senses("I strongly believe that the peoples of Russia",
                         "Je crois fortement que les peuples de la Russie") == (
        "Je crois fermement que les peuples de la Russie")
    assert adverb_senses("we have worked energetically with our colleagues",
                         "nous avons travaillé énergétiquement avec nos collègues") == (
        "nous avons travaillé énergiquement avec nos collègues")
    assert adverb_senses("energy-wise, the region is self-sufficient",
                         "énergétiquement la région est autosuffisante") == (
        "énergétiquement la région est autosuffisante")

"""The indefinite plural "des" said "de" before an adjective (de_adjectives.py)."""

from __future__ import annotations

import pytest

from daybook.translate.de_adjectives import de_before_adjective


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("our countries have made great progress", "nos pays ont fait des grands progrès",
     "nos pays ont fait de grands progrès"),
    ("to draft initiatives and new proposals", "rédiger des initiatives et des nouvelles "
     "propositions", "rédiger des initiatives et de nouvelles propositions"),
    # "de" + "des" is "de" too
    ("the construction of new interchanges", "la construction des nouveaux échanges",
     "la construction de nouveaux échanges"),
    ("We work with other countries.", "Nous travaillons avec des autres pays.",
     "Nous travaillons avec d’autres pays."),
])
def test_des_before_an_adjective_is_de(en: str, fr: str, want: str) -> None:
    assert de_before_adjective(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    ("the views of the new members", "les avis des nouveaux membres"),  # "de" + "les"
    ("in recent years", "au cours des dernières années"),  # no such adjective
    ("We read the news about other countries and the other regions.",
     "Nous lisons des autres pays et les autres régions."),  # one of them determined
    ("I heard good news", "j'ai entendu des bonnes"),  # no noun after
])
def test_determined_or_other_des_is_left(en: str, fr: str) -> None:
    assert de_before_adjective(en, fr) == fr

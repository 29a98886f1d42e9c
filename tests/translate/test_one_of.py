"""*one of* said "l'un des", "l'une des" (one_of.py)."""

from __future__ import annotations

import pytest

from daybook.translate.one_of import one_of
from daybook.translate.postedit_np import one_of as agreed


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("Russia is one of China's largest energy suppliers",
     "La Russie est un des fournisseurs d’énergie",
     "La Russie est l’un des fournisseurs d’énergie"),
    # the pronoun's gender, agreed first (postedit_np), past a figure or adjectives
    ("Saint Petersburg is one of the 12 cities", "Saint-Pétersbourg est un des 12 villes",
     "Saint-Pétersbourg est l’une des 12 villes"),
    ("one of the first people supported by the foundation",
     "une des premières personnes appuyées", "l’une des premières personnes appuyées"),
    ("has grown into one of the largest repositories", "a grandi à un des plus grands dépôts",
     "a grandi à l’un des plus grands dépôts"),
    # a possessive or demonstrative determiner; a pronoun; a sentence's start
    ("Sport is certainly one of these areas", "Le sport est certainement un de ces domaines",
     "Le sport est certainement l’un de ces domaines"),
    ("One of them is a two-man bobsleigh", "Un d’eux est un bobsleigh",
     "L’un d’eux est un bobsleigh"),
    ("one of them", "un d'elles", "l'une d'elles"),
])
def test_one_of_takes_its_article(en: str, fr: str, want: str) -> None:
    assert one_of(en, agreed(fr)) == want


@pytest.mark.parametrize(("en", "fr"), [
    ("each and every one of you", "chaque un de vous"),  # not after "chaque"
    ("one of the largest", "l’un des plus grands"),  # has it
    ("a project of the ministries", "un des ministères"),  # no *one of* in the English
    ("one of them", "un des projets et un des ministères"),  # more "un des" than *one of*
])
def test_other_uses_are_left(en: str, fr: str) -> None:
    assert one_of(en, fr) == fr

"""A noun after *as well as* with its determiner (``as_well_as.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.as_well_as import as_well_as


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # a plural: "des"
    ("It houses locker rooms, restaurants, as well as administrative and medical premises.",
     "Il contient des vestiaires, restaurants, ainsi que locaux administratifs et médicaux.",
     "Il contient des vestiaires, restaurants, ainsi que des locaux administratifs et "
     "médicaux."),
    # a singular notion: the definite article of its gender
    ("adherence to national interests, as well as respect for legitimate interests",
     "l’adhésion aux intérêts nationaux, ainsi que respect pour des intérêts légitimes",
     "l’adhésion aux intérêts nationaux, ainsi que le respect pour des intérêts légitimes"),
    ("the result of many years of work, as well as state support.",
     "le résultat de beaucoup d’années de travail, ainsi que soutien de l’État.",
     "le résultat de beaucoup d’années de travail, ainsi que le soutien de l’État."),
    # "qu'" elided before the bare noun: "que" again, the text's apostrophe
    ("years of work, as well as international organisations.",
     "des années de travail, ainsi qu'organisations internationales.",
     "des années de travail, ainsi que des organisations internationales."),
    ("years of work, as well as experience.",
     "des années de travail, ainsi qu’expérience.",
     "des années de travail, ainsi que l’expérience."),
])
def test_the_conjunct_gets_its_determiner(source: str, french: str, want: str) -> None:
    assert as_well_as([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # adjectives of one noun: *constructive as well as productive cooperation*
    ("these problems require constructive as well as productive cooperation.",
     "ces problèmes requièrent constructifs ainsi que coopération productive."),
    # the English has its determiner: the French said it
    ("the forum, as well as the exhibition.", "le forum, ainsi que l’exposition."),
    # a gerund after *as well as*
    ("trade, as well as improving ties.", "le commerce, ainsi que améliorer les liens."),
    # as many *as well as* as "ainsi que" needed to pair them
    ("We met ministers, as well as governors.", "Ainsi que nous avons rencontré des ministres, "
     "ainsi que gouverneurs."),
])
def test_left_as_they_are(source: str, french: str) -> None:
    assert as_well_as([source], [french]) == [french]

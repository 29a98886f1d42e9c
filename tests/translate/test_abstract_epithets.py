"""An abstract noun with an epithet as a verb's object takes "un"/"une"
(abstract_epithets.py)."""

from __future__ import annotations

import pytest

from daybook.translate.abstract_epithets import abstract_epithets


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("And if we have common citizenship both Russians and Ukrainians would only gain",
     "Et si nous avons de la citoyenneté commune les Russes",
     "Et si nous avons une citoyenneté commune les Russes"),
    ("We place special emphasis on compliance with the Convention",
     "Nous plaçons de l’accent particulier sur la conformité",
     "Nous plaçons un accent particulier sur la conformité"),
    ("We maintain effective coordination of efforts",
     "Nous maintenons de la coordination efficace des efforts",
     "Nous maintenons une coordination efficace des efforts"),
    # a concrete mass noun keeps its partitive
    ("This requires special preparation and special equipment",
     "Cela requiert de la préparation spéciale et de l’équipement spécial",
     "Cela requiert une préparation spéciale et de l’équipement spécial"),
])
def test_abstract_epithets(en: str, fr: str, want: str) -> None:
    assert abstract_epithets(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # a verb that governs "de": "de la" is the preposition and the article
    ("to find out what they think of the current situation",
     "découvrir ce qu’ils pensent de la situation actuelle"),
    # *some*: the partitive the English says
    ("We have some special preparation", "Nous avons de la préparation spéciale"),
    # no bare adjective + noun after a verb in the English
    ("We maintain the effective coordination of efforts",
     "Nous maintenons de la coordination efficace des efforts"),
    # no adjective after the noun
    ("They provide assistance to families", "Ils fournissent de l’assistance aux familles"),
])
def test_abstract_epithets_left(en: str, fr: str) -> None:
    assert abstract_epithets(en, fr) == fr

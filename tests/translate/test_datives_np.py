"""The dative of a class: "aux", not "à des" (datives_np.py)."""

from __future__ import annotations

import pytest

from daybook.translate.datives_np import datives


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("If Ukraine starts issuing passports to Russian citizens",
     "Si l’Ukraine commence à délivrer des passeports à des citoyens russes",
     "Si l’Ukraine commence à délivrer des passeports aux citoyens russes"),
    ("and provide gas to consumers who are far from gas supply systems",
     "et fournir du gaz à des consommateurs qui sont loin",
     "et fournir du gaz aux consommateurs qui sont loin"),
    # a noun of giving
    ("financial support to defence industry companies",
     "soutien financier à des entreprises de l’industrie de défense",
     "soutien financier aux entreprises de l’industrie de défense"),
    ("your greetings to Muslims", "vos salutations à des musulmans",
     "vos salutations aux musulmans"),
    ("we pay tribute to people whose names", "rendons hommage à des personnes dont les noms",
     "rendons hommage aux personnes dont les noms"),
])
def test_the_class_that_receives_is_definite(en: str, fr: str, want: str) -> None:
    assert datives(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # no verb or noun of giving: some of a class
    ("take part in competitions", "participer à des compétitions"),
    ("entrust this dialogue to qualified people", "confier ce dialogue à des personnes qualifiées"),
    # a place: where, not who receives
    ("providing accommodation to summer camps", "fournissant l’hébergement à des camps d’été"),
    # *to* + a verb in the English: the plural is its object
    ("to provide investments to increase", "fournir des investissements à des fins"),
    # another clause between the verb of giving and "à"
    ("provided support to the regions. They went to meetings",
     "ont fourni un soutien. Ils sont allés à des réunions"),
])
def test_other_a_des_are_left(en: str, fr: str) -> None:
    assert datives(en, fr) == fr

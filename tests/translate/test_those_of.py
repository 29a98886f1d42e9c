"""*those*, *the one(s)* standing for a feminine noun (``those_of.py``): "celles", "celle"
after the nearest noun of the pronoun's number; people and masculine nouns left."""

from __future__ import annotations

import pytest

from daybook.translate.those_of import those_of


@pytest.mark.usefixtures("apertium_ok")
def test_feminine_antecedent() -> None:
    assert those_of("These facilities must not be worse than those of Bauman University.",
                    "Ces installations ne doivent pas être pires que ceux de l’Université "
                    "Bauman.") == (
        "Ces installations ne doivent pas être pires que celles de l’Université Bauman.")
    assert those_of("We could discuss these issues and certainly those that are of mutual "
                    "interest.", "Nous pourrions parler de ces questions et certainement "
                    "ceux qui sont d'intérêt mutuel.") == (
        "Nous pourrions parler de ces questions et certainement celles qui sont d'intérêt "
        "mutuel.")
    # the nouns of the pronoun's number: "relations" (the singular "Chine" passed)
    assert those_of("Our relations with China are better than those with other countries.",
                    "Nos relations avec la Chine sont mieux que ceux avec d'autres pays.") == (
        "Nos relations avec la Chine sont mieux que celles avec d'autres pays.")
    assert those_of("This region is bigger than the one we visited.",
                    "Cette région est plus grande que celui que nous avons visité.") == (
        "Cette région est plus grande que celle que nous avons visité.")


@pytest.mark.usefixtures("apertium_ok")
def test_people_and_masculine_left() -> None:
    for en, fr in (("our other traditional partners, including those in Africa",
                    "nos autres partenaires traditionnels, y compris ceux en Afrique"),
                   ("We thank the families and those who helped.",
                    "Nous remercions les familles et ceux qui ont aidé."),
                   # a masculine plural noun before: its head may be either
                   ("The agreements with the companies are better than those of the past.",
                    "Les accords avec les entreprises sont meilleurs que ceux du passé."),
                   ("These exchanges, including those under national projects.",
                    "Ces échanges, y compris ceux sous les projets nationaux.")):
        assert those_of(en, fr) == fr

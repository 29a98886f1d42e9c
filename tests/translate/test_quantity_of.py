"""The bare "de" after an indefinite noun of quantity (quantity_of.py)."""

from __future__ import annotations

from daybook.translate.quantity_of import quantity_articles


def test_de_after_a_noun_of_quantity() -> None:
    assert quantity_articles(
        "This encompasses a wide range of topical matters linked with increasing risks.",
        "Cela comprend un large éventail des questions d'actualité liées à des risques.") \
        == "Cela comprend un large éventail de questions d'actualité liées à des risques."
    # before a vowel, "d'"
    assert quantity_articles("They held a series of events organised by the city.",
                             "Ils ont tenu une série des événements organisés par la ville.") \
        == "Ils ont tenu une série d'événements organisés par la ville."


def test_des_kept_where_the_english_determines_the_noun() -> None:
    # *a number of the measures*: a definite set, "des" = "de les"
    french = "Nous avons discuté un certain nombre des mesures prises."
    assert quantity_articles("We discussed a number of the measures taken.", french) == french
    # no noun of quantity in the English (*the range of the issues*), or more in the French
    french = "Ils ont abordé l'éventail des questions liées à l'énergie."
    assert quantity_articles("They covered the range of issues related to energy.", french) \
        == french
    french = "une série des rencontres et une série des visites"
    assert quantity_articles("a series of meetings and two visits", french) == french
    # not after a definite quantity noun ("la majorité des", "le nombre des victimes")
    french = "Le nombre des participants a augmenté."
    assert quantity_articles("A number of participants came.", french) == french

"""Superlatives with their article after *one of the* and after a modified noun
(superlative_of.py)."""

from __future__ import annotations

import pytest

from daybook.translate.superlative_of import (
    article_after_modifiers,
    most_of_many,
    one_of_best,
)


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("The Hermitage is one of the largest in the world.",
     "L’ermitage est un du plus grand du monde.",
     "L’ermitage est l’un des plus grands du monde."),
    ("It is one of the best in the world.", "C'est un du meilleur du monde.",
     "C'est l'un des meilleurs du monde."),
    ("It is one of the most popular.", "C’est un du plus populaire.",
     "C’est l’un des plus populaires."),
])
def test_one_of_best_without_a_noun(en: str, fr: str, want: str) -> None:
    assert one_of_best(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # a noun after the adjective: the pivot's phrase is garbled past telling
    ("one of the most recognised educational, cultural and training centres",
     "un du plus homologué éducatif, culturel et entraînant des centres"),
    # no *one of the* + a superlative in the English
    ("one of the people of the region", "un du plus grand du monde"),
])
def test_one_of_best_left(en: str, fr: str) -> None:
    assert one_of_best(en, fr) == fr


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("a priceless treasure, one of the most important Christian shrines.",
     "un trésor, un du la majorité sanctuaires chrétiens importants.",
     "un trésor, l’un des sanctuaires chrétiens les plus importants."),
    ("They are the most important Christian shrines.",
     "Ce sont le la majorité sanctuaires chrétiens importants.",
     "Ce sont les sanctuaires chrétiens les plus importants."),
])
def test_most_of_many(en: str, fr: str, want: str) -> None:
    assert most_of_many(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # *most of* is the quantifier
    ("most of the important Christian shrines",
     "la majorité sanctuaires chrétiens importants"),
    # a verb's form after the noun, no adjective
    ("what is probably the most advanced national practice",
     "le la majorité ont avancé pratique nationale"),
])
def test_most_of_many_left(en: str, fr: str) -> None:
    assert most_of_many(en, fr) == fr


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("your party, one of the oldest political parties in Russia’s modern history",
     "votre parti, l’un des partis politiques plus vieilles de l’histoire",
     "votre parti, l’un des partis politiques les plus vieux de l’histoire"),
    ("Russia is one of China’s biggest energy suppliers.",
     "La Russie est l’un des fournisseurs d’énergie plus grandes de la Chine.",
     "La Russie est l’un des fournisseurs d’énergie les plus grands de la Chine."),
    ("care about the richest historical and spiritual heritage",
     "se soucie du patrimoine historique et spirituel plus riche",
     "se soucie du patrimoine historique et spirituel le plus riche"),
])
def test_article_after_modifiers(en: str, fr: str, want: str) -> None:
    assert article_after_modifiers(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    # a comparative: no article
    ("graduates of higher educational institutions",
     "les diplômés des institutions éducatives plus hautes"),
    # a comparative beside a superlative in the English: no telling which "plus" is which
    ("the best results and more efficient international projects",
     "les projets internationaux plus efficaces"),
    # "plus ... que" compares
    ("the largest ever, and Russian grain more expensive than wheat",
     "le grain russe plus cher que le blé"),
])
def test_article_after_modifiers_left(en: str, fr: str) -> None:
    assert article_after_modifiers(en, fr) == fr

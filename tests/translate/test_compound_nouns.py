"""English compounds the pivot says word for word, given the French noun
(``compound_nouns.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.compound_nouns import compound_nouns


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the construction of a curling stadium in Moscow",
     "la construction d'un stade de frisé à Moscou",
     "la construction d'un stade de curling à Moscou"),
    ("We must prepare special ice for curling. Not many people come to watch curling.",
     "Nous devons préparer de la glace spéciale pour frisé. Peu de gens viennent pour "
     "regarder frisé.",
     "Nous devons préparer de la glace spéciale pour le curling. Peu de gens viennent pour "
     "regarder le curling."),
    ("the construction of an indoor ice skating rink in their city",
     "la construction d'un patinage de gel intérieur rink dans leur ville",
     "la construction d'une patinoire couverte dans leur ville"),
    ("They built a skating rink and an ice rink.",
     "Ils ont bâti un patinage rink et un gel rink.",
     "Ils ont bâti une patinoire et une patinoire."),
    ("the 40th anniversary of their sister city relationship",
     "le 40e anniversaire de leur relation de ville de sœur",
     "le 40e anniversaire de leur jumelage"),
    ("Kazan and Tabriz are sister cities.", "Kazan et Tabriz sont des villes de sœur.",
     "Kazan et Tabriz sont des villes jumelles."),
    ("The amount of funding is very large.", "Le montant de financer est très grand.",
     "Le montant du financement est très grand."),
    ("how much funding you expect to receive", "combien financement vous espérez recevoir",
     "combien de financement vous espérez recevoir"),
])
def test_the_compound_is_said_as_the_french_noun(source: str, french: str, want: str) -> None:
    assert compound_nouns(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # no compound in the English: "frisé" is the adjective, "sœur" a sister
    ("She has curly hair.", "Elle a les cheveux frisés."),
    ("The curling iron and her curls.", "Le fer à friser et ses boucles frisées."),
    ("the city of his sister", "la ville de sa sœur"),
    ("We are funding the project.", "Nous finançons le projet."),
])
def test_other_senses_stay(source: str, french: str) -> None:
    assert compound_nouns(source, french) == french

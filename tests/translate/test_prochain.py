"""*next* before a noun: "proche" after it -> "prochain" before it, agreed."""

from __future__ import annotations

import pytest

from daybook.translate.prochain import next_


@pytest.mark.parametrize(("source", "french", "want"), [
    ("China hosts the next Olympic Games.", "La Chine accueille le Jeux olympiques proche.",
     "La Chine accueille les prochains Jeux olympiques."),
    ("the next phases of our work", "les phases proches de notre travail",
     "les prochaines phases de notre travail"),
    ("The next session of the forum", "La séance proche du forum",
     "La prochaine séance du forum"),
    ("Our next summit", "Notre sommet proche", "Notre prochain sommet"),
    ("The next step is", "L'étape proche est", "La prochaine étape est"),
    ("over the next five years", "sur le proche cinq ans", "sur les cinq prochaines années"),
    ("in the next 2.5 years", "dans le proche 2,5 ans", "dans les 2,5 prochaines années"),
    ("over the next three months", "sur le proche trois mois", "sur les trois prochains mois"),
])
def test_next(source: str, french: str, want: str) -> None:
    assert next_(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *near* and *close* are "proche" in French too.
    ("The house is near the next village.", "La maison est près du peuple proche."),
    ("our close partners and the next meeting", "nos partenaires proches"),
    # *next to*: a place, not an order.
    ("He stood next to his close friends", "Il était à côté de ses amis proches"),
    # No *next* at all.
    ("in the near future", "dans un avenir proche"),
    # Not a noun phrase before "proche".
    ("Next, the positions are", "les positions sont proches"),
])
def test_next_guard(source: str, french: str) -> None:
    assert next_(source, french) == french

"""Indirect questions and quantities: *what NP is like*, *who is where*, *as much N as
possible*, *as* of time (``indirect.py``, ``time_clauses.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.indirect import indirect
from daybook.translate.time_clauses import as_while


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We understand what the situation in the regions is like.",
     "Nous comprenons ce que la situation dans les régions est comment.",
     "Nous comprenons comment est la situation dans les régions."),
    ("I saw what life in the village was like.",
     "J'ai vu quelle vie dans le village était comment.",
     "J'ai vu comment était la vie dans le village."),
    ("You know what it is like.", "Vous savez ce qu'il est comment.",
     "Vous savez comment il est."),
    ("We know what the situation is like – summer is short.",
     "Nous savons ce que la situation est comme – l'été est court.",
     "Nous savons comment est la situation – l'été est court."),
    ("When families have as many children as you do, this is happiness.",
     "Quand les familles ont comme beaucoup d'enfants tandis que faire, c'est félicité.",
     "Quand les familles ont autant d'enfants que vous, c'est félicité."),
    ("They won as many medals as we did.",
     "Ils ont remporté comme beaucoup de médailles tandis que nous avons fait.",
     "Ils ont remporté autant de médailles que nous."),
    ("Few pay as much attention to this as they do.",
     "Peu paient tellement d'attention à cela tandis que faire.",
     "Peu paient autant d'attention à cela qu'eux."),
    ("Nobody knew who was where.", "Personne n'a su que c'était où.",
     "Personne n'a su qui était où."),
    ("They brought as much drinking water as needed.",
     "Ils ont porté tellement d'eau potable comme a eu besoin.",
     "Ils ont porté autant d'eau potable que nécessaire."),
    ("We must involve as many people as possible.",
     "Nous devons impliquer comme beaucoup de gens tellement possible.",
     "Nous devons impliquer autant de gens que possible."),
    ("We will hire as many specialists as required.",
     "Nous embaucherons comme beaucoup de spécialistes comme il a requis.",
     "Nous embaucherons autant de spécialistes que nécessaire."),
])
def test_indirect(source: str, french: str, want: str) -> None:
    assert indirect([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *like* a preposition, no indirect question: "comme" kept.
    ("What we do is like a game.", "Ce que nous faisons est comme un jeu."),
    ("We have much in common, you are like-minded persons.",
     "Nous avons beaucoup en commun, vous êtes des personnes qui pensent comme nous."),
    # *who is* + a place, not *where*.
    ("I know who is here.", "Je sais qui est ici."),
    # *as much as possible* with no noun: the pivot's "autant que possible" kept; *as* of
    # time with *do* after a quantity of its own.
    ("We will do as much as possible.", "Nous ferons autant que possible."),
    ("We have many children, as you do.",
     "Nous avons beaucoup d'enfants, tandis que faire."),
])
def test_indirect_guards(source: str, french: str) -> None:
    assert indirect([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("As I prepared for this event, I was surprised.",
     "Comme je me suis préparé pour cet événement, j'ai été étonné.",
     "Alors que je me préparais pour cet événement, j'ai été étonné."),
    ("As we travelled across the country, we saw new plants.",
     "Comme nous avons parcouru le pays, nous avons vu de nouvelles usines.",
     "Alors que nous parcourions le pays, nous avons vu de nouvelles usines."),
    # Guards: a comment (*As I said*), another subject after the comma.
    ("As I said, we will continue.", "Comme j'ai dit, nous continuerons.",
     "Comme j'ai dit, nous continuerons."),
    ("As we worked on this, the situation changed.",
     "Comme nous avons travaillé sur cela, la situation a changé.",
     "Comme nous avons travaillé sur cela, la situation a changé."),
])
def test_as_while(source: str, french: str, want: str) -> None:
    assert as_while([source], [french]) == [want]

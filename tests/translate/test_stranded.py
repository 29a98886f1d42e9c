"""Relatives the English leaves implicit: "dont", "ce que", "qui" (``stranded.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.stranded import stranded


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The French is read by Apertium's analyser."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("the projects I have talked about many times",
     "les projets que j'ai parlé environ à maintes reprises",
     "les projets dont j'ai parlé à maintes reprises"),
    ("These are the projects that we talked about.",
     "Ce sont les projets que nous avons parlés environ.",
     "Ce sont les projets dont nous avons parlé."),
    ("These are the goals we are proud of.", "Ce sont les buts que nous sommes fiers de.",
     "Ce sont les buts dont nous sommes fiers."),
    ("What we need is a dialogue.", "Ce que nous avons besoin est un dialogue.",
     "Ce dont nous avons besoin est un dialogue."),
    ("the projects, which have been formulated", "les projets, quels ont été formulés",
     "les projets, qui ont été formulés"),
    ("That is exactly what the people thought.", "C'est exactement lequel les gens pensaient.",
     "C'est exactement ce que les gens pensaient."),
    ("That is what it is.", "Cela est lequel est.", "Cela est ce qu'il est."),
    # *, the N of which is (to)*: "dont le N est (de)"
    ("We adopted a programme, the aim of which is to support families.",
     "Nous avons adopté un programme, le but desquels doivent appuyer les familles.",
     "Nous avons adopté un programme, dont le but est d'appuyer les familles."),
    # ... with no comma before it
    ("Projects the aim of which is to strengthen the fleet were built.",
     "Les projets le but desquels doivent renforcer la flotte ont été bâtis.",
     "Les projets dont le but est de renforcer la flotte ont été bâtis."),
    ("We have a plan, the results of which are visible.",
     "Nous avons un plan, les résultats desquels sont visibles.",
     "Nous avons un plan, dont les résultats sont visibles."),
    # *whose*: "dont" and the noun with its article
    ("This is a country whose people value freedom.",
     "C'est un pays les gens desquelles apprécient la liberté.",
     "C'est un pays dont les gens apprécient la liberté."),
    ("We support the regions whose budgets are in deficit.",
     "Nous appuyons les régions les budgets desquels sont en déficit.",
     "Nous appuyons les régions dont les budgets sont en déficit."),
    # *everything that we*, *all that we need*: "tout ce que", "tout ce dont"
    ("Everything that we have achieved is yours.", "Tout que nous avons obtenu est à vous.",
     "Tout ce que nous avons obtenu est à vous."),
    ("All that we need is time.", "Tout dont nous avons besoin est temps.",
     "Tout ce dont nous avons besoin est temps."),
    # *with whom*, *the one who*: no question's "est-ce que"
    ("I met the people with whom we worked.",
     "J'ai connu les gens avec qui est-ce que nous avons travaillé.",
     "J'ai connu les gens avec qui nous avons travaillé."),
    ("He is the one who made this decision.", "C'est le qui est-ce qui a pris cette décision.",
     "C'est celui qui a pris cette décision."),
])
def test_stranded(source: str, french: str, want: str) -> None:
    assert stranded([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a preposition with its object: no relative
    ("I think that we have talked about it.", "Je pense que nous avons parlé de lui."),
    # "lequel" after a preposition is a relative already
    ("This is the position by which the EU acts.", "C'est la position par lequel l'UE agit."),
    # *need to*: "besoin de" + infinitive
    ("What we need to do is clear.", "Ce que nous avons besoin de faire est clair."),
    # *and which* + a noun: the interrogative determiner
    ("We discussed prices, and which regions buy more?",
     "Nous avons parlé des prix, et quelles régions achètent plus ?"),
    # *in the course of which*: a preposition's relative, "au cours duquel" stays
    ("We held talks, in the course of which we agreed.",
     "Nous avons tenu des pourparlers, au cours desquels nous avons convenu."),
    # *whose* absent: "desquels" after a figure or a preposition stays; *all that* a
    # demonstrative ("tout ça")
    ("Of them, 19 are linked to the lines.", "Au total, 19 desquels sont reliés aux lignes."),
    ("We look at all that very closely.", "Nous regardons tout que beaucoup de près."),
    ("All that is provided for in the law.", "Tout qui est fourni dans la loi."),
    # a question's "qui est-ce que" (no *whom*)
    ("Who do you think will win?", "Qui est-ce que vous pensez gagnera ?"),
])
def test_stranded_left(source: str, french: str) -> None:
    assert stranded([source], [french]) == [french]


def test_through_apertium(engine: ApertiumEngine) -> None:
    texts = ["We will implement the projects I have talked about many times."]
    out = translate_texts(texts, engine, "en", "fr")[0].text
    assert "dont j'ai parlé" in out.replace("’", "'")

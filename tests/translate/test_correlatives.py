"""*The more ..., the more ...* said without articles (correlatives.py)."""

from __future__ import annotations

from daybook.translate.correlatives import the_more


def test_pairs_lose_their_articles() -> None:
    got = the_more(["The more we work, the more we earn.", "The sooner we start, the better.",
                    "He said: the less we wait, the better our results."],
                   ["Le plus nous travaillons, le plus nous gagnons.",
                    "Le plutôt nous commençons, le mieux.",
                    "Il a dit : le moins nous attendons, le mieux nos résultats."])
    assert got == ["Plus nous travaillons, plus nous gagnons.",
                   "Plus tôt nous commençons, mieux c'est.",
                   "Il a dit : moins nous attendons, mieux nos résultats."]


def test_guards() -> None:
    # a superlative with no pair in the English; a comparative in a name
    texts = ["C'est la question la plus importante, le plus grand problème.",
             "Le plus grand projet, le plus important."]
    assert the_more(["It is the most important question, the biggest problem.",
                     "The Greater Eurasian Partnership, the largest project."], texts) == texts

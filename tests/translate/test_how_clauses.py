"""*how* opening an indirect question (``how_clauses.py``): "comment", "sur la façon dont",
"de la façon de"; the pivot's "comme" left where the English says *as* or *like*."""

from __future__ import annotations

import pytest

from daybook.translate.how_clauses import how_clauses


@pytest.mark.parametrize(("source", "french", "want"), [
    ("I would like to hear your opinion about how we performed over the past year.",
     "Je voudrais entendre votre opinion environ comme nous avons agi au cours de l'année.",
     "Je voudrais entendre votre opinion sur la façon dont nous avons agi au cours de "
     "l'année."),
    ("I am glad to share my considerations with you on how we are going to build up our work.",
     "Je suis heureux de partager mes considérations avec vous au-dessus que nous renforcerons "
     "notre travail.",
     "Je suis heureux de partager mes considérations avec vous sur la façon dont nous "
     "renforcerons notre travail."),
    ("There are certain ideas on how to further improve these efforts.",
     "Il y a des idées au-dessus que pour continuer à améliorer ces efforts.",
     "Il y a des idées sur la façon de continuer à améliorer ces efforts."),
    ("We need to think about how to organise this work.",
     "Nous devons penser environ que pour organiser ce travail.",
     "Nous devons penser à la façon d'organiser ce travail."),
    ("We talked about how the region is developing.",
     "Nous avons parlé environ comme la région se développe.",
     "Nous avons parlé de la façon dont la région se développe."),
    ("This will lead to an exchange of opinions on how our work is organised.",
     "Cela conduira à un échange de vues sur que notre travail est organisé.",
     "Cela conduira à un échange de vues sur la façon dont notre travail est organisé."),
    ("We discussed the issue of how to finance the project.",
     "Nous avons parlé de la question de comme pour financer le projet.",
     "Nous avons parlé de la question de savoir comment financer le projet."),
    ("I want to listen to how you see the development of the industry.",
     "Je veux écouter à que vous voyez le développement de l'industrie.",
     "Je veux écouter comment vous voyez le développement de l'industrie."),
    ("We discussed how to provide you with comprehensive support.",
     "Nous avons parlé comme pour vous fournir un soutien global.",
     "Nous avons parlé de la façon de vous fournir un soutien global."),
    ("The question is how to ensure the safety of passengers.",
     "La question est comme pour assurer la sécurité des passagers.",
     "La question est de savoir comment assurer la sécurité des passagers."),
    ("We will see how the situation develops.", "Nous verrons comme la situation se développe.",
     "Nous verrons comment la situation se développe."),
    ("I would like to ask you how the construction is going.",
     "Je voudrais vous demander comme la construction avance.",
     "Je voudrais vous demander comment la construction avance."),
])
def test_how_asked_in_french(source: str, french: str, want: str) -> None:
    assert how_clauses(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *as*: "comme" stands for it
    ("As we can see, the situation is improving.", "Comme nous pouvons voir, la situation "
     "s'améliore."),
    ("We will see how the situation develops, as you said.",
     "Nous verrons comme la situation se développe, comme vous avez dit."),
    # *how* + an adjective: not an indirect question of manner
    ("You know how difficult it was.", "Vous savez comme c'était difficile."),
    # *this is how*: another turn than "c'est comment"
    ("This is how the plant will look.", "C'est comme l'usine sera."),
    # no *how* in the English
    ("We talked about the region.", "Nous avons parlé de que la région."),
    # a direct question: "Comment" already
    ("How will you solve this problem?", "Comment résoudrez-vous ce problème ?"),
])
def test_other_comme_left(source: str, french: str) -> None:
    assert how_clauses(source, french) == french


def test_as_of_a_set_phrase_is_no_comme() -> None:
    # *so that* and *as well as* are not "comme": the one "comme" is *how*
    assert how_clauses("I came so that I can hear how you see the development.",
                       "Je suis venu de telle sorte que je peux entendre comme vous voyez "
                       "le développement.") == (
        "Je suis venu de telle sorte que je peux entendre comment vous voyez le développement.")


def test_how_to_after_a_comma() -> None:
    assert how_clauses("There are ideas on how to improve these efforts, how to provide you "
                       "with support.",
                       "Il y a des idées au-dessus que pour améliorer ces efforts, comme pour "
                       "vous fournir un soutien.") == (
        "Il y a des idées sur la façon d'améliorer ces efforts, comment vous fournir un "
        "soutien.")

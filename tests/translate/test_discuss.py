"""*discuss* "parler" with its "de" past an aside, and "à discuter" (``discuss.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.discuss import discuss


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The participants discussed, in particular, the developments in the Persian Gulf.",
     "Les participants ont parlé, en particulier, les développements dans le golfe Persique.",
     "Les participants ont parlé, en particulier, des développements dans le golfe Persique."),
    ("Xi Jinping and I barely discussed, if at all, matters related to Iran.",
     "Xi Jinping et moi avons à peine parlé, si en absolu, les sujets liés à l'Iran.",
     "Xi Jinping et moi avons à peine parlé, si en absolu, des sujets liés à l'Iran."),
    ("We discussed, first of all, the situation", "Nous avons parlé, tout d’abord, la situation",
     "Nous avons parlé, tout d’abord, de la situation"),
    ("We discussed, in detail, a plan", "Nous avons parlé, en détail, un plan",
     "Nous avons parlé, en détail, d'un plan"),
    ("We definitely have enough subjects to discuss in the trilateral format today.",
     "Nous avons certainement assez de sujets à parler dans le format trilatéral.",
     "Nous avons certainement assez de sujets à discuter dans le format trilatéral."),
    ("enough subjects to discuss in the trilateral format", "assez de sujets par parler dans",
     "assez de sujets à discuter dans"),
])
def test_discussed(source: str, french: str, want: str) -> None:
    assert discuss(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # no *discuss*: "parler" of speaking
    ("He spoke, as always, the Russian language", "Il a parlé, comme toujours, la langue"),
    # a language after the aside
    ("They discussed it and spoke, as usual, Russian", "Ils ont parlé, comme d'habitude, le russe"),
    # "de" already there
    ("We discussed, in particular, the situation",
     "Nous avons parlé, en particulier, de la situation"),
    # *to talk about*: "dont parler" is another edit
    ("We discussed a lot of things to talk about", "beaucoup de choses à parler"),
])
def test_kept(source: str, french: str) -> None:
    assert discuss(source, french) == french

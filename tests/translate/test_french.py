"""French grammar helpers (``french.py``): the regular feminines."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from daybook.translate.french import (
    elide,
    elide_before,
    elides,
    feminine,
    feminine_plural,
    masculine_plural,
)


def test_regular_feminine_endings() -> None:
    assert feminine("financier") == "financière" and feminine("léger") == "légère"
    assert feminine("sportif") == "sportive" and feminine("heureux") == "heureuse"
    assert feminine("nouveau") == "nouvelle" and feminine("pareil") == "pareille"
    assert feminine("supérieur") == "supérieure" and feminine("fédéral") == "fédérale"
    assert feminine("culturel") == "culturelle" and feminine("public") == "publique"
    assert feminine("suprême") == "suprême"


def test_feminine_plural_from_the_singular() -> None:
    assert feminine_plural("premiers") == "premières"
    assert feminine_plural("actifs") == "actives"


def test_masculine_plural_of_al_and_eau() -> None:
    # Grevisse § 546: -al makes -aux, but for a few in -als; -eau takes an x
    assert masculine_plural("médical") == "médicaux" and masculine_plural("régional") == "régionaux"
    assert masculine_plural("naval") == "navals" and masculine_plural("final") == "finals"
    assert masculine_plural("nouveau") == "nouveaux" and masculine_plural("russe") == "russes"
    assert masculine_plural("chinois") == "chinois" and masculine_plural("heureux") == "heureux"


def test_elision_before_vowels_and_mute_h_not_aspirated_h() -> None:
    assert all(elides(w) for w in ("homme", "hôpital", "humanité", "histoire", "œuvre", "Arménie",
                                   "honneur", "héroïne", "hubris", "Hubert"))
    assert not any(elides(w) for w in ("héros", "Hongrie", "hausse", "hasard", "huit", "hockey",
                                       "hiérarchie", "honte", "Yémen", "président", "hub",
                                       "hubs", "hublot", "hobby", "holding", "Iakoutie",
                                       "Iaroslavl", "Iekaterinbourg", "Iouri"))
    assert all(elides(w) for w in ("Iran", "Ivan", "ion", "Iowa", "Italie"))


def test_elision_reads_the_word_before_without_its_article() -> None:
    # "de" between two capitalised words is a particle; a second pass reads the same
    assert elide("de Ukraine de Ukraine") == "d'Ukraine de Ukraine"
    assert elide(elide("de Ukraine de Ukraine")) == "d'Ukraine de Ukraine"
    # an elided "que" keeps two letters ("qu'Ukraine"), "jusqu'" more: the name read the same
    once = elide("que Ukraine de Ukraine")
    assert elide(once) == once == "qu'Ukraine de Ukraine"
    assert elide(elide("jusque Orel de Orel")) == "jusqu'Orel de Orel"


# Words of the engine's French, among them those elision joins: any sequence of them.
_WORDS = ["de", "que", "le", "la", "je", "ne", "se", "il", "ils", "elle", "un", "une", "on",
          "accord", "économie", "Ukraine", "est", "a", "hobby", "héros", "président", "à", "ou",
          "nous", "pays", "en", "y", "Ivan", "Charles", "Iakoutie"]
_LEFT = re.compile(r"(?<![\w’'-])(?:[Dd]e|[Qq]ue|[Ll]e) (?:un|une|il|ils|elle|on)(?![\w’'-])")


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
def test_no_unelided_pair_survives(words: list[str]) -> None:
    """Whatever the engine and the rules put together, no "de un", "de une", "que il", "le
    un" survives elision, and eliding again changes
    nothing."""
    out = elide(" ".join(words))
    assert not _LEFT.search(out)
    assert elide(out) == out


def test_elide_before_names_put_in_later() -> None:
    assert elide_before("le legs de Evgueni Primakov", {"Evgueni Primakov"}) == \
        "le legs d'Evgueni Primakov"
    assert elide_before("je pense que Ivan a dit", {"Ivan"}) == "je pense qu'Ivan a dit"
    # a romanised yod does not elide, as "le Yémen"
    assert elide_before("je pense que Iouri a dit", {"Iouri"}) == "je pense que Iouri a dit"
    # a name in a consonant or an h, a capitalised particle: kept
    assert elide_before("de Sergueï et de Hans", {"Sergueï", "Hans"}) == "de Sergueï et de Hans"
    assert elide_before("Jean De Iouri", {"Iouri"}) == "Jean De Iouri"

"""French grammar helpers (``french.py``): the regular feminines."""

from __future__ import annotations

from daybook.translate.french import elides, feminine, feminine_plural


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


def test_elision_before_vowels_and_mute_h_not_aspirated_h() -> None:
    assert all(elides(w) for w in ("homme", "hôpital", "humanité", "histoire", "œuvre", "Arménie",
                                   "honneur", "héroïne", "hubris", "Hubert"))
    assert not any(elides(w) for w in ("héros", "Hongrie", "hausse", "hasard", "huit", "hockey",
                                       "hiérarchie", "honte", "Yémen", "président", "hub",
                                       "hubs", "hublot"))

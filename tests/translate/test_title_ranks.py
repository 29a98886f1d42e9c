from __future__ import annotations

import pytest

from daybook.translate.title_ranks import derived_roles
from daybook.translate.titles import plan_title, role_fr

_ROLES = {"President": ("président", "m"), "Head": ("chef", "m"),
          "Minister": ("ministre", "m"), "Security Council Secretary":
          ("secrétaire du Conseil de sécurité", "m"), "Queen": ("reine", "f"),
          "Deputy Head": ("chef adjoint", "m"), "CEO": ("PDG", "m")}


def test_derived_roles_by_their_french_head() -> None:
    got = derived_roles(_ROLES)
    assert got["Acting President"] == ("président par intérim", "m")
    assert got["Deputy President"] == ("vice-président", "m")
    assert got["First Deputy Minister"] == ("premier vice-ministre", "m")
    # "adjoint" after a head that takes no "vice-", before the role's complement.
    assert got["Deputy Security Council Secretary"] == (
        "secrétaire adjoint du Conseil de sécurité", "m")
    assert got["President-elect"] == ("président élu", "m")
    assert got["Acting CEO"] == ("PDG par intérim", "m")
    assert "Deputy CEO" not in got  # French says "directeur général adjoint", no "PDG adjoint"
    assert "Deputy Head" not in got  # the vocabulary's own entry stays
    assert not any(k.endswith("Queen") for k in got)  # a monarch has no deputy


@pytest.mark.parametrize(("role", "french"), [
    ("Acting Governor of Tver Region", "gouverneur par intérim de la région de Tver"),
    ("Deputy Speaker of the State Duma", "vice-président de la Douma d’État"),
    ("Deputy Director of the Federal Security Service",
     "directeur adjoint du Service fédéral de sécurité (FSB)"),
    ("Prime Minister-designate", "Premier ministre désigné"),
    ("OSCE Chairperson-in-Office", "président en exercice de l’OSCE"),
    ("Governor-General of Australia", "gouverneur général de l’Australie"),
])
def test_role_fr_reads_derived_and_general_roles(role: str, french: str) -> None:
    assert role_fr(role) == french


@pytest.mark.parametrize(("title", "french"), [
    # The country's adjective before "par intérim" / "élu", as the French press writes it.
    ("Meeting with Acting President of Ukraine",
     "Rencontre avec le président ukrainien par intérim"),
    ("Meeting with President-elect of Mexico", "Rencontre avec le président mexicain élu"),
    ("Meeting with Vice Chancellor of Germany Sigmar Gabriel",
     "Rencontre avec le vice-chancelier allemand Sigmar Gabriel"),
    ("Meeting with the Supreme Leader of Iran Ali Khamenei",
     "Rencontre avec le guide suprême de l’Iran Ali Khamenei"),
])
def test_titles_with_derived_roles(title: str, french: str) -> None:
    assert plan_title(title).text == french

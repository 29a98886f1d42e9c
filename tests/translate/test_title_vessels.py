"""Ships named in titles (title_vessels.py): the kind, then each name in « » in its French
form. Titles and ships of our own making."""

from __future__ import annotations

import pytest

from daybook.translate.title_vessels import namesake_fr, vessel_phrase
from daybook.translate.titles import plan_title, resolve


@pytest.mark.parametrize(("en", "fr"), [
    ("Emperor Nicholas II", "Empereur Nicolas II"),
    ("Peter the Great", "Pierre le Grand"),
    ("Admiral Kuznetsov", "Amiral Kouznetsov"),
    ("Novosibirsk", "Novossibirsk"),  # the gazetteer's
    ("Chukotka", "Tchoukotka"),  # a Russian word transliterated the French way
    ("Viktor Chernomyrdin", "Viktor Tchernomyrdine"),
    ("Arktika", "Arktika"),
])
def test_a_namesake_in_french(en: str, fr: str) -> None:
    assert namesake_fr(en) == fr


@pytest.mark.parametrize(("en", "fr"), [
    ("the nuclear-powered icebreaker Chukotka",
     "le brise-glace à propulsion nucléaire « Tchoukotka »"),
    ("frigates Admiral Makarov and Novosibirsk",
     "les frégates « Amiral Makarov » et « Novossibirsk »"),
    ("the Peter the Great cruiser", "le croiseur « Pierre le Grand »"),
    ("submarine Emperor Nicholas II", "le sous-marin « Empereur Nicolas II »"),
    ("the Yakutia icebreaker", "le brise-glace « Iakoutie »"),  # no "de l’Iakoutie"
])
def test_a_ship_after_its_kind(en: str, fr: str) -> None:
    assert vessel_phrase(en, resolve) == fr.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


@pytest.mark.parametrize("en", [
    "the Navy ship",  # an English word is no ship's name
    "the Navy’s new warships",  # a possessive
    "the icebreaker Tver and Chukotka",  # two names need a plural kind
    "the new icebreakers",
])
def test_no_ship_named(en: str) -> None:
    assert vessel_phrase(en, resolve) is None


def test_a_title_with_ships() -> None:
    plan = plan_title("Ceremony for raising naval flags on submarines Emperor Nicholas II "
                      "and Novosibirsk")
    assert plan.text == ("Cérémonie de lever des drapeaux navals sur les sous-marins "
                         "«\u00a0Empereur Nicolas II\u00a0» et «\u00a0Novossibirsk\u00a0»")

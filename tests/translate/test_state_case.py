"""*state* the polity written "État" (``state_case.py``): where the English has *state(s)*,
not the condition ("un état de flux") nor Catalan "estat" (*been*) read "état"."""

from __future__ import annotations

import pytest

from daybook.translate.state_case import state_case


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It was created with 12 states and now includes 29 countries.",
     "Il a été créé avec 12 états et comprend maintenant 29 pays.",
     "Il a été créé avec 12 États et comprend maintenant 29 pays."),
    ("strengthens cooperation with the state and",
     "renforce la coopération avec l’état et", "renforce la coopération avec l’État et"),
    ("Switzerland remained an independent state.", "la Suisse est restée un état indépendant.",
     "la Suisse est restée un État indépendant."),
    ("the strategic partnership between our states", "le partenariat entre nos états",
     "le partenariat entre nos États"),
    ("in the state of Himachal Pradesh", "dans l’état d’Himachal Pradesh",
     "dans l’État d’Himachal Pradesh"),
    ("the meeting of the heads of state", "la réunion des chefs d’états, garants",
     "la réunion des chefs d’État, garants"),
    ("EU member states", "les états membres de l’UE", "les États membres de l’UE"),
    ("on behalf of the state", "au nom de l'état, comme", "au nom de l'État, comme"),
    ("to the benefit of the state and society", "au profit de l’état et de la société",
     "au profit de l’État et de la société"),
])
def test_polity_capitalised(source: str, french: str, want: str) -> None:
    assert state_case(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # the condition: "de" + a word in lower case, past one adjective
    ("international relations are in a state of flux.",
     "les relations internationales sont dans un état de flux."),
    ("the current state of the economy", "l’état actuel de l’économie"),
    ("the equipment is in good state", "l’équipement est en bon état"),
    # Catalan "estat" (*been*) read "état": the English has no *state*
    ("Was the issue of North Koreans working in Russia raised?",
     "le thème de Coréens du nord qui travaillent en Russie état soulevé ?"),
    # *United States*, *State Duma* are no *state*
    ("the United States and the State Duma", "les États-Unis et un état de fait"),
    ("the states", "l’état-major"),
    # the heads of several states, each with its adjective
    ("the heads of EAEU member states", "les chefs d’États membres de l’UEEA"),
])
def test_condition_and_others_kept(source: str, french: str) -> None:
    assert state_case(source, french) == french

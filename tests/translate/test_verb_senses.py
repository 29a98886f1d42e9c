"""Senses put right where the English has the word: *related to*, *fuel*, *refuel*, *spend
time*, *run through*, *run for* N kilometres."""

from __future__ import annotations

from daybook.translate.verb_senses import fuel, related, run_route, spend_time, verb_senses


def test_related_is_lie() -> None:
    assert related("Issues of the lake and everything else related to cross border links.",
                   "Les questions du lac et tout plus narré pour croiser des liens") == (
        "Les questions du lac et tout plus lié à croiser des liens")
    assert related("We did not mention the oil-related matters either.",
                   "Nous n’avons pas mentionné l’huile-sujets narrés non plus.") == (
        "Nous n’avons pas mentionné l’huile-sujets liés non plus.")
    # a story told, or "related" read as a verb after "avoir", is left
    told = "Il a narré l'histoire."
    assert related("He related the story that he was told.", told) == told
    assert related("AI and related information", "et ont narré l’information") == (
        "et ont narré l’information")


def test_fuel_is_alimenter_not_attiser() -> None:
    assert fuel("These are mostly for refueling large-capacity vehicles.",
                "Ceux-ci sont majoritairement pour attiser des véhicules") == (
        "Ceux-ci sont majoritairement pour ravitailler des véhicules")
    assert fuel("Gas fuels the engines.", "Le gaz attise les moteurs.") == (
        "Le gaz alimente les moteurs.")
    assert fuel("the use of ships running on fuel oil is prohibited",
                "l’emploi des bateaux qu’ils courent sur attiser le pétrole est interdit") == (
        "l’emploi des bateaux qu’ils courent sur le fioul est interdit")
    assert fuel("This fuels tensions.", "Cela attise les tensions.") == (
        "Cela attise les tensions.")


def test_spend_time_is_passer() -> None:
    assert spend_time("but they spend even more time together",
                      "mais ils dépensent encore plus le temps ensemble") == (
        "mais ils passent encore plus de temps ensemble")
    assert spend_time("We spend time with our families.",
                      "Nous dépensons le temps avec nos familles.") == (
        "Nous passons du temps avec nos familles.")
    money = "Nous dépensons le budget."
    assert spend_time("We spend the budget.", money) == money


def test_run_through_and_for() -> None:
    assert run_route("the new lines run through Moscow",
                     "les lignes nouvelles courent à travers Moscou") == (
        "les lignes nouvelles traversent Moscou")
    assert run_route("MCD-1 runs for 52 kilometres between Odintsovo and Lobnya.",
                     "MCD-1, courses sur 52 kilomètres entre Odintsovo et Lobnya.") == (
        "MCD-1, s'étend sur 52 kilomètres entre Odintsovo et Lobnya.")
    assert run_route("the new routes run across Moscow",
                     "les routes nouvelles courent à travers Moscou") == (
        "les routes nouvelles traversent Moscou")
    assert run_route("MCD-1 runs for 52 kilometres.", "MCD-1, courses par 52 kilomètres.") == (
        "MCD-1, s'étend sur 52 kilomètres.")
    race = "Il court à travers le parc."
    assert run_route("He jogs across the park.", race) == race


def test_every_rule() -> None:
    assert verb_senses("They spend time on issues related to trade.",
                       "Ils dépensent le temps sur les questions narrées à commerce.") == (
        "Ils passent du temps sur les questions liées à commerce.")

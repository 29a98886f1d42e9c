"""Senses put right where the English has the word: *related to*, *fuel*, *refuel*, *spend
time*, *run through*, *run for* N kilometres."""

from __future__ import annotations

from daybook.translate.verb_senses import (
    fuel,
    grow,
    related,
    run_route,
    run_senses,
    speed_up,
    spend_time,
    stand_for,
    verb_senses,
)


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


def test_run_on_contrary_along_from() -> None:
    assert run_senses("the use of ships running on fuel oil is prohibited",
                      "l’emploi des bateaux qu’ils courent sur le fioul est interdit") == (
        "l’emploi des bateaux qui fonctionnent au fioul est interdit")
    assert run_senses("They will run on liquefied natural gas.",
                      "Ils courront sur gaz naturel liquéfié.") == (
        "Ils fonctionneront au gaz naturel liquéfié.")
    assert run_senses("Buses run on electricity.", "Les bus courent sur l'électricité.") == (
        "Les bus fonctionnent à l'électricité.")
    assert run_senses("these actions run contrary to democratic norms",
                      "ces actions courent contraire aux normes démocratiques") == (
        "ces actions vont à l'encontre des normes démocratiques")
    assert run_senses("it runs along the dam", "il court le long du barrage") == (
        "il longe le barrage")
    assert run_senses("MCD-4 will run from Aprelevka to Zheleznodorozhny",
                      "MCD-4 courra d’Aprelevka à Zheleznodorozhny") == (
        "MCD-4 ira d’Aprelevka à Zheleznodorozhny")
    race = "Il court sur la piste de Moscou à Tver."
    assert run_senses("He runs on the track from Moscow to Tver.", race) == race


def test_stand_for() -> None:
    assert stand_for("We stand for boosting joint efforts",
                     "Nous sommes pour l’essor des efforts conjoints") == (
        "Nous défendons l’essor des efforts conjoints")
    relative = "mentor que fermement et de façon cohérente est pour les valeurs"
    assert stand_for("a mentor who firmly and consistently stands for the values",
                     relative) == relative
    assert stand_for("The mentor consistently stands for the values",
                     "Le mentor de façon cohérente est pour les valeurs") == (
        "Le mentor de façon cohérente défend les valeurs")
    assert stand_for("Our countries stand for the preservation of the system",
                     "Nos pays sont pour la préservation du système") == (
        "Nos pays défendent la préservation du système")
    abbreviation = "MCD est pour le diamètre central."
    assert stand_for("MCD stands for Moscow Central Diameter", abbreviation) == abbreviation
    said = "C'est pour la paix que nous sommes pour la paix."
    assert stand_for("We stand for peace.", said) == (
        "C'est pour la paix que nous défendons la paix.")


def test_grow_of_an_amount() -> None:
    assert grow("the world’s consumption of platinoids is rapidly growing.",
                "la consommation du monde de platinoïdes vite grandit.") == (
        "la consommation du monde de platinoïdes vite augmente.")
    assert grow("Financial indicators of military exports have been growing for three years",
                "Les indicateurs financiers d’exportations ont grandi par-dessus trois ans") == (
        "Les indicateurs financiers d’exportations ont augmenté par-dessus trois ans")
    assert grow("the number of such lines will continue to grow.",
                "le nombre de telles lignes continuera à grandir.") == (
        "le nombre de telles lignes continuera à augmenter.")
    child = "Les enfants ont grandi."
    assert grow("The children have grown.", child) == child
    library = "La bibliothèque a grandi à un des plus grands dépôts."
    assert grow("The number of books grew and the Library has grown into one of the largest.",
                library) == library


def test_stand_for_before_par() -> None:
    # the pivot's "par" (*for* read as *by*), which a later rule says "pour"
    assert stand_for("The mentor consistently stands for the unwavering values",
                     "Le mentor de façon cohérente est par les valeurs fermes") == (
        "Le mentor de façon cohérente défend les valeurs fermes")


def test_speed_up() -> None:
    assert speed_up("We must speed up economic growth.",
                    "Nous devons rendre agile croissance économique.") == (
        "Nous devons accélérer croissance économique.")
    agile = "Il faut rendre agile l'administration."
    assert speed_up("The administration must become agile.", agile) == agile


def test_grow_leaves_an_amount_to_ranges() -> None:
    amount = "La production laitière a grandi par deux pour cent."
    assert grow("Meat and dairy output has grown by two percent.", amount) == amount

"""Senses put right where the English has the word: *related to*, *fuel*, *refuel*, *spend
time*, *run through*, *run for* N kilometres."""

from __future__ import annotations

import pytest

from daybook.translate.verb_senses import (
    build,
    deliver_on,
    face,
    fuel,
    grow,
    related,
    run_route,
    run_senses,
    serve_as,
    speed_up,
    spend_time,
    stand_for,
    take_nouns,
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


def test_face_work_is_faire_face_a() -> None:
    assert face("We face a lot of work in this respect.",
                "Nous affrontons beaucoup de travail au sujet de cela.") == (
        "Nous faisons face à beaucoup de travail au sujet de cela.")
    assert face("We face the tasks of development.",
                "Nous affrontons les tâches de développement.") == (
        "Nous faisons face aux tâches de développement.")
    assert face("We faced difficult decisions.",
                "Nous avons affronté des décisions difficiles.") == (
        "Nous avons fait face à des décisions difficiles.")
    # a form whose first letters are another's (*affronte*-nt, *affronter*-aient) taken whole
    assert face("These regions face serious problems.",
                "Ces régions affrontent des problèmes sérieux.") == (
        "Ces régions font face à des problèmes sérieux.")
    assert face("They would face new tasks.", "Ils affronteraient des tâches nouvelles.") == (
        "Ils feraient face à des tâches nouvelles.")
    # the pivot's bare "face" after a subject pronoun ("tu": *you*, before ``formal_you``)
    assert face("You, the diplomats, face important and major tasks.",
                "Tu, les diplomates, face tâches importantes.") == (
        "Vous, les diplomates, faites face à des tâches importantes.")


def test_face_an_adversary_stays() -> None:
    threats = "Nous affronterons de nouvelles menaces."
    assert face("We will face new threats.", threats) == threats
    face_to = "Ils affrontent l'équipe de France."
    assert face("They face the French team.", face_to) == face_to


def test_take_a_noun_french_says_with_another_verb() -> None:
    assert take_nouns("this opportunity to take the floor in Riyadh.",
                      "cette occasion de porter le fond à Riyad.") == (
        "cette occasion de prendre la parole à Riyad.")
    assert take_nouns("I now give the floor to the minister.",
                      "Je donne maintenant le fond au ministre.") == (
        "Je donne maintenant la parole au ministre.")
    assert take_nouns("I wanted to take my trip to one of the regions.",
                      "je voulais porter mon voyage à une des régions.") == (
        "je voulais faire mon voyage à une des régions.")
    assert take_nouns("We have taken active joint efforts to draw up these lists.",
                      "Nous avons porté des efforts conjoints active pour rédiger") == (
        "Nous avons déployé des efforts conjoints active pour rédiger")
    assert take_nouns("They take a comprehensive view of the situation.",
                      "Ils portent une vue globale de la situation.") == (
        "Ils ont une vision globale de la situation.")
    assert take_nouns("There are cases where it takes several years to investigate.",
                      "Il y a cas où la porte plusieurs années pour rechercher.") == (
        "Il y a cas où il faut plusieurs années pour rechercher.")
    assert take_nouns("It took us two years to finish.",
                      "Il nous a porté deux ans pour finir.") == (
        "Il nous a fallu deux ans pour finir.")


def test_take_guards() -> None:
    # *carry* and *bring* are the pivot's "porter" too: no *take* before the noun, no change
    bring = "Nous portons une vue magnifique et des efforts."
    assert take_nouns("We bring a magnificent view and efforts.", bring) == bring
    floor = "Le fond de la mer."
    assert take_nouns("We take the sea floor samples.", floor) == floor
    years = "Il porte deux ans de garantie."
    assert take_nouns("It carries a two-year warranty; we take it.", years) == years


def test_serve_as_is_servir_de() -> None:
    assert serve_as("the ruble can serve as an additional means of payment",
                    "le rouble peut servir comme des moyens additionnels de paiement") == (
        "le rouble peut servir de moyens additionnels de paiement")
    assert serve_as("It will serve as a port for vessels.",
                    "Il servira comme port pour les ustensiles.") == (
        "Il servira de port pour les ustensiles.")
    assert serve_as("This serves as an example.", "Cela sert comme un exemple.") == (
        "Cela sert d'exemple.")
    # a post: "exercer les fonctions de", the capital lowered
    assert serve_as("He has served as Director of the State Hermitage since 1992.",
                    "Il a servi comme Directeur de l'ermitage de l'État depuis 1992.") == (
        "Il a exercé les fonctions de directeur de l'ermitage de l'État depuis 1992.")


def test_serve_without_as_stays() -> None:
    serve = "Ils servent la Russie comme leurs pères."
    assert serve_as("They serve Russia as their fathers did.", serve) == serve


def test_deliver_on() -> None:
    assert deliver_on("what steps will be taken to deliver on this objective",
                      "quels pas seront pris pour livrer à cette fin, et") == (
        "quels pas seront pris pour atteindre cet objectif, et")
    assert deliver_on("to enable the troops to deliver on their mission",
                      "pour permettre à des troupes de livrer dans leur mission") == (
        "pour permettre à des troupes d'accomplir leur mission")
    assert deliver_on("We will deliver on our promises.", "Nous livrerons sur nos promesses.") == (
        "Nous tiendrons nos promesses.")
    goods = "Nous livrons des biens à cette fin."
    assert deliver_on("We deliver goods for this purpose.", goods) == goods


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Canon of Japan will build facilities in Russia.",
     "Canon du Japon bâtira des installations en Russie.",
     "Canon du Japon construira des installations en Russie."),
    ("11 schools have been built in the region.", "11 écoles ont été bâties dans la région.",
     "11 écoles ont été construites dans la région."),
    ("The shipyard continues to develop, building multirole ships.",
     "Le chantier naval continue à se développer, en bâtissant des bateaux.",
     "Le chantier naval continue à se développer, en construisant des bateaux."),
    ("When will we build then?", "Quand bâtirons-nous alors ?",
     "Quand construirons-nous alors ?"),
    ("I build a house.", "Je bâtis une maison.", "Je construis une maison."),
    ("The town was rebuilt after the war.", "La ville a été rebâtie après la guerre.",
     "La ville a été reconstruite après la guerre."),
    ("Russia and Kazakhstan would continue to build up their mutually beneficial ties.",
     "la Russie et le Kazakhstan continueraient à bâtir dessus leurs liens",
     "la Russie et le Kazakhstan continueraient à renforcer leurs liens"),
    ("We will build on this success.", "Nous bâtirons dessus ce succès.",
     "Nous consoliderons ce succès."),
])
def test_build_is_construire(source: str, french: str, want: str) -> None:
    assert build(source, french) == want


def test_build_guards() -> None:
    french = "Le bâtiment a été bâti en 1900."
    assert build("The house was erected in 1900.", french) == french
    # "dessus" stays where the English builds nothing on anything
    assert build("They built a roof over it.", "Ils ont bâti un toit dessus.") == (
        "Ils ont construit un toit dessus.")
    # *build up* "bâtir en haut de" is ``particles``'
    french = "ses décisions aideront à bâtir en haut de la coopération"
    assert build("its decisions will help build up cooperation", french) == french

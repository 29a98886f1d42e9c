"""Senses put right where the English has the word: *power* of electricity and of a state,
*effectiveness*, *properly*, *right after*, *take part in*, *meet* demands, *look forward
to* + -ing."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.phrase_senses import (
    in_line,
    look_forward,
    manner,
    power,
    right,
    scene,
    take_part,
    through,
)
from daybook.translate.protect import translate_texts


def test_power_of_electricity_is_electric(apertium_ok: bool) -> None:
    assert power("The national electric power industry, which comprises over a thousand "
                 "power stations, is one of the biggest.",
                 "L’industrie de pouvoir électrique national, qui comprend sur mille gares "
                 "de pouvoir, est") == (
        "L’industrie électrique nationale, qui comprend sur mille centrales électriques, est")
    assert power("with regard to our main electric power facilities",
                 "en ce qui concerne nos installations de pouvoir électriques principaux") == (
        "en ce qui concerne nos installations électriques principales")
    assert power("The nuclear power plant is safe.", "L'usine de pouvoir nucléaire est sûre.") == (
        "La centrale nucléaire est sûre.")


def test_power_of_government_stays() -> None:
    french = "le système de pouvoir de l'État"
    assert power("the state power system", french) == french
    assert power("He came to power in 2000.", "Il est venu au pouvoir en 2000.") == (
        "Il est venu au pouvoir en 2000.")


def test_a_state_is_a_puissance(apertium_ok: bool) -> None:
    assert power("China is a huge power that has the capability.",
                 "La Chine est un pouvoir énorme qui a la capacité.") == (
        "La Chine est une puissance énorme qui a la capacité.")
    assert power("They are the leading nuclear powers.",
                 "Ils sont les pouvoirs nucléaires de pointe.") == (
        "Ils sont les puissances nucléaires de pointe.")
    assert power("Russia is a great power.", "La Russie est un grand pouvoir.") == (
        "La Russie est une grande puissance.")
    # a power with no adjective of a state's in French is left
    assert power("a great power", "le pouvoir de décider") == "le pouvoir de décider"


def test_purchasing_power_parity() -> None:
    assert power("in terms of purchasing power parity",
                 "en termes d’acquérir la parité de pouvoir") == (
        "en termes de parité de pouvoir d'achat")


def test_effectiveness_and_properly() -> None:
    assert manner("to improve the effectiveness of analysing",
                  "d’améliorer l’effectivité d’analyser") == "d’améliorer l’efficacité d’analyser"
    assert manner("They function properly.", "Elles fonctionnent proprement.") == (
        "Elles fonctionnent correctement.")
    assert manner("Clean it properly.", "Nettoyez-le proprement.") == "Nettoyez-le proprement."


def test_right_after_and_right_to() -> None:
    assert right("It took place right after the election.",
                 "Il a eu lieu bien après l’élection.") == "Il a eu lieu juste après l’élection."
    assert right("It took place long after the election.",
                 "Il a eu lieu bien après l’élection.") == "Il a eu lieu bien après l’élection."
    assert right("It would probably be right to ask our colleagues.",
                 "Il serait probablement droit de demander à nos collègues.") == (
        "Il serait probablement juste de demander à nos collègues.")
    assert right("They have the right to vote.", "Ils ont le droit de voter.") == (
        "Ils ont le droit de voter.")


def test_take_part_is_participer(apertium_ok: bool) -> None:
    assert take_part("The region is taking part in all the national projects.",
                     "La région intervient dans tous les projets nationaux.") == (
        "La région participe à tous les projets nationaux.")
    assert take_part("Its members have taken part in building facilities.",
                     "Ses membres ont intervenu en bâtissant des installations.") == (
        "Ses membres ont participé à bâtir des installations.")
    assert take_part("They took part in the parade.", "Ils sont intervenus dans le défilé.") == (
        "Ils ont participé au défilé.")
    french = "La Russie intervient dans le conflit."
    assert take_part("Russia will not intervene, but takes part in talks.", french) == french


def test_meet_demands_is_repondre(apertium_ok: bool) -> None:
    assert take_part("fully meeting the growing demands of the economy",
                     "en connaissant complètement les demandes croissantes") == (
        "en répondant complètement aux demandes croissantes")


def test_look_forward_to_doing(apertium_ok: bool) -> None:
    assert look_forward("He looks forward to continuing our work.",
                        "Il regarde devant à en continuant notre travail.") == (
        "Il attend avec impatience de continuer notre travail.")
    assert look_forward("We are looking forward to further deepening these contacts.",
                        "Nous sommes regardant du devant à continuer à approfondir") == (
        "Nous attendons avec impatience de continuer à approfondir")
    assert look_forward("We look forward to seeing you.", "Nous regardons devant à vous voir.") == (
        "Nous attendons avec impatience de vous voir.")
    french = "Nous regardons devant nous."
    assert look_forward("We look ahead.", french) == french


def test_the_french_of_a_sentence(apertium_ok: bool) -> None:
    out = translate_texts(["I look forward to continuing our fruitful joint work.",
                           "The power outages in Murmansk were due to bad weather.",
                           "It took place right after the election."],
                          ApertiumEngine(), "en", "fr")
    assert "attends avec impatience de continuer" in out[0].text
    assert "coupures de courant" in out[1].text
    assert "juste après" in out[2].text


def test_scene_point_means_standing() -> None:
    assert scene("further strengthening of its standing and influence on the international "
                 "stage.", "la poursuite du renforcement de son être et influence sur l’étape "
                 "internationale.") == (
        "la poursuite du renforcement de son rang et influence sur la scène internationale.")
    assert scene("We also coordinate our efforts on the global stage.",
                 "Nous coordonnons aussi nos efforts dans l’étape mondiale.") == (
        "Nous coordonnons aussi nos efforts sur la scène mondiale.")
    assert scene("strengthening the international standing of Russia",
                 "renforce l’international être de la Russie") == (
        "renforce le rang international de la Russie")
    assert scene("At this point Poland assumed the role",
                 "Dans ce point la Pologne a assumé le rôle") == (
        "À ce stade la Pologne a assumé le rôle")
    assert scene("This means that it is also the first time",
                 "Ce moyen qui est aussi la première fois") == (
        "Cela signifie que c'est aussi la première fois")
    assert scene("This means a lot for business.", "Ce moyen beaucoup pour affaire.") == (
        "Cela signifie beaucoup pour affaire.")
    assert scene("it tried, which means pulling", "il a essayé, quels moyens en tirant") == (
        "il a essayé, ce qui signifie en tirant")


def test_scene_point_means_standing_guards() -> None:
    stage = "le premier étape internationale du rallye"
    assert scene("the first international stage of the rally", stage) == stage
    means = "Ce moyen de transport, ce moyen qui aide."
    assert scene("This means of transport, this means, helps.", means) == means
    point = "Dans ce point de la carte"
    assert scene("On this point of the map", point) == point


def test_in_line_with() -> None:
    assert in_line("All these issues will be reviewed in line with your decision.",
                   "Ces questions seront examinées, en ligne avec votre décision.") == (
        "Ces questions seront examinées, conformément à votre décision.")
    assert in_line("in line with the plan", "en ligne avec le plan") == "conformément au plan"
    online = "Nous travaillons en ligne avec nos partenaires."
    assert in_line("We work online with our partners.", online) == online


def test_through_across_in_need() -> None:
    assert through("the demand for energy all across Germany",
                   "la demande pour énergie tout à travers l’Allemagne") == (
        "la demande pour énergie dans toute l’Allemagne")
    assert through("uniting people from all across Russia",
                   "qui unit des personnes de tout à travers la Russie") == (
        "qui unit des personnes de toute la Russie")
    assert through("roadmaps for each area through 2024.",
                   "feuilles de route pour chaque domaine à travers 2024.") == (
        "feuilles de route pour chaque domaine jusqu'en 2024.")
    assert through("You help those in need of care.",
                   "Vous aidez ces dedans ont besoin de soin.") == (
        "Vous aidez ceux qui ont besoin de soin.")


def test_achieved_through_is_grace_a() -> None:
    assert through("great victories achieved through the bravery and valour of our soldiers",
                   "de victoires grandes ont obtenu à travers la vaillance et héroïcité") == (
        "de victoires grandes ont obtenu grâce à la vaillance et héroïcité")
    assert through("these results were largely achieved through AKKOR’s diligent efforts",
                   "ces résultats ont été obtenus en grande partie à travers les efforts "
                   "diligents") == (
        "ces résultats ont été obtenus en grande partie grâce aux efforts diligents")


def test_through_across_guards() -> None:
    across = "des passionnés à travers le pays"
    assert through("fans across the country", across) == across
    road = "la route passe à travers la forêt"
    assert through("the road goes through the forest", road) == road
    # *reached through* a territory is a way, not a means
    way = "le gaz a atteint l'Europe à travers le territoire ukrainien"
    assert through("the gas reached Europe through Ukrainian territory", way) == way

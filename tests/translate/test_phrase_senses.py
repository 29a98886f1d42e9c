"""Senses put right where the English has the word: *power* of electricity and of a state,
*effectiveness*, *properly*, *right after*, *take part in*, *meet* demands, *look forward
to* + -ing."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.phrase_senses import look_forward, manner, power, right, take_part
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

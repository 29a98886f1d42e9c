"""English noun modifiers said as French relational adjectives (``relational_np.py``), on
strings the engine writes for the tuning paragraphs' English."""

from __future__ import annotations

import pytest

from daybook.translate.relational_np import relational

pytestmark = pytest.mark.usefixtures("apertium_ok")


def test_a_modifier_is_the_adjective_in_its_heads_gender_and_number() -> None:
    for source, french, want in (
            ("air transport is growing", "le transport d’air grandit",
             "le transport aérien grandit"),
            ("new environmental requirements", "des conditions de l'environnement nouveaux",
             "des conditions environnementales nouveaux"),
            ("tax revenue and the tax manoeuvre", "les revenus d’impôt et la manœuvre d’impôt",
             "les revenus fiscaux et la manœuvre fiscale"),
            ("representatives of government agencies", "représentants d’agences de gouvernement",
             "représentants d’agences gouvernementales"),
            ("during the election campaign", "pendant la campagne d’élection",
             "pendant la campagne électorale"),
            ("the railway ferry service", "le ferry de voie", "le ferry ferroviaire"),
            ("gas cooperation", "la coopération de gaz", "la coopération gazière"),
            ("and the energy industry", "et l’industrie d’énergie",
             "et l’industrie énergétique"),
            ("growth in domestic air travel", "croissance en voyage d’air intérieur",
             "croissance en voyage aérien intérieur"),
            ("trade fairs", "des foires de commerce", "des foires commerciales"),
            ("road traffic", "le trafic de route", "le trafic routier"),
            ("the family sphere", "la sphère de famille", "la sphère familiale"),
            ("space surveillance", "la surveillance d’espace", "la surveillance spatiale"),
            ("a major car manufacturer", "un fabricant de voiture", "un fabricant automobile")):
        assert relational(source, french) == want, source


def test_stacks_french_says_with_a_noun() -> None:
    assert relational("raise awareness on fire safety", "sensibiliser à la sécurité de feu") \
        == "sensibiliser à la sécurité incendie"
    assert relational("road accidents", "des accidents de route dans") == (
        "des accidents de la route dans")
    # not before an adjective, which agreement would take for the route's
    for french in ("accidents de route futurs", "accidents de route de futur possibles"):
        assert relational("possible future road accidents", french) == french
    assert relational("passenger traffic grew", "le trafic de passager a grandi") == (
        "le trafic de passagers a grandi")


def test_french_keeps_its_complement() -> None:
    for source, french in (
            # French's own compounds
            ("a tax refund", "un remboursement d’impôt"),
            ("air pollution", "la pollution d’air"),
            ("a gas engine", "un moteur de gaz"),
            ("energy transport", "le transport d’énergie"),
            # the modifier is a compound's with its adjective
            ("a high government award", "un prix de gouvernement haut"),
            ("higher education institutions", "les institutions d’éducation plus hautes"),
            ("advanced technology exports", "l'exportation de technologie avancée"),
            # a name; a technology the school subject
            ("my colleagues from Air Liquide", "mes collègues d’air Liquide"),
            ("technology classrooms", "les salles de classe de technologie"),
            # no modifier in the English: "air" is the head
            ("clean air for transport", "le transport d’air"),
            ("more tax", "plus d’impôt"),
            ("family members", "les membres de famille"),
            ("industry leaders", "les têtes d’industrie")):
        assert relational(source, french) == french, source


def test_as_many_complements_change_as_the_english_has_modifiers() -> None:
    assert relational("air transport and the quality of the air we breathe",
                      "le transport d’air et le voyage d’air") == (
        "le transport aérien et le voyage d’air")

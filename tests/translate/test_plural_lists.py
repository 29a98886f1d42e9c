"""A list of plural nouns with the first one's determiner said again before each
(``plural_lists.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.plural_lists import plural_lists, repeated


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("We met ministers, governors and heads of agencies.",
     "Nous avons rencontré des ministres, gouverneurs et chefs d’agences.",
     "Nous avons rencontré des ministres, des gouverneurs et des chefs d’agences."),
    # members the analyser reads as adjectives too ("experts"), the first with an adjective
    ("It gathered prominent politicians, experts and representatives of business.",
     "Il a réuni des politiciens éminents, experts et représentants des entreprises.",
     "Il a réuni des politiciens éminents, des experts et des représentants des entreprises."),
    # a possessive after "de": both said again
    ("We thank its committees and commissions.",
     "Nous remercions le travail de ses comités et commissions.",
     "Nous remercions le travail de ses comités et de ses commissions."),
    # a bare "de" after a participle, a member with its own complement, elided before a vowel
    ("The classrooms are equipped with workbenches, machine tools and computers.",
     "Les salles de classe sont équipées de comptoirs, outils de machine et ordinateurs.",
     "Les salles de classe sont équipées de comptoirs, d'outils de machine et d'ordinateurs."),
    # the serial comma
    ("They visited schools, hospitals, and libraries.",
     "Ils ont visité des écoles, hôpitaux et bibliothèques.",
     "Ils ont visité des écoles, des hôpitaux et des bibliothèques."),
    ("We spoke with their families and friends.",
     "Nous avons parlé avec leurs familles et amis.",
     "Nous avons parlé avec leurs familles et leurs amis."),
])
def test_the_determiner_is_said_before_each_member(source: str, french: str,
                                                    want: str) -> None:
    assert repeated(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # adjectives joined: English adjectives take no -s
    ("The centre welcomed Russian and foreign guests.",
     "Le centre a accueilli des hôtes russes et étrangers."),
    ("We discussed political and diplomatic means.",
     "Nous avons parlé des moyens politiques et diplomatiques."),
    # a verb after "et", not a member
    ("We have resources and we provide passports.",
     "Nous avons des ressources et avons des passeports."),
    # a person beside the first noun, not a member of "des régions"
    ("The heads of the regions and governors attended.",
     "Les chefs des régions et gouverneurs ont assisté."),
    # as many "et" as *and* needed to pair them
    ("Teachers and doctors, and nurses came.",
     "Des enseignants et docteurs sont venus."),
    # a singular member: its determiner would need its gender
    ("We discussed the projects and cooperation.",
     "Nous avons parlé des projets et coopération."),
])
def test_lists_left_as_they_are(source: str, french: str) -> None:
    assert repeated(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    # the first member a noun stack: the French "de" of its compound passed over
    ("They built sports halls, swimming pools and rinks.",
     "Ils ont bâti des salles de sports, piscines et patinoires.",
     "Ils ont bâti des salles de sports, des piscines et des patinoires."),
    ("including mobile action units and special forces.",
     "y compris des unités d’action mobile et forces spéciales.",
     "y compris des unités d’action mobile et des forces spéciales."),
    # *and* + an adjective + a plural; the first member after *with* a plural's complement,
    # which French says after "avec" (an article, not "de" + "les")
    ("compiled in creative collaboration with leading historians and Russian archivists.",
     "compilée en collaboration créative avec des historiens de pointe et archivistes russes.",
     "compilée en collaboration créative avec des historiens de pointe et des archivistes "
     "russes."),
    # an adjective the analyser does not know after the first noun
    ("It brings together talented performers and creative groups from across the world.",
     "Il réunit des interprètes talentueux et groupes créatifs du monde entier.",
     "Il réunit des interprètes talentueux et des groupes créatifs du monde entier."),
    # a long member before is the list's first: *methods, actively ... social projects*
    ("It expands its forms and methods, actively participating in implementing social "
     "projects and programmes, and is taking action.",
     "Il étend ses formes et de méthodes, activement participer à la mise en œuvre des "
     "projets sociaux et programmes, et prend action.",
     "Il étend ses formes et de méthodes, activement participer à la mise en œuvre des "
     "projets sociaux et des programmes, et prend action."),
    # *or*, the serial comma kept by the engine
    ("attempts by international terrorists, smugglers, or transnational criminal groups.",
     "des tentatives par des terroristes internationaux, contrebandiers, ou groupes "
     "délinquants transnationaux.",
     "des tentatives par des terroristes internationaux, des contrebandiers, ou des groupes "
     "délinquants transnationaux."),
])
def test_stacks_adjectives_and_or(source: str, french: str, want: str) -> None:
    assert repeated(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *of* in the first member: "de" + a noun's complement, whose conjunct the next may be
    ("We met the heads of agencies and ministries.",
     "Nous avons rencontré des chefs d’agences et ministères."),
    # *of* before the member's own words: "de" is the complement's, the list of "chefs"
    ("with heads of relevant ministries, agencies and municipal entities.",
     "avec les chefs de ministères compétents, d’agences et d’entités municipales."),
    # the first member a plural noun's complement after "de"
    ("They welcomed participants from the regions, experts and specialists.",
     "Ils ont accueilli des participants des régions, experts et spécialistes."),
])
def test_stacks_left(source: str, french: str) -> None:
    assert repeated(source, french) == french


def test_each_text_of_a_batch() -> None:
    assert plural_lists(["experts and scientists", "Russian and foreign guests"],
                        ["des experts et scientifiques", "des hôtes russes et étrangers"]) == [
        "des experts et des scientifiques", "des hôtes russes et étrangers"]


@pytest.mark.parametrize(("source", "french"), [
    # the first member a plural noun's complement: the next may be that noun's conjuncts
    ("By bringing together participants from many Russian regions, leading experts and "
     "specialists, this forum addresses important issues.",
     "En réunissant des participants de beaucoup de régions russes, spécialistes et experts "
     "importants, ce forum aborde des questions importantes."),
    # a member of a list before: *friends and families and wishes*
    ("Pass on my sympathy to the victims’ friends and families and wishes of recovery.",
     "Transmettez ma sympathie aux amis et aux familles et souhaits de rétablissement."),
    # the member after "et" already has its determiner ("leurs" is a noun too)
    ("They can offer their programmes and initiatives.",
     "Ils peuvent offrir leurs programmes et leurs initiatives."),
])
def test_members_of_another_list_left(source: str, french: str) -> None:
    assert repeated(source, french) == french


@pytest.mark.parametrize(("source", "french", "want"), [
    # a list after *of*: "de" before each member, of either number (Grevisse § 1043)
    ("the further development of trade, investment and cultural ties",
     "le développement ultérieur de commerce, investissement et liens culturels",
     "le développement ultérieur de commerce, d'investissement et de liens culturels"),
    ("figures from the world of culture, art and sport.",
     "des personnalités du monde de culture, art et sport.",
     "des personnalités du monde de culture, d'art et de sport."),
    # *And* opening the sentence is paired with "Et" too
    ("And our representatives are involved in most of its committees and commissions.",
     "Et nos représentants sont impliqués dans la plupart de ses comités et commissions.",
     "Et nos représentants sont impliqués dans la plupart de ses comités et de ses "
     "commissions."),
])
def test_de_is_said_before_each_member_of_a_list_after_of(source: str, french: str,
                                                          want: str) -> None:
    assert repeated(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # a pair, no list: ``articles_np``'s
    ("the development of trade and investment", "le développement de commerce et investissement"),
    # an adjective after "et": the list goes on past it
    ("the strengthening of stability, global and regional security",
     "le renforcement de stabilité, sécurité mondiale et régionale"),
])
def test_lists_after_of_left(source: str, french: str) -> None:
    assert repeated(source, french) == french


@pytest.mark.parametrize(("source", "french"), [
    # *of* in the member right before *and*: a pair whose second member may be the peer of
    # the noun *of* completes ("respect for interests ... and strict compliance")
    ("as well as respect for legitimate interests of other countries and strict compliance "
     "with the norms",
     "ainsi que le respect des intérêts légitimes d'autres pays et conformité stricte avec "
     "les normes"),
    ("the increase of wages, reduction of violations, creation of high-tech jobs, and "
     "reduction of poverty levels.",
     "l'augmentation des salaires, réduction de violations, création de travaux de haute "
     "technologie et réduction de niveaux de pauvreté."),
])
def test_a_pair_after_of_left(source: str, french: str) -> None:
    assert repeated(source, french) == french

"""Groups of people, appointments and signed laws in titles (written by hand in the site's
shape over the years, not the sample's titles)."""

from __future__ import annotations

import pytest

from daybook.translate.title_people import people_phrase
from daybook.translate.titles import plan_title


@pytest.mark.parametrize(("en", "fr"), [
    ("young entrepreneurs", "les jeunes entrepreneurs"),
    ("regional governors", "les gouverneurs régionaux"),
    ("war veterans", "les anciens combattants"),
    ("Russian athletes", "les athlètes russes"),
    ("Chinese young women", "les jeunes femmes chinoises"),
    ("Russia’s religious associations", "les associations religieuses de la Russie"),
    ("the senior officers", "les officiers supérieurs"),
])
def test_a_group_puts_its_noun_first_and_agrees_its_adjectives(en: str, fr: str) -> None:
    assert people_phrase(en) == fr


def test_a_word_no_table_knows_is_no_group() -> None:
    assert people_phrase("brave entrepreneurs") is None
    assert people_phrase("Narnia’s athletes") is None
    assert people_phrase("entrepreneurs of Russia") is None


@pytest.mark.parametrize(("en", "fr"), [
    ("Meeting with servicemen", "Rencontre avec les militaires"),
    ("Meeting with mothers of large families",
     "Rencontre avec les mères de familles nombreuses"),
    ("Meeting with heads of parliamentary parties",
     "Rencontre avec les dirigeants des partis parlementaires"),
    ("Meeting with State Duma leadership and heads of parliamentary parties",
     "Rencontre avec la direction de la Douma d’État et les dirigeants des partis "
     "parlementaires"),
    ("Vladimir Putin congratulated Russian athletes",
     "Vladimir Poutine a félicité les athlètes russes"),
    # A minister's nationality before the ministry: "le ministre français des Affaires
    # étrangères", not "le ministre des Affaires étrangères français".
    ("Meeting with French Foreign Minister Jean-Yves Le Drian",
     "Rencontre avec le ministre français des Affaires étrangères Jean-Yves Le Drian"),
    ("Meeting with Japanese Prime Minister Shinzo Abe",
     "Rencontre avec le Premier ministre japonais Shinzo Abe"),
    ("Meeting with Economic Development Minister Maxim Oreshkin",
     "Rencontre avec le ministre du Développement économique Maxime Orechkine"),
])
def test_meeting_with_groups_and_roles(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


@pytest.mark.parametrize(("en", "fr"), [
    # A news headline's participle, agreed with the person.
    ("Mikhail Mishustin appointed Prime Minister", "Mikhaïl Michoustine nommé Premier ministre"),
    ("Tatyana Golikova appointed Deputy Prime Minister",
     "Tatiana Golikova nommée vice-Première ministre"),
    ("Sergei Tsivilev appointed Acting Governor of Kemerovo Region",
     "Sergueï Tsivilev nommé gouverneur par intérim de la région de Kemerovo"),
    ("Igor Vasilyev relieved of duties as Governor of Kirov Region",
     "Igor Vassiliev relevé de ses fonctions de gouverneur de la région de Kirov"),
    ("Federal laws signed", "Signature des lois fédérales"),
    ("The President signed a number of laws", "Le Président a signé plusieurs lois"),
    ("Executive Order on awarding state decorations",
     "Décret sur l’attribution des décorations d’État"),
    ("Changes in the Government", "Changements au sein du gouvernement"),
])
def test_sentence_titles(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


def test_an_appointment_needs_a_role_the_vocabulary_writes() -> None:
    assert plan_title("Mikhail Mishustin appointed Chief Wizard of Narnia").method != "memory"


@pytest.mark.parametrize(("en", "fr"), [
    ("Presentation of awards to young scientists and cultural figures",
     "Remise des prix aux jeunes scientifiques et aux personnalités du monde de la culture"),
    ("Presenting state decorations to military servicemen",
     "Remise des décorations d’État aux militaires"),
    ("Presentation of Russian Federation State Prizes",
     "Remise des prix d’État de la Fédération de Russie"),
    ("Ceremony for presenting officers appointed to senior command posts",
     "Cérémonie de présentation des officiers nommés à des postes de haut commandement"),
    ("Meeting with Mufti Ravil Gainutdin", "Rencontre avec le mufti Ravil Gaïnoutdine"),
    ("Vladimir Putin visited the Kalashnikov Group",
     "Vladimir Poutine a visité le groupe Kalachnikov"),
    ("Visit to Zaryadye Park", "Visite du parc Zariadie"),
    ("Visit to the Cathedral of Christ the Saviour", "Visite de la cathédrale du Christ-Sauveur"),
])
def test_presentations_clergy_and_venues(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


@pytest.mark.parametrize(("en", "fr"), [
    ("Russia–Africa Summit to be held in Sochi", "Le sommet Russie–Afrique se tiendra à Sotchi"),
    ("Brief conversation with President of France Emmanuel Macron",
     "Brève conversation avec le président français Emmanuel Macron"),
    ("Vladimir Putin submitted a bill to the State Duma",
     "Vladimir Poutine a soumis un projet de loi à la Douma d’État"),
    ("Vladimir Putin spoke by telephone with President of Turkey Recep Tayyip Erdogan",
     "Vladimir Poutine s’est entretenu par téléphone avec le président turc Recep "
     "Tayyip Erdogan"),
])
def test_announcements_and_short_meetings(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


@pytest.mark.parametrize(("en", "fr"), [
    # An adjective French puts first, before a group that has its own complement.
    ("Meeting with top graduates of Moscow universities",
     "Rencontre avec les meilleurs diplômés des universités de Moscou"),
    ("Meeting with top officials", "Rencontre avec les hauts responsables"),
])
def test_an_adjective_before_a_group_with_a_complement(en: str, fr: str) -> None:
    assert plan_title(en).text == fr

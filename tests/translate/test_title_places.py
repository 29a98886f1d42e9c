"""Titles of the site's formulas over the years (written by hand in the site's shape, not
the sample's): the French preposition before a place, envoys "to" a country or an
organisation, quoted names, anniversaries and the annual income declaration."""

from __future__ import annotations

import datetime as dt

import pytest

from daybook.parsers.digest_heading import read_tail
from daybook.publish.locale import date_line
from daybook.publish.place_at import at_place
from daybook.translate.title_places import is_place, to_place
from daybook.translate.title_topics import contract_slot
from daybook.translate.titles import plan_title, role_fr


@pytest.mark.parametrize(("en", "fr"), [
    # en + a feminine country or region, au + a masculine one, aux + a plural one, à + a
    # city, dans + a subdivision named by its kind; "de" for what is no place.
    ("Visit to Crimea", "Visite en Crimée"),
    ("Visit to France", "Visite en France"),
    ("Visit to Kazakhstan", "Visite au Kazakhstan"),
    ("Visit to the Philippines", "Visite aux Philippines"),
    ("Visit to Novosibirsk", "Visite à Novossibirsk"),
    ("Visit to the Far East", "Visite en Extrême-Orient"),
    ("Visit to the North Caucasus", "Visite au Caucase du Nord"),
    ("Visit to the Republic of Tatarstan", "Visite dans la république du Tatarstan"),
    ("Visit to Moscow Region", "Visite dans la région de Moscou"),
    ("Visit to Suvorov Military Academy", "Visite de l’académie militaire Souvorov"),
    ("Visit to the Vostochny Cosmodrome", "Visite du cosmodrome Vostotchny"),
    ("Visiting Severnaya Verf Shipyard", "Visite du chantier naval Severnaïa Verf"),
])
def test_visit_takes_the_preposition_of_a_place(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


def test_what_is_a_place() -> None:
    assert is_place("Crimea") and is_place("the United States") and is_place("Sochi")
    assert is_place("Tver Region")
    assert not is_place("Red Square") and not is_place("the Kremlin")
    assert not is_place("the UN") and not is_place("the State Duma")
    assert to_place("the USA") == "aux États-Unis"
    assert to_place("Russia") == "en Russie"
    assert to_place("Japan") == "au Japon"
    assert to_place("the UN") == "auprès de l’ONU"
    assert to_place("the Central Federal District") == "dans le district fédéral central"
    assert to_place("the Security Council of Narnia") is None


@pytest.mark.parametrize(("en", "fr"), [
    ("Meeting with Ambassador of Russia to the USA Anatoly Antonov",
     "Rencontre avec l’ambassadeur de Russie aux États-Unis Anatoli Antonov"),
    ("Meeting with Russian Ambassador to the United States Anatoly Antonov",
     "Rencontre avec l’ambassadeur russe aux États-Unis Anatoli Antonov"),
    ("Meeting with Ambassador of China to Russia Zhang Hanhui",
     "Rencontre avec l’ambassadeur de Chine en Russie Zhang Hanhui"),
    ("Meeting with Ambassador of Brazil to Russia Rodrigo Baena Soares",
     "Rencontre avec l’ambassadeur du Brésil en Russie Rodrigo Baena Soares"),
    ("Meeting with Permanent Representative of Russia to the UN Vasily Nebenzya",
     "Rencontre avec le représentant permanent de Russie auprès de l’ONU Vassili Nebenzia"),
    ("Meeting with Russia’s Permanent Representative to the European Union Vladimir Chizhov",
     "Rencontre avec le représentant permanent de Russie auprès de l’Union européenne "
     "Vladimir Tchijov"),
    ("Meeting with Presidential Envoy to the Central Federal District Igor Shchegolev",
     "Rencontre avec l’envoyé présidentiel dans le district fédéral central Igor Chtchegolev"),
])
def test_an_envoy_to_a_country_or_an_organisation(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


def test_an_envoy_role_alone() -> None:
    assert role_fr("Russian Ambassador to the UN") == "ambassadeur russe auprès de l’ONU"
    assert role_fr("Ambassador of Germany to Russia") == "ambassadeur d’Allemagne en Russie"
    assert role_fr("Ambassador of Narnia to Russia") is None


@pytest.mark.parametrize(("en", "fr"), [
    ("Greetings to participants of the “Russia Calling!” forum",
     "Message de salutations aux participants du forum « La Russie appelle ! »"),
    ("Meeting with winners of the “Leaders of Russia” contest",
     "Rencontre avec les lauréats du concours « Leaders de la Russie »"),
    ("Presentation of the “For Merit to the Fatherland” Order",
     "Remise de l’ordre du Mérite pour la Patrie"),
])
def test_a_quoted_name_is_read_without_its_english_quotation_marks(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


def test_a_quoted_slogan_is_the_engine_s_one_piece_in_french_quotation_marks() -> None:
    plan = plan_title("Meeting with participants of the “Healthy Life: Towards 80+” programme")
    assert plan.method == "memory+mt"
    assert plan.template == "Rencontre avec les participants du programme «\xa0{mt}\xa0»"
    assert plan.piece is not None and "“" not in plan.piece and "”" not in plan.piece
    # One of nouns the grammar reads with the engine's dictionaries needs no piece.
    assert plan_title("Meeting with participants of the “Time of Heroes” programme").text == \
        "Rencontre avec les participants du programme «\xa0Temps des héros\xa0»"


@pytest.mark.parametrize(("en", "fr"), [
    ("Greetings to Mikhail Gorbachev on his 85th birthday",
     "Message de salutations à Mikhaïl Gorbatchev à l’occasion de son 85e anniversaire"),
    ("Greetings on the 100th birth anniversary of Mikhail Kalashnikov",
     "Salutations à l’occasion du 100e anniversaire de la naissance de Mikhaïl Kalachnikov"),
    ("Greetings on the centenary of the Foreign Intelligence Service",
     "Salutations à l’occasion du centenaire du Service de renseignement extérieur (SVR)"),
    ("Events marking the 75th anniversary of the Victory",
     "Événements à l’occasion du 75e anniversaire de la Victoire"),
    ("Message of greetings on the 70th anniversary of the United Nations",
     "Message de salutations à l’occasion du 70e anniversaire de l’ONU"),
    ("Joint news conference with Federal Chancellor of Germany Angela Merkel",
     "Conférence de presse conjointe avec la chancelière allemande Angela Merkel"),
    ("Meeting with Russian Security Council permanent members",
     "Rencontre avec les membres permanents du Conseil de sécurité russe"),
])
def test_anniversaries_and_other_formulas(en: str, fr: str) -> None:
    plan = plan_title(en)
    assert (plan.method, plan.text) == ("memory", fr)


def test_the_income_declaration() -> None:
    plan = plan_title("Information on incomes, expenditure and assets of the President, the "
                      "Presidential Executive Office staff, and of their family members has "
                      "been published")
    assert plan.text == (
        "Publication des informations sur les revenus, les dépenses et les biens du "
        "Président, du personnel de l’Administration présidentielle et des membres de leur "
        "famille")


def test_a_list_inside_a_complement_is_not_contracted_item_by_item() -> None:
    assert contract_slot("de", "les informations sur les revenus, les dépenses et les biens") \
        == "des informations sur les revenus, les dépenses et les biens"
    assert contract_slot("à", "la famille et les proches") == "à la famille et aux proches"


@pytest.mark.parametrize(("place", "phrase"), [
    ("Moscou", "à Moscou"),
    ("Kremlin, Moscou", "au Kremlin, Moscou"),
    ("région de Saratov", "dans la région de Saratov"),
    ("kraï de Perm", "dans le kraï de Perm"),
    ("île Russki, Vladivostok", "sur l’île Russki, Vladivostok"),
    ("place Rouge, Moscou", "sur la place Rouge, Moscou"),
    ("Jordanie", "en Jordanie"),
    ("Japon", "au Japon"),
    ("États-Unis", "aux États-Unis"),
    ("Crimée", "en Crimée"),
    ("Oural", "dans l’Oural"),
    ("Novo-Ogarevo, région de Moscou", "à Novo-Ogarevo, région de Moscou"),
    # A publisher's own hyphen-joined place is a city's: kept after "à".
    ("Novo-Ogaryovo-région de Moscou", "à Novo-Ogaryovo-région de Moscou"),
])
def test_at_place(place: str, phrase: str) -> None:
    assert at_place(place) == phrase


@pytest.mark.parametrize("place", ["région de Saratov", "île Russki, Vladivostok",
                                   "Kremlin, Moscou", "Jordanie", "Sotchi"])
def test_heading_place_reads_back(place: str) -> None:
    line = date_line(dt.date(2021, 8, 6), dt.time(20, 15), place, "fr")
    tail = read_tail(line)
    assert tail is not None and tail.place == place and tail.time == dt.time(20, 15)


@pytest.mark.parametrize(("en", "line"), [
    ("Russky Island, Vladivostok", "1 février 2018 sur l’île Russki, Vladivostok"),
    ("Valaam Island", "1 février 2018 sur l’île de Valaam"),
    ("Kemerovo Region – Kuzbass", "1 février 2018 dans la région de Kemerovo – Kouzbass"),
    ("Rostov-on-Don", "1 février 2018 à Rostov-sur-le-Don"),
    ("The Kremlin, Moscow", "1 février 2018 au Kremlin, Moscou"),
    ("Krasnodar Territory", "1 février 2018 dans le kraï de Krasnodar"),
    # A venue named by its kind: the kind in French, the name romanised, no English word.
    ("Sirius Federal Territory", "1 février 2018 dans le territoire fédéral de Sirius"),
    ("Vnukovo Airport, Moscow", "1 février 2018 à l’aéroport de Vnoukovo, Moscou"),
    ("Kazan Kremlin", "1 février 2018 au Kremlin de Kazan"),
    ("Plesetsk Cosmodrome", "1 février 2018 au cosmodrome de Plessetsk"),
    ("Bolshoi Kamen", "1 février 2018 à Bolchoï Kamen"),
])
def test_heading_place_in_the_date_line(en: str, line: str) -> None:
    from daybook.translate.places import heading_place

    assert date_line(dt.date(2018, 2, 1), None, heading_place(en), "fr") == line


@pytest.mark.parametrize(("title", "fr"), [
    # a Russian island named by an adjective takes no "de"; a noun's name keeps it
    ("Visit to Kotelny Island", "Visite de l’île Kotelny"),
    ("Visit to Bolshoi Ussuriysky Island", "Visite de l’île Bolchoï Oussouriyski"),
    ("Visit to Valaam Island", "Visite de l’île de Valaam"),
    ("Visit to Sakhalin Island", "Visite de l’île de Sakhaline"),
])
def test_islands_named_by_an_adjective(title: str, fr: str) -> None:
    assert plan_title(title).text == fr


def test_the_heading_writes_an_adjective_island_without_de() -> None:
    assert at_place("île de Kotelny") == "sur l’île Kotelny"
    assert at_place("île de Valaam, région de Léningrad") == \
        "sur l’île de Valaam, région de Léningrad"
    assert at_place("île de Capri") == "sur l’île de Capri"


def test_two_demonyms_share_one_noun() -> None:
    from daybook.translate.title_places import demonym_pair
    from daybook.translate.titles import plan_title, resolve

    assert demonym_pair("Russian and Indian students", resolve) == \
        "les étudiants russes et indiens"
    assert demonym_pair("Russian and Chinese companies", resolve) == \
        "les sociétés russes et chinoises"
    assert plan_title("Meeting with Russian and Chinese business leaders").text == \
        "Rencontre avec les chefs d’entreprise russes et chinois"
    # Not two demonyms: no pair.
    assert demonym_pair("Science and Education Council", resolve) is None


@pytest.mark.parametrize(("en", "fr"), [
    # An institution's possessive, the thing first ("the Navy" a one-word institution).
    ("the Navy’s new warships", "les nouveaux navires de guerre de la marine"),
    ("the State Duma’s deputies", "les députés de la Douma d’État"),
])
def test_owned_by_an_institution(en: str, fr: str) -> None:
    from daybook.translate.title_places import owned_by
    from daybook.translate.titles import resolve

    assert owned_by(en, resolve) == fr


def test_owned_by_needs_a_known_owner() -> None:
    from daybook.translate.title_places import owned_by
    from daybook.translate.titles import resolve

    # A two-word name the lexicon would read word by word is no owner it knows.
    assert owned_by("the Missile Regiment's deployment ceremony", resolve) is None
    assert owned_by("the Xyzzyq’s warships", resolve) is None


@pytest.mark.parametrize(("title", "fr"), [
    # A former state before a noun: "de l’URSS" after it (title_places.FORMER_STATES).
    ("Meeting with USSR State Prize laureates",
     "Rencontre avec les lauréats du prix d’État de l’URSS"),
    ("Meeting with veterans of the Soviet Union national team",
     "Rencontre avec les vétérans de l’équipe nationale de l’Union soviétique"),
    # "embankment": a town's riverside street, « quai ».
    ("Visit to the Moskva River embankment", "Visite du quai du fleuve Moskva"),
    # Guard: a living country as before.
    ("Meeting with Russia Olympic team veterans",
     "Rencontre avec les vétérans de l’équipe olympique de la Russie"),
])
def test_former_states_and_embankments(title: str, fr: str) -> None:
    assert plan_title(title).text == fr

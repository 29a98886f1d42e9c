"""A region's own name inside a title's named thing (title_stems.py), and the sentence
titles of a vote and a wreath. Expectations written by hand from general French usage."""

from __future__ import annotations

import pytest

from daybook.translate.title_np import noun_phrase
from daybook.translate.title_stems import company_name, region_stem_fr
from daybook.translate.titles import plan_title, resolve


def test_region_stem_is_the_regions_french_name() -> None:
    assert region_stem_fr("Amur") == "de l’Amour"
    assert region_stem_fr("Primorye") == "du Primorié"
    # No region: an English word, a lower-case word.
    assert region_stem_fr("Energy") is None
    assert region_stem_fr("amur") is None


@pytest.mark.parametrize(("en", "fr"), [
    # WordNet knows "Amur" (the river): it is still the region's name, after "de".
    ("Amur Gas Processing Plant", "l’usine de traitement de gaz de l’Amour"),
    ("Amur Gas Processing Plant construction site",
     "le chantier de l’usine de traitement de gaz de l’Amour"),
])
def test_region_stem_in_a_named_thing(en: str, fr: str) -> None:
    assert noun_phrase(en, resolve) == fr


def test_company_name_is_still_not_read() -> None:
    # A place before an abstract noun is a company's name, not "l’énergie de Sakhaline".
    assert noun_phrase("Sakhalin Energy", resolve) is None


@pytest.mark.parametrize(("en", "fr"), [
    ("Visit to Amur Gas Processing Plant construction site",
     "Visite du chantier de l’usine de traitement de gaz de l’Amour"),
    ("Vladimir Putin cast his vote in the Moscow City Duma election",
     "Vladimir Poutine a voté à l’élection de la Douma municipale de Moscou"),
    ("Vladimir Putin laid wreath at Tomb of Unknown Soldier",
     "Vladimir Poutine a déposé une gerbe sur la tombe du Soldat inconnu"),
])
def test_sentence_titles_whole(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


@pytest.mark.parametrize(("en", "fr"), [
    # A company named after its region keeps its own name, as French writes it.
    ("Greetings on 25th anniversary of Sakhalin Energy",
     "Salutations à l’occasion du 25e anniversaire de Sakhalin Energy"),
    ("Meeting with Sakhalin Energy employees", "Rencontre avec les employés de Sakhalin Energy"),
])
def test_company_named_after_a_region(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_company_name_needs_a_place_and_a_sector() -> None:
    assert company_name("Sakhalin Energy") == "Sakhalin Energy"
    assert company_name("Russian Energy") is None  # a demonym, no place's name
    assert company_name("Human Energy") is None
    assert company_name("Sakhalin Island") is None  # no sector word


def test_event_underway_in_a_place() -> None:
    # A running title keeps its verb: the event, then "se déroule à" the place.
    assert plan_title("The 2013 World Ice Hockey U18 Championship is underway in Sochi").text \
        == "Le Championnat du monde de hockey sur glace U18 2013 se déroule à Sotchi"


@pytest.mark.parametrize(("en", "fr"), [
    # The site's singular "Congratulation" is its plural formula.
    ("Congratulation to Khaltmaa Battulga on his election as President of Mongolia",
     "Félicitations à Khaltmaa Battulga à l’occasion de son élection à la présidence de la "
     "Mongolie"),
    ("The President congratulated Russian athletes on the Olympic Games",
     "Le Président a félicité les athlètes russes à l’occasion des Jeux olympiques"),
])
def test_congratulations(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


@pytest.mark.parametrize(("en", "fr"), [
    # "N years since X" is "les N ans de X"; a countdown is "Plus que N jours avant".
    ("Greetings on 100 years since the founding of the Bolshoi Theatre",
     "Salutations à l’occasion des 100 ans de la fondation du théâtre Bolchoï"),
    ("Reception to mark 70 years since the Victory",
     "Réception à l’occasion des 70 ans de la Victoire"),
    ("1000 days remain until the 2018 FIFA World Cup begins",
     "Plus que 1000 jours avant le début de la Coupe du monde de la FIFA 2018"),
])
def test_years_and_days(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


@pytest.mark.parametrize(("en", "fr"), [
    # An announcement of what the President will do is in the French future.
    ("Vladimir Putin will discuss the situation in Syria",
     "Vladimir Poutine discutera de la situation en Syrie"),
    ("Vladimir Putin will examine the issues of Russian light industry",
     "Vladimir Poutine examinera les questions de l’industrie légère russe"),
])
def test_announcements(en: str, fr: str) -> None:
    assert plan_title(en).text == fr


def test_an_act_heads_the_thing_it_is_done_to() -> None:
    from daybook.translate.title_np import noun_phrase

    def keep(text: str) -> str | None:
        return None

    # page 62135 (en.kremlin.ru, 2019): the opening of the motorway, not "Autoroute de
    # l’ouverture"; a compound of the act's kind stays a compound.
    assert noun_phrase("Opening new motorway", keep, article="none") == (
        "ouverture de la nouvelle autoroute")
    assert noun_phrase("Opening remarks", keep, article="none") != "ouverture des remarques"

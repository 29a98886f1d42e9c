"""Places inside a text: kept from Apertium and put back in French with their preposition."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import protect, translate_texts
from daybook.translate.textplaces import PlaceFr, find, french, genitive, locative, lookup


def fr(engine: ApertiumEngine, *texts: str) -> list[str]:
    out = translate_texts(list(texts), engine, "en", "fr", [[] for _ in texts])
    assert all(t.kept == 0 for t in out), out
    return [t.text for t in out]


def test_cities_regions_and_countries_come_back_in_french(engine: ApertiumEngine) -> None:
    bishkek, geneva, sakhalin, kyrgyz, tatar = fr(
        engine, "The summit was held in Bishkek.", "He arrived in Geneva for talks.",
        "The governor of Sakhalin Region reported on the situation.",
        "The talks took place in Kyrgyzstan.",
        "He returned from Japan to the Republic of Tatarstan.")
    assert "à Bichkek" in bishkek and "Capitale" not in bishkek  # was "à Capitale de..."
    assert "à Genève" in geneva  # was "en gin"
    assert "de la région de Sakhaline a rendu compte de" in sakhalin  # tense kept
    assert "au Kirghizistan" in kyrgyz
    assert "du Japon" in tatar and "dans la république du Tatarstan" in tatar


def test_agreement_and_articles(engine: ApertiumEngine) -> None:
    arrived, ready, india = fr(engine, "The President of Russia arrived in Kazakhstan.",
                               "Russia is ready to help.",
                               "Russia and India are strategic partners.")
    # A participle agreed with "Russie" before ("est arrivée"); a head of state is of the
    # country with its article, as the publisher writes it ("Président de la Russie").
    assert arrived.startswith("Le Président de la Russie est arrivé au Kazakhstan"), arrived
    assert ready.startswith("La Russie est prête"), ready
    assert "l’Inde" in india and "indienne" not in india, india


def test_a_place_inside_a_name_or_as_a_modifier_is_left_to_the_engine() -> None:
    for text in ("The leader of A Just Russia spoke.", "He studied at Moscow State University.",
                 "They discussed the Minsk agreements.", "the Kiev authorities",
                 "Russia–China talks", "in southeastern Ukraine"):
        assert find(text) == [], text
    assert [t[2].name for t in find("In Russia and in Bishkek.")] == ["Russie", "Bichkek"]


def test_a_place_before_a_possessive_is_protected(engine: ApertiumEngine) -> None:
    # The possessive goes as "the economy of <place>" (marks.of_possessive, preedit).
    assert [t[2].name for t in find("Russia’s economy grew.")] == ["Russie"]
    economy, role = fr(engine, "Russia’s economy is growing.",
                       "They noted Kazakhstan's constructive role in the region.")
    assert economy.startswith("L'économie de la Russie"), economy
    assert "rôle constructif du Kazakhstan" in role, role


def test_prepositions_and_articles_in_french() -> None:
    russia, cairo = PlaceFr("Russie", "la", "f"), PlaceFr("Caire", "le", "m", True)
    usa, region = lookup("the United States"), lookup("the Sakhalin Region")
    assert usa is not None and region is not None
    assert locative(russia) == "en Russie" and locative(cairo) == "au Caire"
    assert locative(usa) == "aux États-Unis"
    assert locative(region) == "dans la région de Sakhaline"
    assert genitive(russia, "histoire") == "de la Russie"
    # A head of state takes the country's article, capitalised or not ("Président de la
    # Russie", as the publisher's digest and the titles write it); an envoy, a set name
    # and a capitalised institution do not ("ambassadeur de Russie", "Banque de Russie").
    assert genitive(russia, "Président") == genitive(russia, "président") == "de la Russie"
    assert genitive(russia, "vice-président") == "de la Russie"
    assert genitive(russia, "ambassadeur") == genitive(russia, "Banque") == "de Russie"
    assert genitive(russia, "Héros") == "de Russie"
    assert genitive(usa, "") == "des États-Unis" and genitive(cairo, "") == "du Caire"
    assert french("Il est arrivé à ", russia) == ("Il est arrivé ", "en Russie")
    assert french("grâce à ", russia) == ("grâce ", "à la Russie")
    assert french("", russia) == ("", "La Russie")
    assert french("le capital de ", PlaceFr("Pérou", "le", "m")) == ("la capitale ", "du Pérou")


def test_places_only_for_an_engine_that_reads_words() -> None:
    assert protect("He was in Geneva.", dst="fr").spans == ()
    words = protect("He was in Geneva.", dst="fr", words=True)
    assert words.spans == ("Geneva",) and "Geneva" not in words.text


def test_a_country_named_by_its_form_of_state_keeps_its_article() -> None:
    # After a title, French leaves a country's article out; not a form of state's.
    assert genitive(PlaceFr("Fédération de Russie", "la", "f"), "Président") == (
        "de la Fédération de Russie")
    assert genitive(PlaceFr("République tchèque", "la", "f"), "héros") == (
        "de la République tchèque")
    # Guard: a country's own name stays bare there (a head of state's country does not:
    # "Président de la Russie").
    assert genitive(PlaceFr("Russie", "la", "f"), "Héros") == "de Russie"


def test_a_region_before_a_persons_name_is_protected(engine: ApertiumEngine) -> None:
    # A person's placeholder after a region is no part of its name; the engine dropped the
    # unprotected "Orenburg" ("l' région Yury Berg") and kept "Chelyabinsk région".
    assert [t[2].name for t in find("governors of the Orenburg Region Zq1x and")] == [
        "région d’Orenbourg"]
    assert find("noted that in Russia Zq1x is known") == []  # a country: the engine's "en"
    out = translate_texts(
        ["The meeting was attended by former governors of the Chelyabinsk Region Boris "
         "Dubrovsky and the Orenburg Region Yury Berg."], engine, "en", "fr",
        [["Boris Dubrovsky", "Yury Berg"]])[0].text
    assert "de la région de Tcheliabinsk Boris Dubrovsky" in out, out
    assert "la région d’Orenbourg Yury Berg" in out, out

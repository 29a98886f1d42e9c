"""Institution names the glossary lacks, written in French by their words
(``institutions_np.py``): the tables alone, then through ``protect`` and the real engine.
Names made up for the test or general ones."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.institutions_np import (
    french_name,
    glossary_conjuncts,
    keep_institutions,
    ministries,
)
from daybook.translate.protect import translate_texts


def kept(text: str) -> tuple[str, list[tuple[str, str, str]]]:
    found: list[tuple[str, str, str]] = []

    def keep(span: str, form: str, gender: str) -> str:
        found.append((span, form, gender))
        return f"Zq{len(found) - 1}x"

    return keep_institutions(text, keep), found


def test_head_first_then_status_adjectives_state_russian_complements_place() -> None:
    assert french_name(["Russian", "State", "Children’s", "Library"]) == (
        "Bibliothèque d’État russe pour enfants", "f")
    assert french_name(["State", "Historical", "Museum"]) == ("Musée historique d’État", "m")
    assert french_name(["Kazan", "State", "Conservatory"]) == (
        "Conservatoire d’État de Kazan", "m")
    assert french_name(["Federal", "Medical", "Agency"]) == ("Agence fédérale médicale", "f")
    assert french_name(["National", "Research", "University"]) == (
        "Université nationale de recherche", "f")


def test_no_name_without_every_word_in_the_tables() -> None:
    assert french_name(["Golden", "Eagle", "Museum"]) is None
    assert french_name(["Museum"]) is None
    assert french_name(["State", "Historical", "Gate"]) is None


def test_spans_with_their_article() -> None:
    assert kept("We toured the State Historical Museum.") == (
        "We toured Zq0x.", [("the State Historical Museum", "le Musée historique d’État", "m")])
    # No article in English: French's own; the sentence's first word is no part of it.
    assert kept("In Kazan State Conservatory, they sang.") == (
        "In Zq0x, they sang.", [("Kazan State Conservatory", "le Conservatoire d’État de Kazan",
                                 "m")])


def test_left_to_the_engine() -> None:
    for text in ("He studied at the Ivan Pavlov Kazan State University.",  # two names
                 "They need a State Historical Museum.",  # a determiner
                 "the National Research Institute of Moscow",  # a complement with a name
                 "Kazan State Conservatory students played."):  # a modifier of a noun
        assert kept(text) == (text, [])


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "She visited the Russian State Children’s Library.",
        "The State Historical Museum opened an exhibition.",
        "He studied at Kazan State Conservatory."], engine, "en", "fr")]
    assert "la Bibliothèque d’État russe pour enfants" in out[0]
    assert out[1].startswith("Le Musée historique d’État a ouvert")
    assert "au Conservatoire d’État de Kazan" in out[2]


def test_a_complement_of_common_words_goes_to_the_engine_with_its_articles() -> None:
    assert kept("She joined the National Academy of Music and Dance.") == (
        "She joined Zq0x of the music and of the dance.",
        [("the National Academy", "l’Académie nationale", "f")])
    # "for" as "of"; a head that takes a complement only, in French's lower case.
    assert kept("The Federal Agency for Water Resources met.") == (
        "Zq0x of the water resources met.", [("The Federal Agency", "l’Agence fédérale", "f")])
    assert kept("He thanked the Ministry of Tourism.")[1] == [
        ("the Ministry", "le ministère", "m")]
    for text in ("He visited the Museum of Moscow.",  # a name in the complement
                 "They met the Bank of China.",  # a word that is also a name
                 "She led the Institute of History of Art.",  # a complement of its own
                 "He met the Tourism Ministry of Tver."):  # a modifier before "Ministry"
        assert kept(text) == (text, [])


def test_complements_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "He is a member of the Russian Academy of Education.",
        "The Ministry of Tourism and Sports approved the plan.",
        "She works at the Centre for Strategic Research."], engine, "en", "fr")]
    assert "de l’Académie russe de l'éducation" in out[0]
    assert out[1].startswith("Le ministère du Tourisme et des Sports")
    assert "au Centre de la recherche stratégique" in out[2]


def test_a_persons_name_goes_after_the_adjectives_in_its_french_form(
        apertium_ok: bool) -> None:
    assert kept("She visited the Kazan Lobachevsky Technical Institute.") == (
        "She visited Zq0x.", [("the Kazan Lobachevsky Technical Institute",
                               "l’Institut technique Lobatchevski de Kazan", "m")])
    assert kept("He thanked Zhongshan University.")[1] == [
        ("Zhongshan University", "l’Université Zhongshan", "f")]
    # A word that is also a common noun ("Diamond"), or a placeholder: no name.
    for text in ("They opened the Diamond Museum.", "They opened the Zq0x Museum."):
        assert kept(text) == (text, [])


def test_fields_of_services_and_committees_and_the_article_after_that() -> None:
    assert french_name(["Federal", "Tax", "Service"]) == ("Service fédéral des impôts", "m")
    assert french_name(["Organising", "Committee"]) == ("Comité d’organisation", "m")
    assert french_name(["Federal", "Antimonopoly", "Service"]) == (
        "Service fédéral antimonopole", "m")
    # "that" before "the" is no determiner of the name; a year before it is.
    assert kept("He said that the Federal Customs Service agreed.")[1] == [
        ("the Federal Customs Service", "le Service fédéral des douanes", "m")]
    text = "He thanked the 2030 Organising Committee for it."
    assert kept(text) == (text, [])


def test_world_and_energy_fields_and_a_possessive_after_the_name() -> None:
    assert french_name(["World", "Gas", "Council"]) == ("Conseil mondial du gaz", "m")
    assert french_name(["Russian", "Energy", "Agency"]) == ("Agence russe de l’énergie", "f")
    # The owner of a possessive is the name; the "’s" stays for the engine.
    assert kept("We read the State Historical Museum’s report.") == (
        "We read Zq0x’s report.", [("the State Historical Museum", "le Musée historique d’État",
                                    "m")])


def test_a_conjunct_completing_a_glossary_name_takes_of_the() -> None:
    spans = ["the Ministry of Culture"]
    assert glossary_conjuncts("Zq0x and Tourism will help.", spans) == (
        "Zq0x and of the tourism will help.")
    assert glossary_conjuncts("Zq0x and Regional Planning, and", spans) == (
        "Zq0x and of the regional planning, and")
    for text in ("Zq0x and Finance Ministry met.",  # a second name
                 "Zq0x and Zq1x met.",  # a name kept already
                 "Zq0x and Moscow met.",  # a place
                 "Zq0x and Science of Art met."):  # a complement of its own
        assert glossary_conjuncts(text, spans) == text
    assert glossary_conjuncts("Zq0x and Tourism met.", ["the State Duma"]) == (
        "Zq0x and Tourism met.")


def test_a_conjunct_of_a_glossary_name_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts([
        "The Ministry of Education and Science prepared a report.",
        "We thank the Ministry of Health and Social Development for its help."],
        engine, "en", "fr")]
    assert out[0].startswith("Le ministère de l’Éducation et de la Science a préparé")
    assert "ministère de la Santé et du Développement social pour" in out[1]


def test_a_ministrys_fields_in_capitals() -> None:
    assert ministries("The Ministry of Sports and Tourism helps.",
                      "Le ministère des sports et du tourisme aide.") == (
        "Le ministère des Sports et du Tourisme aide.")
    assert ministries("to the Ministry of Energy", "au ministère de l'énergie") == (
        "au ministère de l'Énergie")
    # A lower-case conjunct in English is no field of the name; no ministry in English.
    kept = "le ministère de l'Énergie et des autorités régionales"
    assert ministries("the Ministry of Energy and regional authorities", kept) == kept
    assert ministries("the energy ministry", "le ministère de l'énergie") == (
        "le ministère de l'énergie")

"""Institution names the glossary lacks, written in French by their words
(``institutions_np.py``): the tables alone, then through ``protect`` and the real engine.
Names made up for the test or general ones."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.institutions_np import french_name, keep_institutions
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
    for text in ("He studied at the Pavlov Kazan State University.",  # another name before
                 "They need a State Historical Museum.",  # a determiner
                 "the National Research Institute of Physics",  # a complement after it
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

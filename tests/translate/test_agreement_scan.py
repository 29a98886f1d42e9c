"""The subject's complements ``agreement`` reads past and the gender a noun of both genders
takes from its determiner (``agreement_scan.py``), through ``agreement.agree``."""

from __future__ import annotations

import pytest

from daybook.translate.agreement import agree
from daybook.translate.agreement_scan import complement, gender_by_determiner
from daybook.translate.agreement_tokens import TOKEN, Word
from daybook.translate.gender import readings


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """Every test here runs Apertium's French dictionaries (lt-proc)."""


def _words(text: str) -> list[Word]:
    spans = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text)]
    reads = readings([w for _, _, w in spans])
    return [Word(a, b, w, reads.get(w, ())) for a, b, w in spans]


def test_preposition_before_a_bare_noun_or_a_name() -> None:
    assert agree("Le respect dans la société pour service militaire est basée sur la "
                 "compréhension.") == ("Le respect dans la société pour service militaire est "
                                       "basé sur la compréhension.")
    assert agree("La branche d’une banque en Amérique latine a été lancé au Brésil.") == (
        "La branche d’une banque en Amérique latine a été lancée au Brésil.")


def test_infinitive_complement() -> None:
    assert agree("Le besoin d’honorer des accords a été soulignée.") == (
        "Le besoin d’honorer des accords a été souligné.")
    assert agree("La décision pour renforcer les liens a été pris.") == (
        "La décision pour renforcer les liens a été prise.")


def test_participle_after_the_subjects_noun() -> None:
    assert agree("À ce jour, les approches définies dans le concept ont été approuvés.") == (
        "À ce jour, les approches définies dans le concept ont été approuvées.")


def test_adverb_before_an_adjective_and_determiners_gender() -> None:
    # "page" is in the dictionary in both genders: "une" tells.
    assert agree("Une page dans l’histoire de ce projet stratégiquement important a été "
                 "ouvert.") == ("Une page dans l’histoire de ce projet stratégiquement "
                                "important a été ouverte.")


def test_aside_opening_with_a_preposition_or_a_participle() -> None:
    assert agree("La terre, autour de six hectares, a été loué pour 49 ans.") == (
        "La terre, autour de six hectares, a été louée pour 49 ans.")
    assert agree("La joie de Pâques, rempli de bonté, est partagé par des millions de "
                 "personnes.") == ("La joie de Pâques, rempli de bonté, est partagée par des "
                                   "millions de personnes.")


def test_adverb_in_ment_that_is_a_noun_too() -> None:
    assert agree("Les principes et les approches sont complètement différente.") == (
        "Les principes et les approches sont complètement différents.")


def test_clause_before_the_verb_left() -> None:
    text = "Nous avons décidé de bâtir la route, selon le plan, a été approuvé."
    assert agree(text) == text


def test_complement_words() -> None:
    words = _words("Le besoin d’honorer complètement des accords pour service militaire")
    det = [w.has("det") for w in words]
    assert [complement(words, k, lambda j: det[j]) for k in range(len(words))] == [
        False, False, False, True, True, False, False, True, False, False]


def test_gender_by_determiner() -> None:
    words = _words("une page")
    assert gender_by_determiner(words, 1, ("mf", "sg"), lambda j: j == 0) == ("f", "sg")
    assert gender_by_determiner(words, 1, ("m", "sg"), lambda j: j == 0) == ("m", "sg")


def test_clause_opened_by_comment_or_dont() -> None:
    # "comment" is an adverb in -ment, but it opens the clause its subject starts
    assert agree("Il est important de comprendre comment l’argent est dépensés.") == (
        "Il est important de comprendre comment l’argent est dépensé.")
    assert agree("un échange de vues sur la façon dont notre travail est organisée.") == (
        "un échange de vues sur la façon dont notre travail est organisé.")

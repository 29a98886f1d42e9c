"""An organisation's acronym before its noun as its complement (``acronyms_np.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.acronyms_np import acronym_articles, acronym_heads

pytestmark = pytest.mark.usefixtures("apertium_ok")
SOURCE = "to fill BRICS economic cooperation"


def test_the_noun_goes_first_with_its_article() -> None:
    assert acronym_heads(SOURCE, "remplir les BRICS coopération économique avec") == (
        "remplir la coopération économique des BRICS avec")
    assert acronym_heads(SOURCE, "accroître de l’UEEA marché domestique.") == (
        "accroître du marché domestique de l’UEEA.")
    assert acronym_heads(SOURCE, "Cela renforce la CEI coopération militaire.") == (
        "Cela renforce la coopération militaire de la CEI.")
    assert acronym_heads(SOURCE, "des BRICS conseil d’affaires") == (
        "du conseil d’affaires des BRICS")


def test_a_verb_or_another_word_after_the_acronym_left_alone() -> None:
    for french in ("l’OTAN mais aujourd’hui", "le MIFF contribue", "de l’OTSC cette année",
                   "l’OTAN pas seulement", "Les BRICS pays ont"):  # "pays": no number
        assert acronym_heads(SOURCE, french) == french, french
    # No acronym before a lower-case word in the source.
    assert acronym_heads("the cooperation of BRICS", "les BRICS coopération") == (
        "les BRICS coopération")
    # The acronym inside a name before the noun, or a participle after it: left.
    for french in ("conformément à Conseil de sécurité de l’ONU résolution 2254",
                   "Les pays des BRICS connu à Moscou."):
        assert acronym_heads(SOURCE, french) == french, french


def test_the_noun_s_complement_and_a_verb_after_it() -> None:
    assert acronym_heads(SOURCE, "un du RDIF projets d’économie numérique – établir") == (
        "un des projets d’économie numérique du RDIF – établir")
    assert acronym_heads(SOURCE, "la CEI coopération militaire est forte") == (
        "la coopération militaire de la CEI est forte")


def test_an_acronym_read_as_a_name_then_its_noun_s_article() -> None:
    # The engine gave the noun after an unknown acronym its own article: the noun first.
    assert acronym_articles("LDPR representatives met.", "LDPR les représentants se sont "
                            "rencontrés.") == "Les représentants de LDPR se sont rencontrés."
    assert acronym_articles("The RIOU campus is large.", "Le RIOU le campus est grand.") \
        == "Le campus du RIOU est grand."
    assert acronym_articles("Many LDPR deputies came.", "Beaucoup de LDPR les députés sont "
                            "venus.") == "Beaucoup de députés de LDPR sont venus."
    # Guards: no lower-case word after the acronym in the English ("UEFA Cup matches next
    # year"), or no noun after the article ("la" a pronoun before a verb).
    french = "des matchs de coupe de l'UEFA l'année prochaine"
    assert acronym_articles("UEFA Cup matches next year", french) == french
    french = "Le FSB la voit."
    assert acronym_articles("The FSB sees it.", french) == french

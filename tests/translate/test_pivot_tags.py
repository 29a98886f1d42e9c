import pytest

from daybook.translate.pivot_tags import (
    can,
    degree_adjectives,
    fourth,
    head,
    owes,
    pivot_tags,
    verb_entries,
)
from daybook.translate.sourced import from_source


@pytest.mark.parametrize(("en", "fr", "want"), [
    ("I am quite sure that your experience", "Je suis assez de sûr que votre expérience",
     "Je suis assez sûr que votre expérience"),
    ("This is quite appropriate, as", "C'est assez d'approprié, comme",
     "C'est assez approprié, comme"),
    ("It is unclear why she was convicted", "C'est peu de clair pourquoi elle a été condamnée",
     "C'est peu clair pourquoi elle a été condamnée"),
])
def test_degree_adverb_before_adjective_takes_no_de(en: str, fr: str, want: str) -> None:
    assert degree_adjectives(en, fr) == want


@pytest.mark.parametrize(("en", "fr"), [
    ("We have quite a lot of time", "Nous avons assez de temps"),       # a noun: kept
    ("We have enough money, quite", "Nous avons assez d'argent"),        # a noun: kept
    ("They have done enough", "Ils ont fait assez de sûr"),             # no *quite* in English
])
def test_degree_de_kept_before_a_noun_or_without_the_english(en: str, fr: str) -> None:
    assert degree_adjectives(en, fr) == fr


def test_quite_with_agreement_after_it() -> None:
    assert from_source("because they can be quite complex and specific.",
                       "parce qu'ils peuvent être assez de complexe et particulier.") == (
        "parce qu'ils peuvent être assez complexes et particuliers.")


def test_head_of_is_chef() -> None:
    assert head("Deputy Minister of Transport and Head of the Federal Agency",
                "vice-ministre de Transport et aucun de l'Agence fédérale") == (
        "vice-ministre de Transport et chef de l'Agence fédérale")
    # an "aucun" the English asks for stays
    assert head("None of the heads of state came", "Et aucun des chefs d'État") == (
        "Et aucun des chefs d'État")


def test_owes_is_doit_not_ten() -> None:
    assert owes("Switzerland owes a great deal to Russia",
                "la Suisse dix beaucoup à la Russie") == "la Suisse doit beaucoup à la Russie"
    assert owes("Switzerland owes a great deal to Russia",
                "la Suisse dix un grand marché en Russie") == (
        "la Suisse doit un grand marché en Russie")
    assert owes("He owes ten companies", "Il dix beaucoup") == "Il dix beaucoup"


def test_verbs_of_another_entry() -> None:
    assert verb_entries("how grateful I am to Iran", "combien je suis remerciée") == (
        "combien je suis reconnaissante")
    assert verb_entries("I thanked them and am grateful", "je les ai remerciés") == (
        "je les ai remerciés")
    assert verb_entries("Only relying on such broad support", "Seulement confier en un tel") == (
        "Seulement compter sur un tel")
    assert pivot_tags("to rely on them", "confier en eux") == "compter sur eux"


def test_fourth_is_the_ordinal_in_a_compound() -> None:
    assert fourth("the fourth-generation Viking missile system", "le quart-generation Viking") == (
        "le quatrième-generation Viking")
    assert fourth("a quarter-final", "un quart-final") == "un quart-final"


def test_can_is_pouvoir_not_prune() -> None:
    # *podem*, *podeu* read as *podar*'s subjunctive or imperative after "que"
    assert can("I am sure that we can achieve this.", "je suis sûr que nous élaguions "
               "obtenir ça.") == "je suis sûr que nous pouvons obtenir ça."
    assert can("if you can help us", "si vous élaguiez nous aider") == (
        "si vous pouvez nous aider")
    assert can("We will prune the trees as we can.", "Nous élaguerons les arbres comme nous "
               "élaguions.") == "Nous élaguerons les arbres comme nous élaguions."
    assert can("We must trim costs.", "Nous élaguons les coûts.") == "Nous élaguons les coûts."


def test_can_then_as_we_can_see() -> None:
    # the senses rule for *as we can see* reads "pouvons" once it is back
    out = from_source("involved in contacts as we can see from the fact that",
                      "impliqués dans des contacts tandis que nous élaguions voir du fait que")
    assert "nous pouvons voir du fait" in out

"""The second verb of a plural subject after *and* (``second_verbs.py``): constructed
examples, the French as the engine writes such sentences, and guards."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.second_verbs import (
    have_after_relative,
    present_after_list,
    second_verbs,
)


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the French with Apertium's French dictionary (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The leaders reaffirmed their intention and also discussed trade.",
     "Les dirigeants ont réaffirmé leur intention et a aussi parlé du commerce.",
     "Les dirigeants ont réaffirmé leur intention et ont aussi parlé du commerce."),
    # a relative opening the clause is the subject
    ("Those who defeated Nazism and won the war are heroes.",
     "Ceux qui ont battu le nazisme et a gagné la guerre sont des héros.",
     "Ceux qui ont battu le nazisme et ont gagné la guerre sont des héros."),
    # a list of verbs: each item
    ("Many of you have worked in Russia, located your plants here, and taken goods abroad.",
     "Beaucoup d'entre vous ont travaillé en Russie, a localisé vos usines ici, et a porté "
     "des biens à l'étranger.",
     "Beaucoup d'entre vous ont travaillé en Russie, ont localisé vos usines ici, et ont "
     "porté des biens à l'étranger."),
    # a relative's verb after a main verb of another person: the relative's
    ("We honour our compatriots who fought the invaders and defended their homeland.",
     "Nous honorons nos compatriotes qui ont combattu les envahisseurs et a défendu leur "
     "patrie.",
     "Nous honorons nos compatriotes qui ont combattu les envahisseurs et ont défendu leur "
     "patrie."),
    # a first or second person subject: its auxiliary
    ("We know this well and have discussed it many times.",
     "Nous savons ça bien et a parlé de cela beaucoup de fois.",
     "Nous savons ça bien et avons parlé de cela beaucoup de fois."),
    ("You know the region well and have already visited it.",
     "Vous savez la région bien et déjà l'a visité.",
     "Vous savez la région bien et déjà l'avez visité."),
    # "être" as the auxiliary: its reflexive and its participle agree too
    ("They acted openly and took responsibility for this step.",
     "Ils ont agi de façon ouverte et s'est responsabilisé pour ce pas.",
     "Ils ont agi de façon ouverte et se sont responsabilisés pour ce pas."),
    ("We value this and are set to go on.",
     "Nous apprécions ça et est posé pour continuer.",
     "Nous apprécions ça et sommes posés pour continuer."),
    # a reflexive whose object follows: the participle keeps its form
    ("They met and set themselves new goals.",
     "Ils ont parlé et s'est fixé des buts nouveaux.",
     "Ils ont parlé et se sont fixé des buts nouveaux."),
])
def test_plural(source: str, french: str, want: str) -> None:
    assert second_verbs([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # a relative's verb after the clause's own verb: the minister's second verb
    ("The minister thanked those who took part and stressed the point.",
     "Le ministre a remercié ceux qui ont participé et a souligné le point."),
    # a subject of its own after *and*
    ("The leaders met and the minister also spoke.",
     "Les dirigeants ont rencontré et le ministre a aussi parlé."),
    ("The leaders met and he also spoke.", "Les dirigeants ont parlé et a aussi parlé."),
    # the nearest verb is singular
    ("They said the country won and also grew.",
     "Ils ont dit que le pays a gagné et a aussi grandi."),
    # "vous" the object, not the subject (the verb is no second person)
    ("The man who thanks you and has helped us is here.",
     "L'homme qui vous remercie et a aidé nous est ici."),
    # a relative between commas: the relative's verb
    ("We met the minister, who arrived and has signed the deal.",
     "Nous avons rencontré le ministre, qui est arrivé et a signé le marché."),
    # two passive participles (*need to be developed and supported*)
    ("You say what needs to be developed and supported.",
     "Vous dites ce qui a besoin d'être développé et a appuyé."),
    # after an infinitive of a verb (*must do and set*): the infinitive's
    ("We must do it well and set a legal basis.",
     "Nous devons le faire bien et a mis une base légale."),
    # a passive: its participle would have to agree too
    ("The laws were adopted, and they have been submitted.",
     "Les lois ont été adoptées et a été livré."),
    # the nearest verb is singular: "est" is the concept's
    ("The concept was agreed and is actively discussed.",
     "Le concept a été coordonné avec des industries et est activement parlé."),
    # no participle after "a"
    ("The ministers spoke and there is a plan.", "Les ministres ont parlé et a un plan."),
])
def test_left_alone(source: str, french: str) -> None:
    assert second_verbs([source], [french]) == [french]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["The leaders reaffirmed their intention to strengthen ties and "
                           "also discussed the situation in Syria."], engine, "en", "fr")
    assert "et ont aussi parlé" in out[0].text


def test_have_after_a_relative() -> None:
    assert have_after_relative("The countries, which export oil, have signed it.",
                               "Les pays, qui exportent du pétrole, aies signé.") == \
        "Les pays, qui exportent du pétrole, ont signé."
    # no relative between commas before *have*: left alone
    assert have_after_relative("If you have signed it, good.", "Si tu aies signé, bien.") == \
        "Si tu aies signé, bien."


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Our soldiers keep the traditions of the army, the traditions of valour, and demonstrate "
     "courage.",
     "Nos soldats gardent les traditions de l'armée, les traditions de valeur, et démontre "
     "du courage.",
     "Nos soldats gardent les traditions de l'armée, les traditions de valeur, et démontrent "
     "du courage."),
    ("The farmers grow wheat, barley and oats, and sell them abroad.",
     "Les laboureurs grandissent blé, orge et avoines, et les vendre à l'étranger.",
     "Les laboureurs grandissent blé, orge et avoines, et les vendent à l'étranger."),
])
def test_present_after_a_list(source: str, french: str, want: str) -> None:
    assert present_after_list([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the English verb has its -s: a singular subject
    ("The farmer grows wheat and sells it.", "Le laboureur grandit blé et le vend."),
    # after a modal, the infinitive is the modal's
    ("They can grow wheat, barley and oats, and sell them.",
     "Ils peuvent grandir blé, orge et avoines, et les vendre."),
    # an auxiliary before its participle is the compound rule's (*and made*: a past)
    ("The theatre has become an education centre and made a contribution.",
     "Le théâtre est devenu un public et l'éducation centrent et a apporté une contribution."),
    # the nearest verb is an infinitive: the second verb is its
    ("The farmers grow wheat to feed people and sell it.",
     "Les laboureurs grandissent blé pour alimenter les gens et le vendre."),
])
def test_present_after_a_list_left_alone(source: str, french: str) -> None:
    assert present_after_list([source], [french]) == [french]

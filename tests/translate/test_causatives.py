"""*make it possible to*, *allow X to*, *make X easier* (``causatives.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.causatives import allow_to, cause_to, make_adjective, possible_en
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("line", "want"), [
    ("The agreement makes it possible to bring our relations to a new level.",
     "The agreement allows to bring our relations to a new level."),
    ("This made it possible for us to cut costs.", "This allowed us to cut costs."),
    ("Making it possible to save fuel.", "Allowing to save fuel."),
    ("It will enable them to start working.", "It will allow them to start working."),
    ("This will make it easier to travel.", "This will allow to travel more easily."),
    ("It makes it easier for companies to export their goods.",
     "It allows companies to export more easily their goods."),
    ("The Ministry has made it clear that this is wrong.",
     "The Ministry has clearly indicated that this is wrong."),
])
def test_possible_en(line: str, want: str) -> None:
    assert possible_en(line) == want


@pytest.mark.parametrize("line", [
    "We will do everything to make it possible.",  # no infinitive
    "Only then is it possible for us to achieve results.",  # not *make*
    "The enabled users can vote.",  # *enable* with no *to*
    "We must make it clear to them.",  # not *clear that*
    "to enable them to smoothly start working",  # an adverb after *to*
    "It makes it easier to deal with.",  # a preposition after the verb
])
def test_possible_en_left(line: str) -> None:
    assert possible_en(line) == line


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The law allows the regions to keep their revenue.",
     "La loi permet les régions pour maintenir leurs revenus.",
     "La loi permet aux régions de maintenir leurs revenus."),
    ("This allowed Russia to increase exports.",
     "Cela a permis la Russie pour accroître les exportations.",
     "Cela a permis à la Russie d'accroître les exportations."),
    ("They allow everyone to see it.", "Ils permettent tout le monde pour le voir.",
     "Ils permettent à tout le monde de le voir."),
    ("designed to enable electronic warfare troops to deliver",
     "conçus pour permettre des troupes de guerre électronique pour livrer",
     "conçus pour permettre à des troupes de guerre électronique de livrer"),
])
def test_allow_to(source: str, french: str, want: str) -> None:
    assert allow_to([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *to* is the noun's ("more freedom to act"), not the person's infinitive
    ("We allowed the regions more freedom to act.",
     "Nous avons permis les régions plus de liberté pour agir."),
    # *of* in the English noun phrase: *to* may be a purpose
    ("It allows the creation of conditions to attract investors.",
     "Il permet la création de conditions pour attirer des investisseurs."),
    # the pronoun object is before the verb: ``frames`` gives its "de"
    ("It allows us to resolve them.", "Il nous permet pour les résoudre."),
    # no *allow* in the English
    ("The permit lets companies export.", "Le permis des entreprises pour exporter."),
])
def test_allow_to_left(source: str, french: str) -> None:
    assert allow_to([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("It makes the situation more problematic.", "Il fait la situation la plus problématique.",
     "Il rend la situation plus problématique."),
    ("We made the process easier.", "Nous avons fait le processus le plus facile.",
     "Nous avons rendu le processus plus facile."),
    ("about making this industry more attractive for investors",
     "en faisant cette industrie plus attirante pour des investisseurs",
     "en rendant cette industrie plus attirante pour des investisseurs"),
])
def test_make_adjective(source: str, french: str, want: str) -> None:
    assert make_adjective([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # the comparative before its noun: *made greater efforts*
    ("They made greater efforts.", "Ils ont fait des efforts plus grands."),
    # a superlative, no *more*
    ("They make the best cars.", "Ils font les meilleurs chars."),
])
def test_make_adjective_left(source: str, french: str) -> None:
    assert make_adjective([source], [french]) == [french]


def test_through_apertium(engine: ApertiumEngine) -> None:
    texts = ["Joint efforts make it possible to reduce the number of accidents.",
             "The law allows the regions to keep their revenue."]
    out = [t.text for t in translate_texts(texts, engine, "en", "fr")]
    assert "permettent de réduire" in out[0]
    assert "permet aux régions de" in out[1]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("The crisis caused prices to rise.", "La crise a causé des prix pour monter.",
     "La crise a fait monter des prix."),
    ("This is causing old conflicts to resurface.",
     "C'est causant de vieux conflits pour émerger.",
     "C'est faisant émerger de vieux conflits."),
    ("These measures will cause the economy to grow.",
     "Ces mesures causeront l'économie pour augmenter.",
     "Ces mesures feront augmenter l'économie."),
    # Guards: *cause* with a noun object and a purpose of its own; no *cause X to* in the
    # English.
    ("The fire caused damage to the building.", "Le feu a causé le dommage au bâtiment.",
     "Le feu a causé le dommage au bâtiment."),
    ("They caused problems in order to win.", "Ils ont causé des problèmes pour gagner.",
     "Ils ont causé des problèmes pour gagner."),
])
def test_cause_to(source: str, french: str, want: str) -> None:
    assert cause_to([source], [french]) == [want]


def test_cause_to_through_the_engine() -> None:
    out = translate_texts(["The crisis caused prices to rise."], ApertiumEngine(), "en", "fr")
    assert "a fait monter des prix" in out[0].text

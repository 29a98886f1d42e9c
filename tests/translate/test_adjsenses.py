"""*further*, *former*, *promising*, *dedication*, *You see* (``adjsenses.py``): each rule on
a constructed example, the guard it must leave, and *further* through the real engine."""

from __future__ import annotations

import pytest

from daybook.translate.adjsenses import (
    dedication,
    former,
    further_en,
    further_fr,
    mass,
    promising,
    you_see,
)
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts


@pytest.mark.parametrize(("line", "said"), [
    # the adverb before a verb: *continue to*
    ("We need to further expand trade.", "We need to continue to expand trade."),
    ("It will further help you.", "It will continue to help you."),
    ("This will help further strengthen trust.",
     "This will help to continue to strengthen trust."),
    # a gerund with its object after a preposition: *continuing to*
    ("tasks for further deepening cooperation", "tasks for continuing to deepen cooperation"),
    ("aimed at further improving healthcare", "aimed at continuing to improve healthcare"),
    # an action noun in -ing before *of*: *the continuation of the X-ing of*
    ("and further strengthening of its standing",
     "and the continuation of the strengthening of its standing"),
    ("for the further deepening of ties", "for the continuation of the deepening of ties"),
    # guards: a noun that can be a verb with no object after it, a noun, the distance, an
    # -ing with no noun reading before *of*
    ("our commitment to further joint work", "our commitment to further joint work"),
    ("the further development of ties", "the further development of ties"),
    ("We will go further.", "We will go further."),
    ("to move further north", "to move further north"),
    ("the further expanding of ties", "the further expanding of ties"),
])
def test_further_before_the_engine(apertium_ok: bool, line: str, said: str) -> None:
    assert further_en(line) == said


def test_further_after_the_engine() -> None:
    assert further_fr("We must further expand trade.", "Nous devons continuer pour étendre") == (
        "Nous devons continuer à étendre")
    assert further_fr("It will further help you with it.", "Il continuera à aider vous avec") \
        == "Il continuera à vous aider avec"
    assert further_fr("It will further help you with it.", "Il continuera aider vous avec") \
        == "Il continuera vous aider avec"
    assert further_fr("wishing them further success", "en les souhaitant succès ultérieur") == (
        "en les souhaitant de nouveaux succès")
    assert further_fr("wishing them further success", "souhaitant succès le plus lointain et") \
        == "souhaitant de nouveaux succès et"
    assert further_fr("the success of further talks", "le succès des pourparlers") == (
        "le succès des pourparlers")
    # "pour" before a noun: left
    assert further_fr("to further build ties", "continuer pour le dossier") == (
        "continuer pour le dossier")
    # *help further V*: "aider à V davantage", the object pronoun kept before the verb
    assert further_fr("It will help further expand trade.", "Il aidera pour continuer pour "
                      "étendre le commerce") == "Il aidera à étendre davantage le commerce"
    assert further_fr("This helped to further strengthen them.",
                      "Cela a aidé à continuer à les renforcer.") == (
        "Cela a aidé à les renforcer davantage.")
    # a bare noun after the verb (its article comes later): left
    assert further_fr("It will help further expand trade.", "Il aidera à continuer à étendre "
                      "commerce") == "Il aidera à continuer à étendre commerce"
    # *continue to* with no *help*: left
    assert further_fr("We will further expand it.", "Nous continuerons à étendre la") == (
        "Nous continuerons à étendre la")
    # *the further X-ing of*: "la poursuite du renforcement"; "la suite" elsewhere: left
    assert further_fr("the further strengthening of ties", "la suite du renforcement des") == (
        "la poursuite du renforcement des")
    assert further_fr("the further expansion of ties", "la suite du dossier") == (
        "la suite du dossier")
    # no *further*: left
    assert further_fr("We continue to work.", "Nous continuons pour travailler") == (
        "Nous continuons pour travailler")


def test_further_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts(
        ["We believe it necessary to further expand cooperation.",
         "They outlined tasks for further deepening cooperation."], engine, "en", "fr")]
    assert "continuer à étendre la coopération" in out[0]
    assert "continuer à approfondir la coopération" in out[1]
    out = [t.text for t in translate_texts(
        ["I am sure that your knowledge will further help you with it."], engine, "en", "fr")]
    assert "continuera à vous aider" in out[0]
    out = [t.text for t in translate_texts(
        ["This will help to further strengthen our cooperation.",
         "We discussed the further strengthening of bilateral cooperation.",
         "The city lies further north than Moscow."], engine, "en", "fr")]
    assert "aidera à renforcer davantage notre coopération" in out[0]
    assert "la poursuite du renforcement de" in out[1]
    assert "poursuite" not in out[2] and "davantage" not in out[2]


@pytest.mark.parametrize(("source", "french", "want"), [
    ("All former regional governors came.", "Tous les gouverneurs régionaux antérieurs",
     "Tous les anciens gouverneurs régionaux"),
    ("the traditions of former workers", "les traditions d’ouvriers antérieurs",
     "les traditions d’anciens ouvriers"),
    ("the former mayor", "du maire antérieur", "de l'ancien maire"),
    ("the former Prime Minister", "La Première ministre antérieure",
     "L'ancienne Première ministre"),
    # a role the glossary put with its article, a possessive before it
    ("to former Moscow Mayor Yury Luzhkov", "à antérieur le maire de Moscou Iouri Loujkov",
     "à l'ancien maire de Moscou Iouri Loujkov"),
    ("your former CEO Vitaly", "votre antérieur le PDG Vitali", "votre ancien PDG Vitali"),
    ("all former and current workers", "les ouvriers antérieurs et actuels",
     "les ouvriers anciens et actuels"),
    # no *former*, or *the former* as a pronoun: left
    ("the previous meeting", "la réunion antérieure", "la réunion antérieure"),
    ("The former is better.", "L'antérieur est mieux", "L'antérieur est mieux"),
])
def test_former(source: str, french: str, want: str) -> None:
    assert former(source, french) == want


def test_dedication() -> None:
    source = "with full dedication to their work"
    assert dedication(source, "avec pleine dédicace à leur travail") == (
        "avec plein dévouement à leur travail")
    assert dedication(source, "grâce à la dédicace et de la dédicace") == (
        "grâce au dévouement et du dévouement")
    assert dedication(source, "leur dédicace") == "leur dévouement"
    # a monument's dedication: left
    assert dedication("the dedication of the monument", "la dédicace du monument") == (
        "la dédicace du monument")


def test_you_see() -> None:
    assert you_see("You see, the programme is underway.", "Voix, le programme est en cours.") \
        == "Vous voyez, le programme est en cours."
    assert you_see("Your voice, the people", "Voix, le peuple") == "Voix, le peuple"


def test_promising(apertium_ok: bool) -> None:
    source = "They develop promising joint projects."
    assert promising(source, "Ils développent promettant des projets communs.") == (
        "Ils développent des projets communs prometteurs.")
    assert promising("results of promising weapons systems",
                     "les résultats de promettant des systèmes d’armes.") == (
        "les résultats de systèmes d’armes prometteurs.")
    assert promising("promising initiatives", "promettant des initiatives à long terme") == (
        "des initiatives prometteuses à long terme")
    # in a list of adjectives, no noun after
    assert promising("most important, promising and possible",
                     "la plus importante, promettre et possible") == (
        "la plus importante, prometteur et possible")
    # the verb *promise*: left
    assert promising("He kept promising to come.", "Il continuait promettant de venir.") == (
        "Il continuait promettant de venir.")


def test_mass() -> None:
    assert mass("covered by the mass media", "couvert par les médias massiques") == (
        "couvert par les médias de masse")
    assert mass("mass production began", "la production massique a commencé") == (
        "la production de masse a commencé")
    # no *mass* before a noun (physics' mass): left
    assert mass("the specific mass of gas", "la masse massique du gaz") == (
        "la masse massique du gaz")

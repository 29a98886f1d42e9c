"""English verbs used without an object said as French pronominal verbs (``pronominal.py``).
The English sentences are made up for these tests; the French is what the engine writes for
such sentences, the expected French written by hand; the last test goes through the real
engine."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.preedit import preedit
from daybook.translate.processes import tagged_units
from daybook.translate.pronominal import english_verbs, pronominal
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads the English with Apertium's tagger and the French with its
    dictionaries (lt-proc)."""


@pytest.mark.parametrize(("source", "french", "want"), [
    # a compound tense: "être", the participle agreed with a feminine plural subject
    ("Our trade relations have expanded considerably.",
     "Nos relations commerciales ont étendu considérablement.",
     "Nos relations commerciales se sont étendues considérablement."),
    # negation: "n'a" -> "ne s'est"
    ("The weather has not improved.", "Le temps n'a pas amélioré.",
     "Le temps ne s'est pas amélioré."),
    # a simple tense and an infinitive
    ("The economy is stabilising and will continue to develop.",
     "L'économie stabilise et continuera à développer.",
     "L'économie se stabilise et continuera à se développer."),
    # another French verb: *end* "se terminer", *increase* "augmenter" (no pronoun)
    ("The holiday ends on Monday.", "Le congé finit lundi.", "Le congé se termine lundi."),
    ("Sales increased by 12 percent.", "Les ventes ont accru par 12 %.",
     "Les ventes ont augmenté de 12 %."),
    # *focus on*, *register for*
    ("The talk focused on schools.", "La conversation a focalisé dans des écoles.",
     "La conversation s'est concentrée sur des écoles."),
    ("Ten thousand volunteers registered for the race.",
     "Dix mille volontaires ont enregistré pour la course.",
     "Dix mille volontaires se sont inscrits à la course."),
    # a subject relative the pivot wrote "qu'il"
    ("We value the friendship that has developed between our towns.",
     "Nous apprécions l'amitié qu'il a développé entre nos villes.",
     "Nous apprécions l'amitié qui s'est développée entre nos villes."),
    # the first person: "je me", "nous nous"
    ("I remember the old house.", "Je souviens la vieille maison.",
     "Je me souviens de la vieille maison."),
    ("We are preparing for the winter.", "Nous préparons pour l'hiver.",
     "Nous nous préparons pour l'hiver."),
    # *address* an audience: "s'adresser à"
    ("When I addressed the students, I spoke about science.",
     "Quand j'ai adressé les étudiants, j'ai parlé de science.",
     "Quand je me suis adressé aux étudiants, j'ai parlé de science."),
])
def test_pronominal(source: str, french: str, want: str) -> None:
    assert pronominal([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # an object after the verb
    ("We will develop new engines.", "Nous développerons de nouveaux moteurs."),
    # a passive
    ("The plan was improved last year.", "Le plan a été amélioré l'année dernière."),
    # the object is the relative before the verb
    ("This is the method we developed.", "C'est la méthode nous avons développé."),
    # two verbs sharing one object
    ("We develop and improve our schools.", "Nous développons et améliorons nos écoles."),
    # *address* an issue is lightverbs' ("traiter")
    ("We addressed the problem.", "Nous avons adressé le problème."),
    # the French counts its verbs differently: left alone
    ("The city has developed, and it keeps developing.", "La ville a développé."),
])
def test_left_alone(source: str, french: str) -> None:
    assert pronominal([source], [french]) == [french]


@pytest.mark.parametrize(("source", "french", "want"), [
    # *each other* after a verb: the verb pronominal, in its tense
    ("We will see each other soon.", "Nous verrons chacun autre bientôt.",
     "Nous nous verrons bientôt."),
    ("We have not seen each other for years.", "Nous n'avons pas vu chacun autre des années.",
     "Nous ne nous sommes pas vus des années."),
    ("They know each other well.", "Ils connaissent chacun autre bien.",
     "Ils se connaissent bien."),
    # after a preposition: "l'un ... l'autre"
    ("Two roads run parallel to each other.", "Deux routes courent parallèle à chacun autre.",
     "Deux routes courent parallèle l'un à l'autre."),
    ("We share data with each other.", "Nous partageons des données avec chacun autre.",
     "Nous partageons des données l'un avec l'autre."),
    # *each other's* + a noun: the noun, its article, "de l'autre"
    ("We respect each other's sovereignty.", "Nous respectons chacun souveraineté.",
     "Nous respectons la souveraineté de l'autre."),
    ("They value each other’s interests.", "Ils valorisent chacun intérêts.",
     "Ils valorisent les intérêts de l'autre."),
])
def test_each_other(source: str, french: str, want: str) -> None:
    assert pronominal([source], [french]) == [want]


@pytest.mark.parametrize(("source", "french"), [
    # *each other's* before a word that is not only a noun ("approaches" read as a verb)
    ("We take each other's approaches into account.", "Nous portons chacun s'approche."),
    # no *each other* in the English
    ("Each one has another task.", "Chacun autre a une tâche."),
])
def test_each_other_left_alone(source: str, french: str) -> None:
    assert pronominal([source], [french]) == [french]


def test_english_verbs() -> None:
    got = tagged_units(["Ties have strengthened and we will strengthen them further."])
    assert got is not None
    assert english_verbs(got[0]) == [("strengthen", True), ("strengthen", False)]


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["Our cooperation has improved considerably.",
                           "The company has improved its engines."], engine, "en", "fr")
    assert "s'est améliorée" in out[0].text, out[0].text
    assert "a amélioré ses moteurs" in out[1].text, out[1].text


@pytest.mark.parametrize(("source", "french", "want"), [
    # a noun the analyser reads as a participle too
    ("We have access to each other's markets.", "Nous avons de l'accès à chacun marchés.",
     "Nous avons de l'accès à les marchés de l'autre."),
    # a noun read as a finite verb too: as many as the English has; its adjective before
    # "de l'autre"
    ("The sides opened each other's airspace.", "Les parties ont ouvert chacun espace aérien.",
     "Les parties ont ouvert l'espace aérien de l'autre."),
])
def test_each_others_noun(source: str, french: str, want: str) -> None:
    assert pronominal([source], [french]) == [want]


def test_each_others_verb_left_when_counts_differ() -> None:
    # two "chacun" + a noun-or-verb for one *each other's*: which one is not known
    source = "They respect each other's space."
    french = "Ils respectent chacun espace, chacun marche."
    assert pronominal([source], [french]) == [french]


def test_each_others_two_nouns_are_mutual() -> None:
    # the tagger reads the plurals after *each other's* ... *and* as verbs ("la voix de
    # l'autre et préoccupe"): "mutual" before them ("des préoccupations et vues mutuelles")
    assert preedit("We take into account each other's views and concerns.", []) == (
        "We take into account mutual views and concerns.")
    # one noun: left to the French rule above
    assert preedit("We respect each other's interests.", []) == (
        "We respect each other's interests.")

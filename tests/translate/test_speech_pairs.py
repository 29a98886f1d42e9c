"""Correlative pairs (``speech_pairs.py``): *both ... and*, *either ... or*, *neither ...
nor* where the English has them; constructed sentences."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.speech_pairs import correlatives
from daybook.translate.speech_phrases import addresses, stage_directions


def fr(engine: ApertiumEngine, source: str) -> str:
    return translate_texts([source], engine, "en", "fr")[0].text


@pytest.mark.parametrize(("source", "french", "want"), [
    # a sentence's subject: "X et Y"
    ("Both the wind and the rain are strong.", "Autant le vent et la pluie sont forts.",
     "Le vent et la pluie sont forts."),
    # a preposition opens the first member
    ("It helps people both in the city and abroad.",
     "Il aide des gens tellement de dans la ville et à l'étranger.",
     "Il aide des gens tant dans la ville qu'à l'étranger."),
    # a preposition before the pair goes into each member, contracted
    ("It matters to both Spain and Japan.", "Il importe à tellement de l'Espagne et le Japon.",
     "Il importe tant à l'Espagne qu'au Japon."),
    ("the views of both the city and the regions", "les vues d'autant la ville et les régions",
     "les vues tant de la ville que des régions"),
    # an adjective: "à la fois X et Y"
    ("The trip was both interesting and productive.",
     "Le voyage était autant intéressant et productif.",
     "Le voyage était à la fois intéressant et productif."),
    # no "et" in the clause: the quantity word only goes
    ("It concerns both the state, the firms, society.",
     "Il concerne autant l'état, les entreprises, la société.",
     "Il concerne l'état, les entreprises, la société."),
    ("We will meet either in Rome or in Paris.",
     "Nous nous rencontrerons non plus à Rome ou à Paris.",
     "Nous nous rencontrerons soit à Rome, soit à Paris."),
    ("We do not accept this either.", "Nous n'acceptons pas cela n'importe qui.",
     "Nous n'acceptons pas cela non plus."),
    ("Neither the ministers nor the mayors have answered.",
     "Ni les ministres ni les maires ont répondu.",
     "Ni les ministres ni les maires n'ont répondu."),
    ("It is neither good nor bad.", "C'est ni bon ni mauvais.", "Ce n'est ni bon ni mauvais."),
    # *both X and Y* the pivot said "les deux X et Y": two of X
    ("With one citizenship both Russians and Ukrainians would gain.",
     "Avec une citoyenneté les deux Russes et les Ukrainiens gagneraient.",
     "Avec une citoyenneté les Russes et les Ukrainiens gagneraient."),
])
def test_pair(engine: ApertiumEngine, source: str, french: str, want: str) -> None:
    assert correlatives(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    # *both* of a plural noun, *so much*, *either side*: no pair
    ("Both sides signed it.", "Les deux parties l'ont signé."),
    ("We have so much work and so many plans.",
     "Nous avons tellement de travail et tellement de plans."),
    ("Either side may leave the talks.", "N'importe quel côté peut laisser les discussions."),
    ("It is no longer so and it was not so.", "Ce n'est plus autant et ce n'était pas autant."),
    # "ne" already there
    ("It is neither good nor bad.", "Ce n'est ni bon ni mauvais."),
    # *both* counts the noun of the pair; "deux" before a word not read as a plural noun
    ("the friendship of both countries and peoples", "l'amitié des deux pays et peuples"),
    ("It is known both inside and outside Russia.",
     "Il est connu les deux intérieur et en dehors de la Russie."),
])
def test_guard(engine: ApertiumEngine, source: str, french: str) -> None:
    assert correlatives(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    assert fr(engine, "Both the time zone and the climate are favourable.").startswith(
        "Le fuseau horaire et le climat sont")
    assert "tant dans notre pays qu'à l'étranger" in fr(
        engine, "It brings together people both in our country and abroad.")
    assert "soit à Moscou, soit à Paris" in fr(engine, "We will meet either in Moscow or in Paris.")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("(Applause.) Yes, let us go.", "(applaudissement.) oui, allons-y.",
     "(Applaudissements.) Oui, allons-y."),
    ("(Laughter)", "(rire)", "(Rires)"),
    ("(Speaking Russian.)", "(en parlant russe.)", "(En russe.)"),
    ("(Break in transcript.)", "(pause en transcription.)",
     "(Interruption de la transcription.)"),
])
def test_stage_direction(source: str, french: str, want: str) -> None:
    assert stage_directions(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("The FSB (Federal Security Service) works.", "Le FSB (Service fédéral) travaille."),
    # the parentheses do not pair up: nothing is moved
    ("(Applause.)", "applaudissement."),
])
def test_not_a_stage_direction(source: str, french: str) -> None:
    assert stage_directions(source, french) == french


def test_stage_direction_through_the_engine(engine: ApertiumEngine) -> None:
    assert fr(engine, "(Applause.) Yes, let us applaud ourselves.") == (
        "(Applaudissements.) Oui, applaudissons-nous.")


@pytest.mark.parametrize(("source", "french", "want"), [
    ("Thank you, Mr Prime Minister.", "Merci, Mr premier ministre.",
     "Merci, Monsieur le Premier ministre."),
    ("Mr Governor, welcome.", "Mr gouvernant, bienvenue.", "Monsieur le Gouverneur, bienvenue."),
    ("If you don't mind, we start.", "Si vous n'importez pas, nous commençons.",
     "Si vous n'y voyez pas d'inconvénient, nous commençons."),
    ("If I may, I will ask.", "Si pouvoir, je demanderai.", "Si vous le permettez, je demanderai."),
    ("Go ahead, please.", "Va devant, s'il vous plaît.", "Allez-y, s'il vous plaît."),
    ("Go on.", "Va dans.", "Continuez."),
    ("And if I may I will ask.", "Et si pouvoir je demanderai.",
     "Et si vous le permettez, je demanderai."),
    ("Anna, please go ahead.", "Anna, s'il vous plaît aller devant.",
     "Anna, allez-y, je vous prie."),
    ("Be careful.", "Être prudent.", "Soyez prudent."),
    ("Hello, Mr Li!", "Salut, M. Li!", "Bonjour, M. Li!"),
    ("My name is Anna, I am a doctor.", "Mon nom est Anna, je suis médecin.",
     "Je m'appelle Anna, je suis médecin."),
    ("Good afternoon, we are live.", "Bonjour, nous sommes vivant.",
     "Bonjour, nous sommes en direct."),
    ("It will be broadcasted live by the channel.", "Il sera retransmis habiter par la chaîne.",
     "Il sera retransmis en direct par la chaîne."),
])
def test_address_and_formula(source: str, french: str, want: str) -> None:
    assert addresses(source, french) == want


@pytest.mark.parametrize(("source", "french"), [
    ("It does not matter.", "Il n'importe pas."),
    ("Mr Smith, the prime minister, came.", "M. Smith, le premier ministre, est venu."),
    ("They go on working.", "Va dans le travail."),
    ("To be careful is wise.", "Être prudent est sage."),
    ("We live here, and he is alive.", "Nous vivons ici, et il est vivant."),
    ("She said hello.", "Elle a dit salut."),
])
def test_not_an_address(source: str, french: str) -> None:
    assert addresses(source, french) == french

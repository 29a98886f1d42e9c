"""An adverb of degree left before the noun its adjective went after (``adverbs_np.py``),
and an adjective the engine read as a noun after another adjective (``attributive_np.py``):
on Apertium's analysers, and through the real engine; sentences made up for the test."""

from __future__ import annotations

import pytest

from daybook.translate.adverbs_np import stranded
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.articles_np import bare_objects
from daybook.translate.attributive_np import adjective_nouns
from daybook.translate.protect import translate_texts


@pytest.mark.usefixtures("apertium_ok")
def test_the_adverb_goes_before_its_adjective() -> None:
    assert stranded("to train highly skilled sports coaches",
                    "former hautement entraîneurs sportifs qualifiés.") == (
        "former entraîneurs sportifs hautement qualifiés.")
    assert stranded("a team of truly gifted people", "une équipe de véritablement personnes "
                    "douées ici") == "une équipe de personnes véritablement douées ici"
    # Past "et": the adjective the adverb grades is the English first one.
    assert stranded("mutually beneficial trade and economic ties",
                    "mutuellement liens commerciaux et économiques bénéfiques.") == (
        "liens commerciaux et économiques mutuellement bénéfiques.")
    # The bare object then takes its article.
    assert bare_objects(["x"], ["Nous devons accomplir tâches hautement ambitieuses."]) == [
        "Nous devons accomplir des tâches hautement ambitieuses."]


@pytest.mark.usefixtures("apertium_ok")
def test_an_adverb_of_the_verb_stays() -> None:
    # *negatively affects*: the English adverb is the verb's, no adjective after it.
    assert stranded("this negatively affects regional trade",
                    "cela affecte négativement commerce régional.") == (
        "cela affecte négativement commerce régional.")
    # No adjective after the noun agreeing with it.
    assert stranded("very fast progress", "très progrès rapides.") == "très progrès rapides."


@pytest.mark.usefixtures("apertium_ok")
def test_a_misread_adjective_goes_after_its_noun() -> None:
    assert adjective_nouns("a famous Chinese writer", "un écrivain de chinois célèbre.") == (
        "un écrivain chinois célèbre.")
    # Agreed with the head, and the other adjective too.
    assert adjective_nouns("a special mobile service", "une offre de portable spécial.") == (
        "une offre mobile spéciale.")
    # The head before its own "de" where only it agrees with the adjective.
    assert adjective_nouns("legendary Russian chess players",
                           "des joueurs d'échecs de russe légendaires.") == (
        "des joueurs d'échecs russes légendaires.")


@pytest.mark.usefixtures("apertium_ok")
def test_a_language_as_complement_stays() -> None:
    # A teaching noun's language: *an intensive French course*.
    assert adjective_nouns("an intensive French course", "un cours de français intensif.") == (
        "un cours de français intensif.")
    # No (adjective, adjective-or-noun, noun) run in the English.
    assert adjective_nouns("the history of Russian", "l'histoire de russe ancien.") == (
        "l'histoire de russe ancien.")


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["They are training highly qualified sports managers.",
                           "He is a famous Russian journalist."], engine, "en", "fr")
    assert "des gérants sportifs hautement qualifiés" in out[0].text
    assert "un journaliste russe célèbre" in out[1].text

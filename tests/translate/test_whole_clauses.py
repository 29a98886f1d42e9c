"""*which* of a whole clause "ce qui", *which is why* "c'est pourquoi", and *which* + a verb
the pivot wrote "quel" (``whole_clauses.py``)."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.protect import translate_texts
from daybook.translate.whole_clauses import whole_clauses


@pytest.mark.parametrize(("source", "french", "want"), [
    ("They are the leading nuclear powers, which is why the agreement was signed.",
     "Ils sont les puissances nucléaires de pointe, qui sont pourquoi l'accord a été signé.",
     "Ils sont les puissances nucléaires de pointe, c'est pourquoi l'accord a été signé."),
    ("It tried to draw Hungary into the division of Czechoslovakia, which means pulling"
     " other countries into it.",
     "Il a essayé d'entraîner la Hongrie dans la division de Tchécoslovaquie, quels moyens "
     "en tirant autres pays.",
     "Il a essayé d'entraîner la Hongrie dans la division de Tchécoslovaquie, ce qui "
     "signifie en tirant autres pays."),
    # *which* + a finite verb written as the interrogative: the relative "qui".
    ("It serves Russia's statehood which relies on the unity of our people.",
     "Il sert la souveraineté de la Russie quels comptent sur l'unité de notre peuple.",
     "Il sert la souveraineté de la Russie qui comptent sur l'unité de notre peuple."),
    ("We will open 50 sites which will be built in the region.",
     "Nous ouvrirons 50 sites quel sera bâti dans la région.",
     "Nous ouvrirons 50 sites qui sera bâti dans la région."),
])
def test_what_the_english_settles(source: str, french: str, want: str) -> None:
    assert whole_clauses(source, french) == want


def test_which_after_an_adverbial_is_ce_qui(apertium_ok: bool) -> None:
    # The verb after it in the singular, its adjective with it: the pivot's plural *which*.
    assert whole_clauses(
        "We have been working in a coordinated manner, which is the only way.",
        "Nous avons travaillé de façon coordonnée, qui sont le seul moyen.") == \
        "Nous avons travaillé de façon coordonnée, ce qui est le seul moyen."
    assert whole_clauses("We work together, which is important.",
                         "Nous travaillons ensemble, qui sont importants.") == \
        "Nous travaillons ensemble, ce qui est important."
    assert whole_clauses("They cut the number in half, which creates an effect.",
                         "Ils ont coupé le nombre par la moitié, qui créent un effet.") == \
        "Ils ont coupé le nombre par la moitié, ce qui crée un effet."


@pytest.mark.parametrize(("source", "french"), [
    # A noun before *which* may be its antecedent: "qui" stays.
    ("Russian is an official language in Kyrgyzstan, which creates conditions.",
     "Le russe est une langue officielle au Kirghizistan, qui crée des conditions."),
    # An adjective in -ly is no adverbial ("a friendly family, which").
    ("We met a family, which is large.", "Nous avons rencontré une famille, qui est grande."),
    # An interrogative "quels sont les" is left, and "quel" after a preposition.
    ("I wonder which are the main tasks.", "Je me demande quelles sont les tâches principales."),
    ("It is the deal by which systems will be created.",
     "C'est le marché par quels systèmes seront créés."),
    # No *which* + verb in the English: the French "quel" is another word's.
    ("What will be built is not clear.", "Ce quel sera bâti n'est pas clair."),
])
def test_what_is_left(source: str, french: str) -> None:
    assert whole_clauses(source, french) == french


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts(
        ["Prices rose, which is why we acted.",
         "The economy grew rapidly, which is very good.",
         "The talks were held in a friendly way, which shows the nature of our relations."],
        engine, "en", "fr")]
    assert ", c'est pourquoi nous avons agi" in out[0]
    assert ", ce qui est très bien" in out[1]
    assert ", ce qui montre" in out[2]

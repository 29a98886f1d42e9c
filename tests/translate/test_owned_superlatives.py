"""An owner's *'s* before *most* + an adjective (``owned_superlatives.owned_most``), read
with the real English tagger: sentences made up for the test."""

from __future__ import annotations

from daybook.translate.apertium import ApertiumEngine, tagged_units
from daybook.translate.preedit import preedit
from daybook.translate.protect import translate_texts


def edited(line: str) -> str:
    units = tagged_units([line])
    assert units is not None
    return preedit(line, units[0])


def test_the_owner_goes_after_the_superlative_s_noun(apertium_ok: bool) -> None:
    # a participle after *most* (the *'s* read as *has*): "most" stays, "of" + the owner
    assert "solved the most complicated problems of our country." in edited(
        "They solved our country's most complicated problems.")
    # an adjective: "more", as preedit_np.superlative says it; *the world* with "in"
    assert "one of the more beautiful cities in the world." in edited(
        "Moscow is one of the world's most beautiful cities.")
    # two adjectives joined by *and*; a name as the owner
    assert "the more outstanding and impressive masterpieces of the collection can" in edited(
        "It is good that the collection's most outstanding and impressive masterpieces can "
        "be seen.")
    assert "The more famous writers of Russia lived" in edited(
        "Russia's most famous writers lived here.")
    # opening the sentence: the capital goes to the new article
    assert edited("Our country's most talented scientists came.").startswith(
        "The more talented scientists of our country came")


def test_phrases_it_does_not_read_are_left(apertium_ok: bool) -> None:
    # a list after the noun, an adverb after *most*, *of* after the noun, no *most*
    assert "world's most modern ports and airports" in edited(
        "It has the world's most modern ports and airports.")
    assert "world's most widely used" in edited("It is the world's most widely used language.")
    assert "country's most important problems of" in edited(
        "We solved the country's most important problems of security.")
    assert "the best universities of the country" in edited(
        "It is among the country's best universities.")


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = [t.text for t in translate_texts(
        ["They solved our country's most complicated problems.",
         "Moscow is one of the world's most beautiful cities.",
         "These are the world's most advanced technologies."], engine, "en", "fr")]
    assert "les problèmes les plus compliqués de notre pays" in out[0]
    assert "l’une des plus belles villes du monde" in out[1].replace("'", "’")
    assert "les technologies les plus avancées du monde" in out[2]

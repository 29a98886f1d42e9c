import pytest

from daybook.translate.demonstratives import demonstrative
from daybook.translate.gender import readings

pytestmark = pytest.mark.skipif(not readings(["projet"]).get("projet"),
                                reason="Apertium's French dictionaries not installed")


def test_adjectives_after_the_noun() -> None:
    assert demonstrative(
        "I mean the scientists who launched this outstanding and exciting project in 1969.",
        "Je veux dire les scientifiques qui ont lancé ça exceptionnel et enthousiasmant "
        "projet en 1969.") == ("Je veux dire les scientifiques qui ont lancé ce projet "
                               "exceptionnel et enthousiasmant en 1969.")


def test_adverb_and_the_engines_article() -> None:
    assert demonstrative(
        "A new page in the history of this strategically important project was opened.",
        "Une nouvelle page dans l’histoire de cela stratégiquement le projet important a "
        "été ouverte.") == ("Une nouvelle page dans l’histoire de ce projet "
                            "stratégiquement important a été ouverte.")


def test_feminine_and_capital() -> None:
    assert demonstrative("This new initiative is good.", "Cela nouvelle initiative est bonne.") \
        == "Cette initiative nouvelle est bonne."


def test_plural() -> None:
    assert demonstrative("We discussed these important issues.",
                         "Nous avons parlé de ça importantes questions.") == \
        "Nous avons parlé de ces questions importantes."


def test_before_a_vowel() -> None:
    assert demonstrative("We support this ambitious undertaking.",
                         "Nous appuyons ça ambitieux accord.") == \
        "Nous appuyons cet accord ambitieux."


def test_pronoun_before_a_verb_left() -> None:
    french = "Jusqu’à un certain point, ça même agit comme chauffeur."
    assert demonstrative("To a certain extent, this even acts as a driver.", french) == french


def test_pronoun_before_an_adverb_left() -> None:
    french = "Je dis ça officiellement de telle sorte qu’il n’y ait aucun doute."
    assert demonstrative("I am stating this officially so that there is no doubt.",
                         french) == french


def test_english_pronoun_left() -> None:
    french = "Ça exceptionnel projet est bon."
    assert demonstrative("It is good.", french) == french

import pytest

from daybook.translate.compounds import english
from daybook.translate.indefinite_en import article, before


@pytest.mark.parametrize(("word", "said"), [
    ("approach", "an"), ("law", "a"), ("university", "a"), ("unique", "a"), ("union", "a"),
    ("unanimous", "a"), ("uninterrupted", "an"), ("unprecedented", "an"), ("unusual", "an"),
    ("useful", "a"), ("usher", "an"), ("utility", "a"), ("utmost", "an"), ("urban", "an"),
    ("uranium", "a"), ("Ukrainian", "a"), ("Uzbek", "an"), ("European", "a"),
    ("euro", "a"), ("one-year", "a"), ("once-in-a-lifetime", "a"), ("onerous", "an"),
    ("hour", "an"), ("honest", "an"), ("honorary", "an"), ("honourable", "an"),
    ("heir", "an"), ("house", "a"), ("historic", "a"), ("MP", "an"), ("MPs", "an"),
    ("NGO", "an"), ("SCO", "an"), ("FSB", "an"), ("EU", "an"), ("UN", "a"), ("US", "a"),
    ("CIS", "a"), ("NATO", "a"), ("UNESCO", "a"), ("OPEC", "an"), ("X-ray", "an"),
    ("U-turn", "a"), ("8-year-old", "an"), ("18-month", "an"), ("11,000-strong", "an"),
    ("80-kilometre", "an"), ("1,800-km", "a"), ("180-day", "a"), ("20-percent", "a"),
    ("“honest", "an"), ("year", "a"), ("idea", "an"),
])
def test_article_by_sound(word: str, said: str) -> None:
    assert article(word) == said


def test_before_sets_the_last_article() -> None:
    assert before("We use a ", "approach") == "We use an "
    assert before("We adopted an ", "law") == "We adopted a "
    assert before("It is an ", "university") == "It is a "
    assert before("A ", "hour") == "An "
    assert before("We read the ", "approach") == "We read the "  # no indefinite article
    assert before("a plan and ", "approach") == "a plan and "


def test_moved_compounds_take_the_article_of_their_new_first_word() -> None:
    # the noun after a *multi-* compound comes first: its own sound decides
    assert english("It is a multi-level university.") == (
        "It is a university at several levels.")
    assert english("We use a multi-tier approach.") == "We use an approach at several levels."
    assert english("They passed an anti-monopoly law.") == (
        "They passed a law against monopoly.")

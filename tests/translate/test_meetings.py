"""A meeting with an adjective from the English sentence (``meetings.py``): Apertium read
"ADJ meeting" as a verb ("un étendu connaître") or chose the adjective's wrong sense."""

from __future__ import annotations

import pytest

from daybook.translate.apertium import ApertiumEngine
from daybook.translate.meetings import extended_format, meeting
from daybook.translate.protect import translate_texts


@pytest.fixture(autouse=True)
def _apertium(apertium_ok: bool) -> None:
    """The rule reads French words with Apertium's analyser."""


def test_verb_read_for_meeting() -> None:
    assert meeting("They had an extended meeting.", "Ils ont eu un étendu connaître.") == (
        "Ils ont eu une réunion élargie.")
    assert meeting("the next meeting of the board", "le proche connaître du conseil") == (
        "la prochaine réunion du conseil")
    assert meeting("the annual meeting", "l'annuaire connaître") == "la réunion annuelle"
    assert meeting("He held a brief meeting.", "Il a eu un écrit se trouver.") == (
        "Il a eu une brève réunion.")
    # An adjective no table has is kept, agreed with "réunion".
    assert meeting("A trilingual meeting took place.", "Un bilatéral connaître a eu lieu.") == (
        "Une réunion bilatérale a eu lieu.")
    # A name before "meeting" follows it.
    assert meeting("The Helsinki meeting was useful.", "Le Helsinki connaître était utile.") == (
        "La réunion d'Helsinki était utile.")


def test_demonstrative_read_as_ca() -> None:
    # eng-cat's *this* before an adjective it read as a noun: "Ça"
    assert meeting("This trilateral meeting between us today is a very useful tool",
                   "Ça triangle connaître entre nous aujourd'hui sont un outil") == (
        "Cette réunion trilatérale entre nous aujourd'hui sont un outil")


def test_dates_ordinals_and_no_adjective() -> None:
    assert meeting("at the February 14 meeting of the heads", "au 14 février connaître des "
                   "chefs") == "à la réunion du 14 février des chefs"
    assert meeting("during the February 2019 meeting", "pendant les février 2019 connaître") \
        == "pendant la réunion de février 2019"
    assert meeting("my sixteenth meeting with you", "mon seizième se trouver avec vous") == (
        "ma seizième réunion avec vous")
    assert meeting("of his meeting with the president", "de son se trouver avec le président") \
        == "de sa rencontre avec le président"
    # A verb in English ("are meeting") is not paired; the French verb family is fixed alone.
    assert meeting("the first meeting, and they are meeting here", "le premier connaître, et "
                   "ils connaissent ici") == "la première réunion, et ils connaissent ici"
    # "le", "la" before the verb are pronouns: "pour le connaître" (to know him) stays.
    assert meeting("glad to know him at the meeting", "heureux pour le connaître à la "
                   "rencontre") == "heureux pour le connaître à la rencontre"


def test_wrong_adjective_sense() -> None:
    assert meeting("The next meetings will be in May.", "Les rencontres proches seront en mai.") \
        == "Les prochaines réunions seront en mai."
    assert meeting("after the extended meeting", "après la rencontre répandue") == (
        "après la réunion élargie")


def test_left_alone() -> None:
    for source, french in (
            ("The meeting was useful.", "La rencontre était utile."),  # no adjective
            ("This was their first meeting.", "C'était leur première rencontre."),  # right
            ("a private meeting", "une rencontre privée"),
            # Two meetings in English, one in French: no pairing.
            ("the extended meeting and the next meeting", "la rencontre répandue"),
            ("no meeting here", "rien ici")):
        assert meeting(source, french) == french, source


def test_extended_format() -> None:
    assert extended_format("talks in an extended format", "causeries dans un format étendu") \
        == "causeries dans un format élargi"
    assert extended_format("the extended-format talks", "de format répandues") == (
        "de format élargi")
    assert extended_format("a file format", "un format étendu") == "un format étendu"


def test_through_the_engine(engine: ApertiumEngine) -> None:
    out = translate_texts(["A restricted meeting took place.",
                           "They had an expanded meeting of the commission."],
                          engine, "en", "fr")
    assert out[0].text.startswith("Une réunion restreinte a eu lieu")
    assert "une réunion élargie de la commission" in out[1].text

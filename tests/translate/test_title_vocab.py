"""title_vocab: frames compiled on first use match exactly as their compiled patterns do."""

from __future__ import annotations

import re

import pytest

from daybook.translate.title_vocab import _frame, _frame_regex, vocabulary

ADJECTIVES = ["Russian", "Russian-Chinese", "French"]
TITLES = ["Answers to Russian journalists’ questions",
          "Answers to French journalists’ questions",
          "Answers to questions",
          "Russia–China talks", "Russia-China talks", "Russia—China talks",
          "Meeting with Emmanuel Macron", "meeting with Emmanuel Macron"]


def test_frame_matches_as_its_compiled_pattern() -> None:
    for en in ("Answers to {adj} journalists’ questions", "Russia–China talks",
               "Meeting with {who}", "{who} answered media questions"):
        lazy, eager = _frame(en, ADJECTIVES), _frame_regex(en, ADJECTIVES)
        assert lazy.pattern == eager.pattern
        for title in TITLES:
            got, want = lazy.match(title), eager.match(title)
            assert (got and got.groupdict()) == (want and want.groupdict()), (en, title)


def test_frame_is_compiled_only_for_a_title_with_its_opening_words() -> None:
    frame = _frame("Answers to {adj} journalists’ questions", ADJECTIVES)
    assert frame.match("Meeting with Emmanuel Macron") is None
    assert frame._regex is None
    found = frame.match("Answers to Russian journalists’ questions")
    assert found is not None and found["adj"] == "Russian"
    assert isinstance(frame._regex, re.Pattern)


def test_a_dash_ends_the_literal_opening() -> None:
    frame = _frame("Russia–China talks", ADJECTIVES)
    assert frame.match("Russia-China talks") is not None  # hyphen for the en dash
    assert frame.match("Russia–China talks") is not None


def test_vocabulary_frames_keep_their_longest_first_order() -> None:
    lengths = [len(frame.pattern) for frame, _ in vocabulary().frames]
    assert lengths == sorted(lengths, reverse=True)


def test_an_assemblys_numbered_session_is_a_session_not_a_sitting() -> None:
    from daybook.translate.titles import plan_title

    # The period an assembly sits (UN usage: "la 70e session de l’Assemblée générale").
    assert plan_title("Speech at the 70th session of the UN General Assembly").text == \
        "Discours à la 70e session de l’Assemblée générale des Nations unies"
    assert plan_title("Session of the UN General Assembly").text == \
        "Session de l’Assemblée générale des Nations unies"
    # One sitting stays « séance »: a forum's plenary session.
    assert plan_title("Plenary session of the 70th session of the UN General Assembly").text \
        == "Séance plénière de la 70e session de l’Assemblée générale des Nations unies"
    assert plan_title(
        "Plenary session of the St Petersburg International Economic Forum").text == \
        "Séance plénière du Forum économique international de Saint-Pétersbourg"


@pytest.mark.parametrize(("x", "french"), [
    # A professional holiday named after its people, in any spelling of the possessive:
    # the group's French from the people table ("{x}’ Day", "{x}’s Day").
    ("Shipbuilders’ Day", "la Journée des constructeurs navals"),
    ("Fishermen’s Day", "la Journée des pêcheurs"),
    ("Customs Officers’ Day", "la Journée des douaniers"),
    ("Agricultural Workers’ Day", "la Journée des travailleurs agricoles"),
    # "X Workers’ Day": the workers "of" a field the grammar reads.
    ("Chemical Industry Workers’ Day", "la Journée des travailleurs de l’industrie chimique"),
    ("Culture Workers’ Day", "la Journée des travailleurs de la culture"),
    ("Military Counterintelligence Day", "la Journée du contre-espionnage militaire"),
    ("Mother’s Day", "la fête des Mères"),  # the table's own phrase first
])
def test_holidays_of_groups_and_fields(x: str, french: str) -> None:
    from daybook.translate.titles import resolve

    assert resolve(x) == french


@pytest.mark.parametrize(("title", "french"), [
    ("Extended meeting of the General Staff", "Réunion élargie de l’état-major général"),
    ("Informal CIS summit", "Sommet informel de la CEI"),
    ("Meeting of the National Anti-Terrorism Committee",
     "Réunion du Comité national antiterroriste"),
    ("Visit to a fertiliser plant", "Visite d’une usine d’engrais"),
    ("Meeting on preparations for the sowing campaign",
     "Réunion sur les préparatifs de la campagne des semailles"),
    ("Day of mourning for the victims of the terrorist attack",
     "Journée de deuil pour les victimes de l’attentat terroriste"),
])
def test_titles_of_widened_vocabularies(title: str, french: str) -> None:
    from daybook.translate.titles import plan_title

    assert plan_title(title).text == french


@pytest.mark.parametrize(("title", "french"), [
    # Countries' adjectives of general French usage (Petit Robert), in the plural after talks.
    ("Russian-Gabonese talks", "Pourparlers russo-gabonais"),
    ("Russian-Lao talks", "Pourparlers russo-laotiens"),
    ("Meeting with Gabonese President Ali Bongo Ondimba",
     "Rencontre avec le président gabonais Ali Bongo Ondimba"),
])
def test_countries_adjectives(title: str, french: str) -> None:
    from daybook.translate.titles import plan_title

    assert plan_title(title).text == french

"""Event kinds from titles and sections (rules as data, en/ru/fr)."""

from __future__ import annotations

import pytest

from daybook.model import EVENT_KINDS
from daybook.parsers.kinds import event_kind, kind_from_title, kind_rules


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Telephone conversation with President of France Emmanuel Macron", "call"),
        ("Meeting with President of Kyrgyzstan Sooronbay Jeenbekov", "meeting"),
        ("Visit to KAMAZ Corporation", "visit"),
        ("Presidential Address to Federal Assembly", "address"),
        ("Video address to participants of the forum", "address"),
        ("Interview to Chinese newspaper People’s Daily", "interview"),
        ("News conference following Russian-North Korean talks", "conference"),
        ("Direct Line with Vladimir Putin", "conference"),
        ("Meeting on preparations for Direct Line with Vladimir Putin", "meeting"),
        ("Press statements following Russia-Kyrgyzstan talks", "statement"),
        ("Greetings to the 30th Congress of the Association of Peasant Farms", "message"),
        ("Condolences to Galina Volchek’s family and friends", "message"),
        ("Meeting with Security Council members via videoconference", "videoconference"),
        ("Ceremony for presenting state decorations", "ceremony"),
        ("Executive Order on Acting Governor of Astrakhan Region", "document"),
        ("Vladimir Putin signed a law on ...", "document"),
        ("Working trip to Chelyabinsk Region", "trip"),
        ("Accreditation for journalists to cover the Presidential Address closed", "other"),
        ("Телефонный разговор с Президентом Франции Эммануэлем Макроном", "call"),
        ("Встреча с Патриархом Московским и всея Руси Кириллом", "meeting"),
        ("Совещание с членами Правительства", "meeting"),
        ("Интервью телеканалу Россия", "interview"),
        ("Поздравление с Днём защитника Отечества", "message"),
        # Statements to the press after talks, as kremlin.ru titles them (not the talks).
        ("Заявления по итогам российско-мьянманских переговоров", "statement"),
        ("Statements following Russian-Chinese talks", "statement"),
        # Q&A titles in the other shapes the site uses.
        ("Answers to questions from journalists", "conference"),
        ("Questions and answers session", "conference"),
        ("Results of the Year with Vladimir Putin", "conference"),
        ("Владимир Путин ответил на вопросы журналистов", "conference"),
        ("Bilan de l’année avec Vladimir Poutine", "conference"),
        ("Conversation téléphonique avec le Président de la France", "call"),
    ],
)
def test_kind_from_title(title: str, kind: str) -> None:
    assert kind_from_title(title) == kind


def test_sections_and_announcements_win() -> None:
    assert event_kind("Meeting with students", ["News", "Announcements"]) == "announcement"
    assert event_kind("Meeting with students", announcement=True) == "announcement"
    assert event_kind("Something else entirely") == "other"


def test_rules_name_contract_kinds() -> None:
    assert {kind for kind, _ in kind_rules()} <= set(EVENT_KINDS)

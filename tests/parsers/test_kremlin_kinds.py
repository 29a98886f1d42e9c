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


# Formulaic titles of other years (eval/translate/titles_other_years.tsv, English titles, and
# the site's usual forms); the French and Russian forms are what a translation or the Russian
# site would print, so the digest reader gives them the same kind.
@pytest.mark.parametrize(
    ("titles", "kind"),
    [
        (("Remarks and Answers to Questions Following a Meeting with British Prime Minister",
          "Responses to journalists’ questions", "Comments to the press following talks",
          "President Vladimir Putin spoke to journalists after his trip to Vladimir",
          "Commentaires à la presse après les entretiens", "Ответы на вопросы журналистов",
          "Комментарии для прессы"), "conference"),
        (("Opening remarks at meeting with Government members",
          "Speeches at state dinner in honour of President of Uzbekistan",
          "Message to the Federal Assembly", "Allocution d’ouverture de la réunion",
          "Вступительное слово на совещании"), "address"),
        (("Reception to mark Naina Yeltsina’s birthday anniversary",
          "Concert marking Defender of the Fatherland Day", "Confederations Cup opening",
          "Laying flowers at the Tomb of the Unknown Soldier", "Awarding of Presidential Prizes",
          "Hero of Labour medals were awarded at the Kremlin",
          "Commissioning of the technological tunnel", "Launch of gas pipeline construction",
          "Moscow’s Cathedral Mosque has reopened after reconstruction",
          "Vladimir Putin took part in memorial events commemorating 100 years",
          "Celebrations of Moscow’s 870th anniversary", "Réception à l’occasion de la fête",
          "Concert « La Victoire de Léningrad »", "Dépôt de fleurs sur la tombe",
          "Lancement de la construction du gazoduc", "Концерт «Ленинградская Победа»",
          "Памятные мероприятия, посвящённые годовщине"), "ceremony"),
        (("Vladimir Putin visited International Aviation and Space Salon MAKS-2015",
          "Vladimir Poutine et Xi Jinping ont visité le zoo de Moscou",
          "Владимир Путин посетил атомный подводный крейсер"), "visit"),
        (("UN Security Council high-level debate on maritime security",
          "General Assembly of the SportAccord International Convention",
          "Débat de haut niveau du Conseil de sécurité de l’ONU"), "meeting"),
        # unchanged: an order awarding a decoration is a document, a reception's greetings
        # a message, an accreditation notice no address
        (("Executive Order on awarding Nikita Mikhalkov the Order of St Andrew",), "document"),
        (("Greetings to participants of the reception",), "message"),
        (("Fin de l’accréditation des journalistes pour le Message présidentiel à "
          "l’Assemblée fédérale",), "other"),
    ],
)
def test_formulaic_titles_of_other_years(titles: tuple[str, ...], kind: str) -> None:
    assert {t: kind_from_title(t) for t in titles} == dict.fromkeys(titles, kind)

"""The digest reader, checked against the French sample field by field, and on bad input."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.errors import MalformedInputError
from daybook.model import Day, Event
from daybook.parsers.digest import parse_digest
from daybook.parsers.digest_heading import digest_event_id, event_kind, read_heading
from daybook.parsers.digest_people import parse_participants, read_turn
from tests.golden import FIXTURES, GOLDEN, assert_golden_json

SAMPLE = FIXTURES / "digest-fr" / "2023-11-08.txt"


@pytest.fixture(scope="module")
def text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def day(text: str) -> Day:
    parsed = parse_digest(text, origin=str(SAMPLE))
    assert len(parsed.days) == 1
    return parsed.days[0]


def ev(day: Day, number: int) -> Event:
    return next(e for e in day.events if e.number == number)


def test_day_fields(day: Day) -> None:
    assert day.date.isoformat() == "2023-11-08"
    assert day.title == "5724 – Russie… La journée du 8 Novembre de V.Poutine …"
    assert day.principal is not None and day.principal.name == "Vladimir Poutine"
    assert [e.number for e in day.events] == [1, 2, 3, 4, 5]


def test_event_headers(day: Day) -> None:
    got = [(e.id, e.kind, e.start.isoformat() if e.start else None, e.timezone, e.place)
           for e in day.events]
    assert got == [
        ("kremlin:72682", "interview", None, None, None),
        ("kremlin:72683", "address", "2023-11-08T09:30:00+03:00", "Europe/Moscow", None),
        ("kremlin:72686", "visit", "2023-11-08T14:25:00+03:00", "Europe/Moscow", "Moscou"),
        ("kremlin:72687", "meeting", "2023-11-08T15:05:00+03:00", "Europe/Moscow",
         "Novo-Ogaryovo-région de Moscou"),
        ("kremlin:72692", "meeting", "2023-11-08T20:30:00+03:00", "Europe/Moscow",
         "Novo-Ogaryovo-région de Moscou"),
    ]
    assert ev(day, 1).title == "Interview au journal Kazakhstanskaya Pravda"
    assert ev(day, 4).title == (
        "Rencontre avec le vice-président de la Commission militaire centrale chinoise "
        "Zhang Youxia"
    )
    assert all(e.language == "fr" and e.date == day.date for e in day.events)


def test_leads(day: Day) -> None:
    assert ev(day, 1).lead is None
    assert ev(day, 3).lead == (
        "Vladimir Poutine a visité le Centre national de recherche médicale Dmitri Rogachev "
        "en hématologie, oncologie et immunologie pédiatriques."
    )
    assert ev(day, 5).lead == (
        "Vladimir Poutine a tenu une réunion par vidéoconférence avec des membres du gouvernement."
    )


def test_sources(day: Day) -> None:
    src = ev(day, 1).sources
    assert [s.to_dict() for s in src] == [{
        "url": "http://en.kremlin.ru/events/president/news/72682",
        "publisher": "en.kremlin.ru",
        "license": "CC BY 4.0",
    }]
    # The Wikipedia URL of the editorial insert is not a source of the event.
    assert [s.url for s in ev(day, 2).sources] == [
        "http://en.kremlin.ru/events/president/news/72683"
    ]


def test_interview_questions_and_answers(day: Day) -> None:
    e = ev(day, 1)
    questions = [b for b in e.blocks if b.type == "question"]
    assert [b.number for b in questions] == list(range(1, 9))
    assert all(b.speaker is None for b in questions)
    assert questions[0].text.startswith("Depuis plus de 30 ans")
    assert questions[7].text.startswith("On pense que les relations")  # "Question :" form
    answers = [b for b in e.blocks if b.type == "answer"]
    assert {b.speaker for b in answers} == {"Vladimir Poutine"}
    assert {b.role for b in answers} == {None}
    assert sorted({b.number for b in answers}) == list(range(1, 9))
    first = [b.text for b in answers if b.number == 1]
    assert first[0].startswith("En effet, le partenariat")
    assert len(first) == 9
    assert e.speakers == ("Vladimir Poutine",)


def test_lists_inside_answers(day: Day) -> None:
    blocks = ev(day, 1).blocks
    items = [b for b in blocks if b.type == "list"]
    bullets, numbered = items[:5], items[5:]
    # A list inside an answer carries the answer's pair number, as the contract defines it.
    assert [b.number for b in bullets] == [4] * 5 and bullets[2].text == "de l’énergie,"
    assert [b.number for b in numbered] == [5] * 4
    # An ordered list's ordinal is written text; the bullet is layout and goes.
    assert numbered[0].text == "1. l’approfondissement de la coopération économique,"
    assert all(b.speaker == "Vladimir Poutine" for b in bullets + numbered)
    # The un-bulleted lines of answer 6 stay in the answer, none lost.
    texts = [b.text for b in blocks if b.type == "answer" and b.number == 6]
    assert "agences fédérales et environnementales," in texts
    assert "et de la Commission pour la préservation de l’écosystème de l’Oural." in texts


def test_turns(day: Day) -> None:
    first = ev(day, 2).blocks[0]
    assert (first.type, first.speaker, first.role, first.text) == (
        "turn", "Vladimir Poutine", "Président de la Russie", "Chers collègues,")
    assert all(b.type == "turn" and b.speaker == "Vladimir Poutine"
               for b in ev(day, 2).blocks if b.provenance == "source")
    e4 = ev(day, 4)
    zhang = [b for b in e4.blocks if b.speaker == "Zhang Youxia"]
    assert zhang[0].text == "Votre Excellence, Président de la Russie."
    assert zhang[0].role == "vice-président de la Commission militaire centrale chinoise"
    assert len(zhang) == 6
    assert e4.speakers == ("Vladimir Poutine", "Zhang Youxia")
    # Narrative before the first label is a paragraph.
    assert e4.blocks[0].type == "paragraph" and e4.blocks[0].speaker is None


def test_participants_of_list(day: Day) -> None:
    people = ev(day, 5).participants
    assert len(people) == 15
    d = {p.name: p.role for p in people}
    assert d["Anton Siluanov"] == "ministre des Finances"
    assert d["Mikhaïl Mishustin"] == "Premier ministre"
    assert d["Denis Manturov"] == "vice-Premier ministre – ministre de l’Industrie et du Commerce"
    vice = ["Viktoria Abramchenko", "Tatiana Golikova", "Alexander Novak", "Alexei Overchuk",
            "Marat Khusnullin", "Dmitry Chernyshenko"]
    # "des vice-premiers ministres A, B ..." makes each one a vice-premier ministre.
    assert all(d[n] == "vice-premier ministre" for n in vice)
    assert d["Maxim Reshetnikov"] == "ministre du Développement économique"
    # The list is metadata, not body text; the sentence after it is a paragraph.
    texts = [b.text for b in ev(day, 5).blocks]
    assert not any("Mikhaïl Mishustin" in t or "Siluanov" in t for t in texts)
    assert ev(day, 5).blocks[0].text.startswith("En outre, les chefs de plusieurs ministères")


def test_participants_of_narrative(day: Day) -> None:
    assert [(p.name, p.role) for p in ev(day, 3).participants] == [
        ("Viktor Fisenko", "vice-ministre de la Santé"),
        ("Galina Novitchkova", "directrice générale du Centre Rogachev"),
        ("Dmitri Litvinov", "médecin-chef du Centre"),
    ]
    assert ev(day, 3).blocks[0].text.startswith("Accompagné du vice-ministre")
    assert [(p.name, p.role) for p in ev(day, 4).participants] == [
        ("Sergueï Choïgu", "ministre russe de la Défense")]


def test_photos(day: Day) -> None:
    e3, e4 = ev(day, 3), ev(day, 4)
    assert [p.number for p in e3.photos] == [1, 2, 3, 4]
    assert all(p.credit is None for p in e3.photos)
    assert [p.number for p in e4.photos] == list(range(1, 9))
    two = e4.photos[1]
    assert two.credit == "Sergueï Bobylev, TASS"
    assert two.caption.startswith("Zhang Youxia, vice-président") and "Photo" not in two.caption
    assert e4.photos[5].caption.startswith("avec le vice-président")
    # Photos, gallery slots and remnants never reach the body.
    for e in (e3, e4):
        for b in e.blocks:
            assert not b.text.isdigit() and "DITO" not in b.text
            assert not b.text.startswith(("1 ", "2 Zhang", "Rencontre avec le vice"))


def test_metadata_never_in_body(day: Day) -> None:
    for e in day.events:
        for b in e.blocks:
            assert b.text not in ("Géographie", "Les sujets", "Personnes", "À suivre.")
            assert not b.text.startswith("http")
            assert "8 novembre 2023 à" not in b.text


def test_markers_and_status(day: Day) -> None:
    e4, e5 = ev(day, 4), ev(day, 5)
    assert [b.type for b in e4.blocks].count("separator") == 1
    assert e4.blocks[-1].type == "elision" and e4.blocks[-1].text == "<…>"
    assert e4.status.elided and not e4.status.continued
    assert e5.status.continued and not e5.status.elided
    assert not ev(day, 1).status.continued


def test_editorial_inserts(day: Day) -> None:
    e2 = ev(day, 2)
    inserted = [b for b in e2.blocks if b.provenance == "editorial"]
    wiki = "https://fr.wikipedia.org/wiki/Communaut%C3%A9_des_%C3%89tats_ind%C3%A9pendants"
    # The wiki page's sidebar line is furniture; a flag's text does not double a name.
    assert len(inserted) == 7
    assert inserted[0].text == "États participant aux activités de la CEI"
    assert not any("Wikimedia" in b.text or "Drapeau" in b.text for b in inserted)
    assert any(b.text.startswith("Turkménistan (membre à part entière") for b in inserted)
    assert all(b.source_url == wiki for b in inserted)
    assert [b.type for b in inserted].count("list") == 2
    assert {b.type for b in inserted} == {"editorial", "list"}
    assert all(b.provenance == "source" for b in e2.blocks[: -len(inserted)])
    e1 = [b for b in ev(day, 1).blocks if b.provenance == "editorial"]
    assert [b.type for b in e1] == ["editorial"] * 3
    assert "a indiqué Kazinform" in e1[0].text
    assert e1[1].text == "Kassym-Jomart Tokayev."
    assert e1[2].text == "CARTE évolution des niveaux"
    assert all(b.speaker is None for b in e1)


def test_origins(day: Day) -> None:
    e1 = ev(day, 1)
    assert e1.blocks[0].origin == "line 15"
    assert all(b.origin and b.origin.startswith("line") for e in day.events for b in e.blocks)


def test_diagnostics_on_gallery_slots(text: str) -> None:
    parsed = parse_digest(text, origin="sample.txt")
    codes = [(d.code, d.where) for d in parsed.diagnostics]
    assert ("D105", "sample.txt:line 177") in codes
    assert all(d.severity == "info" for d in parsed.diagnostics)


def test_golden_json(day: Day) -> None:
    assert_golden_json(day.to_dict(), GOLDEN / "digest-fr" / "2023-11-08.json")


def test_crlf_and_cp1252_give_the_same_day(text: str, day: Day) -> None:
    from daybook.sources.document import decode

    crlf = parse_digest(text.replace("\n", "\r\n")).days[0]
    assert crlf.to_dict() == day.to_dict()
    decoded, encoding = decode(text.encode("cp1252"))
    assert encoding == "cp1252"
    assert parse_digest(decoded).days[0].to_dict() == day.to_dict()


MINI = """Journée test

1°/Rencontre avec Sergueï Lavrov – 3 mars 2024 à 12h00 à Moscou
2°/Conversation téléphonique avec Xi Jinping – 3 mars 2024

1°/Rencontre avec Sergueï Lavrov – 3 mars 2024 à 12h00 à Moscou
Le Président a reçu le ministre.
3 mars 2024 à 12h00 à Moscou
Président de la Russie Vladimir Poutine : Bonjour.
Ministre des Affaires étrangères Sergueï Lavrov : Merci.

2°/Conversation téléphonique avec Xi Jinping – 3 mars 2024
Les deux dirigeants ont discuté.
"""


def test_minimal_digest_and_fallback_id() -> None:
    parsed = parse_digest(MINI)
    day = parsed.days[0]
    assert parsed.diagnostics == ()
    # Named by no title, the principal is found among the speakers.
    assert day.principal is not None and day.principal.name == "Vladimir Poutine"
    assert day.title == "Journée test"
    first, second = day.events
    assert first.kind == "meeting" and second.kind == "call"
    assert first.speakers == ("Vladimir Poutine", "Sergueï Lavrov")
    assert first.blocks[1].role == "Ministre des Affaires étrangères"
    assert second.id == digest_event_id(day.date, second.title)
    assert second.id.startswith("digest:2024-03-03:") and len(second.id.split(":")[2]) == 10
    # Stable: the id depends on the normalised title only.
    assert digest_event_id(day.date, "  CONVERSATION  téléphonique avec Xi Jinping") == second.id


def test_malformed_heading_survives_with_diagnostic() -> None:
    text = MINI.replace("2°/Conversation téléphonique avec Xi Jinping – 3 mars 2024\nLes",
                        "2°/Conversation téléphonique avec Xi Jinping – 3 marz 2024\nLes")
    parsed = parse_digest(text, origin="bad.txt")
    assert len(parsed.days[0].events) == 2
    codes = {d.code for d in parsed.diagnostics}
    assert "D102" in codes  # unknown month
    broken = parsed.days[0].events[1]
    assert broken.date.isoformat() == "2024-03-03"  # from the TOC entry
    assert broken.title == "Conversation téléphonique avec Xi Jinping"


def test_section_without_any_date() -> None:
    text = "T\n\n1°/Visite au musée\nLe Président a visité le musée.\n"
    with pytest.raises(MalformedInputError) as err:
        parse_digest(text, origin="nodate.txt")
    assert "line 3" in str(err.value) and "nodate.txt" in str(err.value)


def test_no_heading_is_malformed() -> None:
    with pytest.raises(MalformedInputError, match="no event heading"):
        parse_digest("Juste du texte.\nSans titre numéroté.\n", origin="x.txt")


def test_question_without_answer_is_reported() -> None:
    text = ("T\n\n1°/Interview – 3 mars 2024\n\n1°/Interview – 3 mars 2024\n\n1\n"
            "Question : Une question ?\n2\nQuestion : Une autre ?\n"
            "Vladimir Poutine : Une réponse.\n")
    parsed = parse_digest(text)
    assert [d.code for d in parsed.diagnostics] == ["D104"]
    blocks = parsed.days[0].events[0].blocks
    assert [(b.type, b.number) for b in blocks] == [
        ("question", 1), ("question", 2), ("answer", 2)]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Interview au journal Kazakhstanskaya Pravda", "interview"),
        ("Entretien avec le Premier ministre indien", "meeting"),
        ("Discours vidéo aux participants", "address"),
        ("Allocution aux citoyens", "address"),
        ("Visite du centre médical", "visit"),
        ("Conversation téléphonique avec le Président de la France", "call"),
        ("Réunion du Conseil de sécurité par vidéoconférence", "videoconference"),
        ("Condoléances au Président de la Turquie", "message"),
        ("Meeting with Government members", "meeting"),
        ("Telephone conversation with President of Brazil", "call"),
        ("Interview to Kazakhstanskaya Pravda newspaper", "interview"),
        ("Встреча с губернатором Курской области", "meeting"),
        ("Телефонный разговор с Президентом Франции", "call"),
        ("Quelque chose d'autre", "other"),
    ],
)
def test_event_kind(title: str, kind: str) -> None:
    assert event_kind(title) == kind


@pytest.mark.parametrize(
    ("line", "date", "time", "place", "lang"),
    [
        ("3°/Meeting with Sergei Lavrov – 8 November 2023 at 14:25 in Moscow",
         "2023-11-08", "14:25:00", "Moscow", "en"),
        ("3°/Встреча с Сергеем Лавровым – 8 ноября 2023 года в 14:25, Москва",
         "2023-11-08", "14:25:00", "Москва", "ru"),
        ("1°/Message – 1er mai 2024", "2024-05-01", None, None, "fr"),
        ("12 º / Rencontre – 8 novembre 2023 à 9h05", "2023-11-08", "09:05:00", None, "fr"),
    ],
)
def test_headings_in_three_languages(
    line: str, date: str, time: str | None, place: str | None, lang: str
) -> None:
    heading = read_heading(line, 1)
    assert heading is not None and heading.tail is not None
    assert heading.tail.date.isoformat() == date
    assert (heading.tail.time.isoformat() if heading.tail.time else None) == time
    assert heading.tail.place == place and heading.tail.language == lang


def test_labels_are_not_prose_with_a_colon() -> None:
    assert read_turn("Comme le dit Abai Kunanbayev, penseur kazakh : « Pour éviter »") is None
    assert read_turn("Sur les autres projets Wikimedia :") is None
    assert read_turn("Le Président a déclaré : nous verrons.") is None
    turn = read_turn("Zhang Youxia, vice-président de la Commission (retraduit) : Merci.")
    assert turn is not None and turn.label.name == "Zhang Youxia" and turn.text == "Merci."


def test_participants_in_english() -> None:
    people = parse_participants(
        "Prime Minister Mikhail Mishustin, Deputy Prime Ministers Tatyana Golikova and "
        "Alexander Novak, Finance Minister Anton Siluanov")
    assert [(p.name, p.role) for p in people] == [
        ("Mikhail Mishustin", "Prime Minister"),
        ("Tatyana Golikova", "Deputy Prime Minister"),
        ("Alexander Novak", "Deputy Prime Minister"),
        ("Anton Siluanov", "Finance Minister"),
    ]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("1°/– abc:\n\r•*<…>0Q23 novembre2023àh"), max_size=300))
def test_junk_never_crashes(junk: str) -> None:
    with contextlib.suppress(MalformedInputError):
        parse_digest(junk)

"""Speaker labels as other years of the site print them (2000s-2020s): initials in English
("V.Putin:", "S.Lavrov:"), capitals ("PRESIDENT OF RUSSIA VLADIMIR PUTIN:", "QUESTION:"),
"Q:"/"A:" and "Answer:", the colon outside the bold, labels printed plain, and turns run
together with line breaks. The labels are written to probe the reader, not taken from
pages."""

from __future__ import annotations

import lxml.html
import pytest

from daybook.parsers.kremlin_blocks import parse_body
from daybook.parsers.speakers import canonical_name, split_label

LONG = "We discussed this at length and agreed on many points. " * 5


def read(html: str, kind: str = "interview") -> list[tuple[str, int | None, str | None,
                                                             str | None]]:
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    return [(b.type, b.number, b.speaker, b.role) for b in parse_body(root, kind=kind).blocks]


def exchange(putin: str, question: str, putin2: str | None = None) -> str:
    """A greeting, a question and the answer, with the labels given (markup included)."""
    return (f"<p>{putin} Good afternoon.</p><p>{question} What comes next?</p>"
            f"<p>{putin2 or putin} {LONG}</p>")


@pytest.mark.parametrize(
    ("putin", "question", "speaker", "role"),
    [
        ("<b>V.Putin:</b>", "<b>Question:</b>", "V.Putin", None),
        ("<b>Vladimir Putin:</b>", "<b>Q:</b>", "Vladimir Putin", None),
        ("<b>PRESIDENT OF RUSSIA VLADIMIR PUTIN:</b>", "<b>QUESTION:</b>", "Vladimir Putin",
         "PRESIDENT OF RUSSIA"),
        ("<strong>Vladimir Putin</strong>:", "<strong>Question</strong>:", "Vladimir Putin",
         None),
        ("<b>V.Putin</b>:", "<b>Question</b> <i>(retranslated)</i>:", "V.Putin", None),
        ("<b>Vladimir</b> <b>Putin:</b>", "<b>Question</b><b>:</b>", "Vladimir Putin", None),
        ("<strong><b>Vladimir Putin:</b></strong>", "<b><i>Question:</i></b>",
         "Vladimir Putin", None),
        ("<b>Vladimir\xa0Putin:\xa0</b>", "<b>Question:\xa0</b>", "Vladimir Putin", None),
        ("<b>В.ПУТИН:</b>", "<b>ВОПРОС:</b>", "В.Путин", None),
        ("<b>В.Путин</b>:", "<b>Вопрос</b>:", "В.Путин", None),
        # printed plain, as some older transcripts do
        ("VLADIMIR PUTIN:", "QUESTION:", "Vladimir Putin", None),
        ("Vladimir Putin:", "Question:", "Vladimir Putin", None),
        ("V.Putin:", "Q:", "V.Putin", None),
        ("В.Путин:", "Вопрос:", "В.Путин", None),
    ],
)
def test_a_question_and_its_answer_whatever_the_label_markup(
        putin: str, question: str, speaker: str, role: str | None) -> None:
    assert read(exchange(putin, question)) == [
        ("turn", None, speaker, role),
        ("question", 1, None, None),
        ("answer", 1, speaker, role),
    ]


@pytest.mark.parametrize(("q", "a"), [("Q", "A"), ("Question", "Answer"), ("QUESTION", "ANSWER"),
                                      ("Вопрос", "Ответ")])
def test_unnamed_answers_are_numbered_with_their_questions(q: str, a: str) -> None:
    html = (f"<p><b>{q}:</b> What comes next?</p><p><b>{a}:</b> {LONG}</p>"
            f"<p><b>{q}:</b> And then?</p><p><b>{a}:</b> Yes.</p>")
    assert read(html) == [("question", 1, None, None), ("answer", 1, None, None),
                          ("question", 2, None, None), ("answer", 2, None, None)]


def test_initials_and_names_in_capitals_take_the_usual_capitals() -> None:
    assert canonical_name("V.PUTIN", ()) == "V.Putin"
    assert canonical_name("D.MEDVEDEV", ()) == "D.Medvedev"
    assert canonical_name("S.LAVROV", ("S.Lavrov",)) == "S.Lavrov"
    assert canonical_name("JEAN-CLAUDE JUNCKER", ()) == "Jean-Claude Juncker"


@pytest.mark.parametrize(
    ("raw", "name", "role"),
    [
        ("S.Lavrov", "S.Lavrov", None),
        ("S. Lavrov", "S. Lavrov", None),
        ("V.V.Putin", "V.V.Putin", None),
        ("Russian Foreign Minister S.Lavrov", "S.Lavrov", "Russian Foreign Minister"),
        ("President of Russia V.Putin", "V.Putin", "President of Russia"),
        ("PRIME MINISTER VLADIMIR PUTIN", "VLADIMIR PUTIN", "PRIME MINISTER"),
        ("MINISTER OF FOREIGN AFFAIRS SERGEI LAVROV", "SERGEI LAVROV",
         "MINISTER OF FOREIGN AFFAIRS"),
        ("PRESIDENT OF FRANCE JACQUES CHIRAC", "JACQUES CHIRAC", "PRESIDENT OF FRANCE"),
        ("FEDERAL CHANCELLOR OF GERMANY GERHARD SCHROEDER", "GERHARD SCHROEDER",
         "FEDERAL CHANCELLOR OF GERMANY"),
        ("Q", None, None),
        ("A", None, None),
        ("Presenter", None, None),
        ("Host", None, None),
        ("Interpreter", None, None),
        # "OF THE" in capitals is no part of a name; a place after "of the" ends the role
        ("PRESIDENT OF THE UNITED STATES GEORGE W. BUSH", "GEORGE W. BUSH",
         "PRESIDENT OF THE UNITED STATES"),
        ("President of the United States George W. Bush", "George W. Bush",
         "President of the United States"),
        ("PRIME MINISTER OF THE UNITED KINGDOM TONY BLAIR", "TONY BLAIR",
         "PRIME MINISTER OF THE UNITED KINGDOM"),
        ("King of the Netherlands Willem-Alexander", "Willem-Alexander",
         "King of the Netherlands"),
        ("Minister Jordan Peterson", "Jordan Peterson", "Minister"),
        ("General Secretary To Lam", "To Lam", "General Secretary"),
        ("NATO Secretary General Jaap de Hoop Scheffer", "Jaap de Hoop Scheffer",
         "NATO Secretary General"),
    ],
)
def test_split_of_other_years_labels(raw: str, name: str | None, role: str | None) -> None:
    label = split_label(raw)
    assert (label.name, label.role) == (name, role)


def test_turns_run_together_with_line_breaks_are_read_apart() -> None:
    html = (f"<p><b>Vladimir Putin:</b> Good afternoon.<br/><b>Question:</b> What comes next?"
            f"<br/><b>Vladimir Putin:</b> {LONG}</p>")
    assert read(html) == [
        ("turn", None, "Vladimir Putin", None),
        ("question", 1, None, None),
        ("answer", 1, "Vladimir Putin", None),
    ]
    plain = f"<p>QUESTION: And then?<br/>VLADIMIR PUTIN: {LONG}<br>We will see.</p>"
    assert read(plain) == [("question", 1, None, None), ("answer", 1, "Vladimir Putin", None)]


def test_a_plain_question_on_a_page_of_bold_labels_is_the_speakers_words() -> None:
    html = (f"<p><b>Vladimir Putin:</b> {LONG}</p>"
            "<p>Question: where do we get the money? Answer: from the budget.</p>")
    assert read(html, kind="meeting") == [("turn", None, "Vladimir Putin", None)] * 2


def test_a_line_break_inside_a_turn_and_plain_lead_ins_stay_text() -> None:
    html = ("<p><b>Vladimir Putin:</b> Hello.<br/>The same turn.<br/><b>Note</b> in prose.</p>"
            "<p>Address: Moscow, the Kremlin.</p><p>MOSCOW: a dateline.</p>")
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    blocks = parse_body(root, kind="meeting").blocks
    assert [(b.type, b.speaker) for b in blocks] == [
        ("turn", "Vladimir Putin"), ("turn", "Vladimir Putin"), ("turn", "Vladimir Putin")]
    assert blocks[0].text == "Hello. The same turn. Note in prose."


def test_plain_labels_with_initials_and_notes() -> None:
    html = ("<p>V.PUTIN: Hello.</p><p>ДЖ.БУШ (как переведено): Да.</p>"
            "<p>The U.S. position: clear.</p>")
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    blocks = parse_body(root, kind="meeting").blocks
    assert [(b.speaker, b.label, b.text) for b in blocks] == [
        ("V.Putin", "V.PUTIN", "Hello."),
        ("Дж.Буш", "ДЖ.БУШ (как переведено)", "Да."),
        ("Дж.Буш", None, "The U.S. position: clear."),
    ]


def test_a_label_alone_in_its_paragraph_opens_the_next_one() -> None:
    # as 60349 prints "Director-General of the International Labour Organization Guy Ryder:"
    html = ("<p><b>Vladimir Putin:</b></p><p>Hello.</p><p><b>Question:</b></p>"
            f"<p>What comes next?</p><p><b>Vladimir Putin:</b></p><p>{LONG}</p><p>More.</p>")
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    blocks = parse_body(root, kind="interview").blocks
    assert [(b.type, b.number, b.speaker, b.label, b.text[:5]) for b in blocks] == [
        ("turn", None, "Vladimir Putin", "Vladimir Putin", "Hello"),
        ("question", 1, None, "Question", "What "),
        ("answer", 1, "Vladimir Putin", "Vladimir Putin", "We di"),
        ("answer", 1, "Vladimir Putin", None, "More."),
    ]


def test_loose_text_with_plain_labels_and_an_italic_title() -> None:
    html = (f"Vladimir Putin: Hello.<br/>Question: What comes next?<br/>Vladimir Putin: {LONG}"
            "<p><i>Putin: 20 Years</i> is an album.</p>")
    assert read(html) == [
        ("turn", None, "Vladimir Putin", None),
        ("question", 1, None, None),
        ("answer", 1, "Vladimir Putin", None),
        ("answer", 1, "Vladimir Putin", None),  # the album paragraph continues the turn
    ]


def test_president_putin_by_surname_is_the_principal() -> None:
    html = ("<p><b>PRESIDENT PUTIN:</b> Hello.</p><p><b>Ivan Petrov:</b> What comes next?</p>"
            f"<p><b>PRESIDENT PUTIN:</b> {LONG}</p>")
    assert read(html, kind="conference") == [
        ("turn", None, "Putin", "PRESIDENT"),
        ("question", 1, "Ivan Petrov", None),
        ("answer", 1, "Putin", "PRESIDENT"),
    ]


def test_medvedev_answers_when_putin_does_not_speak() -> None:
    html = (f"<p><b>Dmitry Medvedev:</b> {LONG}</p>"
            "<p><b>John Smith:</b> Mr President, what comes next?</p>"
            f"<p><b>Dmitry Medvedev:</b> {LONG}</p>")
    assert read(html, kind="conference") == [
        ("turn", None, "Dmitry Medvedev", None),
        ("question", 1, "John Smith", None),
        ("answer", 1, "Dmitry Medvedev", None),
    ]


@pytest.mark.parametrize(
    ("raw", "name", "role"),
    [
        # a name of four words after an institution word, or alone
        ("President of the European Commission José Manuel Durão Barroso",
         "José Manuel Durão Barroso", "President of the European Commission"),
        ("José Manuel Durão Barroso", "José Manuel Durão Barroso", None),
        ("President Andrés Manuel López Obrador", "Andrés Manuel López Obrador", "President"),
        # ... but two after a role that ends with other capitalised words
        ("Minister for Civil Defence, Emergencies and Natural Disaster Relief Mary Smith",
         "Mary Smith", "Minister for Civil Defence, Emergencies and Natural Disaster Relief"),
        # a Russian role ending with an adjective in the genitive
        ("Президент Республики Сербской Милорад Додик", "Милорад Додик",
         "Президент Республики Сербской"),
        ("Президент Республики Северная Македония Стево Пендаровский", "Стево Пендаровский",
         "Президент Республики Северная Македония"),
        # after a company's type its own name comes first
        ("Director General of State Atomic Energy Corporation Rosatom Alexei Likhachev",
         "Alexei Likhachev", "Director General of State Atomic Energy Corporation Rosatom"),
        # a role in lower case after the name is the role's too
        ("First Deputy Director General of TASS News Agency Mikhail Gusman, moderator of the"
         " meeting", "Mikhail Gusman",
         "First Deputy Director General of TASS News Agency, moderator of the meeting"),
        # a country name's last word ends the role after "of"
        ("Chairman of the State Affairs of the Democratic People’s Republic of Korea Kim Jong Un",
         "Kim Jong Un", "Chairman of the State Affairs of the Democratic People’s Republic of"
         " Korea"),
        # an adjectival surname is in the nominative: it stays in the name
        ("Председатель Совета Ирина Яровая", "Ирина Яровая", "Председатель Совета"),
    ],
)
def test_long_names_and_russian_adjective_roles(raw: str, name: str, role: str | None) -> None:
    label = split_label(raw)
    assert (label.name, label.role) == (name, role)


def test_a_notice_in_bold_capitals_is_no_speaker() -> None:
    html = ("<p><b>IMPORTANT NOTICE:</b> Accreditation closes on Friday.</p>"
            "<p>NOTE: bring your passport.</p>")
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    blocks = parse_body(root, kind="other").blocks
    assert [(b.type, b.speaker, b.text) for b in blocks] == [
        ("paragraph", None, "IMPORTANT NOTICE: Accreditation closes on Friday."),
        ("paragraph", None, "NOTE: bring your passport."),
    ]


@pytest.mark.parametrize(
    ("label", "title", "lead"),
    [
        ("Bild", "Interview to Bild", "Vladimir Putin gave an interview to German newspaper Bild."),
        ("Bild", "Interview to German newspaper Bild", None),
        ("The Financial Times", "Interview to The Financial Times", None),
        ("NHK", "Interview to NHK", None),
        ("«Бильд»", "Интервью газете «Бильд»", None),
    ],
)
def test_the_outlet_that_interviews_asks_the_questions(label: str, title: str,
                                                        lead: str | None) -> None:
    html = (f"<p><b>{label}:</b> Mr President, what comes next?</p>"
            f"<p><b>Vladimir Putin:</b> {LONG}</p><p><b>{label}:</b> And then?</p>"
            "<p><b>Vladimir Putin:</b> We will see.</p>")
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    blocks = parse_body(root, kind="interview", title=title, lead=lead).blocks
    assert [(b.type, b.number, b.speaker, b.label) for b in blocks] == [
        ("question", 1, None, label), ("answer", 1, "Vladimir Putin", "Vladimir Putin"),
        ("question", 2, None, label), ("answer", 2, "Vladimir Putin", "Vladimir Putin")]


def test_a_name_after_a_media_word_stays_a_speaker() -> None:
    html = (f"<p><b>Ivan Petrov:</b> Mr President, what comes next?</p>"
            f"<p><b>Vladimir Putin:</b> {LONG}</p>")
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    blocks = parse_body(root, kind="interview",
                        title="Interview to Rossiya TV channel Ivan Petrov").blocks
    assert [(b.type, b.number, b.speaker) for b in blocks] == [
        ("question", 1, "Ivan Petrov"), ("answer", 1, "Vladimir Putin")]


def test_an_interviewer_named_in_the_title_stays_a_speaker() -> None:
    html = (f"<p><b>Oliver Stone:</b> Mr President, what comes next?</p>"
            f"<p><b>Vladimir Putin:</b> {LONG}</p>")
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    blocks = parse_body(root, kind="interview", title="Interview to Oliver Stone",
                        lead="Vladimir Putin gave an interview to film director Oliver Stone.",
                        known_names=("Stone Oliver",)).blocks
    assert [(b.type, b.number, b.speaker) for b in blocks] == [
        ("question", 1, "Oliver Stone"), ("answer", 1, "Vladimir Putin")]


def test_a_label_of_seventeen_words_is_still_a_label() -> None:
    # en.kremlin.ru, Valdai Discussion Club meeting, 7 November 2024 (CC BY 4.0)
    html = ("<p><b>Research Director of the Foundation for Development and Support of the"
            " Valdai International Discussion Club Fyodor Lukyanov:</b> Ladies and gentlemen,"
            " guests, friends!</p><p><b>President of Russia Vladimir Putin:</b> Thank you.</p>")
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    blocks = parse_body(root, kind="meeting").blocks
    assert [(b.speaker, b.role) for b in blocks] == [
        ("Fyodor Lukyanov", "Research Director of the Foundation for Development and Support"
         " of the Valdai International Discussion Club"),
        ("Vladimir Putin", "President of Russia")]


def test_the_principal_named_in_the_title_is_no_outlet() -> None:
    html = ("<p><b>Question:</b> What comes next?</p>"
            f"<p><b>Vladimir Putin:</b> {LONG}</p>")
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    blocks = parse_body(root, kind="interview", title="Vladimir Putin’s news conference",
                        lead="Vladimir Putin answered questions of the news agency.").blocks
    assert [(b.type, b.number, b.speaker) for b in blocks] == [
        ("question", 1, None), ("answer", 1, "Vladimir Putin")]


def test_the_asker_pressing_in_a_short_word_stays_in_the_pair() -> None:
    html = ("<p><b>Anna Petrova:</b> Do you know any jokes about yourself?</p>"
            "<p><b>Vladimir Putin:</b> Of course, I have heard a lot.</p>"
            "<p><b>Anna Petrova:</b> Please tell one.</p>"
            "<p><b>Vladimir Putin:</b> No.</p>"
            "<p><b>Anna Petrova:</b> Then another question. What comes next?</p>"
            f"<p><b>Vladimir Putin:</b> {LONG}</p>")
    assert read(html, kind="conference") == [
        ("question", 1, "Anna Petrova", None), ("answer", 1, "Vladimir Putin", None),
        ("turn", 1, "Anna Petrova", None), ("turn", 1, "Vladimir Putin", None),
        ("question", 2, "Anna Petrova", None), ("answer", 2, "Vladimir Putin", None)]


def test_initials_spaced_or_not_are_one_speaker() -> None:
    # as a translation of the news conference in Beijing (3 September 2025) prints them
    html = ("<p><b>V. Putin:</b> Good evening!</p>"
            "<p><b>K. Panyushkin:</b> Konstantin Panyushkin, Channel One. How do you assess"
            " the results?</p>"
            f"<p><b>V.Putin:</b> {LONG}</p>")
    assert read(html, kind="conference") == [
        ("turn", None, "V. Putin", None), ("question", 1, "K. Panyushkin", None),
        ("answer", 1, "V. Putin", None)]


def test_a_name_with_a_joined_particle_is_a_label() -> None:
    html = ("<p><b>Mohammed al-Tomaihi:</b> Mr President, what comes next?</p>"
            f"<p><b>President of Russia Vladimir Putin:</b> {LONG}</p>")
    assert read(html) == [("question", 1, "Mohammed al-Tomaihi", None),
                          ("answer", 1, "Vladimir Putin", "President of Russia")]

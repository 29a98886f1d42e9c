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

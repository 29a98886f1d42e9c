"""Speaker turns of a page body: the person link names the speaker, Q&A pairs numbered."""

from __future__ import annotations

import lxml.html

from daybook.model import Block
from daybook.parsers.kremlin_blocks import parse_body

LINK = '<a class="person_tag read__tag" href="/catalog/persons/1/events">{}</a>'
TOOLTIP = '<span class="read__tooltip tooltip_person hidden masha-ignore">{}</span>'
LONG = "We discussed this at length. " * 10


def body(html: str, kind: str = "other", known: tuple[str, ...] = ()) -> list[Block]:
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    return parse_body(root, known_names=known, kind=kind).blocks


def test_the_person_link_is_the_name_and_the_rest_of_the_label_the_role() -> None:
    name = LINK.format("Mary Jane Smith" + TOOLTIP.format("Smith Mary Jane, a minister"))
    html = (
        f"<p><b>Minister for Civil Defence, Emergencies and Natural Disaster Relief {name}:</b>"
        " Thank you.</p><p>We are grateful.</p>"
    )
    first, second = body(html)
    assert (first.speaker, first.role) == (
        "Mary Jane Smith",
        "Minister for Civil Defence, Emergencies and Natural Disaster Relief",
    )
    assert first.label == (
        "Minister for Civil Defence, Emergencies and Natural Disaster Relief Mary Jane Smith"
    )
    # The turn continues over the bare paragraph, which prints no label.
    assert (second.speaker, second.role, second.label) == (first.speaker, first.role, None)


def test_a_link_around_the_bold_name_and_a_note_after_it() -> None:
    html = (
        "<p><b>President of the Islamic Republic of Iran </b>"
        f"{LINK.format('<b>Hassan Rouhani</b>')} <i>(retranslated)</i><b>:</b> Thank you.</p>"
    )
    (b,) = body(html)
    assert (b.speaker, b.role) == ("Hassan Rouhani", "President of the Islamic Republic of Iran")


def test_a_title_ending_in_a_country_without_a_link() -> None:
    (b,) = body("<p><b>Grand Duke Henri of Luxembourg:</b> Good afternoon.</p>")
    assert (b.speaker, b.role) == ("Henri", "Grand Duke of Luxembourg")


def test_names_in_capitals_are_the_linked_speaker() -> None:
    html = (
        f"<p><b>Presidential Press Secretary {LINK.format('Dmitry Peskov')}:</b> Go ahead.</p>"
        "<p><b>DMITRY PESKOV:</b> Next question.</p>"
        "<p><b>Dmitry PeskoV:</b> Thank you.</p>"
    )
    blocks = body(html)
    assert [b.speaker for b in blocks] == ["Dmitry Peskov"] * 3
    # The label as printed stays in the block.
    assert [b.label for b in blocks][1:] == ["DMITRY PESKOV", "Dmitry PeskoV"]


def test_names_in_capitals_without_a_link_take_the_persons_tag() -> None:
    (b,) = body("<p><b>SERGEI LAVROV:</b> Yes.</p>", known=("Lavrov Sergei",))
    assert (b.speaker, b.label) == ("Sergei Lavrov", "SERGEI LAVROV")


def test_every_answer_has_its_questions_number_whoever_answers() -> None:
    lukashenko = LINK.format("Alexander Lukashenko")
    html = (
        "<p><b>Question:</b> Mr Lukashenko, Mr Putin, what next?</p>"
        f"<p><b>President of Belarus {lukashenko}:</b> {LONG}</p>"
        "<p><b>Vladimir Putin:</b> And there are results.</p>"
        f"<p><b>Alexander Lukashenko:</b> Exactly, results.</p><p>{LONG}</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Remark:</b> One more thing.</p>"
        "<p><b>Vladimir Putin:</b> Yes.</p>"
        "<p><b>Question:</b> And the budget?</p>"
        "<p><b>Vladimir Putin:</b> It is balanced.</p>"
    )
    got = [(b.type, b.speaker, b.number) for b in body(html, kind="conference")]
    assert got == [
        ("question", None, 1),
        ("answer", "Alexander Lukashenko", 1),  # the first to answer, not the principal
        ("turn", "Vladimir Putin", 1),  # an interjection stays a turn of pair 1
        ("answer", "Alexander Lukashenko", 1),
        ("answer", "Alexander Lukashenko", 1),
        ("answer", "Vladimir Putin", 1),  # a full answer to a question put to both
        ("turn", None, 1),  # a remark inside the pair is no new question
        ("turn", "Vladimir Putin", 1),
        ("question", None, 2),
        ("answer", "Vladimir Putin", 2),
    ]


def test_a_heading_closes_the_pair() -> None:
    html = (
        "<p><b>Question:</b> Why?</p><p><b>Vladimir Putin:</b> Because.</p>"
        "<h3>Closing remarks</h3><p><b>Vladimir Putin:</b> Thank you all.</p>"
    )
    got = [(b.type, b.number) for b in body(html, kind="interview")]
    assert got == [("question", 1), ("answer", 1), ("heading", None), ("turn", None)]


def test_named_askers_in_a_news_conference_without_question_labels() -> None:
    html = (
        "<p><b>Presidential Press Secretary Dmitry Peskov:</b> Let us begin. Mayak, please.</p>"
        "<p><b>Valery Sanfirov:</b> Mr President, what about the budget?</p>"
        "<p><b>Vladimir Putin:</b> It is balanced.</p>"
        "<p><b>Dmitry Peskov:</b> Let us continue. TV Centre.</p>"
        "<p><b>Matvei Shestakov:</b> And the roads?</p>"
        "<p><b>Vladimir Putin:</b> They are being built.</p>"
        "<p><b>Matvei Shestakov:</b> When?</p>"
        "<p><b>Vladimir Putin:</b> Next year.</p>"
    )
    got = [(b.type, b.speaker, b.number) for b in body(html, kind="conference")]
    assert got == [
        ("turn", "Dmitry Peskov", None),  # the moderator hands the floor, he does not ask
        ("question", "Valery Sanfirov", 1),
        ("answer", "Vladimir Putin", 1),
        ("turn", "Dmitry Peskov", 1),
        ("question", "Matvei Shestakov", 2),
        ("answer", "Vladimir Putin", 2),
        ("question", "Matvei Shestakov", 3),  # a follow-up is a question too
        ("answer", "Vladimir Putin", 3),
    ]


def test_a_co_leaders_statement_is_no_question() -> None:
    html = (
        f"<p><b>President of France {LINK.format('Emmanuel Macron')}:</b> {LONG}</p>"
        f"<p><b>President of Russia Vladimir Putin:</b> {LONG}</p>"
    )
    got = [(b.type, b.number) for b in body(html, kind="conference")]
    assert got == [("turn", None), ("turn", None)]

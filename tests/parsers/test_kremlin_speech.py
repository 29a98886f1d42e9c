"""Speaker turns of a page body: the person link names the speaker, Q&A pairs numbered."""

from __future__ import annotations

import lxml.html
import pytest

from daybook.model import Block
from daybook.parsers.kremlin_blocks import parse_body
from daybook.parsers.kremlin_qa import opens_subject

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


def test_a_remark_outside_a_q_and_a_is_a_turn_not_a_question() -> None:
    html = (
        "<p><b>Vladimir Putin:</b> Good afternoon! It is hot here.</p>"
        "<p><b>Remark:</b> It is a working atmosphere.</p>"
        "<p><b>Vladimir Putin:</b> Precisely.</p>"
    )
    got = [(b.type, b.speaker, b.number, b.label) for b in body(html, kind="meeting")]
    assert got == [
        ("turn", "Vladimir Putin", None, "Vladimir Putin"),
        ("turn", None, None, "Remark"),
        ("turn", "Vladimir Putin", None, "Vladimir Putin"),
    ]


def test_a_question_label_is_numbered_whatever_the_kind() -> None:
    # Press statements that end with one question from the floor.
    html = (
        f"<p><b>President of Russia Vladimir Putin:</b> {LONG}</p>"
        f"<p><b>President of Tajikistan Emomali Rahmon:</b> {LONG}</p>"
        "<p><b>Question:</b> Mr President, a snap question: what next?</p>"
        "<p><b>Vladimir Putin:</b> I do not know anything about it.</p>"
    )
    got = [(b.type, b.number) for b in body(html, kind="statement")]
    assert got == [("turn", None), ("turn", None), ("question", 1), ("answer", 1)]


def test_named_askers_beside_question_labels_are_numbered_too() -> None:
    # A Direct Line: moderators and viewers are named; one asker is printed "Question".
    html = (
        "<p><b>Pavel Zarubin:</b> We have many questions on wages. Why are they so low?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Yelena Vinnik:</b> Let us go to our correspondent.</p>"
        "<p><b>Stanislav Taukachiskas:</b> Hello, Mr President, I am a doctor.</p>"
        "<p><b>Vladimir Putin:</b> Good afternoon.</p>"
        "<p><b>Stanislav Taukachiskas:</b> My salary is 10,000 rubles. How do I live?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Question:</b> Do you remember Botlikh?</p>"
        "<p><b>Vladimir Putin:</b> I do.</p>"
    )
    got = [(b.type, b.speaker, b.number) for b in body(html, kind="conference")]
    assert got == [
        ("question", "Pavel Zarubin", 1),  # a moderator's own question
        ("answer", "Vladimir Putin", 1),
        ("turn", "Yelena Vinnik", 1),  # handing the floor is no question
        ("question", "Stanislav Taukachiskas", 2),
        ("answer", "Vladimir Putin", 2),
        # He had not asked yet: the same question goes on, not a new one.
        ("turn", "Stanislav Taukachiskas", 2),
        ("answer", "Vladimir Putin", 2),
        ("question", None, 3),
        ("answer", "Vladimir Putin", 3),
    ]


def test_an_asker_replying_to_the_principal_asking_back_stays_in_the_pair() -> None:
    html = (
        "<p><b>Lionel Barber:</b> Some people say a human life is worth more. Is it?</p>"
        "<p><b>Vladimir Putin:</b> Did anybody die?</p>"
        "<p><b>Lionel Barber:</b> Oh yes. The gentleman who had a drug problem.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Lionel Barber:</b> The Russian economy. Will it grow?</p>"
        "<p><b>Vladimir Putin:</b> Yes.</p>"
    )
    got = [(b.type, b.number) for b in body(html, kind="interview")]
    assert got == [("question", 1), ("answer", 1), ("turn", 1), ("answer", 1),
                   ("question", 2), ("answer", 2)]


def test_a_leader_tagged_under_persons_answers_he_does_not_ask() -> None:
    # Short labels print no role; the Persons tag says who the co-host is.
    html = (
        "<p><b>Natalya Breus:</b> Mr Lukashenko, Mr Putin, will sanctions stay?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        f"<p><b>Alexander Lukashenko:</b> {LONG}</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Alexander Lukashenko:</b> That is what I meant.</p>"
        "<p><b>Ilya Yezhov:</b> And integration?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    blocks = body(html, kind="conference", known=("Lukashenko Alexander",))
    got = [(b.type, b.speaker, b.number) for b in blocks]
    assert got == [
        ("question", "Natalya Breus", 1),
        ("answer", "Vladimir Putin", 1),
        ("answer", "Alexander Lukashenko", 1),
        ("answer", "Vladimir Putin", 1),
        ("turn", "Alexander Lukashenko", 1),
        ("question", "Ilya Yezhov", 2),
        ("answer", "Vladimir Putin", 2),
    ]


def test_a_role_without_a_name_is_the_person_the_title_names() -> None:
    root = lxml.html.fragment_fromstring(
        '<div class="entry-content"><p><b>President of Russia Vladimir Putin:</b> Welcome.</p>'
        "<p><b>Executive Chairmanof the World Economic Forum</b> <i>(retranslated)</i><b>:</b>"
        " Thank you.</p></div>"
    )
    title = "Meeting with World Economic Forum Executive Chairman Klaus Martin Schwab"
    _, guest = parse_body(root, title=title).blocks
    assert (guest.speaker, guest.role) == (
        "Klaus Martin Schwab", "Executive Chairmanof the World Economic Forum")
    # Without the title the label names nobody.
    (_, alone) = parse_body(root).blocks
    assert alone.speaker is None


def test_an_interviewer_tagged_under_persons_still_asks() -> None:
    html = (
        "<p><b>Tucker Carlson:</b> Mr President, why now?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Tucker Carlson:</b> And what next?</p>"
        "<p><b>Vladimir Putin:</b> We shall see.</p>"
    )
    blocks = body(html, kind="interview", known=("Carlson Tucker",))
    got = [(b.type, b.number) for b in blocks]
    assert got == [("question", 1), ("answer", 1), ("question", 2), ("answer", 2)]


def test_a_journalists_comment_after_the_answer_is_no_new_question() -> None:
    html = (
        "<p><b>Elina Zhgutova:</b> Mr President, what about the law on domestic violence?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Elina Zhgutova:</b> I called it juvenile justice for adults.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Elina Zhgutova:</b> And will you sign it?</p>"
        "<p><b>Vladimir Putin:</b> We shall see.</p>"
    )
    got = [(b.type, b.number) for b in body(html, kind="conference")]
    assert got == [("question", 1), ("answer", 1), ("turn", 1), ("answer", 1),
                   ("question", 2), ("answer", 2)]


def test_a_moderator_handing_the_floor_with_a_question_mark_does_not_ask() -> None:
    html = (
        "<p><b>Dmitry Peskov:</b> Let us begin. Mayak, please.</p>"
        "<p><b>Valery Sanfirov:</b> Mr President, what about the budget?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Dmitry Peskov:</b> Rossiyskaya Gazeta, where are you? Stand up.</p>"
        "<p><b>Vladimir Putin:</b> While he is choosing…</p>"
        "<p><b>Dmitry Peskov:</b> Here we go.</p>"
        "<p><b>Kira Latukhina:</b> Mr President, and the roads?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    got = [(b.type, b.speaker, b.number) for b in body(html, kind="conference")]
    assert got == [
        ("turn", "Dmitry Peskov", None),
        ("question", "Valery Sanfirov", 1),
        ("answer", "Vladimir Putin", 1),
        ("turn", "Dmitry Peskov", 1),
        ("turn", "Vladimir Putin", 1),
        ("turn", "Dmitry Peskov", 1),
        ("question", "Kira Latukhina", 2),
        ("answer", "Vladimir Putin", 2),
    ]


def test_asking_leave_to_ask_is_part_of_the_question_that_follows() -> None:
    # 62366: "can I ask just one last question about Kotov, please?" - the question comes
    # after the principal's word; his interjection in the answer is no new question.
    html = (
        "<p><b>Anton Zhelnov:</b> Mr President, can I ask just one last question, please?</p>"
        "<p><b>Vladimir Putin:</b> Please.</p>"
        "<p><b>Anton Zhelnov:</b> I would like to ask about the case of Konstantin Kotov.</p>"
        "<p><b>Vladimir Putin:</b> I spoke with human rights activists when we met…</p>"
        "<p><b>Anton Zhelnov:</b> They did not mention his case.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Anton Zhelnov:</b> Will you take a look at his case, please?</p>"
        "<p><b>Vladimir Putin:</b> Yes, I will.</p>"
    )
    got = [(b.type, b.number) for b in body(html, kind="conference")]
    assert got == [("question", 1), ("answer", 1), ("turn", 1), ("turn", 1), ("turn", 1),
                   ("answer", 1), ("question", 2), ("answer", 2)]


@pytest.mark.parametrize(
    ("text", "opens"),
    [("Кстати, несколько минут назад Трамп заявил, что ...", True),
     ("Владимир Владимирович, а кстати, что с пошлинами.", True),
     ("И ещё один вопрос: про бюджет.", True),
     ("Mr President, by the way, Trump said that.", True),
     ("Once again, speaking of article 228, many people have been sentenced.", True),
     ("I called it juvenile justice for adults.", False),
     ("Это жёсткая политика, кстати.", False)],
)
def test_a_turn_opening_a_new_subject(text: str, opens: bool) -> None:
    assert opens_subject(text) is opens

"""Moderated sessions (a forum's plenary, a meeting with agency heads): the questions put to
the principal are numbered with their answers; presentations and other panellists' answers
are not."""

from __future__ import annotations

import lxml.html

from daybook.model import Block
from daybook.parsers.kremlin_blocks import parse_body

LONG = "We discussed this at length. " * 10
TALK = "Our laboratory makes new materials for the industry. " * 12


def body(html: str, kind: str = "meeting") -> list[Block]:
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    return [b for b in parse_body(root, kind=kind).blocks if b.label is not None]


def test_a_plenary_numbers_the_questions_put_to_the_principal() -> None:
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Sophie Shevardnadze:</b> Thank you. President Xi, the floor is yours.</p>"
        f"<p><b>President of China Xi Jinping:</b> {LONG}</p>"
        "<p><b>Sophie Shevardnadze:</b> Mr Putin, can trade with China replace the West?</p>"
        "<p><b>Vladimir Putin:</b> Russia can what?</p>"
        "<p><b>Sophie Shevardnadze:</b> Replace the West?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        f"<p><b>Xi Jinping:</b> {LONG}</p>"
        "<p><b>Sophie Shevardnadze:</b> Mr Guterres, what will the UN do?</p>"
        f"<p><b>UN Secretary-General Antonio Guterres:</b> {LONG}</p>"
        "<p><b>Sophie Shevardnadze:</b> Thank you. The floor, please.</p>"
        "<p><b>Erme Izgi:</b> Thanks for taking my question. What could be done to"
        " improve growth. Thank you.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        f"<p><b>Nicolas Tjandramaga:</b> {TALK} Do you think this is desirable, because you"
        " are already quite commodity exposed. Thank you.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    got = [(b.type, b.speaker, b.number) for b in body(html)]
    assert got == [
        ("turn", "Vladimir Putin", None),
        ("turn", "Sophie Shevardnadze", None),
        ("turn", "Xi Jinping", None),
        ("question", "Sophie Shevardnadze", 1),
        ("answer", "Vladimir Putin", 1),  # asking back is the first answer
        ("turn", "Sophie Shevardnadze", 1),
        ("answer", "Vladimir Putin", 1),
        ("answer", "Xi Jinping", 1),  # a leader adding to the answer
        ("turn", "Sophie Shevardnadze", None),  # a question to another panellist
        ("turn", "Antonio Guterres", None),
        ("turn", "Sophie Shevardnadze", None),
        ("question", "Erme Izgi", 2),  # says it asks, printed without "?"
        ("answer", "Vladimir Putin", 2),
        ("question", "Nicolas Tjandramaga", 3),  # "Do you think ...", without "?"
        ("answer", "Vladimir Putin", 3),
    ]


def test_presenters_the_principal_questions_are_no_q_and_a() -> None:
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Mikhail Kovalchuk:</b> I give the floor to Alexander Chernov. Please.</p>"
        f"<p><b>Alexander Chernov:</b> What is new since then? {TALK}</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Mikhail Kovalchuk:</b> Next, Valentin Ananikov. Please.</p>"
        f"<p><b>Valentin Ananikov:</b> {TALK}</p>"
        "<p><b>Vladimir Putin:</b> Who must take part? Whom do you need?</p>"
        "<p><b>Valentin Ananikov:</b> Chemists and programmers. Who else?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Andrei Alikhanov:</b> May I?</p>"
        "<p><b>Vladimir Putin:</b> Yes.</p>"
    )
    assert {(b.type, b.number) for b in body(html)} == {("turn", None)}


def test_a_meeting_the_principal_chairs_has_no_numbering() -> None:
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG} Mr Siluanov, please.</p>"
        f"<p><b>Anton Siluanov:</b> {LONG} Shall we go on?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        f"<p><b>Maxim Oreshkin:</b> {LONG} Why not?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    assert {(b.type, b.number) for b in body(html)} == {("turn", None)}


def test_two_people_asking_in_a_meeting_make_no_session() -> None:
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Dmitry Lakomkin:</b> Mr President, will the fleet get new ships?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Igor Domnin:</b> What will happen to our families?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    assert {(b.type, b.number) for b in body(html, kind="meeting")} == {("turn", None)}


def test_one_question_in_a_moderated_meeting_is_no_session() -> None:
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Irina Guseva:</b> Thank you. Anatoly Popov, please.</p>"
        f"<p><b>Anatoly Popov:</b> {TALK} Could agricultural colleges get funding?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Irina Guseva:</b> Thank you. Roman Bolotov.</p>"
        f"<p><b>Roman Bolotov:</b> {TALK}</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    assert {(b.type, b.number) for b in body(html)} == {("turn", None)}


def test_several_people_asking_in_turn_make_a_session_without_a_moderator() -> None:
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG} Please, go ahead.</p>"
        "<p><b>Alexei Abakumov:</b> Mr President, what should we expect? Thank you.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Remark:</b> This is another delivery vehicle.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Vladimir Sungorkin:</b> Is this not an exaggeration?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Konstantin Remchukov:</b> Does this mean a pre-emptive strike?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    got = [(b.type, b.number) for b in body(html)]
    assert got == [("turn", None), ("question", 1), ("answer", 1), ("turn", 1),
                   ("answer", 1), ("question", 2), ("answer", 2), ("question", 3),
                   ("answer", 3)]


def test_two_people_asking_from_the_floor_on_a_visit_make_a_session() -> None:
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG} Please, ask your questions.</p>"
        "<p><b>Dmitry Lakomkin:</b> Mr President, Lieutenant Commander Lakomkin. Will the"
        " fleet get new ships?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Dmitry Lakomkin:</b> Thank you.</p>"
        "<p><b>Igor Domnin:</b> Petty Officer Domnin. What will happen to our families?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    got = [(b.type, b.number) for b in body(html, kind="visit")]
    assert got == [("turn", None), ("question", 1), ("answer", 1), ("turn", 1),
                   ("question", 2), ("answer", 2)]


def test_two_participants_asking_after_they_reported_make_no_session() -> None:
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG} Mr Siluanov, please.</p>"
        f"<p><b>Anton Siluanov:</b> {TALK}</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        f"<p><b>Maxim Oreshkin:</b> {TALK}</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Anton Siluanov:</b> May I clarify: is the deadline the end of the year?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Maxim Oreshkin:</b> And what about the regions' share?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    assert {(b.type, b.number) for b in body(html, kind="visit")} == {("turn", None)}


def test_a_guests_two_requests_in_a_working_meeting_are_no_session() -> None:
    html = (
        f"<p><b>Rustam Minnikhanov:</b> {TALK} Could you support the plant?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        f"<p><b>Rustam Minnikhanov:</b> {TALK} Will you open the stadium?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    assert {(b.type, b.number) for b in body(html)} == {("turn", None)}


def test_a_remark_closing_a_pair_of_a_session_is_a_plain_turn() -> None:
    html = (
        "<p><b>Sophie Shevardnadze:</b> Thank you. President Xi, the floor is yours.</p>"
        f"<p><b>Xi Jinping:</b> {LONG}</p>"
        "<p><b>Sophie Shevardnadze:</b> Mr Guterres, your view?</p>"
        f"<p><b>Antonio Guterres:</b> {LONG}</p>"
        "<p><b>Sophie Shevardnadze:</b> Mr Putin, what about trade?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        f"<p><b>Remark:</b> {LONG}</p>"
        "<p><b>Sophie Shevardnadze:</b> Mr Putin, and the roads?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    got = [(b.type, b.number) for b in body(html)]
    assert got[4:] == [("question", 1), ("answer", 1), ("turn", None), ("question", 2),
                       ("answer", 2)]


def test_a_guest_the_principal_cuts_short_asks_from_when_he_took_the_floor() -> None:
    # 62073: the floor given, the guest begins, the principal cuts in with a question of his
    # own; the guest's question comes after the exchange. One pair, from his first word.
    html = (
        "<p><b>Andrei Kostin:</b> Go ahead, please.</p>"
        f"<p><b>Nicolas Tjandramaga:</b> {TALK} What do you think?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Andrei Kostin:</b> Colleagues, your last question, please.</p>"
        "<p><b>Jason Karim:</b> Mr President, I am a judo black belt. A visionary plan…</p>"
        "<p><b>Vladimir Putin:</b> What is your weight category?</p>"
        "<p><b>Jason Karim:</b> Ultra-heavy weight.</p>"
        "<p><b>Vladimir Putin:</b> We will be meeting with you at a desk.</p>"
        "<p><b>Jason Karim:</b> I look forward to it. What is your vision for Africa?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Andrei Kostin:</b> Colleagues, we are adjourning. Thank you.</p>"
    )
    got = [(b.type, b.number) for b in body(html)]
    assert got[:3] == [("turn", None), ("question", 1), ("answer", 1)]
    assert got[3:] == [("turn", None), ("question", 2), ("answer", 2), ("turn", 2),
                       ("turn", 2), ("turn", 2), ("answer", 2), ("turn", None)]


def test_a_guest_answering_the_principals_own_question_starts_no_pair_early() -> None:
    # The principal gave the floor and asked first: the guest's first words answer him, his
    # question starts with his own turn that asks.
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG} Who wants to start?</p>"
        "<p><b>Igor Domnin:</b> I do, Mr President.</p>"
        "<p><b>Vladimir Putin:</b> Please.</p>"
        "<p><b>Igor Domnin:</b> Could you tell us about the talks?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Anna Beleva:</b> Will the towns get new schools?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Oleg Frolov:</b> What about the navy?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    got = [(b.type, b.number) for b in body(html, kind="visit")]
    assert got[:5] == [("turn", None), ("turn", None), ("turn", None), ("question", 1),
                       ("answer", 1)]


def test_asking_without_a_question_mark_in_a_session() -> None:
    # Printed without "?": "I’d like to hear", "we would like to know" ask; a thanks does not.
    html = (
        f"<p><b>Vladimir Putin:</b> {LONG} Please, go ahead.</p>"
        "<p><b>Anna Orlova:</b> Mr President, I’d like to hear your view on the budget.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Ivan Sidorov:</b> We would like to know what comes after the programme.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Oleg Petrov:</b> I would like to thank you for the support.</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
        "<p><b>Maria Ivanova:</b> What about the schools?</p>"
        f"<p><b>Vladimir Putin:</b> {LONG}</p>"
    )
    got = [(b.type, b.number) for b in body(html)]
    assert got == [("turn", None), ("question", 1), ("answer", 1), ("question", 2),
                   ("answer", 2), ("turn", 2), ("answer", 2), ("question", 3),
                   ("answer", 3)]  # nobody moderates: a word after the answer stays in it

"""Label shapes left over from the reading of other years' transcripts (issue 12): an outlet
named after a media word, a lone given name of a known person, a company's name between a
role word and a person. The labels are written to probe the reader, not taken from pages."""

from __future__ import annotations

import lxml.html
import pytest

from daybook.parsers.kremlin_blocks import parse_body
from daybook.parsers.label_sides import full_name_of_given
from daybook.parsers.media_labels import is_media_label
from daybook.parsers.speakers import split_label

LONG = "We discussed this at length and agreed on many points. " * 5


def blocks_of(html: str, kind: str = "conference",
              known: tuple[str, ...] = ()) -> list[tuple[str, int | None, str | None,
                                                         str | None, str | None]]:
    root = lxml.html.fragment_fromstring(f'<div class="entry-content">{html}</div>')
    return [(b.type, b.number, b.speaker, b.role, b.label)
            for b in parse_body(root, kind=kind, known_names=known).blocks]


@pytest.mark.parametrize("label", [
    "newspaper Komsomolskaya Pravda", "Newspaper Komsomolskaya Pravda", "TV channel Rossiya",
    "Channel One", "Channel One correspondent", "Question from TV channel Rossiya",
    "Komsomolskaya Pravda newspaper", "Rossiya 1 TV channel", "Radio Mayak",
    "Газета «Известия»",
])
def test_an_outlet_beside_a_media_word_is_no_person(label: str) -> None:
    assert is_media_label(label)
    got = split_label(label)
    assert (got.name, got.generic, got.question) == (None, True, True)


@pytest.mark.parametrize(("label", "name", "role"), [
    # a person after the outlet, or an outlet inside a role, is still split by words
    ("Director General of Channel One Konstantin Ernst", "Konstantin Ernst",
     "Director General of Channel One"),
    ("Rossiya TV channel presenter Ivan Petrov", "Ivan Petrov", "Rossiya TV channel presenter"),
    ("Ivan Petrov, Kommersant newspaper", "Ivan Petrov", "Kommersant newspaper"),
    ("Vladimir Putin", "Vladimir Putin", None),
])
def test_a_person_beside_an_outlet_stays_a_speaker(label: str, name: str, role: str) -> None:
    assert not is_media_label(label)
    got = split_label(label)
    assert (got.name, got.role) == (name, role)


def test_an_outlet_label_asks_and_the_principal_answers() -> None:
    html = (f"<p><b>Vladimir Putin:</b> Good afternoon.</p>"
            f"<p><b>Newspaper Komsomolskaya Pravda:</b> What comes next?</p>"
            f"<p><b>Vladimir Putin:</b> {LONG}</p>"
            f"<p><b>Channel One:</b> And the prices?</p><p><b>Vladimir Putin:</b> {LONG}</p>")
    assert [b[:3] for b in blocks_of(html)] == [
        ("turn", None, "Vladimir Putin"), ("question", 1, None),
        ("answer", 1, "Vladimir Putin"), ("question", 2, None),
        ("answer", 2, "Vladimir Putin")]


def test_a_lone_given_name_is_the_pages_full_name_label_kept() -> None:
    html = (f"<p><b>President of Russia Vladimir Putin:</b> Good afternoon.</p>"
            f"<p><b>Question:</b> What comes next?</p>"
            f"<p><b>President of Russia Vladimir:</b> {LONG}</p>")
    assert blocks_of(html)[-1] == ("answer", 1, "Vladimir Putin", "President of Russia",
                                   "President of Russia Vladimir")


def test_a_lone_given_name_takes_a_persons_tag_in_its_order() -> None:
    html = f"<p><b>Question:</b> What comes next?</p><p><b>President Vladimir:</b> {LONG}</p>"
    assert blocks_of(html, known=("Putin Vladimir",))[-1][2] == "Vladimir Putin"


def test_a_linked_lone_given_name_takes_the_full_name() -> None:
    html = ('<p><b><a class="person_tag" href="/catalog/persons/1">Vladimir Putin</a>:</b> '
            'Good afternoon.</p><p><b>President of Russia <a class="person_tag" '
            f'href="/catalog/persons/1">Vladimir</a>:</b> {LONG}</p>')
    assert [b[2:4] for b in blocks_of(html, kind="meeting")] == [
        ("Vladimir Putin", None), ("Vladimir Putin", "President of Russia")]


@pytest.mark.parametrize(("name", "role", "spellings", "full"), [
    ("Vladimir", "President of Russia", ("Vladimir Putin",), "Vladimir Putin"),
    ("Vladimir", "President", ("Putin Vladimir", "Vladimir Putin"), "Vladimir Putin"),
    # two people of that given name: no guess
    ("Alexander", "Minister", ("Alexander Novak", "Alexander Beglov"), None),
    # a title borne before one name keeps it
    ("Kirill", "Patriarch", ("Kirill Dmitriev",), None),
    ("Henri", "Grand Duke of Luxembourg", ("Henri Dupont",), None),
    # no role: a caller named Vladimir is not the President
    ("Vladimir", None, ("Vladimir Putin",), None),
])
def test_full_name_of_given(name: str, role: str | None, spellings: tuple[str, ...],
                            full: str | None) -> None:
    assert full_name_of_given(name, role, spellings) == full


@pytest.mark.parametrize(("label", "name", "role"), [
    ("CEO Gazprom Neft Alexander Dyukov", "Alexander Dyukov", "CEO Gazprom Neft"),
    ("CEO Rosneft Igor Sechin", "Igor Sechin", "CEO Rosneft"),
    ("Head of Gazprom Neft Alexander Dyukov", "Alexander Dyukov", "Head of Gazprom Neft"),
    # names of three words stay whole: a patronymic, or no Russian surname last
    ("Governor Rustam Nurgaliyevich Minnikhanov", "Rustam Nurgaliyevich Minnikhanov",
     "Governor"),
    ("Prime Minister Nguyen Xuan Phuc", "Nguyen Xuan Phuc", "Prime Minister"),
    ("President of the European Commission José Manuel Durão Barroso",
     "José Manuel Durão Barroso", "President of the European Commission"),
    ("Vladimir Vladimirovich Putin", "Vladimir Vladimirovich Putin", None),
])
def test_a_company_between_a_role_word_and_a_person(label: str, name: str, role: str) -> None:
    got = split_label(label)
    assert (got.name, got.role) == (name, role)


def test_a_press_secretary_giving_the_floor_to_questions_asks_nothing() -> None:
    # after en.kremlin.ru, News conference of Vladimir Putin, 20 December 2012 (CC BY 4.0):
    # the press secretary opens and hands the floor to "Question:" labels; his words to the
    # principal ("we could start with questions and answers") put no question
    html = ("<p><b>President of Russia Vladimir Putin:</b> Good afternoon.</p>"
            "<p><b>DEPUTY CHIEF OF STAFF OF THE PRESIDENTIAL EXECUTIVE OFFICE AND PRESIDENTIAL "
            "PRESS SECRETARY DMITRY PESKOV:</b> Mr President, we could "
            "start with questions and answers, if you don’t mind.</p>"
            "<p><b>Vladimir Putin:</b> Mr Peskov will help us to warm up at the start. To "
            "find our bearings, and then we will move on to direct communication.</p>"
            "<p><b>Dmitry Peskov:</b> I know some of you by name, but not all of you, so "
            "please introduce yourselves, state your city and media outlet.</p>"
            "<p>Go ahead, please.</p>"
            f"<p><b>Question:</b> What comes next?</p><p><b>Vladimir Putin:</b> {LONG}</p>"
            "<p><b>Dmitry Peskov:</b> Colleagues from Kuzbass.</p>"
            f"<p><b>Question:</b> And the housing?</p><p><b>Vladimir Putin:</b> {LONG}</p>")
    assert [b[:3] for b in blocks_of(html)] == [
        ("turn", None, "Vladimir Putin"), ("turn", None, "Dmitry Peskov"),
        ("turn", None, "Vladimir Putin"), ("turn", None, "Dmitry Peskov"),
        ("turn", None, "Dmitry Peskov"),
        ("question", 1, None), ("answer", 1, "Vladimir Putin"), ("turn", 1, "Dmitry Peskov"),
        ("question", 2, None), ("answer", 2, "Vladimir Putin")]


def test_a_question_labels_journalist_named_in_his_reply_goes_on_with_his_question() -> None:
    # after en.kremlin.ru, News conference of Vladimir Putin, 20 December 2012 (CC BY 4.0)
    html = ("<p><b>Question:</b> Inessa Zemler, Ekho Moskvy.</p>"
            "<p>Nobody is working on the M-10 highway. Will it go into operation?</p>"
            "<p><b>Vladimir Putin:</b> The M-10 highway?</p>"
            "<p><b>Inessa Zemler:</b> I’m talking about that very highway.</p>"
            f"<p><b>Vladimir Putin:</b> {LONG}</p>"
            "<p><b>Question:</b> Do you support the ban or not?</p>"
            f"<p><b>Vladimir Putin:</b> {LONG}</p>")
    assert [b[:3] for b in blocks_of(html)] == [
        ("question", 1, None), ("question", 1, None), ("answer", 1, "Vladimir Putin"),
        ("turn", 1, "Inessa Zemler"), ("answer", 1, "Vladimir Putin"),
        ("question", 2, None), ("answer", 2, "Vladimir Putin")]

"""Roles of speaker labels and participant lists in French (translate/labels.py)."""

from __future__ import annotations

import datetime as dt

from daybook.model import Block, Day, Event, Participant
from daybook.publish.digest_text import render_digest
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.cache import TranslationCache
from daybook.translate.day import translate_day
from daybook.translate.labels import role_plan, site_case


def test_site_case() -> None:
    assert site_case("PRESIDENT OF RUSSIA") == "President of Russia"
    assert site_case("ROSNEFT CEO") == "Rosneft CEO"
    assert site_case("President of Russia") == "President of Russia"


def test_plans() -> None:
    # Capitals, two roles joined by "and": the vocabulary writes both, no engine.
    plan = role_plan("DEPUTY CHIEF OF STAFF OF THE PRESIDENTIAL EXECUTIVE OFFICE AND "
                     "PRESIDENTIAL PRESS SECRETARY")
    assert plan.fill({}) == ("chef adjoint de l’administration présidentielle et attaché de "
                             "presse du Président")
    assert plan.for_engine() == ()
    # A known head with a complement: only the complement goes to the engine, after "de".
    plan = role_plan("Moderator of the Valdai Club’s plenary session")
    assert plan.for_engine() == ("the Valdai Club’s plenary session",)
    assert plan.fill({"the Valdai Club’s plenary session": "La séance plénière du club "
                      "Valdaï"}) == "modérateur de la séance plénière du club Valdaï"
    # A modifier before a known head; a woman's role in the feminine.
    plan = role_plan("Direct Line programme host", female=True)
    assert plan.for_engine() == ("the Direct Line programme",)
    assert plan.fill({"the Direct Line programme": "Le programme de la Ligne directe"}) == (
        "animatrice du programme de la Ligne directe")
    assert plan.fill({}) is None  # the piece not translated: the caller falls back
    # Two roles joined by a dash; a known head written in lower case; a head after "of".
    assert role_plan("Deputy Prime Minister – Minister of Defence").fill({}) == (
        "vice-Premier ministre, ministre de la Défense")
    assert role_plan("editor-in-chief of Kommersant").fill({}) == (
        "rédacteur en chef de Kommersant")
    plan = role_plan("Chief of the General Staff of the Armed Forces")
    assert plan.fill({"the Armed Forces": "Les forces armées"}) == (
        "chef d’état-major général des forces armées")
    # Two roles joined by a comma, the first with a complement: each by its own head.
    plan = role_plan("Moderator of the plenary session, Bloomberg Editor-in-Chief")
    assert plan.for_engine() == ("the plenary session",)
    assert plan.fill({"the plenary session": "La séance plénière"}) == (
        "modérateur de la séance plénière, rédacteur en chef de Bloomberg")
    # Callers' roles of the general vocabulary, in the feminine, in either case.
    assert role_plan("Teacher", female=True).fill({}) == "enseignante"
    assert role_plan("Kommersant columnist", female=True).fill({}) == (
        "chroniqueuse de Kommersant")
    # Nothing known: the engine gets the whole role.
    assert role_plan("Chief wizard").for_engine() == ("Chief wizard",)
    # A role the vocabulary writes whole is never split.
    assert role_plan("Minister of Labour and Social Protection").fill({}) == (
        "ministre du Travail et de la Protection sociale")


def test_labels_of_a_translated_day(apertium_ok: bool) -> None:
    event = Event(
        id="kremlin:1", title="Meeting", kind="meeting", date=dt.date(2012, 12, 20),
        language="en",
        blocks=(Block("turn", "Good afternoon.", speaker="Fyodor Lukyanov",
                      role="Moderator of the Valdai Club’s plenary session"),
                Block("turn", "Thank you.", speaker="Yekaterina Berezovskaya",
                      role="Direct Line programme host")),
        participants=(Participant("Valentina Matviyenko", "Speaker of the Federation Council"),))
    day = translate_day(Day(event.date, (event,)).numbered(), "fr", ApertiumEngine(),
                        TranslationCache())
    text = render_digest(day, "fr")
    assert ("Modérateur de la séance plénière du club Valdaï Fiodor Loukianov\u00a0:"
            in text)
    assert "Animatrice du programme de la Ligne directe Ekaterina Berezovskaïa\u00a0:" in text
    assert "présidente du Conseil de la Fédération Valentina Matvienko" in text


def test_forms_of_address(apertium_ok: bool) -> None:
    """A role addressed without a name, as French protocol writes it (Apertium: "Mr premier
    ministre", "Haut-parleur de madame"); a role before a name keeps "M."."""
    from daybook.translate.day import text_roles
    from daybook.translate.protect import translate_texts

    outs = translate_texts(["Thank you, Mr Prime Minister.", "Madam Speaker, thank you.",
                            "Mr Ambassador, welcome.", "Mr Prime Minister Modi, welcome."],
                           ApertiumEngine(), "en", "fr", [["Narendra Modi"]] * 4,
                           text_roles("fr"))
    texts = [o.text for o in outs]
    assert texts[0] == "Merci, Monsieur le Premier ministre."
    assert texts[1].startswith("Madame la Présidente,")
    assert texts[2].startswith("Monsieur l’Ambassadeur,")
    assert texts[3].startswith("M. le Premier ministre Modi"), texts[3]


def test_the_principal_of_the_day_speaks_under_his_name(apertium_ok: bool) -> None:
    """In 2010 the President was Dmitry Medvedev: he speaks under his name alone, Vladimir
    Putin under his role then."""
    event = Event(
        id="kremlin:2", title="Meeting", kind="meeting", date=dt.date(2010, 6, 1),
        language="en",
        blocks=(Block("turn", "Good afternoon.", speaker="Dmitry Medvedev",
                      role="President of Russia"),
                Block("turn", "Thank you.", speaker="Vladimir Putin", role="Prime Minister"),
                Block("turn", "Thank you.", speaker="Narendra Modi",
                      role="Prime Minister of India")))
    day = translate_day(Day(event.date, (event,)).numbered(), "fr", ApertiumEngine(),
                        TranslationCache())
    text = render_digest(day, "fr")
    assert "Dmitri Medvedev\u00a0: Bonjour." in text
    assert "Premier ministre Vladimir Poutine\u00a0: Merci." in text
    # A man's given name in -a of another language ("men_in_a" of names_fr.json).
    assert "Narendra Modi, Premier ministre indien\u00a0: Merci." in text or (
        "Premier ministre indien Narendra Modi\u00a0: Merci." in text), text


def test_names_in_capitals_and_the_principal_by_his_family_name(apertium_ok: bool) -> None:
    """Older transcripts label speakers in capitals ("SERGEI SHOIGU:", "PRESIDENT PUTIN:")."""
    from daybook.translate.day import is_principal
    from daybook.translate.names import french_name

    assert french_name("SERGEI SHOIGU") == "Sergueï Choïgou"
    assert french_name("GEORGE W. BUSH") == "George W. Bush"
    assert is_principal("PUTIN", "Vladimir Putin") and is_principal("V. Putin", "Vladimir Putin")
    assert not is_principal("Lyudmila Putina", "Vladimir Putin")
    assert not is_principal("A. Putin", "Vladimir Putin")
    event = Event(
        id="kremlin:3", title="Press conference", kind="news_conference",
        date=dt.date(2005, 6, 1), language="en",
        blocks=(Block("turn", "Good afternoon.", speaker="PUTIN", role="PRESIDENT"),
                Block("turn", "Thank you.", speaker="GEORGE BUSH",
                      role="PRESIDENT OF THE UNITED STATES")))
    day = translate_day(Day(event.date, (event,)).numbered(), "fr", ApertiumEngine(),
                        TranslationCache())
    text = render_digest(day, "fr")
    assert "Vladimir Poutine\u00a0: Bonjour." in text
    assert "Président américain George Bush\u00a0: Merci." in text

"""Everything of the French digest outside body text: tags, roles, the principal's label,
institutions in titles and text (real Apertium)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from daybook.model import Block, Day, Event, Participant, Photo, Tags
from daybook.parsers.digest import parse_digest
from daybook.publish.digest_text import render_digest
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.cache import TranslationCache
from daybook.translate.day import translate_day
from daybook.translate.titles import role_fr, topic_fr

DATE = dt.date(2024, 3, 5)


def _event(**kw: object) -> Event:
    base: dict[str, object] = {"id": "kremlin:1", "title": "Meeting with Government members",
                               "kind": "meeting", "date": DATE, "language": "en"}
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def french(apertium_ok: bool) -> Day:
    """A day with no principal named (as a day read from kremlin.ru): tags, a speaker who
    is the site's principal, participants with company roles, a caption."""
    summit = _event(
        id="kremlin:2",
        title="Summit of the Conference on Interaction and Confidence-Building Measures in Asia",
        place="Dushanbe",
        blocks=(Block("turn", "Good afternoon, colleagues.", speaker="Vladimir Putin",
                      role="President of Russia"),
                Block("paragraph", "The summit of the Conference on Interaction and "
                      "Confidence-Building Measures in Asia opened in Dushanbe.")),
        participants=(Participant("Igor Sechin", "Rosneft CEO"),
                      Participant("Nikolai Tokarev", "President of Transneft")),
        photos=(Photo(1, "With President of the People’s Republic of China Xi Jinping."),),
        tags=Tags(geography=("People's Republic of China", "Astrakhan Region", "Burma"),
                  topics=("Foreign policy", "Healthcare", "SCO"),
                  persons=("Xi Jinping", "Kolobkov Pavel", "von der Leyen Ursula",
                           "Sechin Igor")))
    birthday = _event(title="Vladimir Putin wished Xi Jinping a happy birthday")
    day = Day(DATE, (birthday, summit)).numbered()
    return translate_day(day, "fr", ApertiumEngine(), TranslationCache())


def test_tags_in_french(french: Day) -> None:
    tags = french.events[1].tags
    # Places through the gazetteer (CLDR, aliases), never the engine.
    assert tags.geography == ("Chine", "région d’Astrakhan", "Birmanie")
    # Topics from the table (institutions for organisations), not "Police étrangère".
    assert tags.topics == ("Politique étrangère", "Santé", "OCS")
    # Persons given name first, in their French form; East Asian names in their order.
    assert tags.persons == ("Xi Jinping", "Pavel Kolobkov", "Ursula von der Leyen",
                            "Igor Setchine")


def test_toc_lines_and_labels_entirely_french(french: Day) -> None:
    text = render_digest(french, "fr")
    toc = [line for line in text.splitlines() if re.match(r"^\d+°/", line)]
    assert toc[:2] == [  # the table of contents (the sections repeat its lines)
        "1°/Vladimir Poutine a souhaité un joyeux anniversaire à Xi Jinping – 5 mars 2024",
        "2°/Sommet de la Conférence pour l’interaction et les mesures de confiance en Asie"
        " – 5 mars 2024 à Douchanbé",
    ]
    # A day read from kremlin.ru names no principal: the site's speaks under his name.
    assert "Vladimir Poutine\u00a0: " in text
    assert "Président de la Russie Vladimir Poutine" not in text
    assert "Géographie\u00a0: Chine, région d’Astrakhan, Birmanie" in text
    # The digest reader reads the French tag lines back as they were written.
    back = parse_digest(text).days[0].events[1].tags
    assert back == french.events[1].tags


def test_roles_and_institutions_in_text(french: Day) -> None:
    e = french.events[1]
    assert [p.role for p in e.participants] == ["PDG de Rosneft", "président de Transneft"]
    body = " ".join(b.text for b in e.blocks)
    # The glossary's French name, protected from the engine ("l'assise en interaction").
    assert "Conférence pour l’interaction et les mesures de confiance en Asie" in body
    assert "République populaire de Chine" in (e.photos[0].caption or "")


@pytest.mark.parametrize(("topic", "fr"), [
    ("Foreign policy", "Politique étrangère"), ("Armed Forces", "Forces armées"),
    ("Economy and finance", "Économie et les finances"), ("EAEU", "UEEA"),
    ("CIS", "CEI"), ("Great Patriotic War", "Grande Guerre patriotique"),
])
def test_topic_table(topic: str, fr: str) -> None:
    assert topic_fr(topic) == fr


def test_unknown_topic_is_left_to_the_engine() -> None:
    assert topic_fr("Quantum gastronomy") is None


@pytest.mark.parametrize(("role", "fr"), [
    ("Rosneft CEO", "PDG de Rosneft"),
    ("Leningrad Region Governor", "gouverneur de la région de Léningrad"),
    ("Russian President", "président russe"),
    ("President of LUKOIL", "président de LUKOIL"),
    ("United States Secretary of State", "secrétaire d’État des États-Unis"),
    ("Chairman of the Management Board of NOVATEK", "président du directoire de NOVATEK"),
    ("Komsomolskaya Pravda Editor in Chief", "rédacteur en chef de Komsomolskaya Pravda"),
])
def test_roles_with_organisations(role: str, fr: str) -> None:
    assert role_fr(role) == fr


def test_role_with_an_english_organisation_is_not_guessed() -> None:
    # Common English words are no organisation's own name: the engine gets it.
    assert role_fr("President of the Russian Curling Federation") is None

"""The digest writer: exact table of contents, golden text, and parse(render(day)) == day."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daybook.model import (
    Block,
    Day,
    Event,
    Participant,
    Photo,
    Principal,
    Source,
    Status,
    Tags,
)
from daybook.parsers.digest import parse_digest
from daybook.parsers.digest_heading import digest_event_id, event_kind
from daybook.publish.digest_text import render_digest
from daybook.publish.locale import date_line, format_date, format_time
from tests.golden import GOLDEN, assert_golden

MOSCOW = ZoneInfo("Europe/Moscow")


def without_origin(day: Day) -> dict[str, Any]:
    d = day.to_dict()
    for e in d["events"]:
        for b in e["blocks"]:
            b.pop("origin", None)
    return d


def test_toc_lines_are_exact(day: Day) -> None:
    lines = render_digest(day).splitlines()
    assert lines[0] == "5724 – Russie… La journée du 8 Novembre de V.Poutine …"
    assert lines[3:8] == [
        "1°/Interview au journal Kazakhstanskaya Pravda – 8 novembre 2023",
        "2°/Discours vidéo aux participants de la 11ème réunion des secrétaires des conseils de "
        "sécurité des États membres de la CEI – 8 novembre 2023 à 09h30",
        "3°/Visite du centre médical pour enfants Dima Rogachev – 8 novembre 2023 à 14h25 "
        "à Moscou",
        "4°/Rencontre avec le vice-président de la Commission militaire centrale chinoise "
        "Zhang Youxia – 8 novembre 2023 à 15h05 à Novo-Ogaryovo-région de Moscou",
        "5°/Rencontre avec les membres du Gouvernement – 8 novembre 2023 à 20h30 "
        "à Novo-Ogaryovo-région de Moscou",
    ]


def test_sections_carry_the_format(day: Day) -> None:
    text = render_digest(day)
    heading = "1°/Interview au journal Kazakhstanskaya Pravda – 8 novembre 2023"
    assert f"{heading} – En 8 Questions" in text
    assert "\n1\nQuestion\u00a0: Depuis plus de 30 ans" in text
    assert "\nPrésident de la Russie Vladimir Poutine\u00a0: Chers collègues,\n" in text
    assert "\n2 Zhang Youxia, vice-président" in text
    assert "Défense. Photo\u00a0: Sergueï Bobylev, TASS" in text
    assert "\ndes vice-premiers ministres Viktoria Abramchenko, Tatiana Golikova" in text
    assert "\n<…>\n" in text and "\nÀ suivre.\n" in text and "\n* * *\n" in text
    assert "\nAjouté par SANS A PRIORI\n" in text
    wiki = "https://fr.wikipedia.org/wiki/Communaut%C3%A9_des_%C3%89tats_ind%C3%A9pendants"
    assert f"\n{wiki}\n" in text


def test_sample_round_trip(day: Day) -> None:
    again = parse_digest(render_digest(day))
    assert without_origin(again.days[0]) == without_origin(day)
    assert [d.code for d in again.diagnostics] == []


def test_golden_text(day: Day) -> None:
    assert_golden(render_digest(day), GOLDEN / "digest-fr" / "2023-11-08.digest.txt")


def test_locale_forms() -> None:
    d, t = dt.date(2023, 11, 8), dt.time(14, 25)
    assert format_date(d, "fr") == "8 novembre 2023" and format_time(t, "fr") == "14h25"
    assert date_line(d, t, "Moscou", "fr") == "8 novembre 2023 à 14h25 à Moscou"
    assert date_line(d, t, "Moscow", "en") == "8 November 2023 at 14:25 in Moscow"
    assert date_line(d, t, "Москва", "ru") == "8 ноября 2023 в 14:25, Москва"


def test_tags_written_are_read_back(day: Day) -> None:
    from dataclasses import replace

    tags = Tags(("Moscou",), ("Santé", "Enfants"), ("Dima Rogachev",))
    tagged = replace(day.events[2], tags=tags)
    d2 = replace(day, events=(day.events[0], day.events[1], tagged, *day.events[3:]))
    text = render_digest(d2)
    assert "\nLes sujets\u00a0: Santé, Enfants\n" in text
    assert parse_digest(text).days[0].events[2].tags == tagged.tags


def test_english_digest_round_trip() -> None:
    date = dt.date(2024, 2, 1)
    event = Event(
        id=digest_event_id(date, "Meeting with Sergei Lavrov"), title="Meeting with Sergei Lavrov",
        kind="meeting", date=date, language="en", number=1,
        start=dt.datetime(2024, 2, 1, 13, 0, tzinfo=MOSCOW), timezone="Europe/Moscow",
        time_basis="published",
        place="Moscow", lead="The President met with the Foreign Minister.",
        blocks=(Block("turn", "Good afternoon.", "Vladimir Putin", "President of Russia"),
                Block("turn", "Thank you.", "Sergei Lavrov", "Foreign Minister")),
        status=Status(continued=True),
    )
    day = Day(date=date, events=(event,), title="The day of Vladimir Putin",
              principal=Principal("Vladimir Putin"))
    text = render_digest(day)
    assert "1°/Meeting with Sergei Lavrov – 1 February 2024 at 13:00 in Moscow" in text
    assert "To be continued." in text
    assert without_origin(parse_digest(text).days[0]) == without_origin(day)


def test_a_day_of_2010_is_dmitry_medvedev_s() -> None:
    """Between May 2008 and May 2012 the site's president was Dmitry Medvedev: a day with no
    digest title is headed with his name, and the heading is read back as his day."""
    date = dt.date(2010, 6, 18)
    event = Event(id=digest_event_id(date, "Meeting with Vladimir Putin"),
                  title="Rencontre avec Vladimir Poutine", kind="meeting", date=date,
                  language="fr", number=1)
    for lang, name in (("fr", "Dmitri Medvedev"), ("en", "Dmitry Medvedev")):
        text = render_digest(Day(date=date, events=(replace(event, language=lang),)), lang)
        assert text.splitlines()[0].endswith(f" – {name}")
        parsed = parse_digest(text).days[0]
        assert parsed.principal == Principal(name)
    later = render_digest(Day(date=dt.date(2012, 5, 7), events=(event,)), "fr")
    assert later.splitlines()[0].endswith(" – Vladimir Poutine")


# --- property test: generated days survive render -> parse -----------------------------------

WORDS = ("coopération", "développement", "sécurité", "région", "économie", "relations",
         "partenaires", "projets", "énergie", "l’avenir", "aujourd’hui", "nos", "pays", "la",
         "le", "des", "et", "avec", "pour", "dans", "très", "important", "Russie", "Chine",
         "Kazakhstan", "« stabilité »", "(OTSC)", "10,2%", "2023", "<b>gras</b>", "&", "Moscou")
HEADS = ("Nous", "Le", "La", "Il", "Je", "Cette", "Notre", "Les", "En", "Tout")
PEOPLE = ("Vladimir Poutine", "Sergueï Lavrov", "Zhang Youxia", "Anton Siluanov",
          "Elvira Nabioullina", "Dmitri Peskov", "Galina Novitchkova", "Kassym-Jomart Tokayev",
          "Maxim Orechkine", "Tatiana Golikova")
ROLES = ("Président de la Russie", "ministre des Affaires étrangères", "Premier ministre",
         "vice-président de la Commission militaire centrale chinoise", "ministre des Finances",
         "directrice générale du Centre Rogachev", "gouverneur de la région de Koursk",
         "porte-parole du Président", None)
TITLE_HEADS = ("Rencontre avec", "Visite de", "Conversation téléphonique avec", "Discours à",
               "Réunion avec", "Entretien avec", "Interview au journal", "Message à")
PLACES = (None, "Moscou", "Novo-Ogaryovo-région de Moscou", "Saint-Pétersbourg", "Sotchi")
WIKI = "https://fr.wikipedia.org/wiki/Communaut%C3%A9_des_%C3%89tats_ind%C3%A9pendants"


@st.composite
def sentences(draw: st.DrawFn) -> str:
    body = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=10))
    return " ".join([draw(st.sampled_from(HEADS)), *body]) + draw(st.sampled_from(".?!"))


@st.composite
def list_items(draw: st.DrawFn, speaker: str | None, role: str | None,
               pair: int | None) -> list[Block]:
    """Items of one list; an ordered list writes its ordinals, in an answer the pair number."""
    n = draw(st.integers(1, 3))
    numbered = draw(st.booleans())
    return [Block("list", (f"{k}. " if numbered else "") + draw(sentences()), speaker, role,
                  pair) for k in range(1, n + 1)]


@st.composite
def inline_editorial(draw: st.DrawFn, speaking: bool) -> Block:
    kinds = ["map", "news"] + (["name"] if speaking else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "map":
        text = "CARTE " + draw(sentences())
    elif kind == "news":
        text = draw(sentences()).rstrip(".?!") + ", a indiqué Kazinform, citant le gouvernement"
    else:
        text = draw(st.sampled_from(PEOPLE)) + "."
    return Block("editorial", text, provenance="editorial")


@st.composite
def speech(draw: st.DrawFn, kind: str, number: int | None) -> list[Block]:
    """One speaker's run: a labelled first paragraph, then paragraphs, lists, inserts."""
    speaker = draw(st.sampled_from(PEOPLE))
    role = draw(st.sampled_from(ROLES))
    out = [Block(kind, draw(sentences()), speaker, role, number)]  # type: ignore[arg-type]
    for _ in range(draw(st.integers(0, 3))):
        choice = draw(st.sampled_from(("text", "list", "elision", "insert")))
        if choice == "text":
            out.append(Block(kind, draw(sentences()), speaker, role, number))  # type: ignore[arg-type]
        elif choice == "list":
            out += draw(list_items(speaker, role, number if kind == "answer" else None))
        elif choice == "elision":
            out.append(Block("elision", "<…>"))
        else:
            out.append(draw(inline_editorial(True)))
    return out


@st.composite
def bodies(draw: st.DrawFn) -> list[Block]:
    out: list[Block] = []
    for _ in range(draw(st.integers(0, 2))):
        out.append(Block("paragraph", draw(sentences())))
    if draw(st.booleans()):
        out.append(draw(inline_editorial(False)))
    if draw(st.booleans()):
        for q in range(1, draw(st.integers(1, 3)) + 1):
            out.append(Block("question", draw(sentences()), number=q))
            out += draw(speech("answer", q))
    else:
        for _ in range(draw(st.integers(0, 3))):
            out += draw(speech("turn", None))
            if draw(st.booleans()):
                out.append(Block("separator", "* * *"))
                out += [Block("paragraph", draw(sentences()))
                        for _ in range(draw(st.integers(0, 1)))]
    for _ in range(draw(st.integers(0, 3))):
        url = draw(st.sampled_from((WIKI, None)))
        kind = draw(st.sampled_from(("editorial", "list")))
        out.append(Block(kind, draw(sentences()), provenance="editorial", source_url=url))  # type: ignore[arg-type]
    return out


@st.composite
def events(draw: st.DrawFn, date: dt.date, number: int) -> Event:
    title = " ".join([draw(st.sampled_from(TITLE_HEADS)),
                      *draw(st.lists(st.sampled_from((*PEOPLE, "la", "délégation")),
                                     min_size=1, max_size=3))])
    hour = draw(st.one_of(st.none(), st.integers(0, 23)))
    start = (dt.datetime.combine(date, dt.time(hour, draw(st.integers(0, 59))), tzinfo=MOSCOW)
             if hour is not None else None)
    blocks = draw(bodies())
    url = draw(st.one_of(st.none(), st.integers(60000, 79999).map(
        lambda n: f"http://en.kremlin.ru/events/president/news/{n}")))
    sources = (Source(url, "en.kremlin.ru", "CC BY 4.0"),) if url else ()
    names = draw(st.lists(st.sampled_from(PEOPLE), unique=True, max_size=4))
    participants = tuple(Participant(n, draw(st.sampled_from(ROLES))) for n in names)
    photos = tuple(
        Photo(k, draw(sentences()), draw(st.sampled_from((None, "Sergueï Bobylev, TASS"))))
        for k in range(1, draw(st.integers(0, 3)) + 1)
    )
    tag = st.lists(st.sampled_from(("Moscou", "Chine", "Santé", "Défense", "Anton Siluanov")),
                   unique=True, max_size=2).map(tuple)
    return Event(
        id=f"kremlin:{url.rsplit('/', 1)[1]}" if url else digest_event_id(date, title),
        number=number, title=title, kind=event_kind(title), date=date, language="fr",
        start=start, timezone="Europe/Moscow" if start else None,
        time_basis="published" if start else None,
        place=draw(st.sampled_from(PLACES)), lead=draw(st.one_of(st.none(), sentences())),
        sources=sources, participants=participants, blocks=tuple(blocks), photos=photos,
        tags=Tags(draw(tag), draw(tag), draw(tag)),
        status=Status(continued=draw(st.booleans()),
                      elided=any(b.type == "elision" for b in blocks)),
    )


@st.composite
def days(draw: st.DrawFn) -> Day:
    date = draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
    n = draw(st.integers(1, 4))
    evs = tuple(draw(events(date, k)) for k in range(1, n + 1))
    title = f"{draw(st.integers(1, 9999))} – Russie… La journée du {format_date(date, 'fr')} " \
            "de V.Poutine"
    return Day(date=date, events=evs, title=title, principal=Principal("Vladimir Poutine"))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(days())
def test_render_then_parse_gives_the_day(day: Day) -> None:
    text = render_digest(day)
    parsed = parse_digest(text)
    assert without_origin(parsed.days[0]) == without_origin(day)

"""Model events for search, web and feed tests: French, English and Russian, plus a hostile one.

Texts are taken from the sample digest of 8 November 2023 and from en.kremlin.ru / kremlin.ru
pages (CC BY 4.0), shortened.
"""

from __future__ import annotations

import datetime as dt

from daybook.model import Block, Event, Participant, Photo, Source, Status, Tags
from daybook.store.base import DayMeta, Store

MSK = dt.timezone(dt.timedelta(hours=3))
DAY = dt.date(2023, 11, 8)


def french_day() -> list[Event]:
    interview = Event(
        id="digest:2023-11-08:1", number=1, kind="interview", date=DAY, language="fr",
        title="Interview au journal Kazakhstanskaya Pravda",
        lead="Vladimir Poutine a répondu aux questions du journal kazakh.",
        sources=(Source("http://en.kremlin.ru/events/president/news/72682", "en.kremlin.ru",
                        "CC BY 4.0"),),
        blocks=(
            Block("question", "Depuis plus de 30 ans, les relations entre le Kazakhstan et la "
                  "Russie ont atteint un niveau élevé de partenariat stratégique.", number=1),
            Block("answer", "En effet, le partenariat Kazakhstan-Russie se développe "
                  "activement. Les négociations sur le gaz avancent.",
                  speaker="Vladimir Poutine", number=1),
            Block("question", "Quels autres projets sont mis en œuvre dans le secteur "
                  "énergétique ?", number=2),
            Block("answer", "Gazprom, Rosneft et Lukoil développent des gisements avec leurs "
                  "partenaires.", speaker="Vladimir Poutine", number=2),
            Block("editorial", "Ajouté par SANS A PRIORI : carte du gazoduc.",
                  provenance="editorial"),
        ),
        tags=Tags(geography=("Kazakhstan",), topics=("Énergie",), persons=()),
    )
    meeting = Event(
        id="digest:2023-11-08:4", number=2, kind="meeting", date=DAY, language="fr",
        title="Rencontre avec le vice-président de la Commission militaire centrale chinoise "
              "Zhang Youxia",
        lead="La réunion s'est déroulée en présence du ministre de la Défense Sergueï Choïgu.",
        start=dt.datetime(2023, 11, 8, 15, 5, tzinfo=MSK), timezone="Europe/Moscow",
        time_basis="published",
        place="Novo-Ogaryovo, région de Moscou",
        sources=(Source("http://en.kremlin.ru/events/president/news/72690"),),
        participants=(
            Participant("Sergueï Choïgu", "ministre de la Défense"),
            Participant("Zhang Youxia", "vice-président de la Commission militaire centrale"),
        ),
        blocks=(
            Block("turn", "Camarade vice-président, je suis heureux de vous voir. Les "
                  "négociation de nos ministères se poursuivent.",
                  speaker="Vladimir Poutine", role="Président de la Russie"),
            Block("turn", "Monsieur le Président, merci pour cet accueil.",
                  speaker="Zhang Youxia", role="vice-président"),
            Block("elision", "<…>"),
        ),
        photos=(Photo(1, "Avec Zhang Youxia.", "Sergueï Bobylev, TASS"),),
        tags=Tags(geography=("Chine",), topics=("Défense",), persons=("Zhang Youxia",)),
    )
    government = Event(
        id="digest:2023-11-08:5", number=3, kind="meeting", date=DAY, language="fr",
        title="Rencontre avec les membres du Gouvernement",
        start=dt.datetime(2023, 11, 8, 20, 30, tzinfo=MSK), timezone="Europe/Moscow",
        time_basis="published",
        place="Novo-Ogaryovo, région de Moscou",
        blocks=(Block("turn", "Bonsoir, chers collègues ! Commençons par le budget.",
                      speaker="Vladimir Poutine"),),
        status=Status(continued=True),
    )
    return [interview, meeting, government]


def english_events() -> list[Event]:
    talks = Event(
        id="kremlin:90001", kind="meeting", date=dt.date(2019, 2, 14), language="en",
        title="Talks with President of Turkey Recep Tayyip Erdogan",
        lead="The leaders held negotiations in Sochi.",
        start=dt.datetime(2019, 2, 14, 12, 0, tzinfo=MSK), timezone="Europe/Moscow",
        time_basis="published",
        place="Sochi",
        sources=(Source("http://en.kremlin.ru/events/president/news/90001", "en.kremlin.ru"),),
        participants=(Participant("Recep Tayyip Erdogan", "President of Turkey"),
                      Participant("Sergei Shoigu", "Defence Minister")),
        blocks=(
            Block("turn", "Mr President, friends, the negotiation went well.",
                  speaker="Vladimir Putin", role="President of Russia"),
            Block("turn", "Thank you. Our negotiations on Syria continue.",
                  speaker="Recep Tayyip Erdogan", role="President of Turkey"),
        ),
        photos=(Photo(1, "Russian-Turkish talks.", "Press Service"),),
        tags=Tags(geography=("Turkey",), topics=("Foreign policy",), persons=()),
    )
    message = Event(
        id="kremlin:90002", kind="message", date=dt.date(2019, 2, 15), language="en",
        title="Condolences to the President of Italy",
        sources=(Source("http://en.kremlin.ru/events/president/news/90002"),),
        blocks=(Block("paragraph", "Vladimir Putin expressed his condolences."),),
    )
    return [talks, message]


def russian_events() -> list[Event]:
    return [Event(
        id="kremlin:76000", kind="meeting", date=dt.date(2025, 3, 3), language="ru",
        title="Встреча с Министром обороны",
        lead="Владимир Путин провёл рабочую встречу.",
        place="Москва, Кремль",
        start=dt.datetime(2025, 3, 3, 11, 0, tzinfo=MSK), timezone="Europe/Moscow",
        time_basis="published",
        sources=(Source("http://kremlin.ru/events/president/news/76000"),),
        participants=(Participant("Андрей Белоусов", "Министр обороны"),),
        blocks=(Block("turn", "Доклад Путина был подробным. Переговоры продолжаются.",
                      speaker="А.Белоусов"),),
    )]


XSS = '<script>window.__xss=1</script>"><img src=x onerror="window.__xss=2">'


def hostile_event() -> Event:
    """Every text field carries markup or a javascript: URL; none may execute or link."""
    return Event(
        id="kremlin:66666", kind="meeting", date=dt.date(2023, 11, 9), language="en",
        title="Hostile " + XSS, lead="Lead " + XSS, place="Place " + XSS,
        start=dt.datetime(2023, 11, 9, 10, 0, tzinfo=MSK), timezone="Europe/Moscow",
        time_basis="published",
        sources=(Source("javascript:alert(1)", XSS), Source("http://example.org/ok?a=1&b=2")),
        participants=(Participant("Name " + XSS, "Role " + XSS),),
        blocks=(Block("turn", "Text " + XSS + " hostile", speaker="Speaker " + XSS,
                      role=XSS, source_url="javascript:alert(2)"),
                Block("editorial", "Insert " + XSS, provenance="editorial")),
        photos=(Photo(1, "Caption " + XSS, "Credit " + XSS, url="javascript:alert(3)"),),
        tags=Tags(geography=("Geo " + XSS,), topics=("Topic " + XSS,), persons=("P " + XSS,)),
    )


def fill(store: Store, *, hostile: bool = True) -> None:
    """Save every sample event (and the French day's title) into a store."""
    events = french_day() + english_events() + russian_events()
    if hostile:
        events.append(hostile_event())
    with store.transaction():
        for e in events:
            store.save_event(e, origin="tests/sample_events.py")
        store.save_day_meta(DayMeta(DAY, "fr", "La journée du 8 Novembre de V.Poutine",
                                    "Vladimir Poutine"))

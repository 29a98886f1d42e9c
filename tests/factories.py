"""Small builders of model records for tests that do not need a real page."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from daybook.model import Block, Event, Participant, Photo, Source, Status, Tags

MOSCOW = ZoneInfo("Europe/Moscow")


def make_event(
    n: int = 1,
    *,
    date: dt.date = dt.date(2019, 2, 9),
    hour: int | None = 10,
    language: str = "en",
    text: str = "We discussed trade and negotiations.",
    kind: str = "meeting",
) -> Event:
    start = (
        dt.datetime.combine(date, dt.time(hour, 0), tzinfo=MOSCOW) if hour is not None else None
    )
    return Event(
        id=f"kremlin:{59800 + n}",
        title=f"Meeting number {n}",
        kind=kind,  # type: ignore[arg-type]
        date=date,
        language=language,
        start=start,
        timezone="Europe/Moscow" if start else None,
        time_basis="published" if start else None,
        place="Sochi",
        lead=f"Vladimir Putin held meeting {n}.",
        sources=(Source(f"http://en.kremlin.ru/events/president/news/{59800 + n}",
                        "en.kremlin.ru", "CC BY 4.0"),),
        participants=(Participant("Sergei Lavrov", "Foreign Minister"),),
        blocks=(
            Block("paragraph", "The meeting began."),
            Block("turn", text, speaker="Vladimir Putin", role="President of Russia"),
            Block("elision", "<…>"),
        ),
        photos=(Photo(1, "At the meeting.", "Sergei Bobylev, TASS"),),
        tags=Tags(("Kyrgyzstan",), ("Foreign policy",), ("Jeenbekov Sooronbay",)),
        status=Status(elided=True),
    )


def text_event(n: int, text: str, *, date: dt.date, language: str) -> Event:
    """An event whose one paragraph is ``text``, and nothing else names anybody or any
    place (neutral title, no lead, place or participants): for search tests."""
    import dataclasses

    e = make_event(n, date=date, language=language, text=text)
    return dataclasses.replace(e, title=f"Event {n}", lead="", place=None, participants=(),
                               blocks=(Block("paragraph", text),))

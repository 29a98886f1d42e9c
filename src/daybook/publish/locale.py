"""Dates, times and headings in the reader's language (fr, en, ru), through Babel.

"8 novembre 2023", "14h25" and the heading "N°/Title – 8 novembre 2023 à 14h25 à Place".
The patterns are data (shared with the digest reader in ``parsers.digest_vocab``) so the
English and Russian forms exist beside the French one; the labels of the Markdown and HTML
pages are data here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from zoneinfo import ZoneInfo

from daybook.model import Day, Event
from daybook.parsers import digest_vocab as V

# Labels of the rendered pages, per language.
LABELS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "contents": "Sommaire", "participants": "Participants", "photos": "Photos",
        "question": "Question", "answer": "Réponse", "editorial": "Ajout éditorial",
        "editorial_note": "hors compte rendu officiel", "sources": "Sources",
        "source": "Source", "tags": "Mots-clés", "continued": "À suivre.",
        "elided": "Passage omis", "photo_credit": "Photo", "licence": "Licence",
        "geography": "Géographie", "topics": "Sujets", "persons": "Personnes",
        "lead": "Chapeau",
        # French sets a no-break space before a colon (Imprimerie nationale); English none.
        "colon": "\u00a0:",
    },
    "en": {
        "contents": "Contents", "participants": "Participants", "photos": "Photos",
        "question": "Question", "answer": "Answer", "editorial": "Editorial insert",
        "editorial_note": "not part of the official record", "sources": "Sources",
        "source": "Source", "tags": "Tags", "continued": "To be continued.",
        "elided": "Passage omitted", "photo_credit": "Photo", "licence": "Licence",
        "geography": "Geography", "topics": "Topics", "persons": "Persons", "lead": "Lead",
        "colon": ":",
    },
    "ru": {
        "contents": "Содержание", "participants": "Участники", "photos": "Фотографии",
        "question": "Вопрос", "answer": "Ответ", "editorial": "Редакционная вставка",
        "editorial_note": "не входит в официальный текст", "sources": "Источники",
        "source": "Источник", "tags": "Теги", "continued": "Продолжение следует.",
        "elided": "Фрагмент опущен", "photo_credit": "Фото", "licence": "Лицензия",
        "geography": "География", "topics": "Темы", "persons": "Персоны", "lead": "Анонс",
        "colon": ":",
    },
}


def supported(lang: str | None) -> str:
    """The language to write in: ``lang`` if daybook knows it, else the default (fr)."""
    return lang if lang in V.LANGUAGES else V.DEFAULT_LANGUAGE


def day_language(day: Day, lang: str | None = None) -> str:
    """``lang`` if given, else the most common language of the day's events."""
    if lang:
        return supported(lang)
    counts = Counter(e.language for e in day.events)
    return supported(counts.most_common(1)[0][0] if counts else None)


def labels(lang: str) -> Mapping[str, str]:
    return LABELS[supported(lang)]


def format_date(date: dt.date, lang: str) -> str:
    from babel.dates import format_date as babel_date

    lang = supported(lang)
    return str(babel_date(date, V.DATE_PATTERN[lang], locale=lang))


def format_time(time: dt.time, lang: str) -> str:
    from babel.dates import format_time as babel_time

    lang = supported(lang)
    return str(babel_time(time, V.TIME_PATTERN[lang], locale=lang))


# A clock time as a page shows it: "16 h 20" in French (no-break spaces), "16:20" otherwise.
CLOCK = {"fr": "H\u00a0'h'\u00a0mm", "en": "HH:mm", "ru": "HH:mm"}


def clock(time: dt.time, lang: str) -> str:
    from babel.dates import format_time as babel_time

    lang = supported(lang)
    return str(babel_time(time, CLOCK[lang], locale=lang))


# What the clock of an event is, said in calendars and exports (Event.time_basis).
TIME_BASIS_NOTES = {
    "published": {
        "fr": "Heure indiquée\u00a0: publication de la page source à {time}, pas le début de "
              "l’événement.",
        "en": "Time given: the source published the page at {time}; not when the event began.",
        "ru": "Указано время публикации страницы источника ({time}), а не начала события.",
    },
    "start": {
        "fr": "Heure de début donnée par la source\u00a0: {time}.",
        "en": "Start time given by the source: {time}.",
        "ru": "Время начала по источнику: {time}.",
    },
}


def time_basis_note(event: Event, lang: str | None = None) -> str:
    """What the event's clock time is, in a sentence ("" without a clock)."""
    time = local_time(event)
    if time is None or event.time_basis not in TIME_BASIS_NOTES:
        return ""
    lang = supported(lang or event.language)
    return TIME_BASIS_NOTES[event.time_basis][lang].format(time=clock(time, lang))


def local_time(event: Event) -> dt.time | None:
    """The event's clock time where it happened (its ``timezone``), if it has one."""
    if event.start is None:
        return None
    start = event.start
    if event.timezone and start.tzinfo is not None:
        start = start.astimezone(ZoneInfo(event.timezone))
    return start.time().replace(second=0, microsecond=0, tzinfo=None)


def date_line(date: dt.date, time: dt.time | None, place: str | None, lang: str) -> str:
    """ "8 novembre 2023 à 14h25 à Moscou" (time and place when known)."""
    lang = supported(lang)
    text = format_date(date, lang)
    if time is not None:
        text += V.TIME_JOIN[lang].format(time=format_time(time, lang))
    if place and lang == "fr":
        # French chooses the preposition by the place: "au Kremlin", "dans la région de".
        from daybook.publish.place_at import at_place

        text += " " + at_place(place)
    elif place:
        text += V.PLACE_JOIN[lang].format(place=place)
    return text


def event_date_line(event: Event, lang: str | None = None) -> str:
    return date_line(event.date, local_time(event), event.place, lang or event.language)


def heading_line(event: Event, lang: str | None = None, *, questions: int | None = None) -> str:
    """ "3°/Title – 8 novembre 2023 à 14h25 à Moscou" (+ "– En 8 Questions" if given)."""
    lang = supported(lang or event.language)
    text = f"{event.number}°/{event.title} – {event_date_line(event, lang)}"
    if questions:
        text += V.QUESTIONS_SUFFIX_TEXT[lang].format(n=questions)
    return text


# The notice a published machine translation opens with, per language of the page.
LANGUAGE_NAMES = {
    "fr": {"en": "de l’anglais", "ru": "du russe", "es": "de l’espagnol", "fr": "du français"},
    "en": {"en": "from English", "ru": "from Russian", "es": "from Spanish", "fr": "from French"},
    "ru": {"en": "с английского", "ru": "с русского", "es": "с испанского", "fr": "с французского"},
}
NOTICE = {
    "fr": "Traduction automatique {src} par {engines}\u00a0: le texte qui suit n’est pas "
          "celui du site officiel.",
    "en": "Machine translation {src} by {engines}: the text below is not the official one.",
    "ru": "Машинный перевод {src} ({engines}): это не официальный текст.",
}


def translation_notice(day: Day, lang: str | None = None) -> str | None:
    """The one line a published translation opens with, or None when nothing is translated."""
    engines: dict[str, None] = {}
    sources: dict[str, None] = {}
    for event in day.events:
        for block in event.blocks:
            if block.provenance == "translation" and block.engine:
                engines.setdefault(block.engine, None)
                if block.source_language:
                    sources.setdefault(block.source_language, None)
    if not engines:
        return None
    lang = lang if lang in NOTICE else "fr"
    names = LANGUAGE_NAMES[lang]
    src_text = ", ".join(names.get(s, s) for s in sources) or ""
    return NOTICE[lang].format(src=src_text, engines=", ".join(engines)).replace("  ", " ")

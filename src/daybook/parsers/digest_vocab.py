"""Vocabulary of the daily digest, per language (fr, en, ru), kept as data.

The digest parser and the digest writer both read this module, so what one writes the other
reads back. Month names come from Babel (CLDR), never from hand lists; everything else is a
pattern or a word list that a new day of the blog may need to extend.
Patterns are compiled lazily (``compiled``) so importing this module does no work.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache

LANGUAGES: tuple[str, ...] = ("fr", "en", "ru")
DEFAULT_LANGUAGE = "fr"
DEFAULT_TIMEZONE = "Europe/Moscow"

# The head of state a digest follows, as each language writes the name.
PRINCIPALS: Mapping[str, str] = {
    "fr": "Vladimir Poutine",
    "en": "Vladimir Putin",
    "ru": "Владимир Путин",
}
# Surnames that, found in a digest's title line, show whose day it is.
PRINCIPAL_SURNAMES: Mapping[str, tuple[str, ...]] = {
    "fr": ("Poutine",),
    "en": ("Putin",),
    "ru": ("Путин", "Путина"),
}
# The site's principal before the present one: Dmitry Medvedev was President of Russia from
# 7 May 2008 to 7 May 2012 (Vladimir Putin then Prime Minister, labelled so on the site).
PAST_PRINCIPALS: tuple[tuple[dt.date, dt.date, Mapping[str, str], Mapping[str, tuple[str, ...]]],
                       ...] = (
    (dt.date(2008, 5, 7), dt.date(2012, 5, 7),
     {"en": "Dmitry Medvedev", "ru": "Дмитрий Медведев", "fr": "Dmitri Medvedev"},
     {"en": ("Medvedev",), "ru": ("Медведев", "Медведева"), "fr": ("Medvedev",)}),
)


def site_principal(date: dt.date, lang: str) -> str | None:
    """The President of Russia on ``date``, as a digest in ``lang`` names him."""
    for start, end, names, _ in PAST_PRINCIPALS:
        if start <= date < end:
            return names.get(lang)
    return PRINCIPALS.get(lang)


def principal_named(title: str, lang: str) -> str | None:
    """The principal a digest's title line names by his surname, or None."""
    for _, _, names, surnames in PAST_PRINCIPALS:
        if any(s in title for s in surnames.get(lang, ())) and lang in names:
            return names[lang]
    if any(s in title for s in PRINCIPAL_SURNAMES.get(lang, ())):
        return PRINCIPALS.get(lang)
    return None

# "5°/Title – 8 novembre 2023 à 14h25 à Moscou": the event number and the degree sign.
# Both the degree sign (U+00B0) and the masculine ordinal (U+00BA) are seen in the wild.
HEADING = r"^\s*(?P<num>\d{1,3})\s*[°º]\s*/\s*(?P<rest>\S.*?)\s*$"
# The dash that separates a heading's title from its date.
TITLE_DATE_DASH = r"\s+[–—-]\s+"
# "– En 8 Questions" after an interview's heading.
QUESTIONS_SUFFIX = r"\s+[–—-]\s+(?:En|In|В)\s+(?P<n>\d+)\s+(?:Questions?|вопрос\w*)\s*$"
# Day numbers: "8", "08", "1er" (French ordinal for the first of the month).
DAY_NUMBER = r"(?P<day>\d{1,2})(?:er|re|st|nd|rd|th)?"
YEAR = r"(?P<year>\d{4})(?:\s+(?:года|г\.))?"
# Clock times: "14h25", "09h30", "14 h 25", "14:25", "14.25".
TIME = r"(?P<hour>\d{1,2})\s*(?:h|:|\.|ч)\s*(?P<minute>\d{2})"
# Words joining a date to its time and its place ("à 14h25 à Moscou", "at 14:25 in Moscow").
TIME_JOINERS = ("à", "at", "в", ",")
# French writes the preposition the place takes ("au Kremlin", "dans la région de Tver").
PLACE_JOINERS = ("à", "au", "aux", "en", "dans", "sur", "in", "at", ",", "–", "—", "-")

# Writer forms, per language (Babel patterns for dates and times; joiners around them).
DATE_PATTERN: Mapping[str, str] = {"fr": "d MMMM y", "en": "d MMMM y", "ru": "d MMMM y"}
TIME_PATTERN: Mapping[str, str] = {"fr": "HH'h'mm", "en": "HH:mm", "ru": "HH:mm"}
TIME_JOIN: Mapping[str, str] = {"fr": " à {time}", "en": " at {time}", "ru": " в {time}"}
PLACE_JOIN: Mapping[str, str] = {"fr": " à {place}", "en": " in {place}", "ru": ", {place}"}
QUESTIONS_SUFFIX_TEXT: Mapping[str, str] = {
    "fr": " – En {n} Questions",
    "en": " – In {n} Questions",
    "ru": " – В {n} вопросах",
}

# Openers of a participant list; the list runs on to the first line ending with a full stop.
PARTICIPANT_OPENERS: tuple[str, ...] = (
    r"La (?:réunion|rencontre|séance|cérémonie) s['’]est déroulée en présence",
    r"(?:Ont|Avaient) (?:également |aussi )?participé à (?:la réunion|la rencontre|l['’]entretien)",
    r"Participaient (?:également |aussi )?à (?:la réunion|la rencontre|l['’]entretien)",
    r"(?:Étaient|Etaient) (?:également )?présents",
    r"Taking part in the (?:meeting|talks|event|session) (?:were|was)",
    r"The (?:meeting|event|session) was attended by",
    r"В (?:совещании|встрече|заседании|мероприятии) (?:также )?приняли участие",
)
# The writer's opener, per language.
PARTICIPANT_OPENER_TEXT: Mapping[str, str] = {
    "fr": "La réunion s’est déroulée en présence",
    "en": "Taking part in the meeting were",
    "ru": "В совещании приняли участие",
}
# Narrative sentences that name companions: the sentence stays body text.
ACCOMPANIED: tuple[str, ...] = (
    r"^Accompagnée?\s+(?P<list>(?:du|de la|de l['’]|des|d['’]).+?),\s+(?!(?:du|de|des|d['’]|et)\b)",
    r"^Accompanied by\s+(?P<list>.+?),\s+(?:the|he|she|Vladimir)\b",
    r"^В сопровождении\s+(?P<list>.+?),\s+",
)
ALSO_PRESENT: tuple[str, ...] = (
    r"^(?P<who>.+?)\s+(?:était|étaient)\s+(?:également\s+|aussi\s+)?présente?s?\s+(?:à|lors)\b",
    r"^(?P<who>.+?)\s+(?:a|ont)\s+(?:également\s+|aussi\s+)?(?:assisté|participé)\s+à\b",
    r"^(?P<who>.+?)\s+(?:was|were)\s+also\s+present\b",
    r"^(?P<who>.+?)\s+also\s+(?:took part|attended)\b",
    r"^(?P<who>.+?)\s+также\s+(?:принял|приняла|приняли)\s+участие\b",
)
# Articles and prepositions before a participant ("du Premier ministre ...", "de l’assistant").
PARTICIPANT_PREPOSITIONS = r"^(?:et\s+|and\s+|и\s+)?(?:de la\s+|de l['’]|des\s+|du\s+|d['’]|de\s+)?"
LEADING_ARTICLES = r"^(?:Le|La|Les|L['’]|The)\s*"
# Words that join a group of names ("A, B et C").
NAME_JOINERS = r"\s*,\s*|\s+(?:et|and|и)\s+"
# Feminine role heads that take "de la" in the writer's French list.
FEMININE_ROLE_HEADS: frozenset[str] = frozenset(
    {"directrice", "présidente", "vice-présidente", "secrétaire", "gouverneure", "conseillère",
     "ministre-présidente", "cheffe", "porte-parole", "représentante", "ambassadrice"}
)

# Editorial inserts: a marker line, then everything up to the next heading.
EDITORIAL_MARKERS: tuple[str, ...] = (
    r"^Ajouté par\s+\S.{0,60}$",
    r"^Added by\s+\S.{0,60}$",
    r"^Добавлено\s+\S.{0,60}$",
)
EDITORIAL_MARKER_TEXT: Mapping[str, str] = {
    "fr": "Ajouté par SANS A PRIORI",
    "en": "Added by SANS A PRIORI",
    "ru": "Добавлено SANS A PRIORI",
}
# Page furniture of a copied wiki page inside an insert: its sidebar's links to sister
# projects. Dropped (the list it sits in is kept).
WIKI_FURNITURE: tuple[str, ...] = (
    r"^Sur les autres projets Wikimedia\s*:?$",
    r"^(?:In other projects|Wikimedia Commons has media related to\b.*)$",
    r"^В других проектах\s*:?$",
)
# A flag image's alternative text copied before the name it illustrates: "Drapeau du
# Turkménistan Turkménistan (...)" is "Turkménistan (...)".
FLAG_ALT = (r"^(?:Drapeau (?:de la |de l['’]|du |des |d['’]|de )|Flag of (?:the )?|Флаг )"
            r"(?P<name>[^()]+?) (?=(?P=name)\b)")
# News snippets pasted in by the compiler: the line ends by citing an agency.
NEWS_CITATIONS: tuple[str, ...] = (
    r",\s+a (?:indiqué|rapporté|annoncé|précisé)\s+(?:l['’]agence\s+)?[A-ZÀ-Ö][\w-]+"
    r"(?:,\s+citant\b.*)?[.]?$",
    r",\s+(?:rapporte|indique|écrit)\s+(?:l['’]agence\s+)?[A-ZÀ-Ö][\w-]+[.]?$",
    r",\s+(?:reported|reports|writes)\s+[A-Z][\w-]+(?:,\s+citing\b.*)?[.]?$",
    r",\s+(?:сообщает|передает|передаёт|пишет)\s+[А-ЯЁA-Z][\w-]+.*[.]?$",
)
# Map placeholders left by the compiler ("CARTE évolution des niveaux").
MAP_PLACEHOLDERS = r"^(?:CARTE|MAP|КАРТА)\b"

# Tag-column remnants of the source page: alone they are noise, with values they are tags.
TAG_LABELS: Mapping[str, tuple[str, ...]] = {
    "geography": ("Géographie", "Geography", "География"),
    "topics": ("Les sujets", "Sujets", "Topics", "Темы"),
    "persons": ("Personnes", "Persons", "Персоны"),
}
TAG_LABEL_TEXT: Mapping[str, Mapping[str, str]] = {
    "fr": {"geography": "Géographie", "topics": "Les sujets", "persons": "Personnes"},
    "en": {"geography": "Geography", "topics": "Topics", "persons": "Persons"},
    "ru": {"geography": "География", "topics": "Темы", "persons": "Персоны"},
}

CONTINUED: tuple[str, ...] = (r"^[ÀA] suivre\s*\.?$", r"^To be continued\s*\.?$",
                              r"^Продолжение следует\s*\.?$")
CONTINUED_TEXT: Mapping[str, str] = {
    "fr": "À suivre.", "en": "To be continued.", "ru": "Продолжение следует.",
}
ELISION = r"^[<\[(]\s*(?:…|\.\.\.)\s*[>\])]$"
ELISION_TEXT = "<…>"
SEPARATOR = r"^\*\s*\*\s*\*$"
SEPARATOR_TEXT = "* * *"

# "2 Caption. Photo : Sergueï Bobylev, TASS"; bare "6" is an empty gallery slot.
PHOTO_LINE = r"^(?P<num>\d{1,3})\s+(?P<caption>[^\W\d_].*)$"
PHOTO_CREDIT = r"\s+(?:Photo|Photos|Фото)\s*:\s*(?P<credit>\S.*)$"
# French sets a no-break space before a colon (the reader takes it as a plain space).
PHOTO_CREDIT_TEXT: Mapping[str, str] = {"fr": "Photo\u00a0: {credit}", "en": "Photo: {credit}",
                                        "ru": "Фото: {credit}"}
GALLERY_REMNANT = r"^\d{1,3}\s+(?:DITO|IDEM|ditto|idem)\b.*$"
BARE_NUMBER = r"^(?P<num>\d{1,3})$"

BULLET = r"^\s*[•·▪◦‣]\s*(?P<text>\S.*)$"
NUMBERED_ITEM = r"^\s*(?P<num>\d{1,3})[.)]\s+(?P<text>\S.*)$"
BULLET_TEXT = "  • "

QUESTION_LABEL_TEXT: Mapping[str, str] = {"fr": "Question", "en": "Question", "ru": "Вопрос"}
LABEL_SEPARATOR: Mapping[str, str] = {"fr": "\u00a0: ", "en": ": ", "ru": ": "}

URL_LINE = r"^(?P<url>https?://\S+)$"
# Official sources: event ids and licences by host.
KREMLIN_EVENT_ID = r"kremlin\.ru/events/president/(?:news|transcripts|letters|trips)/(?P<id>\d+)"
SOURCE_LICENCES: Mapping[str, str] = {
    "en.kremlin.ru": "CC BY 4.0",
    "kremlin.ru": "CC BY 4.0",
    "www.kremlin.ru": "CC BY 4.0",
    "en.special.kremlin.ru": "CC BY 4.0",
}

# Patronymics: a third capitalised word of a name is one only if it looks like one.
PATRONYMIC = r"(?:vich|vitch|ovna|evna|ichna|ич|вна|чна)$"


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a vocabulary pattern once, on first use."""
    return re.compile(pattern, flags)


# A Russian island named by an adjective (Котельный, Русский, Большой Уссурийский: -ый,
# -ий, -ой, -ский), romanised with its ending (-y, -i, -ï, -ski, -sky), takes no "de" in
# French usage ("île Kotelny", "île Russki"); a noun's name keeps it ("île de Sakhaline",
# "île de Valaam"). Here because titles (translate) and date lines (publish) both need it.
ADJECTIVE_ISLAND = (r"\b(?P<head>île) de (?P<name>(?:[A-ZÀ-Ý][\w-]* )*[A-ZÀ-Ý][\w-]*"
                    r"(?:y|ski|sky|oï|ni))(?=,|$)")


def island_fr(place: str) -> str:
    """ "île de Kotelny, Iakoutie" -> "île Kotelny, Iakoutie", "île de Bolchoï Oussouriysky"
    -> "île Bolchoï Oussouriyski"; "île de Valaam" stays."""
    return compiled(ADJECTIVE_ISLAND).sub(
        lambda m: f"{m['head']} {re.sub(r'sky$', 'ski', m['name'])}", place)


@cache
def month_numbers() -> Mapping[str, tuple[int, str]]:
    """Month name (casefolded) -> (month number, language), from Babel's CLDR data.

    Wide names in both grammatical contexts (Russian genitive "ноября" and nominative
    "ноябрь"), plus abbreviations without their dot ("nov", "févr").
    """
    from babel.dates import get_month_names

    table: dict[str, tuple[int, str]] = {}
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=lang).items():
                    key = str(name).casefold().rstrip(".")
                    table.setdefault(key, (int(number), lang))
    return table


@cache
def month_alternation() -> str:
    """A regex alternation of every month name, longest first so "juillet" beats "juil"."""
    names = sorted(month_numbers(), key=len, reverse=True)
    return "|".join(re.escape(n) for n in names)

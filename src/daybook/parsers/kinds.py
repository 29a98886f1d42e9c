"""The kind of an event, from its title and the sections it was published in.

Rules are data: an ordered table of (kind, patterns) in English, Russian and French; the
first rule with a pattern found in the title wins, so specific rules ("Telephone
conversation", "videoconference") come before general ones ("Meeting"). Patterns are
case-insensitive regular expressions searched anywhere in the title unless anchored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from daybook.model import EventKind

# Sections that settle the kind whatever the title says.
SECTION_KINDS: dict[str, EventKind] = {
    "announcements": "announcement",
    "анонсы": "announcement",
    "annonces": "announcement",
}

# fmt: off
KIND_RULES: tuple[tuple[EventKind, tuple[str, ...]], ...] = (
    ("call", (
        r"\btelephone conversation", r"\bphone (?:call|conversation)", r"\btelephone call",
        r"телефонн\w+ разговор", r"разговор по телефону",
        r"conversation t[ée]l[ée]phonique", r"entretien t[ée]l[ée]phonique",
        r"appel t[ée]l[ée]phonique",
    )),
    # Notices to the media about accreditation are neither the event nor an announcement.
    ("other", (
        r"^accreditation\b", r"journalists accredited", r"\baccreditation for journalists",
        r"аккредитаци", r"accr[ée]ditation",
    )),
    ("document", (
        r"^instructions?\b", r"перечень поручений", r"^поручени", r"^instructions?\b",
    )),
    ("videoconference", (
        r"video ?conference", r"videoconferenc", r"video link",
        r"видеоконференц", r"режиме видеосвязи", r"по видеосвязи",
        r"vid[ée]oconf[ée]rence", r"par liaison vid[ée]o",
    )),
    ("interview", (
        r"\binterview", r"интервью", r"entretien accord[ée]",
    )),
    # A meeting about a conference or an address is a meeting.
    ("meeting", (
        r"^(?:working )?meeting (?:on|with|of)\b", r"^(?:рабочая )?встреча с\b",
        r"^совещание\b", r"^r[ée]union (?:sur|avec|de)\b", r"^rencontre avec\b",
    )),
    ("conference", (
        r"news conference", r"press conference", r"direct line", r"\bq&a\b",
        r"answers? to (?:a |the )?(?:media|journalists?|the press)", r"media questions",
        r"answered .{0,40}questions",
        r"пресс-конференц", r"прямая линия", r"итоги года",
        r"ответы на вопросы (?:журналистов|сми|представителей)",
        r"conf[ée]rence de presse", r"ligne directe",
        r"r[ée]ponses? aux (?:questions des )?(?:journalistes|m[ée]dias)",
    )),
    ("statement", (
        r"press statements?", r"\bstatements? (?:to|for) the press", r"^statement\b",
        r"joint statement", r"заявлени\w* для (?:прессы|сми)", r"^заявление\b",
        r"d[ée]clarations? (?:[àa] la|pour la) presse", r"^d[ée]claration\b",
    )),
    ("address", (
        r"\baddress to\b", r"\baddress at\b", r"video address", r"presidential address",
        r"new year address", r"^address\b", r"\bspeech at\b", r"^speech\b",
        r"обращени\w", r"послание федеральному собранию", r"^выступление\b",
        r"выступление на\b", r"новогоднее обращение",
        r"^discours\b", r"^allocution\b", r"message vid[ée]o", r"adresse (?:au|[àa] la)",
    )),
    ("message", (
        r"greetings?\b", r"congratulat", r"condolences?", r"message to\b", r"letter to\b",
        r"^to [A-Z]", r"telegram to", r"birthday", r"wished\b",
        r"поздравлени", r"приветстви", r"соболезновани", r"телеграмм", r"послание\b",
        r"письмо\b", r"поздравил",
        r"f[ée]licitation", r"condol[ée]ances", r"salutations?", r"^message\b", r"lettre\b",
        r"v[œo]ux",
    )),
    ("ceremony", (
        r"ceremony", r"presentation of (?:state )?(?:decorations|awards|medals|prizes)",
        r"^presenting\b", r"^presentation of\b", r"state decorations", r"\breception\b",
        r"last respects", r"public viewing", r"\bunveil", r"\bopened to\b", r"^opening\b",
        r"\blaunched\b", r"wreath", r"flower[- ]laying",
        r"laid (?:a )?(?:wreath|flowers)", r"\bparade\b", r"inauguration", r"\bgala\b",
        r"церемони", r"вручени\w", r"возложени\w", r"парад\b", r"инаугурац", r"^приём\b",
        r"открыти\w", r"прощани",
        r"c[ée]r[ée]monie", r"remise de", r"d[ée]p[ôo]t de gerbe", r"d[ée]fil[ée]",
    )),
    ("document", (
        r"executive order", r"\bsigned (?:a |the )?(?:law|laws|executive order|decree)",
        r"\blaws? (?:on|signed)\b", r"\bdecree\b", r"\bappointed\b", r"\bdismissed\b",
        r"granted the title", r"\binstruction\w* following",
        r"^указ\b", r"подписан\w* (?:закон|указ)", r"подписал\w* (?:закон|указ)",
        r"^закон\b", r"распоряжени", r"назначен", r"перечень поручений",
        r"^d[ée]cret\b", r"sign[ée] (?:une|la) loi", r"\bnomm[ée]",
    )),
    ("visit", (
        r"^visit\b", r"^visiting\b", r"\bstate visit", r"\bofficial visit", r"\bvisit to\b",
        r"\bworking visit\b", r"^посещение\b", r"визит\b",
        r"^visite\b", r"visite (?:d'[ée]tat|officielle|de travail)",
    )),
    ("trip", (
        r"\btrip\b", r"\barrived in\b", r"\bjourney\b", r"поездк", r"прибыл\w* в\b",
        r"\bvoyage\b", r"d[ée]placement", r"arriv[ée]e? [àa]\b",
    )),
    ("meeting", (
        r"\bmeeting\b", r"\btalks\b", r"\bconversation with\b", r"\bsummit\b", r"\bsession\b",
        r"\bconsultations?\b", r"\bround ?table\b", r"\bdiscussion\b", r"\bforum\b",
        r"\bcongress\b", r"\bmeets?\b", r"\bconference\b",
        r"встреч", r"совещани", r"переговор", r"беседа", r"заседани", r"саммит",
        r"форум", r"съезд",
        r"rencontre", r"r[ée]union", r"entretien", r"pourparlers", r"sommet", r"s[ée]ance",
        r"forum",
    )),
)
# fmt: on


@cache
def _compiled() -> tuple[tuple[EventKind, re.Pattern[str]], ...]:
    return tuple(
        (kind, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
        for kind, patterns in KIND_RULES
    )


def kind_from_title(title: str) -> EventKind:
    """The kind the first matching rule gives, or "other"."""
    text = " ".join(title.replace("\xa0", " ").split())
    for kind, pattern in _compiled():
        if pattern.search(text):
            return kind
    return "other"


def event_kind(
    title: str, sections: Iterable[str] = (), *, announcement: bool = False
) -> EventKind:
    """The event kind from its title and sections; an announcement page is always one."""
    if announcement:
        return "announcement"
    for section in sections:
        kind = SECTION_KINDS.get(section.replace("\xa0", " ").strip().casefold())
        if kind:
            return kind
    return kind_from_title(title)

"""The day model: immutable records that every reader produces and every renderer consumes.

The field names follow the export contract (``shared/contract/day.schema.json``, id
``daybook/day@1``); ``to_dict`` gives the contract's JSON form and ``from_dict`` reads it back.
No I/O here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal, get_args

SCHEMA_ID = "daybook/day@1"

EventKind = Literal[
    "interview",
    "address",
    "visit",
    "meeting",
    "call",
    "videoconference",
    "conference",
    "ceremony",
    "trip",
    "message",
    "statement",
    "document",
    "announcement",
    "other",
]
BlockType = Literal[
    "paragraph",
    "turn",
    "question",
    "answer",
    "list",
    "separator",
    "elision",
    "heading",
    "editorial",
]
Provenance = Literal["source", "editorial", "translation"]
# What the clock of ``Event.start`` is: the moment the event began, or only the time the
# source published it (en.kremlin.ru and kremlin.ru show their publication time).
TimeBasis = Literal["start", "published"]

EVENT_KINDS: tuple[str, ...] = get_args(EventKind)
BLOCK_TYPES: tuple[str, ...] = get_args(BlockType)
PROVENANCES: tuple[str, ...] = get_args(Provenance)

# Block types that carry speech and so may name a speaker.
SPEECH_TYPES = frozenset({"turn", "question", "answer"})


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of an event's text: a paragraph, a speaker turn, a question, an elision..."""

    type: BlockType
    text: str
    speaker: str | None = None
    role: str | None = None
    number: int | None = None
    provenance: Provenance = "source"
    source_url: str | None = None
    # Where the block came from in its document (element path or line span), so any
    # exported sentence can be traced to its page.
    origin: str | None = None
    # For a translation: the engine that made it, the source block's index in the source
    # event and that block's language.
    engine: str | None = None
    source_block: int | None = None
    source_language: str | None = None
    # The speaker label as printed ("DMITRY PESKOV", "Prime Minister of Japan Shinzo Abe"),
    # on the block that opens a turn; ``speaker`` and ``role`` are read from it.
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type,
            "text": self.text,
            "speaker": self.speaker,
            "role": self.role,
            "number": self.number,
            "provenance": self.provenance,
            "source_url": self.source_url,
        }
        for key in ("origin", "engine", "source_block", "source_language", "label"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Block:
        return cls(
            type=d["type"],
            text=d["text"],
            speaker=d.get("speaker"),
            role=d.get("role"),
            number=d.get("number"),
            provenance=d.get("provenance", "source"),
            source_url=d.get("source_url"),
            origin=d.get("origin"),
            engine=d.get("engine"),
            source_block=d.get("source_block"),
            source_language=d.get("source_language"),
            label=d.get("label"),
        )


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    role: str | None = None
    person_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "person_id": self.person_id}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Participant:
        return cls(name=d["name"], role=d.get("role"), person_id=d.get("person_id"))


@dataclass(frozen=True, slots=True)
class Photo:
    number: int
    caption: str
    credit: str | None = None
    license: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "number": self.number,
            "caption": self.caption,
            "credit": self.credit,
            "license": self.license,
        }
        if self.url is not None:
            d["url"] = self.url
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Photo:
        return cls(
            number=d["number"],
            caption=d["caption"],
            credit=d.get("credit"),
            license=d.get("license"),
            url=d.get("url"),
        )


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    publisher: str | None = None
    license: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "publisher": self.publisher, "license": self.license}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Source:
        return cls(url=d["url"], publisher=d.get("publisher"), license=d.get("license"))


@dataclass(frozen=True, slots=True)
class Tags:
    geography: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "geography": list(self.geography),
            "topics": list(self.topics),
            "persons": list(self.persons),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Tags:
        return cls(
            geography=tuple(d.get("geography", ())),
            topics=tuple(d.get("topics", ())),
            persons=tuple(d.get("persons", ())),
        )


@dataclass(frozen=True, slots=True)
class Status:
    continued: bool = False
    elided: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"continued": self.continued, "elided": self.elided}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Status:
        return cls(continued=bool(d.get("continued")), elided=bool(d.get("elided")))


def _iso_dt(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_dt(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True, slots=True)
class Event:
    """One public event of the day, in one language."""

    id: str
    title: str
    kind: EventKind
    date: dt.date
    language: str
    number: int = 1
    start: dt.datetime | None = None
    timezone: str | None = None
    time_basis: TimeBasis | None = None
    place: str | None = None
    lead: str | None = None
    sources: tuple[Source, ...] = ()
    participants: tuple[Participant, ...] = ()
    blocks: tuple[Block, ...] = ()
    photos: tuple[Photo, ...] = ()
    tags: Tags = field(default_factory=Tags)
    status: Status = field(default_factory=Status)
    published: dt.datetime | None = None
    updated: dt.datetime | None = None
    announced_date: dt.date | None = None
    sections: tuple[str, ...] = ()

    @property
    def speakers(self) -> tuple[str, ...]:
        """Distinct speaker names in order of first turn (derived, never stored twice)."""
        seen: dict[str, None] = {}
        for block in self.blocks:
            if block.speaker and block.type in SPEECH_TYPES:
                seen.setdefault(block.speaker, None)
        return tuple(seen)

    @property
    def url(self) -> str | None:
        return self.sources[0].url if self.sources else None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "number": self.number,
            "title": self.title,
            "kind": self.kind,
            "date": self.date.isoformat(),
            "start": _iso_dt(self.start),
            "timezone": self.timezone,
            "place": self.place,
            "language": self.language,
            "lead": self.lead,
            "sources": [s.to_dict() for s in self.sources],
            "participants": [p.to_dict() for p in self.participants],
            "speakers": list(self.speakers),
            "blocks": [b.to_dict() for b in self.blocks],
            "photos": [p.to_dict() for p in self.photos],
            "tags": self.tags.to_dict(),
            "status": self.status.to_dict(),
            "published": _iso_dt(self.published),
            "announced_date": self.announced_date.isoformat() if self.announced_date else None,
        }
        if self.time_basis is not None:
            d["time_basis"] = self.time_basis
        if self.updated is not None:
            d["updated"] = self.updated.isoformat()
        if self.sections:
            d["sections"] = list(self.sections)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Event:
        date = _parse_date(d["date"])
        assert date is not None
        return cls(
            id=d["id"],
            number=d.get("number", 1),
            title=d["title"],
            kind=d["kind"],
            date=date,
            start=_parse_dt(d.get("start")),
            timezone=d.get("timezone"),
            time_basis=d.get("time_basis"),
            place=d.get("place"),
            language=d["language"],
            lead=d.get("lead"),
            sources=tuple(Source.from_dict(s) for s in d.get("sources", ())),
            participants=tuple(Participant.from_dict(p) for p in d.get("participants", ())),
            blocks=tuple(Block.from_dict(b) for b in d.get("blocks", ())),
            photos=tuple(Photo.from_dict(p) for p in d.get("photos", ())),
            tags=Tags.from_dict(d.get("tags", {})),
            status=Status.from_dict(d.get("status", {})),
            published=_parse_dt(d.get("published")),
            updated=_parse_dt(d.get("updated")),
            announced_date=_parse_date(d.get("announced_date")),
            sections=tuple(d.get("sections", ())),
        )

    def content_hash(self) -> str:
        """Hash of everything the source says; equal hashes mean an unchanged page.

        ``number`` is left out: it is the event's place in a day, not part of its content.
        """
        return event_hash(self.to_dict())


@dataclass(frozen=True, slots=True)
class Principal:
    name: str
    person_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "person_id": self.person_id}


@dataclass(frozen=True, slots=True)
class Day:
    """A calendar day of the principal's public activity."""

    date: dt.date
    events: tuple[Event, ...] = ()
    title: str | None = None
    principal: Principal | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "date": self.date.isoformat(),
            "principal": self.principal.to_dict() if self.principal else None,
            "title": self.title,
            "events": [e.to_dict() for e in self.events],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Day:
        date = _parse_date(d["date"])
        assert date is not None
        principal = d.get("principal")
        return cls(
            date=date,
            title=d.get("title"),
            principal=Principal(principal["name"], principal.get("person_id"))
            if principal
            else None,
            events=tuple(Event.from_dict(e) for e in d.get("events", ())),
        )

    def numbered(self) -> Day:
        """The same day with events numbered 1..n in their current order."""
        return replace(
            self, events=tuple(replace(e, number=i) for i, e in enumerate(self.events, 1))
        )


_ORDINAL = re.compile(r"^(\d{1,3})[.)]\s+")


def split_ordinal(text: str) -> tuple[int | None, str]:
    """A list item's written ordinal and the rest: "1. text" gives (1, "text")."""
    m = _ORDINAL.match(text)
    return (int(m.group(1)), text[m.end():]) if m else (None, text)


def event_hash(d: Mapping[str, Any]) -> str:
    """``Event.content_hash`` of an event's ``to_dict``, for a caller that has it already."""
    return hash_json({k: v for k, v in d.items() if k != "number"})


def hash_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sort_events(events: Iterable[Event]) -> list[Event]:
    """Events in day order.

    A source that numbered its events (a digest's table of contents) chose the order, so
    distinct numbers are kept. Otherwise events go by start time, and an untimed event by
    its publication time, because the site publishes an untimed interview when it happens.
    """
    evs = list(events)
    if len({e.number for e in evs}) == len(evs) and len(evs) > 1:
        return sorted(evs, key=lambda e: e.number)
    far = dt.datetime.max.replace(tzinfo=dt.UTC)

    def key(e: Event) -> tuple[dt.datetime, str]:
        moment = e.start or e.published
        return (moment.astimezone(dt.UTC) if moment and moment.tzinfo else far, e.id)

    return sorted(evs, key=key)


@dataclass(frozen=True, slots=True)
class ListingEntry:
    """One item of a daily listing page: an event id, its title and its clock time."""

    id: str
    date: dt.date
    title: str
    url: str | None = None
    time: dt.time | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """A daily listing page: items of its own date and of earlier days, newest first.

    ``complete_dates`` are the dates whose group on the page is followed by an older group,
    so the page shows all of them; the oldest group may be cut by the page size.
    """

    page_date: dt.date
    url: str | None
    entries: tuple[ListingEntry, ...] = ()
    complete_dates: tuple[dt.date, ...] = ()

    def ids_for(self, date: dt.date) -> list[str]:
        return [e.id for e in self.entries if e.date == date]

"""Enrichment records: what the enrich step finds in an event's text, with offsets.

Offsets are character offsets into one text unit of the event: ``seq`` 0 is the title and
lead joined by a newline, ``seq`` i the text of block i (as in the search index's blocks).
None of this is part of an event's content: it lives in its own tables and never changes
an event's hash or makes a revision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from daybook.model import Event

EntityType = Literal["person", "org", "place"]


@dataclass(frozen=True, slots=True)
class Mention:
    seq: int
    start: int
    end: int
    text: str
    type: EntityType
    entity_id: str | None = None  # person:..., org:..., for linked mentions
    source: str = "model"  # model | gazetteer | registry


@dataclass(frozen=True, slots=True)
class Figure:
    seq: int
    start: int
    end: int
    text: str
    value: float
    unit: str | None
    context: str


@dataclass(frozen=True, slots=True)
class DateMention:
    seq: int
    start: int
    end: int
    text: str
    value: dt.date
    end_value: dt.date | None = None


@dataclass(frozen=True, slots=True)
class BlockLanguage:
    seq: int
    language: str | None
    confidence: float


@dataclass(frozen=True, slots=True)
class EventEnrichment:
    event_id: str
    language: str
    revision: int
    content_hash: str
    mentions: tuple[Mention, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    languages: tuple[BlockLanguage, ...] = ()


@dataclass(frozen=True, slots=True)
class PendingEvent:
    event_id: str
    language: str
    revision: int
    content_hash: str


@dataclass(frozen=True, slots=True)
class PersonEvent:
    """One event where a person speaks, takes part or is tagged."""

    event_id: str
    language: str
    date: dt.date
    title: str
    relation: str
    role: str | None


@dataclass(frozen=True, slots=True)
class FigureHit:
    event_id: str
    language: str
    date: dt.date
    title: str
    value: float
    unit: str | None
    text: str
    context: str


def event_texts(event: Event) -> Iterator[tuple[int, str]]:
    """The event's text units with their ``seq``: 0 is title + lead, then the blocks."""
    head = "\n".join(t for t in (event.title, event.lead) if t)
    if head:
        yield 0, head
    for i, block in enumerate(event.blocks, 1):
        if block.text.strip() and block.type not in ("separator", "elision"):
            yield i, block.text

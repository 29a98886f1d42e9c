"""Assemble a day from the store: its events in order, in one language, checked against listings."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from daybook.enrich.people import apply_person_links
from daybook.model import Day, Event, Principal, sort_events
from daybook.store.base import Store

# When a day exists in several languages and none is asked for, the site's own languages
# come first, then translations and digests.
LANGUAGE_PREFERENCE = ("en", "ru", "fr")


@dataclass(frozen=True, slots=True)
class DayCheck:
    """How a stored day compares with what the site's daily listings show for that date."""

    date: dt.date
    listed: int
    stored: int
    missing: tuple[str, ...]
    listing_complete: bool

    @property
    def complete(self) -> bool:
        """True only when a listing shows the whole date group and every item is stored."""
        return self.listing_complete and not self.missing


def choose_language(events: list[Event], language: str | None) -> str | None:
    if language or not events:
        return language
    counts = Counter(e.language for e in events)
    rank = {lang: i for i, lang in enumerate(LANGUAGE_PREFERENCE)}
    return min(counts, key=lambda lang: (-counts[lang], rank.get(lang, 99), lang))


def assemble_day(store: Store, date: dt.date, language: str | None = None) -> Day:
    """The day's events (announcements excluded), one rendition each, in day order."""
    events = [e for e in store.events_on(date) if e.kind != "announcement"]
    lang = choose_language(events, language)
    by_id: dict[str, Event] = {}
    for e in events:
        if e.language == lang:
            by_id[e.id] = e
    if language is None:
        # An event only stored in another language still belongs to the day.
        for e in events:
            by_id.setdefault(e.id, e)
    ordered = sort_events(by_id.values())
    metas = {m.language: m for m in store.day_meta(date)}
    meta = metas.get(lang or "") or next(iter(metas.values()), None)
    principal = Principal(meta.principal) if meta and meta.principal else None
    day = Day(
        date=date, events=tuple(ordered), title=meta.title if meta else None, principal=principal
    ).numbered()
    return apply_person_links(store.enrichment.person_links, day)


def iter_days(
    store: Store,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    language: str | None = None,
) -> Iterator[Day]:
    for date in store.dates(date_from, date_to, language):
        day = assemble_day(store, date, language)
        if day.events:
            yield day


def check_day(store: Store, date: dt.date) -> DayCheck | None:
    """Compare the day with the listings; None when no listing shows this date."""
    listed = store.listed_on(date)
    if not listed:
        return None
    # Whole ids: two sources may use the same number for different events.
    stored = {e.id for e in store.events_on(date)}
    missing = tuple(e.event_id for e in listed if e.event_id not in stored)
    return DayCheck(
        date=date,
        listed=len(listed),
        stored=len(stored),
        missing=missing,
        listing_complete=all(e.complete for e in listed),
    )


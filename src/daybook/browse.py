"""Read-side views the web site and the API build on the store: person pages, the newest
events, when the archive last changed.

People: a person is keyed by the registry id (``person:sergei-shoigu``) when any source
links the name, else by the slug of the name as written (``ivan-petrov``); every spelling
of a linked person is on one page (``daybook.directory``). The store answers through its
``people`` capability (one implementation for every backend).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from daybook.directory import Directory, RoleSpan
from daybook.model import Event
from daybook.stemming import slug
from daybook.store.base import Appearance, Store

__all__ = ["Appearance", "PersonPage", "appearances_by_month", "last_changed",
           "latest_events", "person", "person_key"]


@dataclass(frozen=True, slots=True)
class PersonPage:
    """One person: every spelling and every way of appearing, one entry per event."""

    key: str                                  # the registry id, else the name's slug
    name: str
    person_id: str | None
    names: tuple[tuple[str, int], ...]        # spellings seen, most frequent first
    known_names: tuple[str, ...]              # the registry's other spellings
    roles: tuple[RoleSpan, ...]               # dated, the most recent first
    total: int
    appearances: tuple[Appearance, ...]
    months: tuple[tuple[str, int], ...]       # (YYYY-MM, appearances), oldest first
    # (key, name, shared events, the language the name is written in or None)
    companions: tuple[tuple[str, str, int, str | None], ...]
    local: tuple[tuple[str, str], ...] = ()   # (language, the registry's name in it)
    written_in: tuple[tuple[str, str], ...] = ()  # (spelling, language of its events)

    def language_of(self, name: str) -> str | None:
        """The language of the events that write a name this way."""
        return dict(self.written_in).get(name)

    def name_in(self, language: str) -> str:
        """The name as written in ``language`` when the registry gives one."""
        return dict(self.local).get(language, self.name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "person_id": self.person_id,
            "name": self.name,
            "names_by_language": dict(self.local),
            "names": [n for n, _ in self.names],
            "known_names": list(self.known_names),
            "roles": [{"role": r.role, "from": r.first.isoformat(), "to": r.last.isoformat(),
                       "events": r.count} for r in self.roles],
            "total": self.total,
            "months": [{"month": m, "events": n} for m, n in self.months],
            "companions": [{"id": k, "name": n, "events": c}
                           for k, n, c, _ in self.companions],
            "appearances": [
                {"event_id": a.event_id, "language": a.language, "date": a.date.isoformat(),
                 "title": a.title, "kind": a.kind, "name": a.name, "role": a.role,
                 "relation": a.relation}
                for a in self.appearances
            ],
        }


def person_key(name: str, person_id: str | None = None) -> str:
    """The id a person page is found under: the registry id, else the name's slug."""
    return person_id or slug(name)


def person(store: Store, key: str, *, limit: int = 100, offset: int = 0,
           directory: Directory | None = None) -> PersonPage | None:
    """A person's page, appearances newest first; None when nobody has that key (see
    ``Directory.canonical`` for the key a spelling means)."""
    found = directory or store.people.directory()
    entry = found.get(key)
    if entry is None:
        return None
    total, apps = store.people.appearances(key, limit, offset, directory=found)
    return PersonPage(
        key=entry.key, name=entry.name, person_id=entry.person_id,
        names=tuple(entry.spellings.most_common()), known_names=entry.known_names,
        roles=entry.roles, total=total, appearances=tuple(apps),
        months=tuple(found.months(entry)),
        companions=tuple((e.key, e.name, n, e.written_in.get(e.name))
                         for e, n in found.companions(entry)),
        local=tuple(sorted(entry.local.items())),
        written_in=tuple(sorted(entry.written_in.items())))


def appearances_by_month(page: PersonPage) -> list[tuple[str, int]]:
    """Appearances per month (``YYYY-MM``, count), oldest first: the chart's data."""
    return list(page.months)


def last_changed(store: Store, event_ids: Iterable[str] | None = None) -> dt.datetime | None:
    """When the given events (or, with None, any event) last changed in the archive."""
    return store.last_changed(None if event_ids is None else list(event_ids))


def latest_events(store: Store, limit: int, language: str | None = None,
                  today: dt.date | None = None) -> list[Event]:
    """The events daybook stored most recently (when it first stored each, not the date of
    the event), newest first, announcements left out: a feed reader shows a feed's new
    entries, and an event dated last year but read today is new to it.

    Only days up to tomorrow (the sites' time zones run ahead of UTC) count: an event that
    a source misdated years ahead would otherwise head every feed for years."""
    last = (today or dt.datetime.now(dt.UTC).date()) + dt.timedelta(days=1)
    keys = store.newest_stored(limit, date_to=last, language=language)
    return [e for e in (store.get_event(i, lang) for i, lang in keys) if e is not None]

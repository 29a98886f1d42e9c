"""Read-side views the web site and the API build on the store: person pages, the newest
events, when the archive last changed.

People: a person is keyed by the slug of the name as written (``slug('Sergueï Choïgu') ==
'serguei-choigu'``); a registry ``person_id`` on a participant wins when present. The store
answers through its ``people`` capability (one implementation for every backend).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from daybook.model import Event
from daybook.stemming import slug
from daybook.store.base import Appearance, Store

__all__ = ["Appearance", "PersonPage", "last_changed", "latest_events", "person",
           "person_key"]


@dataclass(frozen=True, slots=True)
class PersonPage:
    key: str
    names: tuple[str, ...]
    roles: tuple[str, ...]
    total: int
    appearances: tuple[Appearance, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "names": list(self.names),
            "roles": list(self.roles),
            "total": self.total,
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


def person(store: Store, key: str, *, limit: int = 100, offset: int = 0) -> PersonPage | None:
    """A person's appearances, newest first; None when nobody has that key."""
    total, found = store.people.appearances(key, limit, offset)
    if not total:
        return None
    apps = tuple(found)
    names = Counter(a.name for a in apps)
    roles = Counter(a.role for a in apps if a.role)
    return PersonPage(key, tuple(n for n, _ in names.most_common()),
                      tuple(r for r, _ in roles.most_common(8)), int(total), apps)


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

"""Read-side queries the web site and the API need beyond the ``Store`` protocol.

People: until the enrichment registry exists, a person is keyed by the slug of the name as
written (``slug('Sergueï Choïgu') == 'serguei-choigu'``); a registry ``person_id`` on a
participant wins when present. Each backend answers these in its search module
(``person_appearances``, ``last_changed``), next to ``search_blocks``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from daybook.model import Event
from daybook.search import backend_for
from daybook.stemming import slug
from daybook.store.base import Store


@dataclass(frozen=True, slots=True)
class Appearance:
    """One event where a person appears: as participant, speaker or tagged, with a role."""

    event_id: str
    language: str
    date: dt.date
    title: str
    kind: str
    name: str
    role: str | None
    relation: str


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
    backend, conn = backend_for(store)
    total, rows = backend.person_appearances(conn, key, limit, offset)  # type: ignore[attr-defined]
    if not total:
        return None
    apps = tuple(Appearance(**r) for r in rows)
    names = Counter(a.name for a in apps)
    roles = Counter(a.role for a in apps if a.role)
    return PersonPage(key, tuple(n for n, _ in names.most_common()),
                      tuple(r for r, _ in roles.most_common(8)), int(total), apps)


def last_changed(store: Store, event_ids: Iterable[str] | None = None) -> dt.datetime | None:
    """When the given events (or, with None, any event) last changed in the archive."""
    backend, conn = backend_for(store)
    value: dt.datetime | None = backend.last_changed(  # type: ignore[attr-defined]
        conn, None if event_ids is None else list(event_ids))
    return value


def latest_events(store: Store, limit: int, language: str | None = None) -> list[Event]:
    """The newest events of the archive (announcements excluded), newest first."""
    out: list[Event] = []
    for date in reversed(store.dates(language=language)):
        day = [e for e in store.events_on(date, language) if e.kind != "announcement"]
        out.extend(reversed(day))
        if len(out) >= limit:
            break
    return out[:limit]

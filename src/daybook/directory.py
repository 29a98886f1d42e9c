"""The people directory: every person of the archive, one entry per person however written.

A person is the registry's id (``person:vladimir-putin``) when any source links the name,
else the slug of the name as written (``ivan-petrov``). An event links a person through:

- a participant carrying a ``person_id`` (ingest),
- the enrichment's person links (participants, speakers, Persons tags; ``daybook enrich``),
- a person mentioned in the text (enrichment entities),
- for events never enriched, the registry (curated + learned) resolving the name.

The directory is built once per archive version (``store.people.directory()``; the web
site shares one per process) from a few whole-table reads, then answers person pages,
the people list and redirects from any spelling without touching the database; the
events' titles for one page are read by key. Pure: rows in, answers out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Literal, NamedTuple, Protocol

from daybook.stemming import fold, slug

# How a person appears in an event, strongest first (the one shown when several apply).
RELATIONS = ("speaker", "participant", "tagged", "mentioned")
_RANK = {r: i for i, r in enumerate(RELATIONS)}
PREFIX = "person:"
Sort = Literal["appearances", "name", "recent"]
SORTS: tuple[Sort, ...] = ("appearances", "name", "recent")


# Named tuples rather than frozen dataclasses: a directory makes one per link and event
# (160,000 at 50,000 events), and a tuple is made in C, a frozen dataclass in Python.
class Link(NamedTuple):
    """One way one event links one person."""

    event: int            # the event's integer key (event_keys)
    name: str             # as written
    relation: str         # speaker | participant | tagged | mentioned
    role: str | None


class EventRef(NamedTuple):
    id: str
    language: str
    date: dt.date


@dataclass(frozen=True, slots=True)
class RoleSpan:
    role: str
    first: dt.date
    last: dt.date
    count: int
    language: str | None = None   # the language of the events that give it (most of them)


@dataclass(slots=True)
class Entry:
    """One person of the directory."""

    key: str                               # the registry id, else the slug of the name
    name: str                              # preferred name
    person_id: str | None
    # event key -> the strongest link of that event
    links: dict[int, Link] = field(default_factory=dict)
    spellings: Counter[str] = field(default_factory=Counter)   # spelling -> events
    known_names: tuple[str, ...] = ()      # the registry's names (may never appear)
    order: list[int] = field(default_factory=list)   # event keys, newest first
    folded: str = ""                      # every name folded, for the people search
    local: dict[str, str] = field(default_factory=dict)  # language -> the registry's name
    written_in: dict[str, str] = field(default_factory=dict)  # spelling -> its events' language
    roles: tuple[RoleSpan, ...] = ()

    @property
    def total(self) -> int:
        return len(self.links)

    last_seen: dt.date | None = None


class Registryish(Protocol):
    """What the directory needs of ``enrich.people.Registry``."""

    def resolve(self, name: str, language: str | None = None) -> str | None: ...

    def canonical(self, person_id: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Rows:
    """What the store reads for the directory (``store.people.directory_rows``)."""

    events: list[tuple[int, str, str, dt.date]]                     # key, id, language, date
    people: list[tuple[int, str, str | None, str, str | None]]      # key, name, role, rel, pid
    links: list[tuple[int, str, str, str | None, str | None]]       # key, name, rel, pid, role
    mentions: list[tuple[int, str, str]]                            # key, person id, text


class Directory:
    """Every person of the archive (``entries``, by key), every event's date and language
    (``events``, by integer key), and the lookups from a spelling's slug and from an
    event to its people. Read-only once built, but for caches of per-person answers."""

    def __init__(self, entries: dict[str, Entry], events: dict[int, EventRef],
                 by_spelling: dict[str, set[str]], by_event: dict[int, list[str]],
                 resolve: Callable[[str], str | None]) -> None:
        self.entries = entries
        self._by_event = by_event  # event key -> the people it links
        self.events = events
        self.by_spelling = by_spelling
        self._resolve = resolve
        self._companions: dict[str, list[tuple[str, int]]] = {}
        self._months: dict[str, list[tuple[str, int]]] = {}
        # Each event's month as one integer (year * 12 + month - 1): counted in C.
        self._month_of = {k: e.date.year * 12 + e.date.month - 1 for k, e in events.items()}
        self.ranked = sorted(entries.values(), key=lambda e: (-e.total, fold(e.name)))

    # -- finding a person ------------------------------------------------------------------

    def get(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def canonical(self, key: str) -> str | None:
        """The key of the person a URL key means: itself, the person of a spelling's slug
        (another script, an old slug), a merged id's new id, or a name the registry
        resolves ("putin"); None when nobody."""
        if key in self.entries:
            return key
        bare = key[len(PREFIX):] if key.startswith(PREFIX) else key
        found = self.by_spelling.get(slug(bare), set())
        if len(found) > 1:
            # A spelling two people share goes to the one it names most.
            return max(found, key=lambda k: (self.entries[k].spellings[_name_of(
                self.entries[k], bare)], -len(k)))
        if found:
            return next(iter(found))
        pid = self._resolve(key if key.startswith(PREFIX) else bare.replace("-", " "))
        return pid if pid in self.entries else None

    def resolve(self, text: str) -> str | None:
        """The registry person a name typed in a query means (any script), or None."""
        found = {k for k in self.by_spelling.get(slug(text), ()) if k.startswith(PREFIX)}
        if len(found) == 1:
            return found.pop()
        pid = self._resolve(text)
        return pid if pid is not None and pid in self.entries else None

    # -- one person -------------------------------------------------------------------------

    def page(self, entry: Entry, limit: int, offset: int) -> list[tuple[EventRef, Link]]:
        return [(self.events[k], entry.links[k]) for k in entry.order[offset:offset + limit]]

    def event_keys(self, entry: Entry) -> set[tuple[str, str]]:
        return {(self.events[k].id, self.events[k].language) for k in entry.links}

    def months(self, entry: Entry) -> list[tuple[str, int]]:
        """Appearances per month (YYYY-MM), oldest first, months without any left out."""
        found = self._months.get(entry.key)
        if found is None:
            month = self._month_of
            counts = Counter(map(month.__getitem__, entry.links))
            found = self._months[entry.key] = [
                (f"{m // 12:04d}-{m % 12 + 1:02d}", n) for m, n in sorted(counts.items())]
        return found

    def companions(self, entry: Entry, limit: int = 12) -> list[tuple[Entry, int]]:
        """The people who share most events with this one."""
        found = self._companions.get(entry.key)
        if found is None:
            # Counted in C over every event's people: ~20 ms for 20,000 appearances,
            # where a Python loop over the events took 150.
            counts = Counter(chain.from_iterable(map(self._by_event.__getitem__, entry.links)))
            del counts[entry.key]
            found = self._companions[entry.key] = sorted(
                counts.items(), key=lambda kv: (-kv[1], kv[0]))[:50]
        return [(self.entries[k], n) for k, n in found[:limit]]

    # -- everybody --------------------------------------------------------------------------

    def listing(self, q: str | None = None, role: str | None = None,
                sort: str = "appearances") -> list[Entry]:
        """People whose names contain ``q`` (any script, accents folded; a name the
        registry resolves comes first) and who held a role containing ``role``."""
        out = self.ranked
        first: Entry | None = None
        if q and q.strip():
            needle = fold(q.strip())
            key = self.canonical(slug(q)) if slug(q) else None
            first = self.entries.get(key) if key else None
            out = [e for e in out if needle in e.folded and e is not first]
        if role and role.strip():
            want = fold(role.strip())
            out = [e for e in out if any(want in fold(r.role) for r in e.roles)]
            if first is not None and not any(want in fold(r.role) for r in first.roles):
                first = None
        if sort == "name":
            out = sorted(out, key=lambda e: fold(e.name))
        elif sort == "recent":
            out = sorted(out, key=lambda e: (e.last_seen or dt.date.min), reverse=True)
        return ([first] if first is not None else []) + list(out)


def _name_of(entry: Entry, key: str) -> str:
    return next((n for n in entry.spellings if slug(n) == slug(key)), "")


def build(rows: Rows, registry: Registryish, names: dict[str, str],
          known: dict[str, Iterable[str]],
          local: dict[str, dict[str, str]] | None = None) -> Directory:
    """The directory of the rows; ``names`` the registry's preferred name per id,
    ``known`` its spellings per id and ``local`` its name in each language per id."""
    events = {k: EventRef(i, lang, d) for k, i, lang, d in rows.events}
    # Per event, the enrichment's link of each name (authoritative where present).
    linked: dict[tuple[int, str], str | None] = {}
    enriched: set[int] = set()
    for k, name, _rel, pid, _role in rows.links:
        enriched.add(k)
        linked[(k, name)] = registry.canonical(pid) if pid else None
    resolved: dict[tuple[str, str], str | None] = {}
    slugs: dict[str, str] = {}  # names repeat across events: each slugged once
    by_event: dict[int, list[str]] = {}
    entries: dict[str, Entry] = {}
    spelt: set[tuple[str, int, str]] = set()

    def entry(key: str, pid: str | None, name: str) -> Entry:
        e = entries.get(key)
        if e is None:
            e = entries[key] = Entry(key, names.get(key, name) if pid else name, pid)
        return e

    def add(key: str, pid: str | None, link: Link) -> None:
        k, name = link.event, link.name
        ev = events.get(k)
        if ev is None:
            return
        e = entries.get(key) or entry(key, pid, name)
        spelling = (key, k, name)
        if spelling not in spelt:  # spellings count events
            spelt.add(spelling)
            e.spellings[name] += 1
            if name not in e.written_in:
                e.written_in[name] = ev.language
        old = e.links.get(k)
        if old is None:
            people = by_event.get(k)
            if people is None:
                by_event[k] = [key]
            else:
                people.append(key)
            e.links[k] = link
        elif _stronger(link, old):
            e.links[k] = link

    for k, name, role, rel, pid in rows.people:
        if k not in events:
            continue
        if pid:
            pid = registry.canonical(pid)
        elif k in enriched and (k, name) in linked:
            pid = linked[(k, name)]
        elif k not in enriched:
            lang = events[k].language
            if (name, lang) not in resolved:
                resolved[(name, lang)] = registry.resolve(name, lang)
            pid = resolved[(name, lang)]
        key = pid or slugs.get(name) or slugs.setdefault(name, slug(name))
        if key:
            add(key, pid, Link(k, name, rel, role))
    for k, name, rel, pid, role in rows.links:
        if pid:
            cid = registry.canonical(pid)
            add(cid, cid, Link(k, name, rel, role))
    for k, pid, text in rows.mentions:
        cid = registry.canonical(pid)
        add(cid, cid, Link(k, text, "mentioned", None))

    by_spelling: dict[str, set[str]] = {}
    # Every event's place in the newest-first order, sorted once: each person's events
    # are then ordered by a lookup (in C) rather than by a key made per person and event.
    rank = {row[3]: i for i, row in enumerate(sorted(
        (-d.toordinal(), i, lang, k) for k, i, lang, d in rows.events))}
    folds: dict[str, str] = {}  # a name is folded and slugged once, whoever bears it
    for e in entries.values():
        e.order = sorted(e.links, key=rank.__getitem__)
        e.last_seen = events[e.order[0]].date if e.order else None
        e.known_names = tuple(sorted(set(known.get(e.key, ())) - set(e.spellings)))
        e.local = (local or {}).get(e.key, {})
        every = [e.name, *e.spellings, *e.known_names]
        e.folded = " | ".join(folds.get(n) or folds.setdefault(n, fold(n)) for n in every)
        e.roles = _role_spans(e, events)
        for n in every:
            s = slugs.get(n) or slugs.setdefault(n, slug(n))
            if s:
                by_spelling.setdefault(s, set()).add(e.key)
        if e.key.startswith(PREFIX):
            by_spelling.setdefault(e.key[len(PREFIX):], set()).add(e.key)
    # A key that is some person's own key is that person's, whatever else shares the slug.
    for key in entries:
        if key in by_spelling:
            by_spelling[key] = {key}

    def resolve(text: str) -> str | None:
        if text.startswith(PREFIX):
            pid = registry.canonical(text)
            return pid if pid != text else None
        return resolve_any(registry, text)

    return Directory(entries, events, by_spelling, by_event, resolve)


def resolve_any(registry: Registryish, text: str) -> str | None:
    """The person a name means, read under the rules of each language (a URL or a query
    does not say which: "Choïgou" is Shoigu only read as French); None when the readings
    disagree or none finds anybody."""
    found = {registry.canonical(pid) for lang in (None, "en", "fr", "ru")
             if (pid := registry.resolve(text, lang))}
    return found.pop() if len(found) == 1 else None


def _neg(d: dt.date) -> int:
    return -d.toordinal()


def _stronger(new: Link, old: Link) -> bool:
    # A link with a role first, then the stronger relation.
    return ((new.role is None, _RANK.get(new.relation, 9))
            < (old.role is None, _RANK.get(old.relation, 9)))


def _role_spans(entry: Entry, events: dict[int, EventRef]) -> tuple[RoleSpan, ...]:
    spans: dict[str, list[Any]] = {}  # role -> [first, last, languages of its events]
    for k, link in entry.links.items():
        role = link.role
        if role:
            d, lang = events[k].date, events[k].language
            span = spans.get(role)
            if span is None:
                spans[role] = [d, d, [lang]]
            else:
                if d < span[0]:
                    span[0] = d
                elif d > span[1]:
                    span[1] = d
                span[2].append(lang)
    out = [RoleSpan(r, s[0], s[1], len(s[2]), Counter(s[2]).most_common(1)[0][0])
           for r, s in spans.items()]
    # The most recent first; among equals the most often given.
    return tuple(sorted(out, key=lambda r: (_neg(r.last), -r.count, r.role)))

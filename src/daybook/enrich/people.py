"""The people registry: one person, one id, many names, time-bounded roles.

The registry starts from the curated file ``data/people.json`` (preferred names, aliases in
every script, external ids, merges) and grows from the sources: Persons tags ("Surname
Name"), participant lists, speaker labels with roles, kremlin.ru participant lists
("ЛАВРОВ Сергей Викторович – Министр ..."). Matching goes from strict to loose:
exact order-free key, initials + surname ("В.Путин"), surname alone, then a one-word edit
distance on long surnames with the other words equal (so two Ivanovs never merge).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from daybook.enrich.name_variants import (
    PARTICLES,
    Order,
    case_stems,
    display_words,
    initials_label,
    is_upper_surname,
    near,
    split_listed,
    surname_of,
    variants_of,
)
from daybook.enrich.names import NameParts, name_parts
from daybook.model import Day, Event

Relation = Literal["participant", "speaker", "tagged"]


@dataclass(slots=True)
class RoleSpan:
    role: str
    language: str | None
    start: dt.date | None
    end: dt.date | None

    def widen(self, date: dt.date | None) -> None:
        if date is None:
            return
        self.start = date if self.start is None or date < self.start else self.start
        self.end = date if self.end is None or date > self.end else self.end

    def to_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "language": self.language,
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
        }


@dataclass(slots=True)
class Person:
    id: str
    name: str
    names: dict[str, str | None] = field(default_factory=dict)  # name -> language
    surnames: set[str] = field(default_factory=set)
    external: dict[str, str] = field(default_factory=dict)
    roles: dict[tuple[str, str | None], RoleSpan] = field(default_factory=dict)
    curated: bool = False

    def add_role(self, role: str, language: str | None, date: dt.date | None) -> None:
        key = (role.strip(), language)
        span = self.roles.get(key)
        if span is None:
            span = self.roles[key] = RoleSpan(role.strip(), language, date, date)
        span.widen(date)

    def to_dict(self) -> dict[str, Any]:
        return {
            "person_id": self.id,
            "name": self.name,
            "names": sorted(self.names),
            "external": dict(self.external),
            "roles": [
                r.to_dict()
                for r in sorted(self.roles.values(), key=lambda r: (r.start or dt.date.min, r.role))
            ],
        }


@dataclass(frozen=True, slots=True)
class PersonLink:
    """One name in one event linked to a person (``person_id`` None when unresolved)."""

    event_id: str
    language: str
    name: str
    relation: Relation
    person_id: str | None
    role: str | None = None


class Registry:
    """People and their names, with an index from name keys to ids."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self._by_key: dict[frozenset[str], set[str]] = {}
        self._by_word: dict[str, set[str]] = {}
        self._by_surname: dict[str, set[str]] = {}
        # person id -> ids merged into it (curated merges and `merge`)
        self._alias_ids: dict[str, str] = {}

    # -- building -------------------------------------------------------------------------

    @classmethod
    def curated(cls) -> Registry:
        """A fresh registry holding the curated people (data file read once per process)."""
        reg = cls()
        data = _curated_data()
        for entry in data.get("people", ()):
            reg.add_person(
                entry["id"],
                entry["name"],
                curated=True,
                external=entry.get("external", {}),
                order=entry.get("order", "given_first"),
            )
            for lang, names in entry.get("names", {}).items():
                for n in names:
                    reg.add_name(entry["id"], n, None if lang == "any" else lang)
            for s in entry.get("surnames", ()):
                reg.people[entry["id"]].surnames.add(s)
                reg._by_surname.setdefault(s, set()).add(entry["id"])
        for old, new in data.get("merges", ()):
            reg._alias_ids[old] = new
        return reg

    def add_person(
        self,
        person_id: str,
        name: str,
        *,
        curated: bool = False,
        external: dict[str, str] | None = None,
        language: str | None = None,
        order: Order = "unknown",
    ) -> Person:
        person = self.people.get(person_id)
        if person is None:
            person = self.people[person_id] = Person(person_id, name, curated=curated)
        person.external.update(external or {})
        self.add_name(person_id, name, language, order)
        return person

    def add_name(
        self, person_id: str, name: str, language: str | None, order: Order = "unknown"
    ) -> None:
        person = self.people[person_id]
        if name in person.names:
            return
        person.names[name] = language
        for parts in variants_of(name, language):
            self._by_key.setdefault(parts.key, set()).add(person_id)
            for w in parts.words:
                self._by_word.setdefault(w, set()).add(person_id)
            surname = surname_of(parts, order, language)
            if surname:
                person.surnames.add(surname)
                self._by_surname.setdefault(surname, set()).add(person_id)

    def canonical(self, person_id: str) -> str:
        seen = set()
        while person_id in self._alias_ids and person_id not in seen:
            seen.add(person_id)
            person_id = self._alias_ids[person_id]
        return person_id

    def merge(self, old: str, new: str) -> None:
        """Fold person ``old`` into ``new``: its names and roles move, its id redirects."""
        if old == new or old not in self.people or new not in self.people:
            return
        gone = self.people.pop(old)
        for name, lang in gone.names.items():
            self.add_name(new, name, lang)
        for span in gone.roles.values():
            self.people[new].add_role(span.role, span.language, span.start)
            self.people[new].add_role(span.role, span.language, span.end)
        self.people[new].external.update(gone.external)
        for index in (self._by_key, self._by_word, self._by_surname):
            for ids in index.values():
                if old in ids:
                    ids.discard(old)
                    ids.add(new)
        self._alias_ids[old] = new

    # -- matching -------------------------------------------------------------------------

    def resolve(self, name: str, language: str | None = None) -> str | None:
        """The id of the person this name means, or None when unknown or ambiguous."""
        variants = variants_of(name, language)
        for parts in variants:
            ids = self._by_key.get(parts.key)
            if ids and len(ids) == 1:
                return self.canonical(next(iter(ids)))
        for parts in variants:
            found = self._resolve_loose(parts)
            if found:
                return self.canonical(found)
        if language == "ru" and variants:
            found = self._resolve_inflected(variants[0])
            if found:
                return found
        words = name.split()
        if len(words) > 2:
            # A label or tag with a title: "Président de la Russie Vladimir Poutine",
            # "Juan Carlos I King of Spain". Try its last, then its first two words.
            for part in (words[-2:], words[:2]):
                parts = name_parts(" ".join(part), language)
                ids = self._by_key.get(parts.key)
                if ids and len(ids) == 1:
                    return self.canonical(next(iter(ids)))
        return None

    def _resolve_inflected(self, parts: NameParts) -> str | None:
        """Russian case forms ("Сергеем Шойгу", "Лаврова", "Голиковой"): try known stems."""
        options = []
        for w in parts.words:
            known = [s for s in case_stems(w) if s in self._by_word]
            if not known:
                return self._resolve_by_initial(parts) if len(parts.words) == 2 else None
            options.append(known)
        found: set[str] = set()
        for combo in itertools.product(*options):
            ids = self._by_key.get(frozenset(combo))
            if ids:
                found |= ids
        if not found and len(options) == 2 and not parts.initials:
            return self._resolve_by_initial(parts)
        if not found and len(options) == 1 and not parts.initials:
            for stem in options[0]:
                found |= self._by_surname.get(stem, set())
        if not found and len(options) == 1 and parts.initials:
            found = {
                i
                for stem in options[0]
                for i in self._by_surname.get(stem, set())
                if self._has_given_initial(i, stem, parts.initials[0])
            }
        pid = _only(found)
        return self.canonical(pid) if pid else None

    def _resolve_by_initial(self, parts: NameParts) -> str | None:
        """ "Валерием Герасимовым" when the registry knows only "В.Герасимов" (a speaker
        label): the surname's case form is a known surname and the given name's first
        letter is the person's initial. Running text puts the given name first."""
        given, last = parts.words
        found = {
            i
            for stem in case_stems(last)
            for i in self._by_surname.get(stem, set())
            if self._has_given_initial(i, stem, given[:1])
        }
        pid = _only(found)
        return self.canonical(pid) if pid else None

    def _resolve_loose(self, parts: NameParts) -> str | None:
        words = parts.words
        if len(words) == 1 and parts.initials:
            ids = self._by_word.get(words[0], set()) & (
                self._by_surname.get(words[0], set()) or self._by_word.get(words[0], set())
            )
            ids = {i for i in ids if self._has_given_initial(i, words[0], parts.initials[0])}
            return _only(ids)
        if len(words) == 1:
            return _only(self._by_surname.get(words[0], set()))
        if len(words) >= 2:
            return self._resolve_fuzzy(parts)
        return None

    def _has_given_initial(self, person_id: str, surname: str, initial: str) -> bool:
        for name, lang in self.people[person_id].names.items():
            for parts in variants_of(name, lang):
                others = [w for w in parts.words if w != surname]
                if others and others[0].startswith(initial):
                    return True
                # A person known only as "В.Герасимов": the written initial.
                initials = parts.initials
                if not others and initials and parts.words == (surname,) and initials[0] == initial:
                    return True
        return False

    def _resolve_fuzzy(self, parts: NameParts) -> str | None:
        """Edit distance on one long word, every other word equal (the given-name guard)."""
        target = sorted(parts.words)
        candidates: set[str] = set()
        for w in parts.words:
            candidates |= self._by_word.get(w, set())
        found: set[str] = set()
        for pid in candidates:
            for name, lang in self.people[pid].names.items():
                for other in variants_of(name, lang):
                    if len(other.words) == len(target) and near(target, list(other.words)):
                        found.add(pid)
        return _only(found)

    # -- growth from the sources ----------------------------------------------------------

    def observe(
        self,
        name: str,
        language: str | None,
        *,
        role: str | None = None,
        date: dt.date | None = None,
        order: Order = "unknown",
        create: bool = True,
    ) -> str | None:
        """Link a name seen in a source, learning it (and a new person) when it is new."""
        pid = self.resolve(name, language)
        if pid is None and create:
            pid = self._new_person(name, language, order)
            if pid is not None:
                self._absorb_initials(pid, name, language)
        if pid is None:
            return None
        self.add_name(pid, name, language, order)
        if role:
            self.people[pid].add_role(role, language, date)
        return pid

    def _new_person(self, name: str, language: str | None, order: Order) -> str | None:
        parts = name_parts(name, language)
        if len(parts.words) == 1 and len(parts.initials) in (1, 2) and initials_label(name):
            # A speaker label or list entry "В.Герасимов" names one person; a full name
            # seen later joins it (see observe).
            return self._add_initials_person(name, parts, language)
        # Otherwise only a full name founds a person: "Lavrov" alone only links. Name
        # particles do not count ("Mohammad bin Salman Al Saud" is a four-word name).
        core = [w for w in parts.words if w not in PARTICLES]
        if len(core) < 2 or parts.initials or len(core) > 4 or len(parts.words) > 6:
            return None
        words = display_words(name, language)
        if len(words) < 2:
            return None
        surname = surname_of(parts, order, language)
        if surname is not None and surname == parts.words[0]:
            # Put the given name first in the id: "person:sergei-lavrov".
            words = [*words[1:2], words[0]]
        elif len(words) > 2 and order == "surname_first":
            words = [words[1], words[0]]
        base = "person:" + "-".join(words)
        pid, n = base, 1
        while pid in self.people:
            n += 1
            pid = f"{base}-{n}"
        display = name
        if is_upper_surname(name):
            display = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
        self.add_person(pid, display, language=language, order=order)
        return pid

    def _add_initials_person(self, name: str, parts: NameParts, language: str | None) -> str:
        base = "person:" + "-".join([*parts.initials, parts.words[0]])
        pid, n = base, 1
        while pid in self.people:
            n += 1
            pid = f"{base}-{n}"
        self.add_person(pid, " ".join(name.split()), language=language)
        return pid

    def _absorb_initials(self, pid: str, name: str, language: str | None) -> None:
        """A new full name takes over the one person known only by its initials and
        surname ("В.Герасимов" then "Валерий Герасимов")."""
        parts = name_parts(name, language)
        if len(parts.words) < 2:
            return
        found = {
            i
            for w in parts.words
            for i in self._by_surname.get(w, set())
            if i != pid and self._initials_only(i)
            for other in parts.words
            if other != w and self._has_given_initial(i, w, other[:1])
        }
        old = _only(found)
        if old:
            self.merge(old, pid)

    def _initials_only(self, person_id: str) -> bool:
        person = self.people.get(person_id)
        return (
            person is not None
            and not person.curated
            and all(
                len(p.words) == 1 and p.initials
                for name, lang in person.names.items()
                for p in variants_of(name, lang)
            )
        )

    def names_of(self, person_id: str) -> list[str]:
        person = self.people.get(self.canonical(person_id))
        return sorted(person.names) if person else []

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people.values())

    def __len__(self) -> int:
        return len(self.people)


def _only(ids: set[str]) -> str | None:
    return next(iter(ids)) if len(ids) == 1 else None


@cache
def _curated_data() -> dict[str, Any]:
    text = resources.files("daybook.data").joinpath("people.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


# -- events -----------------------------------------------------------------------------


def event_names(event: Event) -> Iterator[tuple[str, str, Relation, str | None, Order]]:
    """Every person's name an event gives (participants, speakers, Persons tags), as
    (text as written, name to match, relation, role, word order)."""
    for p in event.participants:
        name, role = p.name, p.role
        if role is None and event.language == "ru":
            name, role = split_listed(p.name)
        order: Order = "surname_first" if is_upper_surname(name) else "given_first"
        yield p.name, name, "participant", role, order
    seen: set[str] = set()
    for b in event.blocks:
        if b.speaker and b.speaker not in seen:
            seen.add(b.speaker)
            yield b.speaker, b.speaker, "speaker", b.role, "given_first"
    for tag in event.tags.persons:
        yield tag, tag, "tagged", None, "surname_first"


def link_event(registry: Registry, event: Event, *, learn: bool = True,
               resolve: Callable[[str, str | None], str | None] | None = None,
               ) -> list[PersonLink]:
    """Link an event's names to people; with ``learn`` the registry grows from them.
    Without, each name is looked up with ``resolve`` (default ``registry.resolve``).

    Tags go first: they are the site's own spelling, and settle which word is the surname.
    """
    names = sorted(event_names(event), key=lambda t: t[2] != "tagged")
    look_up = resolve or registry.resolve
    links = []
    for raw, name, relation, role, order in names:
        pid = (
            registry.observe(
                name, event.language, role=role, date=event.date, order=order, create=learn
            )
            if learn
            else look_up(name, event.language)
        )
        links.append(PersonLink(event.id, event.language, raw, relation, pid, role))
    return links


def learn_people(registry: Registry, events: Iterable[Event]) -> None:
    """Grow the registry from the events' structured names, in date order as the enrich
    step does (it creates ids, so the order matters)."""
    for e in sorted(events, key=lambda e: (e.date, e.id)):
        link_event(registry, e, learn=True)


def apply_links(event: Event, links: Iterable[PersonLink]) -> Event:
    """The event with ``person_id`` set on its participants (its content is unchanged)."""
    by_name = {link.name: link.person_id for link in links if link.relation == "participant"}
    if not by_name:
        return event
    participants = tuple(
        replace(p, person_id=p.person_id or by_name.get(p.name)) for p in event.participants
    )
    return replace(event, participants=participants)


def apply_person_links(
    stored: Callable[[str, str], Sequence[PersonLink]], day: Day
) -> Day:
    """Set ``person_id`` on a day's participants and principal from the links ``stored``
    gives for an event id and language (a store's ``enrichment.person_links``).

    Events never enriched are linked against the curated registry, so an export always
    carries the ids of well-known people; those links are computed once per event content
    (``curated_links``), not on every read of the day.
    """
    registry = _curated_registry()
    events = []
    for e in day.events:
        links = list(stored(e.id, e.language))
        if not links:
            links = list(curated_links(e))
        events.append(apply_links(e, links))
    principal = day.principal
    if principal is not None and principal.person_id is None:
        pid = registry.resolve(principal.name, events[0].language if events else None)
        if pid:
            principal = replace(principal, person_id=pid)
    return replace(day, events=tuple(events), principal=principal)


@cache
def _curated_registry() -> Registry:
    return Registry.curated()


@lru_cache(maxsize=65536)
def _curated_resolve(name: str, language: str | None) -> str | None:
    # The curated registry never changes within a process, and the same names (the
    # president, his ministers) come back in most events: a loose match costs about a ms.
    return _curated_registry().resolve(name, language)


# Days are read far more often than they change, and the curated registry never changes
# within a process. The key stands for the event's whole value (a revised event is linked
# again) without keeping the event itself: a long-running site reads the whole archive in
# time, and 4,096 long transcripts would weigh hundreds of MB. Cleared when full.
_CURATED_LINKS: dict[tuple[str, str, int], tuple[PersonLink, ...]] = {}
_CURATED_LINKS_MAX = 4096


def curated_links(event: Event) -> tuple[PersonLink, ...]:
    """An event's links against the curated registry alone (nothing learnt)."""
    key = (event.id, event.language, hash(event))
    links = _CURATED_LINKS.get(key)
    if links is None:
        links = tuple(link_event(_curated_registry(), event, learn=False,
                                 resolve=_curated_resolve))
        if len(_CURATED_LINKS) >= _CURATED_LINKS_MAX:
            _CURATED_LINKS.clear()
        _CURATED_LINKS[key] = links
    return links

"""Person pages (``store.people``), once for every backend: the rows the people directory
(``daybook.directory``) is built from, and the events of one page."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from daybook.store.base import Appearance
from daybook.store.tables import marks

if TYPE_CHECKING:
    from daybook.directory import Directory, Rows
    from daybook.store.base import Enrichment
    from daybook.store.dialect import Dialect


class _Archive(Protocol):
    """What the directory reads of an SQL store (its tables, enrichment and version)."""

    dialect: Dialect
    enrichment: Enrichment

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]: ...

    def data_version(self) -> str: ...


class People:
    """Person pages (``store.people``): a person keyed by registry id, else by the slug of
    a name as written (see ``daybook.directory``)."""

    def __init__(self, store: _Archive) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._built: tuple[str, Directory] | None = None

    def directory_rows(self) -> Rows:
        """Every event, participant, speaker, Persons tag, person link and person mention:
        a few whole-table reads, in one bounded transaction."""
        from daybook.directory import Rows

        s, d = self.store, self.store.dialect
        with d.bounded():
            keys: dict[tuple[str, str], int] = {}
            events = []
            for r in s.rows("SELECT id, language, date FROM events"):
                k = keys[(r["id"], r["language"])] = len(keys)
                events.append((k, r["id"], r["language"], d.read_day(r["date"])))
            people = [
                (k, r["name"], r["role"], r["relation"], r["person_id"])
                for r in s.rows("SELECT id, language, name, role, relation, person_id FROM "
                                f"event_people ORDER BY {d.row_order}")
                if (k := keys.get((r["id"], r["language"]), -1)) >= 0]
            links = [
                (k, r["name"], r["relation"], r["person_id"], r["role"])
                for r in s.rows("SELECT event_id, language, name, relation, person_id, role "
                                f"FROM person_links ORDER BY {d.row_order}")
                if (k := keys.get((r["event_id"], r["language"]), -1)) >= 0]
            mentions = [
                (k, r["entity_id"], r["text"])
                for r in s.rows("SELECT event_id, language, entity_id, min(text) AS text "
                                "FROM entities WHERE type = 'person' AND entity_id IS NOT "
                                "NULL GROUP BY event_id, language, entity_id")
                if (k := keys.get((r["event_id"], r["language"]), -1)) >= 0]
        return Rows(events, people, links, mentions)

    def build_directory(self) -> Directory:
        """A fresh directory of the archive as it is now."""
        from daybook.directory import build
        from daybook.enrich.people import Registry

        registry = Registry.curated()
        self.store.enrichment.load_people(registry)
        names = {p.id: p.name for p in registry}
        known: dict[str, Iterable[str]] = {p.id: list(p.names) for p in registry}
        local: dict[str, dict[str, str]] = {}
        for p in registry:
            if p.curated:  # the curated preferred name is the English one
                local.setdefault(p.id, {})["en"] = p.name
            for name, lang in p.names.items():
                # A full name (two words or more, no initials) in each language.
                if lang and len(name.split()) > 1 and "." not in name:
                    local.setdefault(p.id, {}).setdefault(lang, name)
        return build(self.directory_rows(), registry, names, known, local)

    def directory(self) -> Directory:
        """The directory, rebuilt when the archive changed (this connection's view)."""
        version = self.store.data_version()
        with self._lock:
            if self._built is not None and self._built[0] == version:
                return self._built[1]
        built = self.build_directory()
        with self._lock:
            self._built = (version, built)
        return built

    def titles(self, events: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str]]:
        """(title, kind) of the given events, by (id, language)."""
        out: dict[tuple[str, str], tuple[str, str]] = {}
        ids = sorted({i for i, _ in events})
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for r in self.store.rows(
                    f"SELECT id, language, title, kind FROM events WHERE id IN ({marks(chunk)})",
                    chunk):
                out[(r["id"], r["language"])] = (r["title"], r["kind"])
        return out

    def appearances(self, key: str, limit: int, offset: int,
                    directory: Directory | None = None) -> tuple[int, list[Appearance]]:
        """The person's appearances, newest first, one per event, and their number."""
        found = directory or self.directory()
        entry = found.get(key)
        if entry is None:
            return 0, []
        page = found.page(entry, limit, offset)
        titles = self.titles([(ev.id, ev.language) for ev, _ in page])
        out = []
        for ev, link in page:
            title, kind = titles.get((ev.id, ev.language), ("", ""))
            out.append(Appearance(event_id=ev.id, language=ev.language, date=ev.date,
                                  title=title, kind=kind, name=link.name, role=link.role,
                                  relation=link.relation))
        return entry.total, out

"""The enrichment tables (migration 0003) of every backend: ``store.enrichment``.

Both backends give the same results: text sort keys use the dialect's binary collation
(code point order, as SQLite compares), and rows read back without a key of their own
come in insertion order (SQLite's rowid, PostgreSQL's ctid: these tables are only ever
deleted and rewritten whole per event).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from daybook.enrich.records import EventEnrichment, FigureHit, PendingEvent, PersonEvent

if TYPE_CHECKING:
    from daybook.enrich.people import PersonLink, Registry
    from daybook.store.tables import Tables

_COUNTED = ("people", "person_links", "entities", "figures", "dates", "enrich_done")
# One row per event and person: the strongest relation.
_STRENGTH = {"speaker": 0, "participant": 1, "tagged": 2}


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class EnrichmentTables:
    """The ``Enrichment`` capability of an SQL store."""

    def __init__(self, store: Tables) -> None:
        self.store = store

    def enrich_pending(self, version: int) -> list[PendingEvent]:
        c = self.store.dialect.binary
        rows = self.store.rows(
            "SELECT e.id, e.language, e.revision, e.content_hash FROM events e "
            "LEFT JOIN enrich_done d ON d.event_id = e.id AND d.language = e.language "
            "WHERE d.event_id IS NULL OR d.content_hash <> e.content_hash OR d.version <> ? "
            f"ORDER BY e.date, e.id{c}, e.language{c}", (version,))
        return [PendingEvent(r["id"], r["language"], r["revision"], r["content_hash"])
                for r in rows]

    def save_enrichment(self, result: EventEnrichment, version: int) -> None:
        s, d = self.store, self.store.dialect
        key = (result.event_id, result.language)
        for table in ("entities", "figures", "dates", "block_languages"):
            s.run(f"DELETE FROM {table} WHERE event_id=? AND language=?", key)
        s.many("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?)",
               [(*key, m.seq, m.start, m.end, d.text(m.text), m.type, m.entity_id, m.source)
                for m in result.mentions])
        s.many("INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?)",
               [(*key, f.seq, f.start, f.end, d.text(f.text), f.value, f.unit,
                 d.text(f.context)) for f in result.figures])
        s.many("INSERT INTO dates VALUES (?,?,?,?,?,?,?,?)",
               [(*key, x.seq, x.start, x.end, d.text(x.text), d.day(x.value),
                 d.day(x.end_value) if x.end_value else None) for x in result.dates])
        s.many("INSERT INTO block_languages VALUES (?,?,?,?,?)",
               [(*key, b.seq, b.language, b.confidence) for b in result.languages])
        s.run(
            "INSERT INTO enrich_done VALUES (?,?,?,?,?,?) ON CONFLICT (event_id, language) DO "
            "UPDATE SET revision=excluded.revision, content_hash=excluded.content_hash, "
            "version=excluded.version, done_at=excluded.done_at",
            (*key, result.revision, result.content_hash, version, _now()))

    def save_person_links(
        self, event_id: str, language: str, links: Sequence[PersonLink]
    ) -> None:
        s, d = self.store, self.store.dialect
        s.run("DELETE FROM person_links WHERE event_id=? AND language=?", (event_id, language))
        s.many("INSERT INTO person_links VALUES (?,?,?,?,?,?)",
               [(event_id, language, d.text(link.name), link.relation, link.person_id,
                 d.text(link.role)) for link in links])

    def person_links(self, event_id: str, language: str) -> list[PersonLink]:
        from daybook.enrich.people import PersonLink

        rows = self.store.rows(
            "SELECT name, relation, person_id, role FROM person_links WHERE event_id=? AND "
            f"language=? ORDER BY {self.store.dialect.row_order}", (event_id, language))
        return [PersonLink(event_id, language, r["name"], r["relation"], r["person_id"],
                           r["role"]) for r in rows]

    def save_people(self, registry: Registry) -> None:
        """Replace the stored registry with this one (curated and learned people)."""
        s, d = self.store, self.store.dialect
        for table in ("people", "person_names", "person_roles"):
            s.run(f"DELETE FROM {table}")
        people = list(registry)
        s.many("INSERT INTO people VALUES (?,?,?,?)", [
            (p.id, d.text(p.name), d.doc(p.external) if p.external else None, p.curated)
            for p in people])
        # The primary key is (person, name): a name given in two languages is kept once.
        s.many("INSERT INTO person_names VALUES (?,?,?) ON CONFLICT DO NOTHING", [
            (p.id, d.text(name), lang) for p in people for name, lang in p.names.items()])
        s.many("INSERT INTO person_roles VALUES (?,?,?,?,?)", [
            (p.id, d.text(r.role), r.language, d.day(r.start) if r.start else None,
             d.day(r.end) if r.end else None) for p in people for r in p.roles.values()])

    def load_people(self, registry: Registry) -> None:
        """Add the stored people (learned by earlier runs) to a registry."""
        s, d = self.store, self.store.dialect
        order = f" ORDER BY {d.row_order}"
        for r in s.rows("SELECT person_id, name, external FROM people" + order):
            registry.add_person(r["person_id"], r["name"],
                                external=d.read_doc(r["external"]) if r["external"] else None)
        for r in s.rows("SELECT person_id, name, language FROM person_names" + order):
            if r["person_id"] in registry.people:
                registry.add_name(r["person_id"], r["name"], r["language"])
        for r in s.rows("SELECT person_id, role, language, date_from, date_to FROM "
                        "person_roles" + order):
            person = registry.people.get(r["person_id"])
            if person is not None:
                for value in (r["date_from"], r["date_to"]):
                    person.add_role(r["role"], r["language"],
                                    d.read_day(value) if value else None)

    def person_events(self, person_id: str) -> list[PersonEvent]:
        d = self.store.dialect
        rows = self.store.rows(
            "SELECT l.event_id, l.language, e.date, e.title, l.relation, l.role FROM "
            "person_links l JOIN events e ON e.id = l.event_id AND e.language = l.language "
            f"WHERE l.person_id = ? ORDER BY e.date, e.id{d.binary}, l.language{d.binary}, "
            f"l.{d.row_order}", (person_id,))
        merged: dict[tuple[str, str], PersonEvent] = {}
        for r in rows:
            ev = PersonEvent(r["event_id"], r["language"], d.read_day(r["date"]), r["title"],
                             r["relation"], r["role"])
            old = merged.get((ev.event_id, ev.language))
            # The strongest relation, with a role when any source gives one.
            if old is None or _STRENGTH[ev.relation] < _STRENGTH[old.relation]:
                merged[(ev.event_id, ev.language)] = PersonEvent(
                    ev.event_id, ev.language, ev.date, ev.title, ev.relation,
                    ev.role or (old.role if old else None))
        return list(merged.values())

    def find_figures(self, query: str, limit: int = 500) -> list[FigureHit]:
        """Figures whose sentence or unit contains every word of ``query`` (SQLite's LIKE
        rules on both backends: ASCII letters in either case, ``%`` and ``_`` wildcards)."""
        d = self.store.dialect
        words = [w for w in query.split() if w]
        clauses = " AND ".join(
            f"({d.like('f.context')} OR {d.like('f.unit')})" for _ in words) or "1=1"
        args: list[Any] = []
        for w in words:
            args += [f"%{w}%", f"%{w}%"]
        rows = self.store.rows(
            "SELECT f.event_id, f.language, e.date, e.title, f.value, f.unit, f.text, "
            "f.context FROM figures f JOIN events e ON e.id = f.event_id AND "
            f"e.language = f.language WHERE {clauses} ORDER BY e.date, f.event_id{d.binary}, "
            f"f.seq, f.start_char, f.{d.row_order} LIMIT ?", (*args, limit))
        return [FigureHit(r["event_id"], r["language"], d.read_day(r["date"]), r["title"],
                          float(r["value"]), r["unit"], r["text"], r["context"])
                for r in rows]

    def enrich_counts(self) -> dict[str, int]:
        return {table: int(self.store.scalar(f"SELECT count(*) AS n FROM {table}") or 0)
                for table in _COUNTED}

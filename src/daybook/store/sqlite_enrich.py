"""SQLite side of the enrichment tables (migration 0003); ``SQLiteStore`` delegates here."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from daybook.enrich.records import (
    EventEnrichment,
    FigureHit,
    PendingEvent,
    PersonEvent,
)

if TYPE_CHECKING:
    from daybook.enrich.people import PersonLink, Registry
    from daybook.store.sqlite import SQLiteStore


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def enrich_pending(store: SQLiteStore, version: int) -> list[PendingEvent]:
    rows = store.conn.execute(
        "SELECT e.id, e.language, e.revision, e.content_hash FROM events e "
        "LEFT JOIN enrich_done d ON d.event_id = e.id AND d.language = e.language "
        "WHERE d.event_id IS NULL OR d.content_hash != e.content_hash OR d.version != ? "
        "ORDER BY e.date, e.id, e.language", (version,),
    ).fetchall()
    return [PendingEvent(r[0], r[1], r[2], r[3]) for r in rows]


def save_enrichment(store: SQLiteStore, result: EventEnrichment, version: int) -> None:
    key = (result.event_id, result.language)
    c = store.conn
    for table in ("entities", "figures", "dates", "block_languages"):
        c.execute(f"DELETE FROM {table} WHERE event_id=? AND language=?", key)
    c.executemany(
        "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?)",
        [(*key, m.seq, m.start, m.end, m.text, m.type, m.entity_id, m.source)
         for m in result.mentions])
    c.executemany(
        "INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?)",
        [(*key, f.seq, f.start, f.end, f.text, f.value, f.unit, f.context)
         for f in result.figures])
    c.executemany(
        "INSERT INTO dates VALUES (?,?,?,?,?,?,?,?)",
        [(*key, d.seq, d.start, d.end, d.text, d.value.isoformat(),
          d.end_value.isoformat() if d.end_value else None) for d in result.dates])
    c.executemany(
        "INSERT INTO block_languages VALUES (?,?,?,?,?)",
        [(*key, b.seq, b.language, b.confidence) for b in result.languages])
    c.execute(
        "INSERT INTO enrich_done VALUES (?,?,?,?,?,?) ON CONFLICT (event_id, language) DO "
        "UPDATE SET revision=excluded.revision, content_hash=excluded.content_hash, "
        "version=excluded.version, done_at=excluded.done_at",
        (*key, result.revision, result.content_hash, version, _now()))


def save_person_links(
    store: SQLiteStore, event_id: str, language: str, links: list[PersonLink]
) -> None:
    store.conn.execute(
        "DELETE FROM person_links WHERE event_id=? AND language=?", (event_id, language))
    store.conn.executemany(
        "INSERT INTO person_links VALUES (?,?,?,?,?,?)",
        [(event_id, language, link.name, link.relation, link.person_id, link.role)
         for link in links])


def person_links(store: SQLiteStore, event_id: str, language: str) -> list[PersonLink]:
    from daybook.enrich.people import PersonLink

    if not _has_tables(store):
        return []
    rows = store.conn.execute(
        "SELECT name, relation, person_id, role FROM person_links "
        "WHERE event_id=? AND language=?", (event_id, language)).fetchall()
    return [PersonLink(event_id, language, r[0], r[1], r[2], r[3]) for r in rows]


def _has_tables(store: SQLiteStore) -> bool:
    row = store.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='person_links'").fetchone()
    return row is not None


def save_people(store: SQLiteStore, registry: Registry) -> None:
    """Replace the stored registry with this one (curated and learned people)."""
    c = store.conn
    for table in ("people", "person_names", "person_roles"):
        c.execute(f"DELETE FROM {table}")
    people = list(registry)
    c.executemany("INSERT INTO people VALUES (?,?,?,?)", [
        (p.id, p.name, json.dumps(p.external, ensure_ascii=False) if p.external else None,
         int(p.curated)) for p in people])
    c.executemany("INSERT OR IGNORE INTO person_names VALUES (?,?,?)", [
        (p.id, name, lang) for p in people for name, lang in p.names.items()])
    c.executemany("INSERT INTO person_roles VALUES (?,?,?,?,?)", [
        (p.id, r.role, r.language, r.start.isoformat() if r.start else None,
         r.end.isoformat() if r.end else None) for p in people for r in p.roles.values()])


def load_people(store: SQLiteStore, registry: Registry) -> None:
    """Add the stored people (learned by earlier runs) to a registry."""
    if not _has_tables(store):
        return
    c = store.conn
    for pid, name, external, _curated in c.execute("SELECT * FROM people"):
        registry.add_person(pid, name, external=json.loads(external) if external else None)
    for pid, name, lang in c.execute("SELECT * FROM person_names"):
        if pid in registry.people:
            registry.add_name(pid, name, lang)
    for pid, role, lang, start, end in c.execute("SELECT * FROM person_roles"):
        person = registry.people.get(pid)
        if person is not None:
            person.add_role(role, lang, dt.date.fromisoformat(start) if start else None)
            person.add_role(role, lang, dt.date.fromisoformat(end) if end else None)


def person_events(store: SQLiteStore, person_id: str) -> list[PersonEvent]:
    rows = store.conn.execute(
        "SELECT l.event_id, l.language, e.date, e.title, l.relation, l.role "
        "FROM person_links l JOIN events e ON e.id = l.event_id AND e.language = l.language "
        "WHERE l.person_id = ? ORDER BY e.date, e.id, l.language", (person_id,)).fetchall()
    merged: dict[tuple[str, str], PersonEvent] = {}
    order = {"speaker": 0, "participant": 1, "tagged": 2}
    for r in rows:
        ev = PersonEvent(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4], r[5])
        old = merged.get((ev.event_id, ev.language))
        # One row per event: the strongest relation, with a role when any source gives one.
        if old is None or order[ev.relation] < order[old.relation]:
            merged[(ev.event_id, ev.language)] = PersonEvent(
                ev.event_id, ev.language, ev.date, ev.title, ev.relation,
                ev.role or (old.role if old else None))
    return list(merged.values())


def find_figures(store: SQLiteStore, query: str, limit: int = 500) -> list[FigureHit]:
    """Figures whose sentence or unit contains every word of ``query`` (case-insensitive)."""
    words = [w for w in query.split() if w]
    clauses = " AND ".join("(f.context LIKE ? OR f.unit LIKE ?)" for _ in words) or "1"
    args: list[Any] = []
    for w in words:
        args += [f"%{w}%", f"%{w}%"]
    rows = store.conn.execute(
        "SELECT f.event_id, f.language, e.date, e.title, f.value, f.unit, f.text, f.context "
        "FROM figures f JOIN events e ON e.id = f.event_id AND e.language = f.language "
        f"WHERE {clauses} ORDER BY e.date, f.event_id, f.seq, f.start_char LIMIT ?",
        (*args, limit)).fetchall()
    return [FigureHit(r[0], r[1], dt.date.fromisoformat(r[2]), r[3], r[4], r[5], r[6], r[7])
            for r in rows]


def enrich_counts(store: SQLiteStore) -> dict[str, int]:
    out = {}
    for table in ("people", "person_links", "entities", "figures", "dates", "enrich_done"):
        out[table] = int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return out

"""PostgreSQL side of the enrichment tables (migration 0003); ``PostgresStore`` delegates here.

Same results as ``sqlite_enrich``. Text sort keys use ``COLLATE "C"`` (code point order, as
SQLite compares), and rows read back without a key of their own come in ``ctid`` order,
which is insertion order for these delete-and-rewrite tables as SQLite's rowid is.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from psycopg.types.json import Jsonb

from daybook.enrich.records import (
    EventEnrichment,
    FigureHit,
    PendingEvent,
    PersonEvent,
)

if TYPE_CHECKING:
    from daybook.enrich.people import PersonLink, Registry
    from daybook.store.postgres import PostgresStore

_TABLES = ("people", "person_links", "entities", "figures", "dates", "enrich_done")
# SQLite's LIKE folds ASCII letters only; so does this on both sides of a LIKE.
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LOWER = f"translate({{}}, '{_UPPER}', '{_UPPER.lower()}')"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _nul(value: str | None) -> str | None:
    # PostgreSQL text cannot hold NUL (see postgres._scrub).
    return value.replace("\x00", "\ufffd") if value else value


def _many(store: PostgresStore, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        with store.conn.cursor() as cur:
            cur.executemany(sql, rows)


def enrich_pending(store: PostgresStore, version: int) -> list[PendingEvent]:
    rows = store.conn.execute(
        "SELECT e.id, e.language, e.revision, e.content_hash FROM events e "
        "LEFT JOIN enrich_done d ON d.event_id = e.id AND d.language = e.language "
        "WHERE d.event_id IS NULL OR d.content_hash <> e.content_hash OR d.version <> %s "
        'ORDER BY e.date, e.id COLLATE "C", e.language COLLATE "C"', (version,),
    ).fetchall()
    return [PendingEvent(r["id"], r["language"], r["revision"], r["content_hash"])
            for r in rows]


def save_enrichment(store: PostgresStore, result: EventEnrichment, version: int) -> None:
    key = (result.event_id, result.language)
    for table in ("entities", "figures", "dates", "block_languages"):
        store.conn.execute(f"DELETE FROM {table} WHERE event_id=%s AND language=%s", key)
    _many(store, "INSERT INTO entities VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s)",
          [(*key, m.seq, m.start, m.end, _nul(m.text), m.type, m.entity_id, m.source)
           for m in result.mentions])
    _many(store, "INSERT INTO figures VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s)",
          [(*key, f.seq, f.start, f.end, _nul(f.text), f.value, f.unit, _nul(f.context))
           for f in result.figures])
    _many(store, "INSERT INTO dates VALUES (%s,%s,%s,%s,%s,%s,%s,%s)",
          [(*key, d.seq, d.start, d.end, _nul(d.text), d.value, d.end_value)
           for d in result.dates])
    _many(store, "INSERT INTO block_languages VALUES (%s,%s,%s,%s,%s)",
          [(*key, b.seq, b.language, b.confidence) for b in result.languages])
    store.conn.execute(
        "INSERT INTO enrich_done VALUES (%s,%s,%s,%s,%s,%s) ON CONFLICT (event_id, language) "
        "DO UPDATE SET revision=excluded.revision, content_hash=excluded.content_hash, "
        "version=excluded.version, done_at=excluded.done_at",
        (*key, result.revision, result.content_hash, version, _now()))


def save_person_links(
    store: PostgresStore, event_id: str, language: str, links: list[PersonLink]
) -> None:
    store.conn.execute(
        "DELETE FROM person_links WHERE event_id=%s AND language=%s", (event_id, language))
    _many(store, "INSERT INTO person_links VALUES (%s,%s,%s,%s,%s,%s)",
          [(event_id, language, _nul(link.name), link.relation, link.person_id,
            _nul(link.role)) for link in links])


def person_links(store: PostgresStore, event_id: str, language: str) -> list[PersonLink]:
    from daybook.enrich.people import PersonLink

    rows = store.conn.execute(
        "SELECT name, relation, person_id, role FROM person_links "
        "WHERE event_id=%s AND language=%s ORDER BY ctid", (event_id, language)).fetchall()
    return [PersonLink(event_id, language, r["name"], r["relation"], r["person_id"], r["role"])
            for r in rows]


def save_people(store: PostgresStore, registry: Registry) -> None:
    """Replace the stored registry with this one (curated and learned people)."""
    for table in ("people", "person_names", "person_roles"):
        store.conn.execute(f"DELETE FROM {table}")
    people = list(registry)
    _many(store, "INSERT INTO people VALUES (%s,%s,%s,%s)", [
        (p.id, _nul(p.name), Jsonb(p.external) if p.external else None, p.curated)
        for p in people])
    # The names of one person are unique (a dict): no conflict to ignore, unlike SQLite's
    # INSERT OR IGNORE, which only guards the primary key.
    _many(store, "INSERT INTO person_names VALUES (%s,%s,%s) ON CONFLICT DO NOTHING", [
        (p.id, _nul(name), lang) for p in people for name, lang in p.names.items()])
    _many(store, "INSERT INTO person_roles VALUES (%s,%s,%s,%s,%s)", [
        (p.id, _nul(r.role), r.language, r.start, r.end)
        for p in people for r in p.roles.values()])


def load_people(store: PostgresStore, registry: Registry) -> None:
    """Add the stored people (learned by earlier runs) to a registry."""
    c = store.conn
    for r in c.execute("SELECT person_id, name, external FROM people ORDER BY ctid"):
        registry.add_person(r["person_id"], r["name"], external=r["external"] or None)
    for r in c.execute("SELECT person_id, name, language FROM person_names ORDER BY ctid"):
        if r["person_id"] in registry.people:
            registry.add_name(r["person_id"], r["name"], r["language"])
    for r in c.execute(
            "SELECT person_id, role, language, date_from, date_to FROM person_roles "
            "ORDER BY ctid"):
        person = registry.people.get(r["person_id"])
        if person is not None:
            person.add_role(r["role"], r["language"], r["date_from"])
            person.add_role(r["role"], r["language"], r["date_to"])


def person_events(store: PostgresStore, person_id: str) -> list[PersonEvent]:
    rows = store.conn.execute(
        "SELECT l.event_id, l.language, e.date, e.title, l.relation, l.role "
        "FROM person_links l JOIN events e ON e.id = l.event_id AND e.language = l.language "
        'WHERE l.person_id = %s ORDER BY e.date, e.id COLLATE "C", l.language COLLATE "C", '
        "l.ctid", (person_id,)).fetchall()
    merged: dict[tuple[str, str], PersonEvent] = {}
    order = {"speaker": 0, "participant": 1, "tagged": 2}
    for r in rows:
        ev = PersonEvent(r["event_id"], r["language"], r["date"], r["title"], r["relation"],
                         r["role"])
        old = merged.get((ev.event_id, ev.language))
        # One row per event: the strongest relation, with a role when any source gives one.
        if old is None or order[ev.relation] < order[old.relation]:
            merged[(ev.event_id, ev.language)] = PersonEvent(
                ev.event_id, ev.language, ev.date, ev.title, ev.relation,
                ev.role or (old.role if old else None))
    return list(merged.values())


def find_figures(store: PostgresStore, query: str, limit: int = 500) -> list[FigureHit]:
    """Figures whose sentence or unit contains every word of ``query`` (ASCII letters match
    either case, as SQLite's LIKE; ``%`` and ``_`` are wildcards there too, no escape)."""
    words = [w for w in query.split() if w]
    context, unit, pattern = (_ASCII_LOWER.format(x) for x in ("f.context", "f.unit", "%s"))
    clauses = " AND ".join(
        f"({context} LIKE {pattern} ESCAPE '' OR {unit} LIKE {pattern} ESCAPE '')"
        for _ in words) or "true"
    args: list[Any] = []
    for w in words:
        args += [f"%{w}%", f"%{w}%"]
    rows = store.conn.execute(
        "SELECT f.event_id, f.language, e.date, e.title, f.value, f.unit, f.text, f.context "
        "FROM figures f JOIN events e ON e.id = f.event_id AND e.language = f.language "
        f'WHERE {clauses} ORDER BY e.date, f.event_id COLLATE "C", f.seq, f.start_char, '
        "f.ctid LIMIT %s", (*args, limit)).fetchall()
    return [FigureHit(r["event_id"], r["language"], r["date"], r["title"], float(r["value"]),
                      r["unit"], r["text"], r["context"]) for r in rows]


def enrich_counts(store: PostgresStore) -> dict[str, int]:
    out = {}
    for table in _TABLES:
        row = store.conn.execute(f"SELECT count(*) AS n FROM {table}").fetchone()
        out[table] = int(row["n"]) if row else 0
    return out

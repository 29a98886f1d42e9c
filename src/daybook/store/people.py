"""Person pages (``store.people``), once for every backend."""

from __future__ import annotations

from functools import lru_cache

from daybook.stemming import slug
from daybook.store.base import Appearance
from daybook.store.tables import Tables, marks


@lru_cache(maxsize=65536)
def _slug(name: str) -> str:
    return slug(name)


class People:
    """Person pages (``store.people``): a person keyed by registry id, else by the slug of
    a name as written; a linked id on a participant wins."""

    def __init__(self, store: Tables) -> None:
        self.store = store

    def appearances(self, key: str, limit: int, offset: int) -> tuple[int, list[Appearance]]:
        """The person's appearances, newest first, one per event, and their number."""
        s, d = self.store, self.store.dialect
        with d.bounded():
            # The slug is Python's (stemming.slug) on every backend, computed once per
            # distinct unlinked name rather than per row.
            names = [r["name"] for r in s.rows(
                "SELECT DISTINCT name FROM event_people WHERE person_id IS NULL")
                if _slug(r["name"]) == key]
            base = ("FROM event_people p JOIN events e ON e.id = p.id AND e.language = "
                    "p.language WHERE (p.person_id = ? OR (p.person_id IS NULL AND p.name IN "
                    f"({marks(names)})))")
            total = s.scalar(
                f"SELECT count(*) AS n FROM (SELECT DISTINCT p.id, p.language {base}) AS d",
                [key, *names])
            # One row per event: the role-bearing relation first (participant, speaker,
            # tagged); among equals the first written.
            rows = s.rows(
                "SELECT id, language, date, title, kind, name, role, relation FROM ("
                "SELECT p.id, p.language, e.date, e.title, e.kind, p.name, p.role, p.relation,"
                " row_number() OVER (PARTITION BY p.id, p.language ORDER BY p.role IS NULL, "
                f"p.relation{d.binary}, p.{d.row_order}) AS k {base}) AS a WHERE k = 1 "
                f"ORDER BY date DESC, id{d.binary} LIMIT ? OFFSET ?",
                [key, *names, limit, offset])
        return int(total or 0), [
            Appearance(event_id=r["id"], language=r["language"], date=d.read_day(r["date"]),
                       title=r["title"], kind=r["kind"], name=r["name"], role=r["role"],
                       relation=r["relation"])
            for r in rows
        ]

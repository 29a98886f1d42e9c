"""Invariants of a stored archive, checked after crashes and bad input on every backend."""

from __future__ import annotations

from typing import Any

from daybook.store import Store
from daybook.store.copy import record_problems


def _rows(store: Store, sql: str) -> list[tuple[Any, ...]]:
    conn: Any = getattr(store, "conn")  # noqa: B009 - both backends expose their connection
    return [tuple(r.values()) if isinstance(r, dict) else tuple(r)
            for r in conn.execute(sql).fetchall()]


def archive_problems(store: Store) -> list[str]:
    """Everything that would betray a half-written event; empty when the archive is whole.

    Every event row has its current revision and its search rows (one per non-empty block,
    plus the heading), every revision's document parses and hashes to its stored hash.
    """
    problems = list(store.integrity_check())
    blocks = {(i, lang): n for i, lang, n in
              _rows(store, "SELECT id, language, count(*) FROM blocks GROUP BY id, language")}
    seen = 0
    for rec in store.iter_records():
        seen += 1
        problems += record_problems(rec)
        key = (rec.current.id, rec.current.language)
        want = 1 + sum(1 for b in rec.current.blocks if b.text.strip())
        if blocks.pop(key, 0) != want:
            problems.append(f"{key}: {want} search rows expected")
    events = _rows(store, "SELECT count(*) FROM events")[0][0]
    if events != seen:
        problems.append(f"{events} event rows but {seen} with revisions")
    if blocks:
        problems.append(f"search rows of no event: {sorted(blocks)[:5]}")
    ids = _rows(store, "SELECT id, language, count(*) FROM events GROUP BY id, language "
                       "HAVING count(*) > 1")
    if ids:
        problems.append(f"duplicate event ids: {ids[:5]}")
    return problems


def current_hashes(store: Store) -> dict[tuple[str, str], str]:
    return {(r.current.id, r.current.language): r.revisions[-1].content_hash
            for r in store.iter_records()}

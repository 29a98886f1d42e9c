"""Invariants of a stored archive, checked after crashes and bad input on every backend."""

from __future__ import annotations

from typing import Any

from daybook.store import Store
from daybook.store.copy import record_problems
from daybook.store.core import SQLStore


def raw_rows(store: Store, sql: str) -> list[tuple[Any, ...]]:
    """A raw query without arguments through the storage core, rows as tuples."""
    assert isinstance(store, SQLStore), store
    return [tuple(r.values()) if isinstance(r, dict) else tuple(r) for r in store.rows(sql)]


def archive_problems(store: Store) -> list[str]:
    """Everything that would betray a half-written event; empty when the archive is whole.

    Every event row has its current revision and its search rows (one per non-empty block,
    plus the heading), every revision's document parses and hashes to its stored hash.
    """
    problems = list(store.integrity_check())
    blocks = {(i, lang): n for i, lang, n in
              raw_rows(store, "SELECT id, language, count(*) FROM blocks GROUP BY id, language")}
    seen = 0
    for rec in store.iter_records():
        seen += 1
        problems += record_problems(rec)
        key = (rec.current.id, rec.current.language)
        want = 1 + sum(1 for b in rec.current.blocks if b.text.strip())
        if blocks.pop(key, 0) != want:
            problems.append(f"{key}: {want} search rows expected")
    events = raw_rows(store, "SELECT count(*) FROM events")[0][0]
    if events != seen:
        problems.append(f"{events} event rows but {seen} with revisions")
    if blocks:
        problems.append(f"search rows of no event: {sorted(blocks)[:5]}")
    ids = raw_rows(store, "SELECT id, language, count(*) FROM events GROUP BY id, language "
                       "HAVING count(*) > 1")
    if ids:
        problems.append(f"duplicate event ids: {ids[:5]}")
    return problems


def current_hashes(store: Store) -> dict[tuple[str, str], str]:
    return {(r.current.id, r.current.language): r.revisions[-1].content_hash
            for r in store.iter_records()}

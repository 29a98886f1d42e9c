"""A large search corpus made from the real samples: copies with new ids, shifted dates and
shuffled blocks (the stems are copied with their blocks, as the text is unchanged).

    python bench/corpus.py --samples ../shared/samples --events 50000 --out bench/results/corpus.db
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "results" / "corpus.db"


def ingest_base(samples: Path, out: Path) -> None:
    """The real samples, read by daybook itself."""
    from daybook.ingest import ingest_paths
    from daybook.store import open_store

    store = open_store(out)
    try:
        paths = [p for p in (samples / "digest-fr" / "2023-11-08.txt",
                             samples / "kremlin-en-2019" / "news") if p.exists()]
        if not paths:
            sys.exit(f"no samples under {samples}")
        ingest_paths(store, paths)
    finally:
        store.close()


def replicate(db: Path, target: int, seed: int = 7) -> int:
    """Copy every event until the archive holds ``target`` events; returns the count."""
    from daybook.stemming import BLOCK_BITS

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    base = conn.execute("SELECT * FROM events").fetchall()
    blocks: dict[tuple[str, str], list[sqlite3.Row]] = {}
    for b in conn.execute("SELECT * FROM blocks ORDER BY id, language, seq"):
        blocks.setdefault((b["id"], b["language"]), []).append(b)
    people = conn.execute("SELECT * FROM event_people").fetchall()
    tags = conn.execute("SELECT * FROM event_tags").fetchall()
    ev_cols = list(base[0].keys())
    rng = random.Random(seed)
    count, k = len(base), 0
    conn.execute("BEGIN")
    while count < target:
        k += 1
        shift = dt.timedelta(days=366 * k)
        for e in base:
            if count >= target:
                break
            new_id = f"{e['id']}~{k}"
            row = dict(e)
            date = dt.date.fromisoformat(e["date"]) + shift
            doc = json.loads(e["doc"])
            doc["id"], doc["date"] = new_id, date.isoformat()
            row.update(id=new_id, date=date.isoformat(), doc=json.dumps(doc, ensure_ascii=False))
            conn.execute(f"INSERT INTO events ({','.join(ev_cols)}) VALUES "
                         f"({','.join('?' * len(ev_cols))})", [row[c] for c in ev_cols])
            own = blocks.get((e["id"], e["language"]), [])
            head, body = own[:1], own[1:]
            order = list(range(1, len(body) + 1))
            rng.shuffle(order)
            key = conn.execute("INSERT INTO event_keys (id, language) VALUES (?, ?)",
                               (new_id, e["language"])).lastrowid
            assert key is not None
            conn.executemany(
                "INSERT INTO blocks (rowid, id, language, seq, type, speaker, provenance, text, "
                "stem) VALUES (?,?,?,?,?,?,?,?,?)",
                [((key << BLOCK_BITS) + seq, new_id, b["language"], seq, b["type"],
                  b["speaker"], b["provenance"], b["text"], b["stem"])
                 for b, seq in zip(head + body, [0, *order], strict=True)])
            count += 1
        for rows, table in ((people, "event_people"), (tags, "event_tags")):
            conn.executemany(
                f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0].keys()))})",
                [(f"{r['id']}~{k}", *list(r)[1:]) for r in rows]) if rows else None
    conn.execute("INSERT INTO blocks_fts (blocks_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    return count


def build(samples: Path, out: Path, events: int) -> Path:
    """The corpus at ``out``, reused when it already holds ``events`` events."""
    if out.exists():
        with sqlite3.connect(out) as conn:
            if conn.execute("SELECT count(*) FROM events").fetchone()[0] >= events:
                return out
        for suffix in ("", "-wal", "-shm"):
            Path(str(out) + suffix).unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    ingest_base(samples, out)
    n = replicate(out, events)
    print(f"corpus: {n} events in {time.perf_counter() - t:.0f} s -> {out}", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    build(args.samples, args.out, args.events)


if __name__ == "__main__":
    main()

"""Search latency over a 50,000-event corpus: daybook.search.search() against the same MATCH
expression run directly on the FTS5 index (the floor any SQLite search pays).

    python bench/bench_search.py --samples ../shared/samples --events 50000

Two floors, both a bare ``SELECT rowid, bm25() ... ORDER BY 2 LIMIT n`` with the compiled
expression and no filters: "bare" ranks the blocks search() ranks (every match, or for a
common word the newest RANKED_BLOCKS matches: ``rowid >= bound``, the bound found outside
the timing); "bare_all" ranks every match, as a search without a bound would.
Goals: overhead ratio (p50 of search() / p50 of bare) <= 1.3, p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_OUT, ROOT, build

QUERIES = [
    "négociation", "negotiations", "Choigu", "Erdogan", "Macron", "Kazakhstan gaz",
    '"partenariat stratégique"', '"artificial intelligence"', "negoc*", "Syria OR Turkey",
    "economy -sanctions", "Normandy format", "BRICS kind:meeting", "Sochi from:2019-01-01",
    "energy lang:en", "speaker:Putin investment", "Xi Jinping", "nuclear weapons",
    "person:Macron Ukraine", "agriculture",
]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(db: Path, rounds: int, limit: int) -> dict[str, object]:
    from daybook.search import parse_query, search, stem_languages
    from daybook.store import open_store, sqlite_search
    from daybook.store.sqlite_search import compile_match

    store = open_store(db, read_only=True)
    conn = store.conn  # type: ignore[attr-defined]
    ours: list[float] = []
    bare: list[float] = []
    per_query: dict[str, tuple[float, float, float, int, bool]] = {}
    bare_all: list[float] = []
    rank = ("SELECT rowid, bm25(blocks_fts, 2.0, 1.0) AS r FROM blocks_fts "
            "WHERE blocks_fts MATCH ?{} ORDER BY r LIMIT ?")
    for q in QUERIES:
        query, filters = parse_query(q)
        match = compile_match(query.root, stem_languages(filters)) if query.root else None
        low = None
        if query.root is not None:
            sqlite_search._prepare(conn)
            low, _ = sqlite_search._ranked_range(conn, query, filters,
                                                 sqlite_search._Names(conn), limit)
        same = rank.format(" AND rowid >= ?" if low is not None else "")
        same_args = (match, low, limit) if low is not None else (match, limit)
        mine, theirs, every = [], [], []
        for i in range(rounds + 1):
            t = time.perf_counter()
            result = search(store, q, limit=limit)
            a = time.perf_counter() - t
            b = c = 0.0
            if match is not None:
                t = time.perf_counter()
                conn.execute(same, same_args).fetchall()
                b = time.perf_counter() - t
                t = time.perf_counter()
                conn.execute(rank.format(""), (match, limit)).fetchall()
                c = time.perf_counter() - t
            if i:  # the first round warms the page cache
                mine.append(a)
                theirs.append(b)
                every.append(c)
        ours += mine
        bare += theirs
        bare_all += every
        per_query[q] = (statistics.median(mine) * 1000, statistics.median(theirs) * 1000,
                        statistics.median(every) * 1000, result.total, result.total_is_exact)
    store.close()
    p50, p95 = statistics.median(ours) * 1000, pct(ours, 0.95) * 1000
    b50, b95 = statistics.median(bare) * 1000, pct(bare, 0.95) * 1000
    a50, a95 = statistics.median(bare_all) * 1000, pct(bare_all, 0.95) * 1000
    return {"queries": len(QUERIES), "rounds": rounds, "search_p50_ms": round(p50, 2),
            "search_p95_ms": round(p95, 2), "bare_match_p50_ms": round(b50, 2),
            "bare_match_p95_ms": round(b95, 2), "bare_all_p50_ms": round(a50, 2),
            "bare_all_p95_ms": round(a95, 2), "ratio_p50": round(p50 / b50, 2),
            "ratio_p95": round(p95 / b95, 2), "ratio_p50_vs_all": round(p50 / a50, 2),
            "per_query_ms": {q: [round(a, 2), round(b, 2), round(c, 2), n, exact]
                             for q, (a, b, c, n, exact) in per_query.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--db", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args()
    db = build(args.samples, args.db, args.events)
    report = run(db, args.rounds, args.limit)
    print("    search      bare  bare_all  events")
    for q, (a, b, c, n, exact) in report["per_query_ms"].items():  # type: ignore[attr-defined]
        print(f"  {a:8.2f}  {b:8.2f}  {c:8.2f}  {n:6d}{' ' if exact else '+'} {q}")
    print(json.dumps({k: v for k, v in report.items() if k != "per_query_ms"}, indent=2))
    print(f"search p50 {report['search_p50_ms']} ms, p95 {report['search_p95_ms']} ms "
          f"(goal < 50); overhead vs bare MATCH: {report['ratio_p50']}x p50 (goal <= 1.3)")


if __name__ == "__main__":
    main()

"""Search latency over a 50,000-event corpus of distinct events (see corpus.py):
daybook.search.search() against the same MATCH expression run directly on the FTS5 index
(the floor any SQLite search pays), and where search()'s time goes.

    python bench/bench_search.py --samples ../shared/samples --events 50000

Two floors: "same" ranks exactly the candidate blocks search() ranks -- daybook's own
candidate query (the MATCH, for a common word only the newest RANKED_BLOCKS matches:
``rowid >= bound``, and the filters), built outside the timing, then ``ORDER BY score
LIMIT n`` -- the headline; "all" is a bare ``SELECT rowid, bm25() ... ORDER BY 2 LIMIT n``
on the index ranking every match, without filters. What search() does beyond "same": one
hit per event, the total, the hits' details and the snippets. search() is timed twice:
as the site and the CLI call it (a very common word's total is then at least the events
among its ranked matches) and with ``exact_total=True`` (every match counted: one more
pass over the index), reported first. The four run in turn, query by query, round by
round; each figure is the best of the rounds, wall clock and CPU time (on a shared machine
the process often waits for a core: CPU time is the work).
Goals: overhead ratio (p50 of search() / p50 of "same") <= 1.3, p95 < 50 ms.

The profile times search()'s phases with wrappers around its steps (one more pass):
candidate selection outside the page query (whether a person or tag filter leaves few
events), ranking (the page query: the newest matches up to the bound, filters applied,
bm25 over them, one best block per event, the count of events), the exact total,
the hits' details, the snippets, and the rest (parsing, filters).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_OUT, ROOT, build

QUERIES = [
    "négociation", "negotiations", "Choigu", "Erdogan", "Macron", "Kazakhstan gaz",
    '"partenariat stratégique"', '"artificial intelligence"', "negoc*", "Syria OR Turkey",
    "economy -sanctions", "Normandy format", "BRICS kind:meeting", "Sochi from:2019-01-01",
    "energy lang:en", "speaker:Putin investment", "Xi Jinping", "nuclear weapons",
    "person:Macron Ukraine", "agriculture",
]
# More shapes for the results check only (--results): filters alone, tags, places, dates,
# sort by date, a phrase with an exclusion, a prefix with a filter.
CHECK_QUERIES = [
    "tag:Regions", "kind:meeting", "place:Sochi", "Putin sort:date", "economy tag:Culture",
    '"foreign policy" -Ukraine', "invest* lang:en", "gaz place:Moscou",
    "Poutine to:2020-12-31", "energy OR oil kind:meeting", "Kremlin",
]
# Pages checked: the first, the second and one far on.
CHECK_OFFSETS = (0, 20, 200)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


PHASES = ("candidates", "ranking", "total", "details", "snippets", "other")


def profile(db: Path, limit: int, rounds: int = 3) -> dict[str, float]:
    """Milliseconds per phase over ``rounds`` passes of every query (after a warm pass)."""
    from daybook import search as search_module
    from daybook.store import open_store, sqlite_search

    spent = dict.fromkeys(PHASES, 0.0)
    wrapped = {
        (sqlite_search, "_few_events"): "candidates",
        (sqlite_search, "_older_events"): "total",  # the events older than the ranked
        (sqlite_search, "_count_matches"): "total",  # the count pass, in older checkouts
        (sqlite_search, "_count_events"): "total",  # its name in older checkouts
        (sqlite_search, "_details"): "details",
        (search_module, "_snippets"): "snippets",  # a page's snippets
        (search_module, "highlight"): "snippets",  # one by one, in older checkouts
        (sqlite_search, "search_blocks"): "backend",
    }
    wrapped = {key: phase for key, phase in wrapped.items() if hasattr(*key)}
    saved = {key: getattr(*key) for key in wrapped}
    # Snippets made inside the backend's call (given to it, so that it builds each hit once)
    # are taken out of its time.
    inner = {"backend": 0.0, "snippets": 0.0, "depth": 0}

    def timed(fn: Any, phase: str) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t = time.process_time()
            inner["depth"] += phase == "backend"
            try:
                return fn(*args, **kwargs)
            finally:
                took = time.process_time() - t
                inner["depth"] -= phase == "backend"
                if phase == "backend":
                    inner["backend"] += took
                else:
                    spent[phase] += took
                    if phase == "snippets" and inner["depth"]:
                        inner["snippets"] += took
        return wrapper

    for (module, name), phase in wrapped.items():
        setattr(module, name, timed(saved[(module, name)], phase))
    store = open_store(db, read_only=True)
    try:
        total = 0.0
        for i in range(rounds + 1):
            if i == 1:  # the first pass warms the page cache
                spent.update(dict.fromkeys(PHASES, 0.0))
                inner.update(backend=0.0, snippets=0.0)
                total = 0.0
            for q in QUERIES:
                t = time.process_time()
                search_module.search(store, q, limit=limit)
                total += time.process_time() - t
    finally:
        store.close()
        for (module, name), fn in saved.items():
            setattr(module, name, fn)
    backend = inner["backend"] - inner["snippets"]
    spent["ranking"] = backend - spent["candidates"] - spent["total"] - spent["details"]
    spent["other"] = total - backend - spent["snippets"]
    return {k: round(v * 1000 / (rounds * len(QUERIES)), 3) for k, v in spent.items()}


def same_plans(store: Any, limit: int) -> dict[str, tuple[str, tuple[Any, ...]]]:
    """The "same" statement of each query: daybook's own candidate rows (the MATCH, the
    bound of a common word, the filters; found here, outside any timing) ranked with
    ``ORDER BY score LIMIT n``. ("", ()) for a query without words."""
    from daybook.aliases import curated_aliases
    from daybook.search import parse_query
    from daybook.store import sqlite_search

    conn = store.conn
    plans: dict[str, tuple[str, tuple[Any, ...]]] = {}
    for q in QUERIES:
        # Parsed as search() parses it: names and places expanded to their other forms.
        query, filters = parse_query(q, curated_aliases())
        if query.root is None:
            plans[q] = ("", ())
            continue
        sqlite_search._prepare(conn)
        names = sqlite_search._Names(conn)
        low, newest, _ = sqlite_search._ranked_range(conn, query, filters, names, limit)
        matches, args = sqlite_search._matches(query, filters, names, low, newest=newest)
        plans[q] = (f"SELECT m.r, m.s FROM ({matches}) AS m ORDER BY m.s DESC LIMIT ?",
                    (*args, limit))
    return plans


def run(db: Path, rounds: int, limit: int) -> dict[str, Any]:
    """Best of ``rounds`` per query for search(), "same" and "all", wall and CPU time.

    Rounds are interleaved (every query, the three measures in turn, then the next round)
    so that a slow moment of the shared machine falls on all three; CPU time (the process
    does all of SQLite's work) is what load disturbs least.
    """
    from daybook.aliases import curated_aliases
    from daybook.search import parse_query, search, stem_languages
    from daybook.store import open_store
    from daybook.store.sqlite_search import compile_match

    store = open_store(db, read_only=True)
    conn = store.conn  # type: ignore[attr-defined]
    rank = ("SELECT rowid, bm25(blocks_fts, 2.0, 1.0) AS r FROM blocks_fts "
            "WHERE blocks_fts MATCH ?{} ORDER BY r LIMIT ?")
    same_sql = same_plans(store, limit)
    plans: dict[str, tuple[str | None, str, tuple[Any, ...]]] = {}
    for q in QUERIES:
        query, filters = parse_query(q, curated_aliases())
        match = compile_match(query.root, stem_languages(filters)) if query.root else None
        plans[q] = (match, *same_sql[q])
    clocks = {"wall": time.perf_counter, "cpu": time.process_time}
    best: dict[tuple[str, str, str], float] = {}
    totals: dict[tuple[str, str], tuple[int, bool]] = {}
    for i in range(rounds + 1):
        for q in QUERIES:
            match, same, same_args = plans[q]
            measures: list[tuple[str, Any]] = [
                ("search", lambda q=q: search(store, q, limit=limit)),
                ("exact", lambda q=q: search(store, q, limit=limit, exact_total=True)),
            ]
            if match is not None:
                measures += [
                    ("same", lambda s=same, a=same_args: conn.execute(s, a).fetchall()),
                    ("all", lambda m=match: conn.execute(rank.format(""), (m, limit)).fetchall()),
                ]
            for name, fn in measures:
                w, c = time.perf_counter(), time.process_time()
                out = fn()
                took = {"wall": time.perf_counter() - w, "cpu": time.process_time() - c}
                if name in ("search", "exact"):
                    totals[(q, name)] = (out.total, out.total_is_exact)
                if i:  # the first round warms the page cache
                    for clock in clocks:
                        key = (q, name, clock)
                        best[key] = min(best.get(key, took[clock]), took[clock])
    store.close()
    report: dict[str, Any] = {
        "queries": len(QUERIES), "rounds": rounds, "statistic": "best of rounds"
    }
    for clock in clocks:
        ranked = [q for q in QUERIES if plans[q][0] is not None]
        ours = [best[(q, "search", clock)] * 1000 for q in ranked]
        exact = [best[(q, "exact", clock)] * 1000 for q in ranked]
        same_ = [best[(q, "same", clock)] * 1000 for q in ranked]
        all_ = [best[(q, "all", clock)] * 1000 for q in ranked]
        p50, p95 = statistics.median(ours), pct(ours, 0.95)
        s50, s95 = statistics.median(same_), pct(same_, 0.95)
        a50, a95 = statistics.median(all_), pct(all_, 0.95)
        e50, e95 = statistics.median(exact), pct(exact, 0.95)
        report[clock] = {
            "exact_p50_ms": round(e50, 2), "exact_p95_ms": round(e95, 2),
            "exact_ratio_p50": round(e50 / s50, 2), "exact_ratio_p95": round(e95 / s95, 2),
            "search_p50_ms": round(p50, 2), "search_p95_ms": round(p95, 2),
            "same_p50_ms": round(s50, 2), "same_p95_ms": round(s95, 2),
            "all_p50_ms": round(a50, 2), "all_p95_ms": round(a95, 2),
            "ratio_p50": round(p50 / s50, 2), "ratio_p95": round(p95 / s95, 2),
            "ratio_p50_vs_all": round(p50 / a50, 2), "ratio_p95_vs_all": round(p95 / a95, 2),
        }
    report["per_query_ms"] = {
        q: [round(best.get((q, m, "wall"), 0.0) * 1000, 2)
            for m in ("exact", "search", "same", "all")]
        + [*totals[(q, "search")], *totals[(q, "exact")]]
        for q in QUERIES
    }
    return report


def results_child(db: Path, limit: int) -> None:
    """Print every checked query's pages as JSON lines: events, blocks, scores, snippets,
    totals and whether they are exact (compared across checkouts by ``--results``)."""
    from daybook.search import search
    from daybook.store import open_store

    store = open_store(db, read_only=True)
    for q in QUERIES + CHECK_QUERIES:
        for offset in CHECK_OFFSETS:
            r = search(store, q, limit=limit, offset=offset)
            print(json.dumps([q, offset, r.total, r.total_is_exact,
                              [[h.event_id, h.language, h.block, h.block_type, h.speaker,
                                round(h.score, 9), h.snippet] for h in r.hits]],
                             ensure_ascii=False))
    store.close()


def same_results(db: Path, limit: int, other: Path) -> tuple[int, list[str]]:
    """Run the checked queries with this checkout's sources and ``other``'s; the number of
    pages compared and the queries whose pages differ."""
    import os
    import subprocess

    def pages(src: Path) -> list[Any]:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(ROOT)])}
        out = subprocess.run([sys.executable, __file__, "--db", str(db), "--limit",
                              str(limit), "--results-child"], env=env, check=True,
                             capture_output=True, text=True).stdout
        return [json.loads(line) for line in out.splitlines()]

    ours, theirs = pages(ROOT / "src"), pages(other)
    differ = sorted({a[0] for a, b in zip(ours, theirs, strict=True) if a != b})
    return len(ours), differ


def against(db: Path, rounds: int, limit: int, other: Path) -> dict[str, Any]:
    """CPU time of this checkout's search() and ``other``'s (its ``search.py`` and
    ``store/sqlite_search.py`` loaded beside ours, the rest shared) and "same", in one
    process (ours and "same" on one connection, theirs on another), query by query, in
    turn (the order flipped every round): the machine's load falls on both alike. Best of
    ``rounds`` per query. The two must give the same pages (checked first)."""
    import importlib.util
    import types

    from daybook.search import search
    from daybook.store import open_store

    def load(name: str, path: Path) -> Any:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
        return module

    their_store = load("other_sqlite_search", other / "daybook" / "store" / "sqlite_search.py")
    their_search = load("other_search", other / "daybook" / "search.py")
    store = open_store(db, read_only=True)
    conn = store.conn  # type: ignore[attr-defined]
    # Their own connection: each store registers its candidate recorder (``daybook_seen``) on
    # its connection, and a second registration on ours would take our searches' calls.
    their_db = open_store(db, read_only=True)
    theirs = types.SimpleNamespace(search=their_store.SQLiteSearch(
        their_db.conn, store.search.max_steps))  # type: ignore[attr-defined]
    plans = same_plans(store, limit)

    def page(r: Any) -> Any:
        return r.total, r.total_is_exact, [(h.event_id, h.block, h.score, h.snippet)
                                           for h in r.hits]
    for q in QUERIES:
        if page(search(store, q, limit=limit)) != page(their_search.search(theirs, q,
                                                                           limit=limit)):
            raise SystemExit(f"--against: the pages of {q!r} differ")
    best: dict[tuple[str, str], float] = {}
    for i in range(rounds + 1):
        for q in QUERIES:
            sql, args = plans[q]
            measures: list[tuple[str, Any]] = [
                ("ours", lambda q=q: search(store, q, limit=limit)),
                ("theirs", lambda q=q: their_search.search(theirs, q, limit=limit)),
                ("same", lambda s=sql, a=args: conn.execute(s, a).fetchall() if s else None),
            ]
            for name, fn in (measures[::-1] if i % 2 else measures):
                t = time.process_time()
                fn()
                took = time.process_time() - t
                if i:
                    best[(q, name)] = min(best.get((q, name), took), took)
    store.close()
    their_db.close()
    ranked = [q for q in QUERIES if plans[q][0]]
    out: dict[str, Any] = {}
    for name in ("ours", "theirs", "same"):
        ms = [best[(q, name)] * 1000 for q in ranked]
        out[name] = {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(pct(ms, 0.95), 2),
                     "sum_ms": round(sum(ms), 1)}
    for name in ("ours", "theirs"):
        out[name]["ratio_p50"] = round(out[name]["p50_ms"] / out["same"]["p50_ms"], 3)
        out[name]["ratio_p95"] = round(out[name]["p95_ms"] / out["same"]["p95_ms"], 3)
    return out


# Under callgrind (--instructions, see callgrind.py): each measured call runs inside
# functools.reduce, so that one process gives the instructions of every call apart (a warm
# pass first, not counted).


def instructions_child(db: Path, limit: int) -> None:
    """The measured process: a warm pass, then each query's search() and "same" once,
    each inside functools.reduce (one callgrind dump each), in QUERIES order."""
    from functools import reduce

    from daybook.search import search
    from daybook.store import open_store

    store = open_store(db, read_only=True)
    plans = same_plans(store, limit)
    conn = store.conn  # type: ignore[attr-defined]
    calls = []
    for q in QUERIES:
        calls.append(lambda q=q: search(store, q, limit=limit))
        sql, args = plans[q]
        calls.append(lambda s=sql, a=args: conn.execute(s, a).fetchall() if s else None)
    for call in calls:  # warm: the page cache, the name filters, the snippet caches
        call()
    for call in calls:
        reduce(lambda acc, _, c=call: c(), [0], None)
    store.close()


def instructions(db: Path, limit: int, src: Path = ROOT / "src") -> dict[str, Any]:
    """Instructions per query of search() and of "same", counted by callgrind."""
    import os

    from callgrind import counted

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(ROOT)])}
    counts = counted([sys.executable, __file__, "--db", str(db), "--limit", str(limit),
                      "--instructions-child"], env)
    counts = counts[-2 * len(QUERIES):]  # one dump per call; earlier ones (if any) are empty
    per_query = {q: {"search": counts[2 * i], "same": counts[2 * i + 1]}
                 for i, q in enumerate(QUERIES)}
    ranked = [q for q in QUERIES if per_query[q]["same"] > 0]
    ratios = sorted(per_query[q]["search"] / per_query[q]["same"] for q in ranked)
    ours = [per_query[q]["search"] for q in ranked]
    same = [per_query[q]["same"] for q in ranked]
    return {"per_query": per_query,
            "ratio_p50": round(statistics.median(ours) / statistics.median(same), 2),
            "ratio_p95": round(pct(ours, 0.95) / pct(same, 0.95), 2),
            "median_of_per_query_ratios": round(statistics.median(ratios), 2),
            "per_query_ratio_range": (round(ratios[0], 2), round(ratios[-1], 2))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--db", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--limit", type=int, default=20)
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions per query under callgrind (valgrind)")
    ap.add_argument("--src", type=Path, default=ROOT / "src",
                    help="with --instructions: the daybook sources to count (another "
                         "checkout's src/ for a before/after)")
    ap.add_argument("--results", type=Path, metavar="OLD/src",
                    help="only check that search() gives the same pages (hits, order, "
                         "scores, snippets, totals) with another checkout's sources")
    ap.add_argument("--against", type=Path, metavar="OLD/src",
                    help="only time (CPU, one process, in turn) this checkout's search() "
                         "against another checkout's search.py and store/sqlite_search.py")
    ap.add_argument("--instructions-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--results-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.instructions_child:
        instructions_child(args.db, args.limit)
        return
    if args.results_child:
        results_child(args.db, args.limit)
        return
    # An existing --db is only read (never rebuilt: it may be a shared archive).
    db = args.db if args.db.exists() else build(args.samples, args.db, args.events)
    if args.results:
        n, differ = same_results(db, args.limit, args.results.resolve())
        print(f"results: {n} pages ({len(QUERIES + CHECK_QUERIES)} queries x "
              f"{len(CHECK_OFFSETS)} pages), "
              + (f"{len(differ)} queries differ: {differ}" if differ else "identical"))
        sys.exit(1 if differ else 0)
    if args.against:
        timed = against(db, args.rounds, args.limit, args.against.resolve())
        for name, r in timed.items():
            print(f"{name:6s} CPU p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, sum {r['sum_ms']} ms"
                  + (f"; vs same {r['ratio_p50']}x p50, {r['ratio_p95']}x p95"
                     if "ratio_p50" in r else ""))
        return
    if args.instructions:
        counted = instructions(db, args.limit, args.src.resolve())
        print("instructions (callgrind), search / same per query:")
        for q, c in counted["per_query"].items():
            if c["same"]:
                print(f"  {c['search'] / 1e6:9.1f}M {c['same'] / 1e6:9.1f}M "
                      f"{c['search'] / c['same']:5.2f}x  {q}")
        print(f"instructions: search against ranking the same candidates "
              f"{counted['ratio_p50']}x p50, {counted['ratio_p95']}x p95; per query "
              f"median {counted['median_of_per_query_ratios']}x, range "
              f"{counted['per_query_ratio_range']}")
    report = run(db, args.rounds, args.limit)
    if args.instructions:
        report["instructions"] = counted
    report["profile_cpu_ms_per_query"] = profile(db, args.limit)
    print("best of rounds, wall ms:   exact    search      same       all   events  exact")
    for q, (e, a, b, c, n, exact, ne, _) in report["per_query_ms"].items():
        mark = " " if exact else "+"
        print(f"                      {e:8.2f}  {a:8.2f}  {b:8.2f}  {c:8.2f}  {n:6d}{mark} "
              f"{ne:6d} {q}")
    for clock in ("wall", "cpu"):
        r = report[clock]
        print(f"{clock}, every total exact (exact_total=True): p50 {r['exact_p50_ms']} ms, "
              f"p95 {r['exact_p95_ms']} ms; against ranking the same candidates "
              f"{r['exact_ratio_p50']}x p50, {r['exact_ratio_p95']}x p95")
        print(f"{clock}: search p50 {r['search_p50_ms']} ms, p95 {r['search_p95_ms']} ms "
              f"(goal < 50); against ranking the same candidates {r['ratio_p50']}x p50, "
              f"{r['ratio_p95']}x p95 (goal <= 1.3); against ranking every match "
              f"{r['ratio_p50_vs_all']}x p50")
    phases = report["profile_cpu_ms_per_query"]
    whole = sum(phases.values())
    print("where the CPU time goes (ms per query, share): " + ", ".join(
        f"{k} {v:.2f} ({v / whole:.0%})" for k, v in phases.items()))
    out = ROOT / "bench" / "results" / "search.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()

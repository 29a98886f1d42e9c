"""Archive scale: a synthetic archive of N events, written through the store API.

Real sample events are replicated with new ids and dates and slightly perturbed titles and
text, then saved in batched transactions (as ``ingest_paths`` does). For each size, in its own
process so peak RSS is that size's: events/second, peak RSS, database size, and search
latency p50/p95 over a fixed query set. Prints a table; writes JSON to ``bench/results/``.

    python bench/bench_scale.py                       # 5k, 50k, 200k on SQLite
    python bench/bench_scale.py --sizes 1000,5000     # a quick check
    python bench/bench_scale.py --backend postgres --pg-url 'postgresql://localhost/bench_{n}'
    python bench/bench_scale.py --backend postgres --pg-test-cluster   # throwaway cluster
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT.parent / "shared" / "samples"
RESULTS = ROOT / "bench" / "results"
BATCH = 1000
QUERIES = ["Putin", "negotiations", '"Security Council"', "gas OR oil", "econom*",
           "Russia -Ukraine", "speaker:Putin investment", "kind:meeting", "Kazakhstan",
           "négociation", "coopération énergétique", "from:2019-06-01 to:2019-06-30 lang:en"]


def seed_events(samples: Path) -> list[Any]:
    from daybook.sources.document import read_document
    from daybook.sources.registry import read_parsed

    events = []
    paths = sorted((samples / "kremlin-en-2019" / "news").glob("*.html"))
    paths += [samples / "digest-fr" / "2023-11-08.txt"]
    for p in paths:
        if not p.exists():
            continue
        _, parsed = read_parsed(read_document(p))
        events += list(parsed.events) + [e for d in parsed.days for e in d.events]
    if not events:
        sys.exit(f"no sample events under {samples}")
    return events


def synthesize(seeds: list[Any], n: int, rng: random.Random) -> Any:
    """``n`` events: copies of the seeds with new ids, dates spread over the years after."""
    for i in range(n):
        base = seeds[i % len(seeds)]
        shift = dt.timedelta(days=(i // len(seeds)) * 3 % 3650 + rng.randrange(3))
        blocks = list(base.blocks)
        if len(blocks) > 2:
            # Perturb: drop one block and swap two, so copies are not identical documents.
            del blocks[rng.randrange(len(blocks))]
            a, b = rng.randrange(len(blocks)), rng.randrange(len(blocks))
            blocks[a], blocks[b] = blocks[b], blocks[a]
        yield dataclasses.replace(
            base, id=f"synth:{i}", title=f"{base.title} ({i})", date=base.date + shift,
            start=base.start + shift if base.start else None, blocks=tuple(blocks),
        )


def db_size(store: Any, location: str) -> int:
    if getattr(store, "backend", "") == "postgres":
        row = store.conn.execute("SELECT pg_database_size(current_database()) AS s").fetchone()
        return int(row["s"])
    return sum(p.stat().st_size for p in Path(location).parent.glob(Path(location).name + "*"))


def run_one(n: int, location: str, samples: Path) -> dict[str, Any]:
    from daybook.search import search
    from daybook.store import open_store

    seeds = seed_events(samples)
    store = open_store(location)
    rng = random.Random(n)
    started = time.perf_counter()
    events = synthesize(seeds, n, rng)
    done = 0
    while done < n:
        with store.transaction():
            for ev in events:
                store.save_event(ev, origin="bench")
                done += 1
                if done % BATCH == 0:
                    break
    elapsed = time.perf_counter() - started
    latencies: list[float] = []
    for _ in range(5):
        for q in QUERIES:
            t = time.perf_counter()
            search(store, q, limit=20)
            latencies.append((time.perf_counter() - t) * 1000)
    latencies.sort()
    result = {
        "events": n,
        "backend": getattr(store, "backend", "?"),
        "seconds": round(elapsed, 2),
        "events_per_s": round(n / elapsed, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "db_mb": round(db_size(store, location) / 1e6, 1),
        "search_p50_ms": round(statistics.median(latencies), 1),
        "search_p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 1),
    }
    store.close()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5000,50000,200000")
    ap.add_argument("--samples", type=Path, default=SAMPLES)
    ap.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--pg-url", help="URL of an empty database per size; {n} is the size")
    ap.add_argument("--pg-test-cluster", action="store_true",
                    help="start a throwaway cluster with tests/pg.py (Debian server needed)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--location", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.location, args.samples)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.pg_test_cluster:
            sys.path.insert(0, str(ROOT))
            from tests import pg
        for n in sizes:
            if args.backend == "sqlite":
                location = str(Path(tmp) / f"scale-{n}.db")
            elif args.pg_test_cluster:
                location = pg.fresh_database()
            elif args.pg_url:
                location = args.pg_url.format(n=n)
            else:
                sys.exit("--backend postgres needs --pg-url or --pg-test-cluster")
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(n), "--location", location,
                 "--samples", str(args.samples)],
                capture_output=True, text=True, check=True,
            )
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(_row(results[-1]), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = RESULTS / f"scale-{args.backend}-{stamp}.json"
    path.write_text(json.dumps(results, indent=2), "utf-8")
    print(f"wrote {path}")


HEAD = ("events", "backend", "seconds", "events_per_s", "peak_rss_mb", "db_mb",
        "search_p50_ms", "search_p95_ms")


def _row(r: dict[str, Any]) -> str:
    if not hasattr(_row, "printed"):
        print("  ".join(f"{h:>13}" for h in HEAD))
        _row.printed = True  # type: ignore[attr-defined]
    return "  ".join(f"{r[h]!s:>13}" for h in HEAD)


if __name__ == "__main__":
    main()

"""Day-page throughput under concurrent load: daybook's site against datasette serving the
same SQLite rows, both on loopback, in one run.

    python bench/bench_web.py --samples ../shared/samples --clients 20 --seconds 10

daybook serves /day/DATE (the HTML day page) and /api/days/DATE (the contract document);
datasette serves /corpus/events.json?date=DATE (the same events' rows as JSON).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_OUT, ROOT, build

PY = sys.executable
SERVE_DAYBOOK = (
    "import sys, uvicorn; from daybook.web.app import create_app; "
    "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
    "log_level='warning', access_log=False)"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def wait_up(url: str, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {url}")
        try:
            if httpx.get(url, timeout=5).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server did not start: {url}")


async def load(urls: list[str], clients: int, seconds: float) -> dict[str, float]:
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds

    async def worker(n: int, client: httpx.AsyncClient) -> None:
        nonlocal errors
        i = n
        while time.monotonic() < stop:
            t = time.perf_counter()
            r = await client.get(urls[i % len(urls)])
            latencies.append(time.perf_counter() - t)
            errors += r.status_code != 200
            i += clients

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(n, client) for n in range(clients)))
        wall = time.perf_counter() - t0
    ordered = sorted(latencies)
    return {"requests": len(latencies), "errors": errors,
            "rps": round(len(latencies) / wall, 1),
            "p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--db", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--no-cache", action="store_true",
                    help="serve daybook without its rendered-page cache (DAYBOOK_PAGE_CACHE=0)")
    args = ap.parse_args()
    db = build(args.samples, args.db, args.events)

    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        dates = [r[0] for r in conn.execute(
            "SELECT date FROM events GROUP BY date HAVING count(*) BETWEEN 3 AND 12 "
            "ORDER BY date LIMIT 200")]
    ours, theirs = free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    ours_env = {**env, "DAYBOOK_PAGE_CACHE": "0" if args.no_cache else "1"}
    # One process each, uvicorn's default loop and HTTP parser on both (datasette serves
    # through uvicorn too), access logs off on both.
    procs = [
        subprocess.Popen([PY, "-c", SERVE_DAYBOOK, str(db), str(ours)], env=ours_env),
        subprocess.Popen([PY, "-m", "datasette", "serve", "-i", str(db), "-h", "127.0.0.1",
                          "-p", str(theirs), "--setting", "sql_time_limit_ms", "5000"],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
    ]
    try:
        wait_up(f"http://127.0.0.1:{ours}/api/days?size=1", procs[0])
        wait_up(f"http://127.0.0.1:{theirs}/-/versions.json", procs[1])
        name = db.stem
        targets = {
            "daybook /day/DATE (html)": [f"http://127.0.0.1:{ours}/day/{d}" for d in dates],
            "daybook /api/days/DATE": [f"http://127.0.0.1:{ours}/api/days/{d}" for d in dates],
            "datasette events.json?date=": [
                f"http://127.0.0.1:{theirs}/{name}/events.json?date={d}&_shape=array"
                for d in dates],
        }
        for urls in targets.values():
            asyncio.run(load(urls[:10], args.clients, 1.0))  # warm up
        # Targets take turns, round after round, and the median round counts: other work
        # on the machine then weighs on all of them alike.
        runs: dict[str, list[dict[str, float]]] = {label: [] for label in targets}
        for _ in range(args.rounds):
            for label, urls in targets.items():
                runs[label].append(asyncio.run(load(urls, args.clients, args.seconds)))
        results = {}
        for label, done in runs.items():
            results[label] = sorted(done, key=lambda r: r["rps"])[len(done) // 2]
            print(f"{label:32s} {json.dumps(results[label])} "
                  f"rps per round {[r['rps'] for r in done]}")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(10)
    base = results["datasette events.json?date="]["rps"]
    for label in list(results)[:2]:
        print(f"{label}: {results[label]['rps'] / base:.2f}x datasette's throughput "
              f"({args.clients} clients, {args.seconds:g} s each)")


if __name__ == "__main__":
    main()

"""Day-page throughput under concurrent load: daybook's site against datasette serving the
same SQLite rows, all on loopback, in one run.

    python bench/bench_web.py --samples ../shared/samples --clients 20 --seconds 8

daybook serves /day/DATE (the HTML day page) and /api/days/DATE (the contract document),
once without its rendered-page cache (``DAYBOOK_PAGE_CACHE=0``, the headline) and once
with it; datasette serves /corpus/events.json?date=DATE (the same events' rows as JSON).
Every target gets the same distinct dates of the distinct-event corpus (corpus.py), and
no URL is asked twice in the whole run: each round takes its own slice of the dates, so a
cache can only cost, never serve a repeat. A round ends after ``--seconds`` or when its
slice is used up; throughput is requests over wall time. Targets take turns, round after
round; each target's best round counts (the machine is shared).
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
    """Each URL at most once: the clients take the next one until time or URLs run out."""
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.monotonic() + seconds
    queue = iter(urls)

    async def worker(n: int, client: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.monotonic() < stop:
            url = next(queue, None)
            if url is None:
                return
            t = time.perf_counter()
            r = await client.get(url)
            latencies.append(time.perf_counter() - t)
            errors += r.status_code != 200

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
    args = ap.parse_args()
    db = build(args.samples, args.db, args.events)

    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        dates = [r[0] for r in conn.execute(
            "SELECT date FROM events GROUP BY date HAVING count(*) BETWEEN 3 AND 12 "
            "ORDER BY date")]
    # Warm-up dates apart; then one slice of distinct dates per round.
    warm, dates = dates[:10], dates[10:]
    per_round = len(dates) // args.rounds
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    ports = {"nocache": free_port(), "cache": free_port(), "datasette": free_port()}
    # One process each, uvicorn's default loop and HTTP parser on all (datasette serves
    # through uvicorn too), access logs off.
    procs = [
        subprocess.Popen([PY, "-c", SERVE_DAYBOOK, str(db), str(ports[key])],
                         env={**env, "DAYBOOK_PAGE_CACHE": flag})
        for key, flag in (("nocache", "0"), ("cache", "1"))
    ]
    procs.append(subprocess.Popen(
        [PY, "-m", "datasette", "serve", "-i", str(db), "-h", "127.0.0.1",
         "-p", str(ports["datasette"]), "--setting", "sql_time_limit_ms", "5000"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        for key, proc in zip(("nocache", "cache"), procs, strict=False):
            wait_up(f"http://127.0.0.1:{ports[key]}/api/days?size=1", proc)
        wait_up(f"http://127.0.0.1:{ports['datasette']}/-/versions.json", procs[2])
        name = db.stem
        shapes = {
            "daybook /day/DATE (html), no cache": "http://127.0.0.1:{nocache}/day/{d}",
            "daybook /api/days/DATE, no cache": "http://127.0.0.1:{nocache}/api/days/{d}",
            "daybook /day/DATE (html), cache": "http://127.0.0.1:{cache}/day/{d}",
            "daybook /api/days/DATE, cache": "http://127.0.0.1:{cache}/api/days/{d}",
            "datasette events.json?date=": (
                "http://127.0.0.1:{datasette}/" + name + "/events.json?date={d}&_shape=array"
            ),
        }

        def urls(shape: str, chosen: list[str]) -> list[str]:
            return [shape.format(d=d, **ports) for d in chosen]

        for shape in shapes.values():
            asyncio.run(load(urls(shape, warm), args.clients, 1.0))
        runs: dict[str, list[dict[str, float]]] = {label: [] for label in shapes}
        for r in range(args.rounds):
            chosen = dates[r * per_round:(r + 1) * per_round]
            for label, shape in shapes.items():
                runs[label].append(asyncio.run(load(urls(shape, chosen), args.clients,
                                                    args.seconds)))
        results = {}
        for label, done in runs.items():
            results[label] = max(done, key=lambda r: r["rps"])
            print(f"{label:36s} {json.dumps(results[label])} "
                  f"rps per round {[r['rps'] for r in done]}")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(10)
    base = results["datasette events.json?date="]["rps"]
    theirs = [r["rps"] for r in runs["datasette events.json?date="]]
    print(f"{len(dates)} distinct dates, {per_round} per round, none asked twice")
    per_round_ratio = {}
    for label in list(results)[:4]:
        # Also the ratio within each round (the two ran minutes apart at most): steadier
        # than best against best when the machine's load swings.
        ratios = [r["rps"] / t for r, t in zip(runs[label], theirs, strict=True) if t]
        per_round_ratio[label] = round(statistics.median(ratios), 2)
        print(f"{label}: {results[label]['rps'] / base:.2f}x datasette's throughput, best "
              f"rounds; median of per-round ratios {per_round_ratio[label]:.2f}x "
              f"({args.clients} clients, up to {args.seconds:g} s per round)")
    out = ROOT / "bench" / "results" / "web.json"
    out.write_text(json.dumps({"dates": len(dates), "per_round": per_round,
                               "clients": args.clients, "results": results,
                               "median_per_round_ratio": per_round_ratio}, indent=1))


if __name__ == "__main__":
    main()

"""Load test of `daybook serve`: 200 concurrent clients for 60 s on 127.0.0.1.

Starts the server on a free loopback port over an archive (or uses ``--url``, which must be
loopback), then each client loops over a mix of pages: days, events, search (HTML and
API) and the Atom feed. Bounded in time (``--seconds``) and count (``--max-requests``).
Reports requests, errors by kind and p50/p95/p99 latency; writes JSON to ``bench/results/``.

    pip install -e '.[bench]'
    python bench/load_web.py --db daybook.db [--clients 200 --seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import ipaddress
import json
import random
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SEARCHES = ["Putin", "negotiations", '"Security Council"', "gas OR oil", "econom*",
            "kind:meeting", "Kazakhstan", "speaker:Putin investment"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def targets(db: str) -> list[str]:
    """Paths to request, from what the archive holds (SQLite read directly, read-only)."""
    paths = ["/", "/feed.atom"] + [f"/search?q={quote(q)}" for q in SEARCHES]
    paths += [f"/api/search?q={quote(q)}" for q in SEARCHES]
    if not db.startswith("postgres"):
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        for date, event_id in conn.execute(
                "SELECT date, id FROM events ORDER BY random() LIMIT 200"):
            paths += [f"/day/{date}", f"/event/{quote(event_id)}", f"/api/days/{date}"]
        conn.close()
    return paths


async def client(http: httpx.AsyncClient, paths: list[str], stop: float, budget: list[int],
                 lat: list[float], errors: Counter[str], rng: random.Random) -> None:
    while time.monotonic() < stop and budget[0] > 0:
        budget[0] -= 1
        path = rng.choice(paths)
        t = time.perf_counter()
        try:
            r = await http.get(path)
            if r.status_code >= 400:
                errors[f"HTTP {r.status_code}"] += 1
        except httpx.HTTPError as exc:
            errors[type(exc).__name__] += 1
        lat.append((time.perf_counter() - t) * 1000)


async def run(url: str, paths: list[str], clients: int, seconds: float,
              max_requests: int) -> dict[str, Any]:
    lat: list[float] = []
    errors: Counter[str] = Counter()
    budget = [max_requests]
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as http:
        stop = time.monotonic() + seconds
        started = time.perf_counter()
        await asyncio.gather(*(client(http, paths, stop, budget, lat, errors,
                                      random.Random(i)) for i in range(clients)))
        wall = time.perf_counter() - started
    lat.sort()

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(len(lat) * p))], 1) if lat else 0.0

    return {"clients": clients, "seconds": round(wall, 1), "requests": len(lat),
            "requests_per_s": round(len(lat) / wall, 1), "errors": dict(errors),
            "p50_ms": pct(0.50), "p95_ms": pct(0.95), "p99_ms": pct(0.99)}


def _wait(url: str, proc: subprocess.Popen[bytes], timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            sys.exit(f"the server exited with status {proc.returncode}")
        try:
            # A cheap route: the first calendar of a large archive is built on demand.
            httpx.get(url + "/openapi.json", timeout=2).raise_for_status()
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    sys.exit("the server did not answer in time")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="daybook.db", help="archive to serve")
    ap.add_argument("--url", help="an already running server (loopback only)")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2, help="server processes (one per core)")
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--max-requests", type=int, default=500_000)
    args = ap.parse_args()
    proc = None
    if args.url:
        if not _loopback(args.url):
            sys.exit("load tests only run against 127.0.0.1 / localhost")
        url = args.url.rstrip("/")
    else:
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-m", "daybook.cli", "serve", "--db", args.db,
                                 "--host", "127.0.0.1", "--port", str(port),
                                 "--workers", str(args.workers), "--no-access-log"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(url, proc)
    try:
        result = asyncio.run(run(url, targets(args.db), args.clients, args.seconds,
                                 args.max_requests))
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
    print(json.dumps(result, indent=2))
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"load-web-{stamp}.json").write_text(json.dumps(result, indent=2), "utf-8")


if __name__ == "__main__":
    main()

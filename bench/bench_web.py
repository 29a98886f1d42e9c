"""Day pages under concurrent load: daybook's site against datasette serving the same
SQLite rows, on the same distinct URLs, loaded by wrk, in one run.

    python bench/bench_web.py --samples ../shared/samples --connections 20 --seconds 8

daybook serves /day/DATE (the HTML day page) and /api/days/DATE (the contract document),
once without its rendered-page cache (``DAYBOOK_PAGE_CACHE=0``, the headline) and once
with it; datasette serves /corpus/events.json?date=DATE&_shape=array (the same events'
rows as JSON). One server process each (uvicorn, access log off), loopback only. The load
generator is ``wrk`` (Debian package), a C program that costs the server's cores far less
than a Python client, with a Lua script that walks the round's URL list in order: every
target gets the same distinct dates of the distinct-event corpus (corpus.py), each round
its own slice, so no URL is asked twice in the run and a cache can only cost, never serve
a repeat. Targets take turns round after round (a busy moment of the shared machine falls
on all). Each run reports wrk's requests/s and p50/p95/p99, and the CPU time the server
process spent during it (``/proc``) per request: the work, which load disturbs less than
latency. Ratios to datasette are taken within each round, then their median over rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_OUT, ROOT, build
from load_web import _free_port, loaded, serve, stop

SERVE_DAYBOOK = (
    "import sys, uvicorn; from daybook.web.app import create_app; "
    "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), "
    "log_level='warning', access_log=False)"
)
TARGETS = {
    "daybook /day/DATE (html), no cache": ("nocache", "/day/{d}"),
    "daybook /api/days/DATE, no cache": ("nocache", "/api/days/{d}"),
    "daybook /day/DATE (html), cache": ("cache", "/day/{d}"),
    "daybook /api/days/DATE, cache": ("cache", "/api/days/{d}"),
    "datasette events.json?date=": ("datasette", "/{name}/events.json?date={d}&_shape=array"),
}
DATASETTE = "datasette events.json?date="


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--db", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--connections", type=int, default=20)
    ap.add_argument("--threads", type=int, default=1, help="wrk threads")
    ap.add_argument("--seconds", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")
    db = build(args.samples, args.db, args.events)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        dates = [r[0] for r in conn.execute(
            "SELECT date FROM events GROUP BY date HAVING count(*) BETWEEN 3 AND 12 "
            "ORDER BY date")]
    # Warm-up dates apart (imports, templates); then one slice of distinct dates per round.
    warm, dates = dates[:20], dates[20:]
    per_round = len(dates) // args.rounds
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    ports = {key: _free_port() for key in ("nocache", "cache", "datasette")}
    urls = {key: f"http://127.0.0.1:{port}" for key, port in ports.items()}
    procs = {
        key: serve([sys.executable, "-c", SERVE_DAYBOOK, str(db), str(ports[key])],
                   urls[key] + "/api/days?size=1", {**env, "DAYBOOK_PAGE_CACHE": flag})
        for key, flag in (("nocache", "0"), ("cache", "1"))
    }
    procs["datasette"] = serve(
        [sys.executable, "-m", "datasette", "serve", "-i", str(db), "-h", "127.0.0.1",
         "-p", str(ports["datasette"]), "--setting", "sql_time_limit_ms", "5000"],
        urls["datasette"] + "/-/versions.json", env)
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label in TARGETS}
    try:
        def paths(shape: str, chosen: list[str]) -> list[str]:
            return [shape.format(d=d, name=db.stem) for d in chosen]

        # Warm: each target's first pages made (imports, templates, the whole-archive
        # values a page needs, which a worker remembers until the archive changes).
        for key, shape in TARGETS.values():
            for path in paths(shape, warm[:3]):
                with urllib.request.urlopen(urls[key] + path, timeout=600) as reply:
                    reply.read()
        for r in range(args.rounds):
            chosen = dates[r * per_round:(r + 1) * per_round]
            for label, (key, shape) in TARGETS.items():
                runs[label].append(loaded(procs[key], urls[key], paths(shape, chosen), args,
                                          in_order=True))
    finally:
        for proc in procs.values():
            stop(proc)
    report = {"dates": len(dates), "per_round": per_round, "connections": args.connections,
              "seconds": args.seconds, "rounds": args.rounds,
              "load_average_at_end": os.getloadavg(), "runs": runs, "vs_datasette": {}}
    theirs = runs[DATASETTE]
    print(f"{len(dates)} distinct dates, {per_round} per round, none asked twice; wrk "
          f"{args.connections} connections, {args.seconds} s per target and round")
    print(f"{'target':38s} {'req/s':>8s} {'p50':>7s} {'p95':>7s} {'p99':>7s} "
          f"{'cpu ms/req':>10s}  (medians over {args.rounds} rounds)")
    for label, done in runs.items():
        med = {k: statistics.median(r[k] for r in done) for k in (
            "requests_per_s", "p50_ms", "p95_ms", "p99_ms", "server_cpu_ms_per_request")}
        errors = sum(r["http_errors"] + r["timeouts"] + r["read_errors"] for r in done)
        print(f"{label:38s} {med['requests_per_s']:8.1f} {med['p50_ms']:7.1f} "
              f"{med['p95_ms']:7.1f} {med['p99_ms']:7.1f} "
              f"{med['server_cpu_ms_per_request']:10.2f}  errors {errors}")
    # Against datasette, round by round: CPU per request first (the work, steadier), then
    # throughput; the harder of the two for daybook is printed first.
    for label in list(TARGETS)[:4]:
        cpu = [t["server_cpu_ms_per_request"] / r["server_cpu_ms_per_request"]
               for r, t in zip(runs[label], theirs, strict=True)
               if r["server_cpu_ms_per_request"]]
        rps = [r["requests_per_s"] / t["requests_per_s"]
               for r, t in zip(runs[label], theirs, strict=True) if t["requests_per_s"]]
        ratios = {"cpu_per_request": (statistics.median(cpu), min(cpu), max(cpu)),
                  "throughput": (statistics.median(rps), min(rps), max(rps))}
        report["vs_datasette"][label] = ratios
        first = sorted(ratios, key=lambda k: ratios[k][0])
        print(f"{label}: " + "; ".join(
            f"{k.replace('_', ' ')} {ratios[k][0]:.2f}x datasette's (rounds "
            f"{ratios[k][1]:.2f}-{ratios[k][2]:.2f})" for k in first))
    out = ROOT / "bench" / "results" / "web.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1), "utf-8")


if __name__ == "__main__":
    main()

"""Load test of `daybook serve` with wrk, side by side with datasette over the same rows.

The load generator must not be the bottleneck: a Python client sharing the server's cores
measured itself (p95 8.9 s at 200 clients, against 260 ms measured by wrk). This script
starts the server (``daybook serve --workers 2`` on a free loopback port) and runs ``wrk``
(Debian package ``wrk``) with a Lua script that picks, at random, one of the URLs built
from the archive: days, events, searches (HTML and API) and feeds, at least 400 distinct.
It then serves the same archive with datasette and asks it for the same rows (the events
of a day, one event, a title search, the latest events) under the same load.

    apt-get install -y wrk
    python bench/load_web.py --db daybook.db [--connections 200 --seconds 20]

Each server is loaded twice in a row (cold caches, then warm), ``--rounds`` times, each
round with a fresh server; ``--before OLD/src`` also serves another checkout in every round
(the two taking turns, so that a busy moment of the machine falls on both). Besides wrk's
requests/s, errors and p50/p95/p99, each run reports the CPU time the server's processes
spent (``/proc``, the supervisor and its workers): the work, which load on a shared machine
disturbs less than latency. Prints the median and range over the rounds and writes every
run to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SEARCHES = ["Putin", "negotiations", '"Security Council"', "gas OR oil", "econom*",
            "kind:meeting", "Kazakhstan", "speaker:Putin investment", "Путин", "президент",
            "Poutine", "sanctions", "energy", "Moscow", "education", "health*"]
FEEDS = ["/feed.atom", "/calendar.ics", "/feed.atom?tag=Kazakhstan"]

# wrk's Lua: a random URL per request (or, in order, each thread its own share, so that no
# URL is asked twice while the list lasts); at the end, one JSON line with the figures.
RANDOM = """
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
"""
IN_ORDER = """
local started = 0
function setup(thread)
  thread:set("id", started)
  started = started + 1
end
local n = 0
request = function()
  local i = (n * stride + id) %% #paths + 1
  n = n + 1
  return wrk.format("GET", paths[i])
end
"""
LUA = """
local paths = {%s}
local stride = %d
%s
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%%d,"duration_s":%%.2f,"connect_errors":%%d,"read_errors":%%d,' ..
    '"write_errors":%%d,"timeouts":%%d,"http_errors":%%d,"p50_ms":%%.1f,"p95_ms":%%.1f,' ..
    '"p99_ms":%%.1f,"max_ms":%%.1f}\\n',
    summary.requests, summary.duration / 1e6, e.connect, e.read, e.write, e.timeout,
    e.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rows(db: str, count: int) -> list[tuple[str, str, str]]:
    """(date, id, language) of ``count`` events spread over the archive (read-only)."""
    conn = sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [(d, i, lang) for d, i, lang in conn.execute(
            "SELECT date, id, language FROM events WHERE kind != 'announcement' "
            "ORDER BY random() LIMIT ?", (count,))]
    finally:
        conn.close()


def daybook_paths(picked: list[tuple[str, str, str]]) -> list[str]:
    paths = ["/", *FEEDS]
    paths += [f"/search?q={quote(q)}" for q in SEARCHES]
    paths += [f"/api/search?q={quote(q)}" for q in SEARCHES]
    for date, event_id, lang in picked:
        paths += [f"/day/{date}", f"/api/days/{date}", f"/event/{quote(event_id, safe=':')}",
                  f"/api/events/{quote(event_id, safe=':')}?lang={lang}"]
    return sorted(set(paths))


def datasette_paths(picked: list[tuple[str, str, str]], name: str) -> list[str]:
    """The same rows from datasette's JSON API: a day's events, one event, a title search
    (LIKE: the FTS index uses daybook's own tokenizer), the latest events."""
    base = f"/{name}/events.json?_shape=array"
    paths = [f"{base}&_sort_desc=date&_size=50"]
    paths += [f"{base}&title__contains={quote(q.strip(chr(34) + '*'))}&_size=20"
              for q in SEARCHES]
    for date, event_id, lang in picked:
        paths += [f"{base}&date={date}", f"{base}&id={quote(event_id)}&language={lang}"]
    return sorted(set(paths))


def _wait(url: str, proc: subprocess.Popen[bytes], timeout: float = 300) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            sys.exit(f"the server exited with status {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    sys.exit("the server did not answer in time")


def run_wrk(url: str, paths: list[str], connections: int, seconds: int,
            threads: int, *, in_order: bool = False) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        pick = IN_ORDER if in_order else RANDOM
        fh.write(LUA % (", ".join(json.dumps(p) for p in paths), threads, pick % ()))
        script = fh.name
    try:
        out = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
             "-s", script, url], capture_output=True, text=True, check=True).stdout
    finally:
        Path(script).unlink()
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    result: dict[str, Any] = json.loads(line.removeprefix("RESULT "))
    result["requests_per_s"] = round(result["requests"] / result["duration_s"], 1)
    result["distinct_urls"] = len(paths)
    return result


def tree_cpu(root: int) -> float:
    """CPU seconds (user + system) of process ``root`` and its descendants, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        stats[int(entry.name)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    tree, total = {root}, 0.0
    for _ in range(4):  # supervisor -> workers (-> their helpers)
        tree |= {pid for pid, (ppid, _) in stats.items() if ppid in tree}
    for pid in tree:
        total += stats.get(pid, (0, 0.0))[1]
    return total


def serve(cmd: list[str], url: str, env: dict[str, str] | None = None,
          ready: int = 0) -> subprocess.Popen[bytes]:
    """Start a server; wait until ``url`` answers and, with ``ready``, until that many
    processes said their startup (and a warm-up) is complete."""
    with tempfile.TemporaryFile() as log:  # the server keeps writing to it when closed
        proc = subprocess.Popen(cmd, stdout=log, stderr=log, env=env)
        _wait(url, proc)
        end = time.monotonic() + 120
        while ready and time.monotonic() < end:
            log.seek(0)
            if log.read().count(b"Application startup complete") >= ready:
                break
            time.sleep(0.2)
    return proc


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    proc.wait(timeout=30)


def loaded(proc: subprocess.Popen[bytes], url: str, paths: list[str],
           args: argparse.Namespace, *, in_order: bool = False) -> dict[str, Any]:
    """One wrk run, with the server's CPU time during it."""
    before = tree_cpu(proc.pid)
    result = run_wrk(url, paths, args.connections, args.seconds, args.threads,
                     in_order=in_order)
    cpu = tree_cpu(proc.pid) - before
    result["server_cpu_s"] = round(cpu, 2)
    result["server_cpu_ms_per_request"] = round(cpu * 1000 / max(1, result["requests"]), 3)
    return result


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Median and range over rounds of each figure."""
    out: dict[str, Any] = {"rounds": len(runs)}
    for key in ("requests_per_s", "p50_ms", "p95_ms", "p99_ms", "server_cpu_ms_per_request"):
        values = sorted(r[key] for r in runs)
        out[key] = {"median": round(statistics.median(values), 2), "min": values[0],
                    "max": values[-1]}
    out["errors"] = sum(r["connect_errors"] + r["read_errors"] + r["write_errors"]
                        + r["timeouts"] + r["http_errors"] for r in runs)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="daybook.db", help="SQLite archive to serve")
    ap.add_argument("--connections", type=int, default=200)
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--workers", type=int, default=2, help="daybook server processes")
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--events", type=int, default=100,
                    help="events picked at random (4 daybook URLs each)")
    ap.add_argument("--rounds", type=int, default=1, help="fresh servers, taking turns")
    ap.add_argument("--before", type=Path, help="another checkout's src/ to serve as well")
    ap.add_argument("--no-datasette", action="store_true")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")
    picked = rows(args.db, args.events)
    results: dict[str, Any] = {"db": args.db, "connections": args.connections,
                               "seconds": args.seconds, "workers": args.workers,
                               "load_average_at_start": os.getloadavg(), "runs": {}}
    servers = [("daybook", ROOT / "src")]
    if args.before:
        servers.append(("before", args.before.resolve()))
    datasette = shutil.which("datasette") or str(Path(sys.executable).with_name("datasette"))
    with_datasette = not args.no_datasette and Path(datasette).exists()
    name = Path(args.db).stem
    runs: dict[str, list[dict[str, Any]]] = {}
    for _ in range(args.rounds):
        for label, src in servers:
            port = _free_port()
            url = f"http://127.0.0.1:{port}"
            env = {**os.environ, "PYTHONPATH": str(src)}
            proc = serve([sys.executable, "-m", "daybook.cli", "serve", "--db", args.db,
                          "--host", "127.0.0.1", "--port", str(port), "--workers",
                          str(args.workers), "--no-access-log"], url + "/openapi.json",
                         env, ready=args.workers)
            try:
                # Twice: the first run starts with empty page caches (every URL made once
                # per worker), the second is the steady state of a site up a while.
                for run in ("cold", "warm"):
                    runs.setdefault(f"{label}_{run}", []).append(
                        loaded(proc, url, daybook_paths(picked), args))
            finally:
                stop(proc)
        if with_datasette:
            port = _free_port()
            url = f"http://127.0.0.1:{port}"
            proc = serve([datasette, "serve", "--immutable", args.db, "--host", "127.0.0.1",
                          "--port", str(port), "--setting", "sql_time_limit_ms", "5000"],
                         url + f"/{name}.json")
            try:
                for run in ("cold", "warm"):
                    runs.setdefault(f"datasette_{run}", []).append(
                        loaded(proc, url, datasette_paths(picked, name), args))
            finally:
                stop(proc)
    results["runs"] = runs
    results["summary"] = {key: summary(done) for key, done in runs.items()}
    print(json.dumps(results["summary"], indent=1))
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    (RESULTS / f"load-web-{stamp}.json").write_text(json.dumps(results, indent=2), "utf-8")


if __name__ == "__main__":
    main()

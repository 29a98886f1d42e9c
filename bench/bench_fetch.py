"""The fetcher's own cost per page against ingesting the same pages from disk.

    python bench/bench_fetch.py [--from 2019-05-01 --to 2019-06-30] [--rounds 5] [--apart]

A local kremlin.ru (``tests/fetch/site_server.py``, its own process, so that it takes no
time from this one) serves the 2019 sample pages under the site's layout. Measured, each
in a fresh SQLite file and archive, no delay:
  (a) ``fetch``: the whole fetch of the days (HTTP, listings walk, WARC write, index,
      parse, ingest), and inside it the time spent in the transport's ``send`` (the
      request, the wait for the server, reading and un-gzipping the response);
  (b) ``http``: the same GETs, in the same order, with the same transport and nothing else,
      back to back (a cross-check of (a)'s transport time);
  (c) ``disk``: ``daybook ingest -j 1`` of the same files laid out as saved pages (walk,
      read, parse, store).
The fetcher's own work is (a) minus its own transport time: the listings walk, robots and
politeness bookkeeping, the WARC write, the captures index, URL and day states, parsing
and storing. The goal is own work / (c) <= 1.5, in wall time and in CPU time (of the
thread doing the work: steadier on a shared machine; the server runs in another process).
The harder comparison comes first: best own work against the best disk ingest, and the
worst round; then the median of the per-round ratios, and (a) - (b) as the earlier bench
counted it (the back-to-back GETs find the server's process awake, the fetch's do not, so
(b) is shorter than (a)'s own transport time and (a) - (b) counts some waiting as the
fetcher's).

In each of ``--rounds`` rounds (a) and (c) take turns, day by day: the disk ingest runs
in a second thread of this process, and after the fetch's day i of n the fetch waits while
the ingest stores files up to i/n of them, then the ingest waits. Each side is still one
whole run doing exactly the work it does alone (one fetch of all the days, one
``ingest_paths`` of all the files, into their own database; the files are those the
warm-up's fetch got, and each round checks that its fetch got the same); each side's time
leaves out the other's turns, and CPU time is per thread. So a busy moment of a shared
machine falls on both sides of a round, where measured one after the other (``--apart``,
the earlier way: (a), (b), (c) whole, in an order that rotates) it fell on one. The
fetch's client commits every 2 s by a clock that also leaves out the ingest's turns, so
that it commits as often as alone. (b) runs after them. Also: RSS after each tenth of the
days, from a whole fetch alone after the warm-up (flat), and the WARC's size against the
responses' gzip size. Writes JSON to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gzip
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import daybook.fetch.client as client_module  # noqa: E402
from daybook.fetch.http import HttpTransport  # noqa: E402
from daybook.fetch.run import FetchSettings, days_between, fetch_days  # noqa: E402
from daybook.fetch.transport import Exchange, FetchRequest, Limits  # noqa: E402
from daybook.ingest import ingest_paths  # noqa: E402
from daybook.store import open_store  # noqa: E402

GOAL = 1.5
SAMPLE_SITE = Path(os.environ.get("DAYBOOK_SAMPLES", ROOT.parent / "shared" / "samples")) \
    / "kremlin-en-2019" / "news"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_server() -> tuple[subprocess.Popen[str], str]:
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}")
    proc = subprocess.Popen([sys.executable, "-m", "tests.fetch.site_server"], env=env,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


class TimedTransport(HttpTransport):
    """The HTTP transport, adding up the wall and CPU time (of its thread) spent in
    ``send``; with ``record``, keeping every exchange by URL (for ``--instructions``)."""

    def __init__(self, record: bool = False) -> None:
        super().__init__()
        self.seconds = self.cpu = 0.0
        self.recorded: dict[str, Exchange] | None = {} if record else None

    def send(self, request: FetchRequest, limits: Limits) -> Exchange:
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            exchange = super().send(request, limits)
        finally:
            self.seconds += time.perf_counter() - t0
            self.cpu += time.thread_time() - c0
        if self.recorded is not None:
            self.recorded[request.url] = exchange
        return exchange


class ReplayTransport:
    """A recorded fetch's exchanges answered from memory: the fetch with no network."""

    name = "http"
    seconds = cpu = 0.0

    def __init__(self, exchanges: dict[str, Exchange]) -> None:
        self.exchanges = exchanges

    def send(self, request: FetchRequest, limits: Limits) -> Exchange:
        return dataclasses.replace(self.exchanges[request.url], started=dt.datetime.now(dt.UTC))

    def close(self) -> None:
        """Nothing to close."""


def run_fetch(url: str, days: tuple[dt.date, ...], work: Path,
              transport: TimedTransport | ReplayTransport | None = None,
              turns: Turns | None = None) -> dict[str, float]:
    """The fetch of ``days``; with ``turns``, handing the turn to the disk ingest after
    each day, its time then counted without the ingest's turns."""
    store = open_store(work / "fetch.db")
    transport = transport or TimedTransport()
    checkpoints: list[float] = []
    step = max(1, len(days) // 10)

    seen = [0]
    away = [0.0]

    def count(_: object) -> None:
        seen[0] += 1
        if turns is not None:
            t = time.perf_counter()
            turns.hand_over(seen[0] / len(days))
            away[0] += time.perf_counter() - t
        elif seen[0] % step == 0:
            checkpoints.append(round(rss_mb(), 1))

    settings = FetchSettings(sites={"en": url}, archive=work / "warc", delay=0.0,
                             limits=Limits(), today=dt.date(2026, 1, 1))
    t0, c0 = time.perf_counter(), time.thread_time()
    if turns is not None:
        # The run's 2-second commits go by a clock that leaves out the ingest's turns too,
        # so that it commits as often as alone.
        client_module.time = _Without(away)  # type: ignore[assignment]
    try:
        report, stats = fetch_days(store, transport, days, settings, on_day=count)
    finally:
        client_module.time = time
    took, cpu = time.perf_counter() - t0 - away[0], time.thread_time() - c0
    transport.close()
    store.close()
    return {"seconds": took, "cpu": cpu, "send": transport.seconds, "send_cpu": transport.cpu,
            "requests": stats.requests, "bytes": stats.bytes,
            "rss": checkpoints, "days": len(report.days),  # type: ignore[dict-item]
            "events": sum(d.events for d in report.days)}


class _Without:
    """``time`` for the fetch's client, its monotonic clock stopped during ``away``."""

    sleep = staticmethod(time.sleep)

    def __init__(self, away: list[float]) -> None:
        self.away = away

    def monotonic(self) -> float:
        return time.monotonic() - self.away[0]


class Turns:
    """A fetch (this thread) and a disk ingest (another thread) taking turns, one running
    at a time: after the fetch's day ``i`` of ``n``, the ingest stores files until it has
    ``i/n`` of them. Each side is one whole run, as when measured alone; a busy moment of
    the machine falls on both."""

    def __init__(self, files: int) -> None:
        self.files = files
        self.allowed = 0
        self.done = 0
        self.finished = False
        self.cond = threading.Condition()
        self.fetch_turn = True

    def hand_over(self, share: float) -> None:
        """The fetch's side: let the ingest catch up to ``share`` of its files."""
        with self.cond:
            self.allowed = round(self.files * share)
            if self.finished or self.done >= self.allowed:
                return
            self.fetch_turn = False
            self.cond.notify_all()
            self.cond.wait_for(lambda: self.fetch_turn)

    def stored(self) -> float:
        """The ingest's side, after each file: wait for the turn when caught up; the wall
        time spent waiting (not the ingest's)."""
        with self.cond:
            self.done += 1
            if self.done < self.allowed:
                return 0.0
            t = time.perf_counter()
            self.fetch_turn = True
            self.cond.notify_all()
            self.cond.wait_for(lambda: not self.fetch_turn or self.finished)
            return time.perf_counter() - t

    def wait_first_turn(self) -> None:
        with self.cond:
            self.cond.wait_for(lambda: not self.fetch_turn or self.finished)

    def fetch_done(self) -> None:
        with self.cond:
            self.finished = True
            self.fetch_turn = False
            self.allowed = self.files
            self.cond.notify_all()

    def disk_done(self) -> None:
        with self.cond:
            self.done = self.files
            self.fetch_turn = True
            self.cond.notify_all()


def run_turns(url: str, days: tuple[dt.date, ...], work: Path, files: int
              ) -> tuple[dict[str, float], tuple[float, float]]:
    """The fetch and the disk ingest of the same files, taking turns (see ``Turns``)."""
    turns = Turns(files)
    disk: list[tuple[float, float]] = []
    failed: list[BaseException] = []

    def ingest() -> None:
        try:
            turns.wait_first_turn()
            disk.append(run_disk(work, turns))
        except BaseException as exc:  # reported by the fetch's thread
            failed.append(exc)
        finally:
            turns.disk_done()

    thread = threading.Thread(target=ingest, name="disk-ingest")
    thread.start()
    try:
        fetched = run_fetch(url, days, work, turns=turns)
    finally:
        turns.fetch_done()
        thread.join()
    if failed:
        raise failed[0]
    return fetched, disk[0]


def run_http(url: str, paths: list[str]) -> tuple[float, float]:
    transport = HttpTransport()
    t0, c0 = time.perf_counter(), time.thread_time()
    for path in paths:
        transport.send(FetchRequest(url + path, (("User-Agent", "bench"),)), Limits())
    took, cpu = time.perf_counter() - t0, time.thread_time() - c0
    transport.close()
    return took, cpu


def run_disk(work: Path, turns: Turns | None = None) -> tuple[float, float]:
    """``daybook ingest -j 1`` of the laid-out files into a fresh database: one process,
    as the fetcher is (with ``turns``, one thread of it, its time counted without the
    fetch's turns)."""
    db = work / "disk.db"
    for leftover in work.glob("disk.db*"):
        leftover.unlink()
    store = open_store(db)
    away = [0.0]

    def stored(_: object) -> None:
        if turns is not None:
            away[0] += turns.stored()

    t0, c0 = time.perf_counter(), time.thread_time()
    report = ingest_paths(store, [work / "disk"], workers=1, on_file=stored)
    took, cpu = time.perf_counter() - t0 - away[0], time.thread_time() - c0
    store.close()
    assert not report.failed
    return took, cpu


def lay_out(files: set[Path], dest: Path) -> None:
    for f in files:
        rel = f.relative_to(SAMPLE_SITE)
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(f, dest / rel)


def served(work: Path) -> tuple[list[str], set[Path], int]:
    """The paths the fetch asked for, in order, the sample files behind its good answers,
    and the gzip size of every response body (from the WARC)."""
    from daybook.fetch.archive import WarcArchive

    paths, files, gz = [], set(), 0
    for capture in WarcArchive(work / "warc").iter_captures():
        ex = capture.exchange
        path = ex.request_url.split("/", 3)[3]
        paths.append("/" + path)
        gz += len(gzip.compress(ex.body))
        f = _file_of("/" + path)
        if ex.status == 200 and f is not None:
            files.add(f)
    return paths, files, gz


def _file_of(path: str) -> Path | None:
    from tests.fetch.site_server import SiteServer

    global _SERVER
    if _SERVER is None:
        _SERVER = SiteServer()
    found: Path | None = _SERVER.file_for(path)
    return found


_SERVER: Any = None


# Under callgrind (--instructions, see callgrind.py) the fetch, its exchanges replayed from
# memory, and the disk ingest of the same files each run inside functools.reduce; both are
# warmed first by the same work, uncounted. The fetch's writes are committed once, at its
# end, as the ingest's (one batch of up to 100 files): under callgrind's slowdown the
# fetch's 2-second commits would come many times more often.


def instructions_child(data: Path) -> None:
    from functools import reduce

    import daybook.fetch.client

    daybook.fetch.client.COMMIT_SECONDS = float("inf")
    url, days, exchanges = pickle.loads((data / "exchanges.pickle").read_bytes())
    replay = ReplayTransport(exchanges)

    def both(counted: bool) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            shutil.copytree(data / "disk", work / "disk")
            for call in (lambda: run_fetch(url, days, work, replay), lambda: run_disk(work)):
                if counted:
                    reduce(lambda _acc, _x, c=call: c(), [0], None)  # type: ignore[misc]
                else:
                    call()

    both(counted=False)  # warm: imports, parsers, caches
    both(counted=True)


def instructions(url: str, days: tuple[dt.date, ...]) -> dict[str, int]:
    """Instructions of the fetch of ``days`` (exchanges replayed: no network) and of the
    disk ingest of the same files, counted by callgrind."""
    from callgrind import counted

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        recorder = TimedTransport(record=True)
        run_fetch(url, days, data / "fetched", recorder)
        lay_out(served(data / "fetched")[1], data / "disk")
        (data / "exchanges.pickle").write_bytes(pickle.dumps((url, days, recorder.recorded)))
        env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
        counts = counted([sys.executable, __file__, "--instructions-child", str(data)], env)
    fetch, disk = counts[-2:]
    return {"fetch": fetch, "disk": disk}


def _apart(url: str, days: tuple[dt.date, ...], work: Path, r: int
           ) -> tuple[dict[str, float], tuple[float, float], tuple[float, float]]:
    """Round ``r`` the earlier way (``--apart``): the fetch, the GETs alone and the disk
    ingest each whole, one after the other, in an order that rotates."""
    fetched = run_fetch(url, days, work)
    lay_out(served(work)[1], work / "disk")
    if r % 2:
        disk_t = run_disk(work)
        http_t = run_http(url, served(work)[0])
    else:
        http_t = run_http(url, served(work)[0])
        disk_t = run_disk(work)
    if r % 3 == 2:  # the fetch last this time
        shutil.rmtree(work / "warc")
        (work / "fetch.db").unlink()
        fetched = run_fetch(url, days, work)
    return fetched, disk_t, http_t


def _spread(values: list[float]) -> str:
    ordered = sorted(values)
    return (f"median {ordered[len(ordered) // 2]:.2f}, rounds "
            f"{ordered[0]:.2f}-{ordered[-1]:.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="first", default="2019-05-01")
    ap.add_argument("--to", dest="last", default="2019-06-30")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    ap.add_argument("--instructions", type=int, metavar="DAYS", default=0,
                    help="also count the instructions of the fetch of the first DAYS days "
                    "(exchanges replayed from memory) and of their disk ingest, under "
                    "callgrind (valgrind)")
    ap.add_argument("--apart", action="store_true",
                    help="measure the fetch and the disk ingest each whole, one after the "
                    "other (the earlier way), instead of taking turns day by day")
    ap.add_argument("--instructions-child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.instructions_child:
        instructions_child(args.instructions_child)
        return 0
    days = days_between(dt.date.fromisoformat(args.first), dt.date.fromisoformat(args.last))
    proc, url = start_server()
    rounds: list[dict[str, float]] = []
    result: dict[str, object] = {}
    try:
        # Warm-up: imports, parsers and their caches (stems, names), by a whole fetch and
        # the disk ingest of its files, so that neither measure finds them cold.
        with tempfile.TemporaryDirectory() as tmp:
            warm = run_fetch(url, days if args.rounds else days[:1], Path(tmp))
            layout = served(Path(tmp))[1]
            lay_out(layout, Path(tmp) / "disk")
            run_disk(Path(tmp))
        if args.rounds and not args.apart:
            # RSS by tenth of the days, from a whole fetch alone, warm (in the rounds the
            # ingest's thread shares the process).
            with tempfile.TemporaryDirectory() as tmp:
                warm = run_fetch(url, days, Path(tmp))
        for r in range(args.rounds):
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                if args.apart:
                    fetched, disk_t, http_t = _apart(url, days, work, r)
                    paths, files, gz = served(work)
                else:
                    # The files the warm-up's fetch got: the same server, the same days.
                    lay_out(layout, work / "disk")
                    fetched, disk_t = run_turns(url, days, work, len(layout))
                    paths, files, gz = served(work)
                    if files != layout:
                        raise SystemExit("the fetch got other pages than the warm-up's")
                    http_t = run_http(url, paths)
                    fetched["rss"] = warm["rss"]
                warc = sum(p.stat().st_size for p in (work / "warc").glob("*.warc.gz"))
                (http, http_cpu), (disk, disk_cpu) = http_t, disk_t
                m = {"fetch": fetched["seconds"], "fetch_cpu": fetched["cpu"],
                     "send": fetched["send"], "send_cpu": fetched["send_cpu"],
                     "http": http, "http_cpu": http_cpu, "disk": disk, "disk_cpu": disk_cpu}
                m["own"] = m["fetch"] - m["send"]
                m["own_cpu"] = m["fetch_cpu"] - m["send_cpu"]
                m["ratio"], m["cpu_ratio"] = m["own"] / disk, m["own_cpu"] / disk_cpu
                m["ratio_vs_http"] = (m["fetch"] - http) / disk
                m["cpu_ratio_vs_http"] = (m["fetch_cpu"] - http_cpu) / disk_cpu
                rounds.append(m)
                result.update(requests=fetched["requests"], pages=len(files),
                              events=fetched["events"], days=fetched["days"],
                              rss_by_tenth_of_days=fetched["rss"], warc_bytes=warc,
                              gzip_response_bytes=gz, raw_response_bytes=fetched["bytes"])
                print(f"round {r + 1}: fetch {m['fetch']:.2f} s (transport {m['send']:.2f}, "
                      f"own {m['own']:.2f}), disk {disk:.2f} s: {m['ratio']:.2f}; CPU "
                      f"{m['fetch_cpu']:.2f} (transport {m['send_cpu']:.2f}, own "
                      f"{m['own_cpu']:.2f}), disk {disk_cpu:.2f} s: {m['cpu_ratio']:.2f}; "
                      f"GETs alone {http:.2f} s, CPU {http_cpu:.2f} s", flush=True)
        if args.instructions:
            counted = instructions(url, days[:args.instructions])
    finally:
        proc.kill()
        proc.wait()
    ok = True
    if rounds:
        ok = _report_rounds(rounds, result)
    if args.instructions:
        ratio = counted["fetch"] / counted["disk"]
        result["instructions"] = {**counted, "days": args.instructions, "ratio": ratio}
        print(f"instructions (callgrind, the first {args.instructions} days, exchanges "
              f"replayed from memory): fetch {counted['fetch']:,} / disk ingest "
              f"{counted['disk']:,} = {ratio:.3f}")
        ok = ok and ratio <= GOAL
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "fetch.json").write_text(json.dumps(result, indent=2, default=str))
    return 0 if ok else 1


def _report_rounds(rounds: list[dict[str, float]], result: dict[str, object]) -> bool:
    """Print the timed rounds, the harder comparison first; whether the goal holds."""
    best = {key: min(m[key] for m in rounds) for key in rounds[0]}
    of_bests = best["own"] / best["disk"]
    cpu_of_bests = best["own_cpu"] / best["disk_cpu"]
    series = {key: [m[key] for m in rounds]
              for key in ("ratio", "cpu_ratio", "ratio_vs_http", "cpu_ratio_vs_http")}
    medians = {key: sorted(v)[len(v) // 2] for key, v in series.items()}
    result.update(rounds=rounds, best_seconds=best, goal=GOAL, ratio_of_bests=of_bests,
                  cpu_ratio_of_bests=cpu_of_bests, worst_round=max(series["ratio"]),
                  worst_cpu_round=max(series["cpu_ratio"]), medians=medians,
                  ratio_of_bests_vs_http=(best["fetch"] - best["http"]) / best["disk"],
                  warc_over_gzip=result["warc_bytes"] / result["gzip_response_bytes"])  # type: ignore[operator]
    print(f"{result['requests']} requests, {result['pages']} files, {result['events']} events "
          f"over {result['days']} days; own work = fetch - its transport time (goal <= {GOAL})")
    print(f"best against best: own work {best['own']:.2f} s / disk ingest {best['disk']:.2f} s "
          f"= {of_bests:.2f} wall; CPU {best['own_cpu']:.2f} / {best['disk_cpu']:.2f} s = "
          f"{cpu_of_bests:.2f}")
    print(f"per round: wall {_spread(series['ratio'])}; CPU {_spread(series['cpu_ratio'])}")
    print(f"counted as before (fetch - the GETs alone): best against best "
          f"({best['fetch']:.2f} - {best['http']:.2f}) / {best['disk']:.2f} = "
          f"{result['ratio_of_bests_vs_http']:.2f}; per round wall "
          f"{_spread(series['ratio_vs_http'])}; CPU {_spread(series['cpu_ratio_vs_http'])}")
    print(f"RSS by tenth of the days: {result['rss_by_tenth_of_days']} MB")
    print(f"WARC {result['warc_bytes']:,} bytes; responses gzipped "
          f"{result['gzip_response_bytes']:,} bytes: {result['warc_over_gzip']:.2f}x")
    return max(of_bests, cpu_of_bests) <= GOAL


if __name__ == "__main__":
    sys.exit(main())

"""``daybook site build`` of the 2019 sample: a full build, then incremental rebuilds after
one day changed, and one after nothing changed.

    python bench/bench_site.py --samples ../shared/samples

The sample's 550 pages (and the French digest) are ingested into a fresh archive (not
timed). The full build writes every page with its search index (Pagefind, one index per
month of events and a few for people, and the same as scripts for file://); each
incremental round edits the title of one event on another day, as a re-fetched page would,
and rebuilds. Wall and CPU seconds (this process and its children, Pagefind) are reported,
with the load average: the machine may be shared.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from daybook.ingest import ingest_paths  # noqa: E402
from daybook.publish.static_site import BuildReport, build_site  # noqa: E402
from daybook.settings import Settings  # noqa: E402
from daybook.store import open_store  # noqa: E402


def cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(settings: Settings, out: Path, uis: tuple[str, ...]) -> tuple[BuildReport, float,
                                                                         float]:
    c0, t0 = cpu(), time.perf_counter()
    report = build_site(settings, out, uis=uis)
    return report, time.perf_counter() - t0, cpu() - c0


def line(label: str, r: BuildReport, wall: float, used: float) -> str:
    return (f"{label:<28} {wall:6.1f} s wall {used:6.1f} s CPU  asked {r.asked:5}  "
            f"written {r.written:5}  pages {r.pages:5}  index {r.index_seconds:4.1f} s "
            f"({r.shards:2} shards)  "
            f"load {os.getloadavg()[0]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--ui", default="en", help="interface languages of the edition")
    args = ap.parse_args()
    uis = tuple(args.ui.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "2019.db"
        store = open_store(db)
        try:
            ingest_paths(store, [args.samples / "kremlin-en-2019" / "news",
                                 args.samples / "digest-fr" / "2023-11-08.txt"])
            events = store.info().events
            dates = store.dates()
        finally:
            store.close()
        settings = Settings(db=str(db))
        out = Path(tmp) / "public"
        print(f"archive: {events} events on {len(dates)} days; edition in {args.ui}")
        print(line("full build", *timed(settings, out, uis)))
        incremental = []
        for i in range(args.rounds):
            day = dates[(i + 1) * len(dates) // (args.rounds + 2)]
            store = open_store(db)
            try:
                event = store.events_on(day)[0]
                with store.transaction():
                    store.save_event(dataclasses.replace(event, title=event.title + f" ({i})"),
                                     origin="bench")
            finally:
                store.close()
            r, wall, used = timed(settings, out, uis)
            assert r.changed_days == 1 and not r.full, r
            incremental.append(wall)
            print(line(f"one day changed ({day})", r, wall, used))
        print(line("nothing changed", *timed(settings, out, uis)))
        print(f"incremental rebuild of one day: median {statistics.median(incremental):.1f} s")


if __name__ == "__main__":
    main()

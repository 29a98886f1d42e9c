"""Hostile input, timed: each case of the review run in a fresh process, with its time, peak
memory and outcome. ``--src`` runs the same cases on another source tree (an older checkout)
for before/after figures; both runs do the same work.

    python bench/bench_hostile.py                 # this checkout
    python bench/bench_hostile.py --src ../old/src
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from tests.hostile import pages  # noqa: E402

# Calendar and feed of one stored event, in a fresh process (a request's work).
_FEED = textwrap.dedent("""
    import datetime as dt, sys, time
    from zoneinfo import ZoneInfo
    from daybook.model import Event
    from daybook.publish.atom import render_atom
    from daybook.publish.ics import render_ics
    import feedgen.feed, icalendar  # imported before the clock starts
    year, title = int(sys.argv[1]), sys.argv[2]
    msk = ZoneInfo("Europe/Moscow")
    events = [Event(id="kremlin:1", title=title, kind="meeting", date=dt.date(year, 6, 1),
                    language="en", timezone="Europe/Moscow",
                    start=dt.datetime(year, 6, 1, 12, 0, tzinfo=msk)),
              Event(id="kremlin:2", title="Meeting", kind="meeting", date=dt.date(2019, 6, 1),
                    language="en", timezone="Europe/Moscow",
                    start=dt.datetime(2019, 6, 1, 12, 0, tzinfo=msk))]
    start = time.perf_counter()
    render_ics(events)
    render_atom(events, feed_id="x", title="t", self_url="https://e/", site_url="https://e/")
    print(f"{time.perf_counter() - start:.3f}")
""")


def _run(src: Path, args: list[str]) -> tuple[float, float, str]:
    """Seconds, peak MB and the last line of output (or the error) of one process."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    with tempfile.TemporaryFile("w+") as out:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *args], stdout=out, stderr=out, env=env)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak memory
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        lines = out.read().strip().splitlines()
    tail = next((line for line in reversed(lines) if "Error" in line), lines[-1] if lines else "")
    return elapsed, usage.ru_maxrss / 1024, tail[:110]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases: dict[str, str] = {  # the first two end with a paragraph after the hostile part
            "deep nesting (300 levels)": pages.deep(300),
            "text node of 10.5 MB": pages.huge_text(10_500_000),
            "260,000 speaker turns": pages.many_turns(260_000),
            "event dated 9999": pages.dated(9999),
        }
        print(f"source: {opts.src}")
        print(f"{'case':<28} {'seconds':>8} {'peak MB':>8}  outcome")
        for n, (name, html) in enumerate(cases.items()):
            page = folder / f"case{n}.html"
            page.write_text(html, encoding="utf-8")
            db = folder / f"case{n}.db"
            t, mb, out = _run(opts.src, ["-m", "daybook.cli", "ingest", "--db", str(db), "-j1",
                                         str(page)])
            # What the stored body kept: the marker after the hostile part, and the blocks.
            check = _run(opts.src, ["-c", (
                "import sqlite3,json,sys; d=json.loads(sqlite3.connect(sys.argv[1]).execute("
                "'select doc from events').fetchone()[0]); b=d.get('blocks',[]); "
                "print(len(b), 'blocks,', len(json.dumps(d))//1000, 'kB', '(the part after it "
                "kept)' if any('AFTER THE' in x['text'] for x in b) else '')"), str(db)])
            kept = check[2] if "Error" not in check[2] else "nothing stored"
            print(f"{name:<28} {t:>8.2f} {mb:>8.0f}  {out[:60]} | {kept}")
        for name, year, title in (("feeds, one event in 0001", 1, "Meeting"),
                                  ("feeds, one event in 9999", 9999, "Meeting"),
                                  ("feeds, U+FFFE in a title", 2019, "Meeting \ufffe")):
            t, mb, out = _run(opts.src, ["-c", _FEED, str(year), title])
            print(f"{name:<28} {t:>8.2f} {mb:>8.0f}  render: {out}")


if __name__ == "__main__":
    main()

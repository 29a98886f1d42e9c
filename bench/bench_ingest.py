"""Speed and memory of reading en.kremlin.ru pages, against trafilatura on the same pages.

    python bench/bench_ingest.py --samples ../shared/samples/kremlin-en-2019 [--limit N]

Times, in one process: (a) daybook reading and parsing every event page (source module:
decode, detect, parse, photos page beside it), then a full ingest into a fresh SQLite file
when ``daybook.ingest.ingest_paths`` exists; (b) ``trafilatura.bare_extraction`` with
metadata on the same pages. Prints the ratio (goal: daybook ≤ 0.15 × trafilatura), peak
RSS, and RSS after 100, 300 and all pages (memory must stay flat). Writes JSON to
``bench/results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

GOAL = 0.15
CHECKPOINTS = (100, 300, 550)


def rss_mb() -> float:
    """Current resident set size (Linux /proc), else the peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


def event_pages(samples: Path, limit: int | None) -> list[Path]:
    pages = sorted((samples / "news").glob("*.html"))
    return pages[:limit] if limit else pages


def bench_daybook(pages: list[Path]) -> tuple[float, dict[int, float]]:
    from daybook.sources import kremlin
    from daybook.sources.document import read_document

    memory: dict[int, float] = {}
    start = time.perf_counter()
    for n, page in enumerate(pages, 1):
        doc = read_document(page)
        if kremlin.detect(doc):
            kremlin.read(doc)
        if n in CHECKPOINTS or n == len(pages):
            memory[n] = round(rss_mb(), 1)
    return time.perf_counter() - start, memory


def bench_ingest(pages: list[Path], workers: int = 1) -> float | None:
    try:
        from daybook.ingest import ingest_paths
        from daybook.store import open_store
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        try:
            start = time.perf_counter()
            ingest_paths(store, pages, workers=workers)
            return time.perf_counter() - start
        finally:
            store.close()


def bench_trafilatura(pages: list[Path]) -> float | None:
    try:
        import trafilatura
    except ImportError:
        return None
    start = time.perf_counter()
    for page in pages:
        html = page.read_text("utf-8", errors="replace")
        trafilatura.bare_extraction(html, with_metadata=True)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--samples", type=Path, default=Path("../shared/samples/kremlin-en-2019"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    args = ap.parse_args(argv)
    pages = event_pages(args.samples, args.limit)
    if not pages:
        print(f"no pages under {args.samples / 'news'}", file=sys.stderr)
        return 2
    gc.collect()
    parse_s, memory = bench_daybook(pages)
    ingest_s = bench_ingest(pages)
    # `daybook ingest -j N`: N processes parse while one writes (one per core).
    workers = os.cpu_count() or 1
    parallel_s = bench_ingest(pages, workers) if workers > 1 else None
    traf_s = bench_trafilatura(pages)
    result = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "pages": len(pages),
        "daybook_parse_s": round(parse_s, 3),
        "daybook_ingest_s": round(ingest_s, 3) if ingest_s is not None else None,
        "trafilatura_s": round(traf_s, 3) if traf_s is not None else None,
        "ratio_parse": round(parse_s / traf_s, 3) if traf_s else None,
        "ratio_ingest": round(ingest_s / traf_s, 3) if traf_s and ingest_s else None,
        "workers": workers,
        "daybook_ingest_parallel_s": round(parallel_s, 3) if parallel_s else None,
        "ratio_ingest_parallel": round(parallel_s / traf_s, 3) if traf_s and parallel_s
        else None,
        "goal": GOAL,
        "rss_mb_after_pages": memory,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    print(f"pages                    {len(pages)}")
    print(f"daybook read+parse       {parse_s:8.2f} s  ({1000 * parse_s / len(pages):.1f} ms/page)")
    if ingest_s is not None:
        print(f"daybook full ingest      {ingest_s:8.2f} s  (fresh SQLite file)")
    else:
        print("daybook full ingest      n/a (daybook.ingest.ingest_paths not available)")
    if traf_s is not None:
        print(f"trafilatura              {traf_s:8.2f} s")
        print(f"ratio parse / traf.      {parse_s / traf_s:8.3f}  (goal <= {GOAL})")
        if ingest_s is not None:
            print(f"ratio ingest / traf.     {ingest_s / traf_s:8.3f}  (goal <= {GOAL})")
        if parallel_s:
            print(f"ingest -j {workers}              {parallel_s:8.2f} s")
            print(f"ratio ingest -j {workers} / traf.{parallel_s / traf_s:8.3f}  (goal <= {GOAL})")
    else:
        print("trafilatura              n/a (pip install -e '.[bench]')")
    print(f"RSS after pages (MB)     {memory}")
    print(f"peak RSS (MB)            {result['peak_rss_mb']}")
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"bench_ingest_{dt.datetime.now():%Y%m%d_%H%M%S}.json"
    out.write_text(json.dumps(result, indent=1))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

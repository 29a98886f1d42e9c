"""Speed and memory of reading en.kremlin.ru pages, against trafilatura on the same pages.

    python bench/bench_ingest.py --samples ../shared/samples/kremlin-en-2019 [--rounds 3]
        [--slices 5]

Times, in one process and one run: (a) daybook reading and parsing every event page
(decode, detect, parse, the photos page beside it); (b) a full ingest into a fresh SQLite
file (read, store and index, without NER) as ``daybook ingest`` runs it by default (worker
processes parse while this one writes, one per core) and (c) in this process alone
(``daybook ingest -j 1``); (d) ``trafilatura.bare_extraction`` with metadata on the same
pages, in its default mode and (e) with ``fast=True`` (no fallback extractors); (f) a plain
lxml parse of the fields daybook reads (title, canonical URL, time, place, lead, the body's
paragraphs with their bold labels, Persons and topic tags) with fixed XPaths and no
interpretation: the practical floor of any reader of these pages. In each of ``--rounds``
rounds the measures take turns over ``--slices`` slices of
the pages, so that a busy moment of a shared machine falls on every side alike; each
measure keeps its best round. Prints the ratios (goal: daybook ≤ 0.15 × trafilatura), RSS
after 100, 300 and all pages and after each ingest, and peak RSS of this process and of
the workers (memory must stay flat). Writes JSON to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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


def children_peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
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


def bench_ingest(pages: list[Path], workers: int = 1) -> float:
    """One full ingest into a fresh SQLite file (also the warm-up and memory pass)."""
    from daybook.ingest import ingest_paths
    from daybook.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db")
        try:
            start = time.perf_counter()
            ingest_paths(store, pages, workers=workers)
            return time.perf_counter() - start
        finally:
            store.close()


def bench_trafilatura(pages: list[Path], *, fast: bool = False) -> float | None:
    try:
        import trafilatura
    except ImportError:
        return None
    start = time.perf_counter()
    for page in pages:
        html = page.read_text("utf-8", errors="replace")
        trafilatura.bare_extraction(html, with_metadata=True, fast=fast)
    return time.perf_counter() - start


def _floor_xpaths() -> dict[str, Any]:
    from lxml import etree

    from daybook.parsers import kremlin_selectors as sel

    article = f"({sel.ARTICLE})[1]"
    return {
        name: etree.XPath(expr)
        for name, expr in {
            "title": "/html/head/meta[@property='og:title']/@content",
            "url": "/html/head/meta[@property='og:url']/@content",
            "time": f"{article}//time[contains(@class, 'read__published')]/@datetime",
            "place": f"{article}//*[contains(@class, 'read__place')]//text()",
            "lead": f"{article}//*[contains(@class, 'read__lead')]//text()",
            "paragraphs": f"{article}//div[contains(@class, 'entry-content')]//p",
            "tags": f"{article}//a[contains(@href, '/catalog/')]/text()",
        }.items()
    }


def bench_lxml(pages: list[Path]) -> float:
    """The same fields with plain lxml: parse, fixed XPaths, text of each paragraph and its
    bold label. No decoding rules, no cleaning, no model: the floor."""
    import lxml.html

    xp = _floor_xpaths()
    start = time.perf_counter()
    for page in pages:
        root = lxml.html.fromstring(page.read_bytes())
        fields = {name: x(root) for name, x in xp.items() if name != "paragraphs"}
        fields["paragraphs"] = [
            (p.text_content(), "".join(p.xpath("./b//text() | ./strong//text()")))
            for p in xp["paragraphs"](root)
        ]
    return time.perf_counter() - start


def timed_round(slices: list[list[Path]], workers: int) -> dict[str, float]:
    """One round: every measure over every slice in turn, so that each sees the same
    moments of the machine; the two ingests go on into their own fresh files."""
    from daybook.ingest import ingest_paths
    from daybook.store import open_store

    totals = {
        "parse": 0.0, "ingest": 0.0, "ingest_j1": 0.0, "traf": 0.0, "traf_fast": 0.0,
        "lxml": 0.0,
    }
    with tempfile.TemporaryDirectory() as tmp:
        stores = {key: open_store(Path(tmp) / f"{key}.db") for key in ("ingest", "ingest_j1")}
        try:
            for part in slices:
                gc.collect()
                totals["parse"] += bench_daybook(part)[0]
                for key, w in (("ingest", workers), ("ingest_j1", 1)):
                    start = time.perf_counter()
                    ingest_paths(stores[key], part, workers=w)
                    totals[key] += time.perf_counter() - start
                totals["lxml"] += bench_lxml(part)
                for key, fast in (("traf", False), ("traf_fast", True)):
                    traf_s = bench_trafilatura(part, fast=fast)
                    if traf_s is None:
                        totals.pop(key, None)
                    else:
                        totals[key] += traf_s
        finally:
            for store in stores.values():
                store.close()
    return totals


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--samples", type=Path, default=Path("../shared/samples/kremlin-en-2019"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--slices", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    args = ap.parse_args(argv)
    pages = event_pages(args.samples, args.limit)
    if not pages:
        print(f"no pages under {args.samples / 'news'}", file=sys.stderr)
        return 2
    from daybook.ingest import default_workers

    workers = default_workers(len(pages))
    # Memory, and a warm-up: one streamed pass over every page and one ingest of each
    # kind, before trafilatura is loaded.
    _, memory = bench_daybook(pages)
    ingest_rss: dict[str, float] = {}
    for key, w in (("ingest", workers), ("ingest_j1", 1)):
        bench_ingest(pages, w)
        ingest_rss[key] = round(rss_mb(), 1)
    worker_rss = round(children_peak_rss_mb(), 1)
    n_slices = max(1, min(args.slices, len(pages)))
    slices = [pages[i * len(pages) // n_slices:(i + 1) * len(pages) // n_slices]
              for i in range(n_slices)]
    runs: dict[str, list[float]] = {}
    for n in range(args.rounds):
        for key, took in timed_round(slices, workers).items():
            runs.setdefault(key, []).append(took)
        print(f"round {n + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in runs.items()),
              file=sys.stderr)
    best = {k: min(v) for k, v in runs.items() if v}
    traf = best.get("traf")

    def ratio(key: str, against: str = "traf") -> float | None:
        base = best.get(against)
        return round(best[key] / base, 3) if base and key in best else None

    result = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "pages": len(pages),
        "rounds": args.rounds,
        "runs_s": {k: [round(x, 3) for x in v] for k, v in runs.items()},
        "best_s": {k: round(v, 3) for k, v in best.items()},
        "workers": workers,
        "ratio_parse": ratio("parse"),
        "ratio_ingest": ratio("ingest"),
        "ratio_ingest_j1": ratio("ingest_j1"),
        "ratio_parse_vs_fast": ratio("parse", "traf_fast"),
        "ratio_ingest_vs_fast": ratio("ingest", "traf_fast"),
        "ratio_parse_vs_lxml": ratio("parse", "lxml"),
        "ratio_ingest_vs_lxml": ratio("ingest", "lxml"),
        "goal": GOAL,
        "rss_mb_after_pages": memory,
        "rss_mb_after_ingest": ingest_rss,
        "worker_peak_rss_mb": worker_rss,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    print(f"pages                        {len(pages)}  (best of {args.rounds} rounds)")
    print(f"daybook read+parse           {best['parse']:8.2f} s"
          f"  ({1000 * best['parse'] / len(pages):.1f} ms/page)")
    print(f"daybook ingest (-j {workers})        {best['ingest']:8.2f} s  (fresh SQLite file)")
    print(f"daybook ingest -j 1          {best['ingest_j1']:8.2f} s")
    print(f"plain lxml, same fields      {best['lxml']:8.2f} s  (the floor)")
    if traf is not None:
        print(f"trafilatura                  {traf:8.2f} s")
        print(f"trafilatura fast=True        {best['traf_fast']:8.2f} s")
        for key, label in (("parse", "read+parse"), ("ingest", f"ingest (-j {workers})"),
                           ("ingest_j1", "ingest -j 1")):
            if key in best:
                print(f"ratio {label + ' / traf.':<22} {ratio(key):8.3f}  (goal <= {GOAL}); "
                      f"/ traf. fast {ratio(key, 'traf_fast'):.3f}; "
                      f"/ lxml {ratio(key, 'lxml'):.2f}")
    else:
        print("trafilatura                  n/a (pip install -e '.[bench]')")
    print(f"RSS after pages (MB)         {memory}")
    print(f"RSS after ingest (MB)        {ingest_rss}; worker peak "
          f"{result['worker_peak_rss_mb']}")
    print(f"peak RSS (MB)                {result['peak_rss_mb']}")
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out / f"bench_ingest_{dt.datetime.now():%Y%m%d_%H%M%S}.json"
    out.write_text(json.dumps(result, indent=1))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Person and people pages at archive scale: time per request, p50 and p95.

    python bench/bench_people.py --db bench/results/corpus-distinct.db
    python bench/bench_people.py --db ARCHIVE --aliases

The site is built in this process (Starlette's test client: server time, no network) over
the archive opened read-only, with its rendered-page cache off (``page_cache=False``), so
every request reads and renders. The people directory is built once per archive version
(timed apart, "build"); then each URL is asked once: the person pages of the ``--people``
people with most appearances and as many drawn at random among the rest (page 1, and page 2
of those with more than one), the people list sorted three ways, filtered by a name in
Latin and Cyrillic script and by a role; then the person pages again ("person_again":
their appearance charts are kept per person, everything else is made again). "person" is
the first view. Figures are per request, in milliseconds: wall-clock (``*_ms``) and the
process's CPU time (``*_cpu_ms``, every thread of the process: the server's and the test
client's), which stays comparable on a loaded machine where the wall clock does not.

With ``--aliases``: the events that Shoigu, Шойгу, Choïgou (and Sochi, Sotchi, Сочи;
Putin, Путин, Poutine) find, typed as they are and with the person and place aliases.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "bench" / "results" / "corpus-distinct.db"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(db: Path, people: int, seed: int) -> dict[str, object]:
    from starlette.testclient import TestClient

    from daybook.settings import Settings
    from daybook.web.app import create_app
    from daybook.web.directory_cache import directory

    app = create_app(Settings(db=str(db), page_cache=False))
    site = app.state.site
    started, cpu = time.perf_counter(), time.process_time()
    found = directory(site)
    build_s, build_cpu_s = time.perf_counter() - started, time.process_time() - cpu
    ranked = found.ranked
    rng = random.Random(seed)
    chosen = ranked[:people] + rng.sample(ranked[people:], min(people, len(ranked) - people))
    urls = [f"/person/{quote(e.key, safe=':')}" for e in chosen]
    urls += [f"/person/{quote(e.key, safe=':')}?page=2" for e in chosen if e.total > 100]
    lists = ["/people", "/people?sort=name", "/people?sort=recent", "/people?page=2",
             "/people?q=putin", "/people?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD", "/people?role=minister",
             "/people?q=lavrov&sort=name"]
    times: dict[str, list[float]] = {"person": [], "people": [], "person_again": []}
    cpu_times: dict[str, list[float]] = {k: [] for k in times}
    with TestClient(app) as client:
        # The second pass over the person pages finds their charts drawn (the page cache
        # is off: everything else is made again).
        for kind, batch in (("person", urls), ("people", lists), ("person_again", urls)):
            for url in batch:
                t, c = time.perf_counter(), time.process_time()
                r = client.get(url)
                times[kind].append((time.perf_counter() - t) * 1000)
                cpu_times[kind].append((time.process_time() - c) * 1000)
                if r.status_code != 200:
                    sys.exit(f"{url}: {r.status_code}")
    top = ranked[0]
    return {
        "db": str(db), "events": len(found.events), "people": len(ranked),
        "largest": {"key": top.key, "appearances": top.total},
        "build_s": round(build_s, 2), "build_cpu_s": round(build_cpu_s, 2),
        **{f"{kind}_{name}_{unit}": round(fn(v), 1)
           for unit, measured in (("ms", times), ("cpu_ms", cpu_times))
           for kind, v in measured.items()
           for name, fn in (("p50", statistics.median),
                            ("p95", lambda x: percentile(x, 0.95)), ("max", max))},
        "requests": {k: len(v) for k, v in times.items()},
    }


GROUPS = (("Shoigu", "Шойгу", "Choïgou"), ("Sochi", "Sotchi", "Сочи"),
          ("Putin", "Путин", "Poutine"))


def aliases(db: Path) -> dict[str, object]:
    """Events found for each spelling of a person and a place, as typed and expanded
    (the people directory's aliases, as the site uses them), and whether the expanded
    spellings of one name find the same events."""
    from daybook.aliases import directory_aliases
    from daybook.search import search
    from daybook.store import open_store

    store = open_store(db, read_only=True)
    try:
        found = directory_aliases(store.people.directory())
        out: dict[str, object] = {}
        for group in GROUPS:
            sets = {}
            for q in group:
                plain = search(store, q, expand=False, limit=1)
                expanded = search(store, q, aliases=found, limit=1)
                sets[q] = expanded.total
                out[q] = {"as typed": plain.total, "expanded": expanded.total,
                          "exact": expanded.total_is_exact,
                          "forms": [f for e in expanded.expansions for f in e.forms]}
            out[" = ".join(group)] = len(set(sets.values())) == 1
        return out
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--aliases", action="store_true",
                        help="count the events each spelling finds instead of timing pages")
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db}: no such archive (build one with bench/corpus.py)")
    result = aliases(args.db) if args.aliases else run(args.db, args.people, args.seed)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()

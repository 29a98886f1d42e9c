"""Translation memory figures: reuse from one day to the next, lookups per second at 100k
segments, and what the memory costs (or saves) a day's Apertium translation.

    .venv/bin/python bench/bench_memory.py [--days 5] [--segments 100000] [--db URL]
    .venv/bin/python bench/bench_memory.py --day 2019-04-25 [--segments 100000]

The complete days of the 2019 sample are split in two: the first ``--days`` are the days
translated with Apertium, the others fill the memory. Their pairs are the English sentences
themselves standing for a publisher's French (what a lookup returns does not change its
cost, and the sample has no French). Reuse: each memory day is looked up against the days
before it (the memory a publisher who posted every earlier day would have). Then the memory
is topped up to ``--segments`` with near copies of its sentences (one word changed: the
worst case for the fuzzy candidate lists), and lookups are timed: sentences in the memory
(exact), sentences with one word changed (fuzzy path, found or refused) and sentences of
the translated days (mostly misses). Last, the translated days are timed with Apertium
without the memory and with the 100k memory (the engine then gets only the misses).

``--day DATE``: one whole day translated as ``daybook day DATE --lang fr`` does it (Apertium
pipelines started afresh, fresh cache), without and with the memory (every other day of the
sample, topped up to ``--segments``), twice each alternating; reported as wall time and as
CPU time, this process's plus its Apertium pipelines' (read from /proc before they stop),
which a loaded shared machine changes far less than wall time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load_web import tree_cpu  # noqa: E402
from bench.translate_bench import days, words  # noqa: E402

from daybook.model import Day  # noqa: E402
from daybook.store import Store, open_store  # noqa: E402
from daybook.store.memory import Segment  # noqa: E402
from daybook.translate.align import sentences  # noqa: E402
from daybook.translate.apertium import _PIPELINES, ApertiumEngine, close_pipelines  # noqa: E402
from daybook.translate.cache import TranslationCache  # noqa: E402
from daybook.translate.day import translate_day  # noqa: E402
from daybook.translate.memory import TranslationMemory, make_segment  # noqa: E402
from daybook.translate.memory_report import RecallOnly  # noqa: E402


def day_pairs(day: Day) -> list[Segment]:
    out = []
    for e in day.events:
        for text in [e.lead or "", *(b.text for b in e.blocks if b.provenance != "editorial")]:
            for s in sentences(text):
                out.append(make_segment(s, s, "en", "fr", e.id, day.date.isoformat(), e.url))
    return out


def reuse(store: Store, memory_days: list[Day]) -> Counter[str]:
    """Each day looked up against the days before it, then added to the memory."""
    total: Counter[str] = Counter()
    for i, day in enumerate(memory_days):
        if i:
            tm = TranslationMemory(store.memory)
            translate_day(day, "fr", RecallOnly(), TranslationCache(), memory=tm)
            total.update(tm.counts)
        with store.transaction():
            store.memory.add(day_pairs(day))
    return total


def variant(seg: Segment, rng: random.Random, vocab: list[str]) -> str:
    ws = seg.source.split()
    ws[rng.randrange(len(ws))] = rng.choice(vocab)
    return " ".join(ws)


def top_up(store: Store, target: int, rng: random.Random) -> list[Segment]:
    real = list(store.memory.all())
    vocab = sorted({w for s in real for w in s.source.split() if w.isalpha()})
    have = store.memory.size().segments
    batch: list[Segment] = []
    n = 0
    while have + n < target:
        seg = rng.choice(real)
        text = variant(seg, rng, vocab)
        batch.append(make_segment(text, seg.target, "en", "fr", f"variant:{n}", seg.date, None))
        n += 1
        if len(batch) == 5000:
            with store.transaction():
                store.memory.add(batch)
            batch = []
    with store.transaction():
        store.memory.add(batch)
    return real


def rate(store: Store, texts: list[str]) -> tuple[float, Counter[str]]:
    tm = TranslationMemory(store.memory)
    kinds: Counter[str] = Counter()
    t0 = time.perf_counter()
    for t in texts:
        hit = tm.lookup(t, "en", "fr")
        kinds[hit.kind if hit else "miss"] += 1
    return len(texts) / (time.perf_counter() - t0), kinds


def pipelines_cpu() -> float:
    """CPU seconds of the running Apertium pipelines (each shell and its programs)."""
    return sum(tree_cpu(p.proc.pid) for p in _PIPELINES.values())


def whole_day(date: dt.date, segments: int, db: str | None) -> None:
    sample = days(1000)
    day = next((d for d in sample if d.date == date), None)
    if day is None:
        sys.exit(f"{date} is not a complete day of the sample")
    n = words(day)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(db or str(Path(tmp) / "bench.db"))
        try:
            for other in sample:
                if other.date != date:
                    with store.transaction():
                        store.memory.add(day_pairs(other))
            top_up(store, segments, random.Random(7))
            size = store.memory.size().segments
            print(f"{date}: {len(day.events)} events, {n} words; memory {size} segments")
            for label, use in [("apertium alone", False), ("apertium + memory", True)] * 2:
                close_pipelines()  # each run starts the pipelines, as a command does
                memory = TranslationMemory(store.memory) if use else None
                t0, c0 = time.perf_counter(), time.process_time()
                translate_day(day, "fr", ApertiumEngine(), TranslationCache(), memory=memory)
                wall, own = time.perf_counter() - t0, time.process_time() - c0
                apertium = pipelines_cpu()
                extra = (f"; lookups {memory.seconds:.2f} s, "
                         f"{memory.counts['segments_exact'] + memory.counts['segments_fuzzy']}"
                         " segments recalled" if memory is not None else "")
                print(f"  {label:<18} wall {wall:5.1f} s; CPU {own + apertium:5.1f} s "
                      f"(daybook {own:.1f}, apertium {apertium:.1f}){extra}")
            close_pipelines()
        finally:
            store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=5, help="days translated with Apertium")
    ap.add_argument("--segments", type=int, default=100_000)
    ap.add_argument("--lookups", type=int, default=2000)
    ap.add_argument("--db", help="an empty archive (postgresql://...); default a temp SQLite")
    ap.add_argument("--day", type=dt.date.fromisoformat,
                    help="time this whole day in French instead (CPU and wall time)")
    args = ap.parse_args()
    if args.day:
        whole_day(args.day, args.segments, args.db)
        return
    rng = random.Random(7)
    sample = days(1000)
    timed, memory_days = sample[:args.days], sample[args.days:]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or str(Path(tmp) / "bench.db"))
        try:
            t0 = time.perf_counter()
            got = reuse(store, memory_days)
            n_words = sum(got[f"words_{k}"] for k in ("exact", "fuzzy", "engine"))
            print(f"reuse over {len(memory_days) - 1} days (each against the days before it, "
                  f"{n_words} words; {time.perf_counter() - t0:.1f} s):")
            for k in ("exact", "fuzzy", "engine"):
                print(f"  {k:<7} {got[f'segments_{k}']:>6} segments "
                      f"{got[f'words_{k}']:>7} words {got[f'words_{k}'] / n_words:6.1%}")
            real = top_up(store, args.segments, rng)
            size = store.memory.size().segments
            vocab = sorted({w for s in real for w in s.source.split() if w.isalpha()})
            exact = [s.source for s in rng.sample(real, min(args.lookups, len(real)))]
            near = [variant(s, rng, vocab) for s in rng.sample(real, min(args.lookups,
                                                                         len(real)))]
            new = [s.source for d in timed for s in day_pairs(d)][:args.lookups]
            print(f"lookups at {size} segments:")
            for label, texts in (("in the memory", exact), ("one word changed", near),
                                 ("sentences of new days", new)):
                per_s, kinds = rate(store, texts)
                print(f"  {label:<22} {per_s:8.0f} lookups/s  {dict(kinds)}")
            n = sum(words(d) for d in timed)
            engine = ApertiumEngine()
            # Twice each, alternating, so that a change of load on a shared machine shows;
            # each run with a fresh memory object (nothing remembered from the last).
            runs = [("apertium alone", False), (f"apertium + memory ({size} segments)", True)]
            for label, use in runs * 2 if timed else []:
                memory = TranslationMemory(store.memory) if use else None
                t0 = time.perf_counter()
                for d in timed:
                    translate_day(d, "fr", engine, TranslationCache(), memory=memory)
                took = time.perf_counter() - t0
                extra = (f"; lookups {memory.seconds:.2f} s, {dict(memory.counts)}"
                         if memory is not None else "")
                print(f"{label}: {len(timed)} days, {n} words, {took:.1f} s, "
                      f"{1000 * took / n:.2f} s per 1,000 words{extra}")
        finally:
            store.close()


if __name__ == "__main__":
    main()

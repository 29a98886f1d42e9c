"""Enrichment time over the bare NER model on the same text units, per language.

For each language with a model, the same units (``event_texts`` of one event built from
the samples' blocks) go through:
- bare: the very NER pipeline daybook loads (spaCy ``fr_core_news_md`` / the English
  ``en_core_web_sm`` copy, NER component only; natasha segmenter + NER for Russian);
- daybook: ``enrich_event`` with that pipeline (language of each unit, NER, gazetteer,
  registry, merge, linking, figures, dates).
Ratio = daybook / bare; goal <= 1.15. Models are loaded and warmed before timing; each
figure is the best of ``--runs``, bare and daybook run in turn.
Run: .venv/bin/python bench/bench_enrich.py [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from daybook.enrich import entities, langid
from daybook.enrich.people import Registry
from daybook.enrich.records import event_texts
from daybook.enrich.run import enrich_event
from daybook.model import Block, Event
from daybook.sources.document import read_document
from daybook.sources.registry import read_parsed

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
# Per language: sample files and how many times their blocks are repeated.
SOURCES: dict[str, tuple[list[str], int]] = {
    "fr": (["digest-fr/2023-11-08.txt"], 4),
    "en": ([f"kremlin-en-2019/news/{n}.html" for n in ("60706", "60205", "59828", "62322")], 4),
    "ru": (["kremlin-ru-2025/kremlin_articles_ru_enhanced.csv"], 1),
}
MAX_CHARS = 160_000


def _event(language: str) -> Event:
    files, repeat = SOURCES[language]
    blocks: list[Block] = []
    for name in files:
        _, parsed = read_parsed(read_document(SAMPLES / name))
        for e in list(parsed.events) + [e for d in parsed.days for e in d.events]:
            blocks += [b for b in e.blocks if len(b.text.strip()) > 20]
    chosen: list[Block] = []
    size = 0
    for b in blocks * repeat:
        if size >= MAX_CHARS:
            break
        chosen.append(b)
        size += len(b.text)
    return Event(
        id=f"bench:{language}",
        title="Bench",
        kind="other",
        date=dt.date(2023, 11, 8),
        language=language,
        blocks=tuple(chosen),
    )


def _bare(language: str) -> Callable[[list[str]], int]:
    if language == "ru":
        from natasha import Doc

        segmenter, tagger = entities._natasha()

        def run_ru(texts: list[str]) -> int:
            n = 0
            for text in texts:
                doc = Doc(text)
                doc.segment(segmenter)
                doc.tag_ner(tagger)
                n += len(doc.spans)
            return n

        return run_ru
    nlp = entities.spacy_pipeline(language)

    def run_spacy(texts: list[str]) -> int:
        return sum(len(doc.ents) for doc in nlp.pipe(texts))

    return run_spacy


def _best_pair(a: Callable[[], object], b: Callable[[], object], runs: int) -> tuple[float, float]:
    """Best time of each, the two run in turn so that machine noise hits both alike."""
    best = [float("inf"), float("inf")]
    for _ in range(runs):
        for i, fn in enumerate((a, b)):
            t = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - t)
    return best[0], best[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    registry = Registry.curated()
    langid.detect_language("warm up")
    for language in ("fr", "en", "ru"):
        if not entities.model_available(language):
            print(f"{language}: no model installed, skipped")
            continue
        event = _event(language)
        texts = [t for _, t in event_texts(event)]
        chars = sum(len(t) for t in texts)
        bare = _bare(language)
        matchers: dict[str, entities.NameMatcher] = {}
        bare(texts)  # a full warm-up pass of each
        result = enrich_event(event, 1, "x", registry, matchers)
        t_bare, t_enrich = _best_pair(
            lambda b=bare, t=texts: b(t),  # type: ignore[misc]
            lambda e=event, m=matchers: enrich_event(e, 1, "x", registry, m),  # type: ignore[misc]
            args.runs,
        )
        print(
            f"{language}: {len(texts)} units, {chars:,} chars | bare NER {t_bare:.2f}s "
            f"({chars / t_bare:,.0f} chars/s) | daybook {t_enrich:.2f}s "
            f"({len(result.mentions)} entities, {len(result.figures)} figures, "
            f"{len(result.dates)} dates) | ratio {t_enrich / t_bare:.2f} (goal <= 1.15)"
        )


if __name__ == "__main__":
    main()

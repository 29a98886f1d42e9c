"""Translation figures: engine speed per 1,000 words and share of blocks detected as French.

    .venv/bin/python bench/translate_bench.py [--days N]

Reads the complete days of the 2019 sample, translates them with Apertium through each pivot
(``--pivots cat,spa``; fresh in-memory cache) and reports seconds per 1,000 source words, the
wall time of the largest day, the pivot words caught by the unknown-word marks and the share
of translated blocks (3 words or more) that lingua detects as French; then times the HTTP
engine against a local LibreTranslate-compatible peer (the one the tests use).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from daybook.model import Day, Principal  # noqa: E402
from daybook.parsers.kremlin import parse_event_page  # noqa: E402
from daybook.translate.apertium import ApertiumEngine  # noqa: E402
from daybook.translate.cache import TranslationCache  # noqa: E402
from daybook.translate.day import translate_day  # noqa: E402
from daybook.translate.http import HttpEngine  # noqa: E402
from daybook.translate.marks import digit_runs  # noqa: E402

SAMPLES = Path("/work/shared/samples/kremlin-en-2019")


def days(limit: int) -> list[Day]:
    out = []
    with open(SAMPLES / "by_date_manifest.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t")
                if r["items_for_date"] == r["items_present"]]
    for row in rows[:limit]:
        events = []
        for i in row["ids"].split():
            page = SAMPLES / "news" / f"{i}.html"
            if page.exists():
                events += parse_event_page(page.read_text("utf-8"), origin=str(page)).events
        events = [e for e in events if e.kind != "announcement"]
        if events:
            out.append(Day(events[0].date, tuple(events),
                           principal=Principal("Vladimir Putin")).numbered())
    return out


def words(day: Day) -> int:
    return sum(len(b.text.split()) for e in day.events for b in e.blocks) + sum(
        len((e.lead or "").split()) + len(e.title.split()) for e in day.events)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=20)
    ap.add_argument("--pivots", default="cat,spa")
    args = ap.parse_args()
    sample = days(args.days)
    n_words = sum(words(d) for d in sample)
    from lingua import Language, LanguageDetectorBuilder

    det = LanguageDetectorBuilder.from_languages(
        Language.FRENCH, Language.ENGLISH, Language.SPANISH, Language.CATALAN,
        Language.RUSSIAN).build()
    print(f"{len(sample)} days, {sum(len(d.events) for d in sample)} events, {n_words} words")
    for pivot in args.pivots.split(","):
        engine = ApertiumEngine(pivot=pivot, explicit=True)
        t0 = time.perf_counter()
        out = []
        longest = (0.0, 0)
        for d in sample:
            t1 = time.perf_counter()
            out.append(translate_day(d, "fr", engine, TranslationCache()))
            longest = max(longest, (time.perf_counter() - t1, words(d)))
        took = time.perf_counter() - t0
        langs: Counter[str] = Counter()
        blocks = lost = figures_bad = 0
        for src, fr in zip(sample, out, strict=True):
            for a_ev, b_ev in zip(src.events, fr.events, strict=True):
                lost += abs(len(a_ev.blocks) - len(b_ev.blocks))
                for a, b in zip(a_ev.blocks, b_ev.blocks, strict=True):
                    if b.provenance != "translation":
                        continue
                    have = digit_runs(b.text)
                    figures_bad += any(have[k] < v for k, v in digit_runs(a.text).items())
                    if len(b.text.split()) >= 3:
                        blocks += 1
                        langs[str(det.detect_language_of(b.text))] += 1
        print(f"{engine.name}: {took:.1f} s, {1000 * took / n_words:.2f} s per 1,000 words; "
              f"slowest day {longest[1]} words in {longest[0]:.1f} s; "
              f"pivot words caught: {engine.leftovers}")
        print(f"  blocks detected as French: {langs['Language.FRENCH'] / blocks:.1%} of "
              f"{blocks} ({dict(langs)}); blocks lost/duplicated: {lost}; blocks missing a "
              f"figure: {figures_bad}")

    sys.path.insert(0, str(ROOT / "tests"))
    import threading
    from http.server import ThreadingHTTPServer

    from translate.conftest import _Handler

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.calls = 0  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    http = HttpEngine(f"http://{host}:{port}")
    t0 = time.perf_counter()
    for d in sample:
        translate_day(d, "fr", http, TranslationCache())
    took = time.perf_counter() - t0
    server.shutdown()
    print(f"http (local peer): {took:.2f} s, {1000 * took / n_words:.3f} s per 1,000 words")


if __name__ == "__main__":
    main()

"""How the reference paragraphs were chosen (run once; the JSONL keeps the result).

    python eval/translate/select_paragraphs.py --samples ../shared/samples/kremlin-en-2019

Pages with an odd id only (the even ones tuned the reader and the title tables), blocks of
25 to 90 words that hold a sentence end, spread round-robin over months and event kinds,
at most one block per page, in a fixed pseudo-random order (seed 15). Prints JSON lines
without the French, which was then written by hand.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

from daybook.parsers.kremlin import parse_event_page

TEXT_TYPES = ("paragraph", "turn", "answer", "question")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=Path, required=True)
    ap.add_argument("--count", type=int, default=64)
    args = ap.parse_args()
    rng = random.Random(15)
    pools: dict[tuple[int, str], list[dict[str, object]]] = defaultdict(list)
    for page in sorted((args.samples / "news").glob("*.html")):
        if int(page.stem) % 2 == 0:
            continue
        for event in parse_event_page(page.read_text("utf-8"), origin=str(page)).events:
            cands = [(i, b) for i, b in enumerate(event.blocks)
                     if b.type in TEXT_TYPES and 25 <= len(b.text.split()) <= 90
                     and "." in b.text]
            if not cands:
                continue
            i, b = rng.choice(cands)
            pools[(event.date.month, event.kind)].append({
                "url": event.url, "block": i, "kind": event.kind, "date": str(event.date),
                "type": b.type, "speaker": b.speaker, "en": b.text})
    keys = sorted(pools)
    rng.shuffle(keys)
    for k in keys:
        rng.shuffle(pools[k])
    picked: list[dict[str, object]] = []
    months: dict[int, int] = defaultdict(int)
    cap = args.count // 12 + 1
    while len(picked) < args.count:
        open_keys = [k for k in keys if pools[k] and months[k[0]] < cap]
        if not open_keys:
            cap += 1  # a month ran short: let the others give one more
            if not any(pools.values()):
                break
            continue
        for k in open_keys:
            if len(picked) < args.count and months[k[0]] < cap:
                picked.append(pools[k].pop())
                months[k[0]] += 1
    for row in sorted(picked, key=lambda r: (str(r["date"]), str(r["url"]))):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()

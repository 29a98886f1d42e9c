"""Words left in English, Spanish or Catalan on the TUNING paragraphs (never the reference).

    python eval/translate/tuning_leftovers.py --samples ../shared/samples/kremlin-en-2019 \
        [--engine apertium:cat] [--count 160] [--show]

The reference set (eval/translate/reference.jsonl) takes its paragraphs from pages with an
odd id; this set takes them from pages with an even id only, so what is fixed while looking
at this output is judged on paragraphs never looked at. Text blocks of 25 to 150 words, at
most two per page, in a fixed pseudo-random order (seed 16). Each paragraph goes through the
product's path as the gate sends it (``translate_gate.evaluate``) and is counted the same way
(``translate_gate.Leftovers``); there is no French reference, so no chrF. Names: the English
form of a curated or registry person whose French form differs (Putin, Lukashenko) left in
the output, over those the source mentions.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from translate_gate import Leftovers, evaluate

from daybook.parsers.kremlin import parse_event_page
from daybook.translate.day import event_names, name_forms
from daybook.translate.names import known_names

TEXT_TYPES = ("paragraph", "turn", "answer", "question")


def tuning_rows(samples: Path, count: int, per_page: int = 2,
                types: tuple[str, ...] = TEXT_TYPES) -> list[dict[str, object]]:
    rng = random.Random(16)
    rows: list[dict[str, object]] = []
    for page in sorted((samples / "news").glob("*.html")):
        if not page.stem.isdigit() or int(page.stem) % 2:
            continue
        for event in parse_event_page(page.read_text("utf-8"), origin=str(page)).events:
            cands = [b for b in event.blocks
                     if b.type in types and 25 <= len(b.text.split()) <= 150]
            rng.shuffle(cands)
            for b in cands[:per_page]:
                rows.append({"id": f"{page.stem}", "en": b.text, "fr": "",
                             "event_names": event_names(event, "Vladimir Putin"),
                             "forms": name_forms(event, "Vladimir Putin"), "names": {}})
    rng.shuffle(rows)
    return rows[:count]


def english_names(text: str) -> dict[str, str]:
    """English forms (full and family names) of curated people that the text mentions and
    whose French form differs."""
    found: dict[str, str] = {}
    for en, fr in known_names()[1].items():
        if en != fr and re.search(rf"(?<![\w-]){re.escape(en)}(?![\w-])", text):
            last = en.split()[-1]
            if last != fr.split()[-1]:
                found[last] = fr
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=Path, required=True)
    ap.add_argument("--engine", default="apertium:cat")
    ap.add_argument("--count", type=int, default=160)
    ap.add_argument("--per-page", type=int, default=2,
                    help="paragraphs taken from each page (more: a larger tuning set)")
    ap.add_argument("--show", action="store_true", help="print each leftover in its output")
    ap.add_argument("--french", type=Path, help="write every paragraph (English, then its "
                    "French) here, for reading the engine's systematic errors")
    ap.add_argument("--types", default=",".join(TEXT_TYPES),
                    help="block types taken, comma-separated (speech: turn,answer,question)")
    args = ap.parse_args()
    rows = tuning_rows(args.samples, args.count, args.per_page, tuple(args.types.split(",")))
    for row in rows:
        row["names"] = english_names(str(row["en"]))
    leftovers = Leftovers()
    score, outs = evaluate(args.engine, rows, leftovers)
    r = score.row()
    words = sum(len(str(row["en"]).split()) for row in rows)
    print(f"{len(rows)} tuning paragraphs (even page ids), {words} English words")
    print(f"{args.engine}: English {float(r['english_rate']):.2%} ({score.english}), "
          f"es/ca {float(r['pivot_rate']):.2%} ({score.pivot}), names not French "
          f"{float(r['names_not_french']):.1%} of {score.names_total}, {r['seconds']} s")
    if args.french:
        args.french.write_text("".join(f"[{row['id']}] EN: {row['en']}\n   FR: {out}\n\n"
                                       for row, out in zip(rows, outs, strict=True)), "utf-8")
    tally: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for row, out in zip(rows, outs, strict=True):
        _, en, pv = leftovers.count(out, str(row["en"]))
        tally.update(en + pv)
        names.update(n for n in row["names"]  # type: ignore[attr-defined]
                     if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", out))
        if args.show and (en or pv):
            print(f"[{row['id']}] {' '.join(en + pv)}\n   EN: {row['en']}\n   FR: {out}")
    print("most left:", ", ".join(f"{w} {n}" for w, n in tally.most_common(60)))
    print("names left:", ", ".join(f"{w} {n}" for w, n in names.most_common(30)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

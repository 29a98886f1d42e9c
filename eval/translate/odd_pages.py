"""French of a seeded sample of paragraphs from ODD-id pages outside the reference set, for
a publisher's count on text no rule was written from.

    python eval/translate/odd_pages.py --samples ../shared/samples/kremlin-en-2019 \
        --french OUT.txt [--seed 2026231] [--count 20] [--per-page 2] [--exclude EARLIER.txt]

The tuning paragraphs (``tuning_leftovers.py``) come from even ids and the reference
(``reference.jsonl``) from odd ids; this draws from the odd ids' other paragraphs, which no
one tuning reads. Text blocks of 25 to 150 words drawn with ``random.Random(seed).sample``;
``--per-page N`` instead takes the seeded shuffle's first blocks with at most N from one page
(one long exchange then cannot fill the sample), and ``--exclude`` drops the blocks of an
earlier sample file so two counts do not share paragraphs. Each goes through the product's
path as the gate sends it.
Read the sample only to count it: a paragraph read while writing rules is no longer held out.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from translate_gate import Leftovers, evaluate
from tuning_leftovers import TEXT_TYPES, english_names

from daybook.parsers.kremlin import parse_event_page
from daybook.translate.day import event_names, name_forms

REFERENCE = Path(__file__).resolve().parent / "reference.jsonl"


def odd_rows(samples: Path) -> list[dict[str, object]]:
    """Every text block of 25 to 150 words of the odd-id pages that the reference lacks."""
    with REFERENCE.open(encoding="utf-8") as f:
        taken = {json.loads(line)["en"] for line in f if line.strip()}
    rows: list[dict[str, object]] = []
    for page in sorted((samples / "news").glob("*.html")):
        if not page.stem.isdigit() or int(page.stem) % 2 == 0:
            continue
        for event in parse_event_page(page.read_text("utf-8"), origin=str(page)).events:
            for b in event.blocks:
                if (b.type in TEXT_TYPES and 25 <= len(b.text.split()) <= 150
                        and b.text not in taken):
                    rows.append({"id": page.stem, "en": b.text, "fr": "",
                                 "event_names": event_names(event, "Vladimir Putin"),
                                 "forms": name_forms(event, "Vladimir Putin"), "names": {}})
    return rows


def draw(rows: list[dict[str, object]], seed: int, count: int,
         per_page: int | None) -> list[dict[str, object]]:
    """``count`` rows by seed; with ``per_page``, at most that many from one page."""
    if per_page is None:
        return random.Random(seed).sample(rows, count)
    order = random.Random(seed).sample(rows, len(rows))
    taken: dict[object, int] = {}
    picked: list[dict[str, object]] = []
    for row in order:
        if taken.get(row["id"], 0) < per_page:
            taken[row["id"]] = taken.get(row["id"], 0) + 1
            picked.append(row)
            if len(picked) == count:
                break
    return picked


def earlier_english(paths: list[Path]) -> set[str]:
    """The English of earlier sample files (blocks of "[id] EN: text")."""
    seen: set[str] = set()
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            head, sep, text = line.partition("] EN: ")
            if sep and head.startswith("["):
                seen.add(text)
    return seen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=Path, required=True)
    ap.add_argument("--french", type=Path, required=True)
    ap.add_argument("--engine", default="apertium:cat")
    ap.add_argument("--seed", type=int, default=2026231)
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--per-page", type=int, default=None)
    ap.add_argument("--exclude", type=Path, action="append", default=[])
    args = ap.parse_args()
    seen = earlier_english(args.exclude)
    rows = [row for row in odd_rows(args.samples) if str(row["en"]) not in seen]
    pool = len(rows)
    rows = draw(rows, args.seed, args.count, args.per_page)
    for row in rows:
        row["names"] = english_names(str(row["en"]))
    _, outs = evaluate(args.engine, rows, Leftovers())
    args.french.write_text("".join(f"[{row['id']}] EN: {row['en']}\n   FR: {out}\n\n"
                                   for row, out in zip(rows, outs, strict=True)), "utf-8")
    words = sum(len(str(row["en"]).split()) for row in rows)
    print(f"{len(rows)} of {pool} odd-id paragraphs outside the reference, {words} English "
          f"words, seed {args.seed}: {args.french}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Exact-match rate of the French name forms on held-out people (never curated).

    python eval/translate/names_eval.py [--show]

Reads eval/translate/names_heldout.tsv; prints the rate from the Russian original, from
the English form alone, and the misses with --show.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from daybook.translate.names import curated_table, french_name

HELDOUT = Path(__file__).with_name("names_heldout.tsv")


def rows(path: Path = HELDOUT) -> list[dict[str, str]]:
    lines = [x for x in path.read_text("utf-8").splitlines() if x and not x.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def rates(path: Path = HELDOUT) -> tuple[int, float, float, list[tuple[str, str, str, str]]]:
    data = rows(path)
    curated = curated_table().people
    leaked = [r["en"] for r in data if r["en"] in curated]
    if leaked:
        raise SystemExit(f"{path}: held-out names are curated: {leaked}")
    misses = []
    ru_ok = en_ok = 0
    for r in data:
        from_ru = french_name(r["en"], russian=r["ru"])
        from_en = french_name(r["en"])
        ru_ok += from_ru == r["fr"]
        en_ok += from_en == r["fr"]
        if from_ru != r["fr"] or from_en != r["fr"]:
            misses.append((r["fr"], from_ru, from_en, r["ru"]))
    n = len(data)
    return n, ru_ok / n, en_ok / n, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--show", action="store_true", help="list the misses")
    args = ap.parse_args(argv)
    n, ru, en, misses = rates()
    print(f"{n} held-out names: exact French form {ru:.1%} from the Russian original, "
          f"{en:.1%} from the English form alone")
    if args.show:
        for fr, a, b, src in misses:
            print(f"  want {fr!r}: from ru {a!r}, from en {b!r}  ({src})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

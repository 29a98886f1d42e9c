"""How the title grammar generalises: the sample's 550 titles folded by month.

    python eval/translate/titles_cv.py [--samples ../shared/samples/kremlin-en-2019]

The grammar (data/title_patterns.json, the name, place and institution tables) has no
parameters fitted on titles: it was written from the site's formulas and general sources,
and its additions in this round were checked only against the development months
(January to May, DEV below). Each month is a fold; the held-out months (June to December)
are the figure to quote. Per fold: the share of titles fully translated by the grammar
("memory"), matched by a frame with one piece left to the engine ("memory+mt"), and left
whole to the engine ("mt"). With --roles, the same folds for participant and speaker roles:
the share (each distinct role counted once per event) the role vocabulary writes in French
(``role_fr``), the rest going to the engine.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from daybook.translate.titles import plan_title

DEV = ("2019-01", "2019-02", "2019-03", "2019-04", "2019-05")
_TITLE = re.compile(r'<meta property="og:title" content="([^"]*)"')
_MONTH = re.compile(r'read__published" datetime="(\d{4}-\d\d)')
DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "samples" / "kremlin-en-2019"


def titles_by_month(samples: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for page in sorted((samples / "news").glob("*.html")):
        text = page.read_text("utf-8", errors="replace")
        title, month = _TITLE.search(text), _MONTH.search(text)
        if title and month:
            out[month.group(1)].append(html.unescape(title.group(1)))
    return dict(out)


def shares(titles: list[str]) -> dict[str, float]:
    n = len(titles)
    methods = Counter(plan_title(t).method for t in titles)
    return {m: methods[m] / n for m in ("memory", "memory+mt", "mt")} if n else {}


def folds(samples: Path) -> dict[str, tuple[int, dict[str, float]]]:
    """Per month, and the development and held-out groups: (titles, shares)."""
    months = titles_by_month(samples)
    out = {m: (len(t), shares(t)) for m, t in sorted(months.items())}
    dev = [t for m, ts in months.items() if m in DEV for t in ts]
    held = [t for m, ts in months.items() if m not in DEV for t in ts]
    out["dev"] = (len(dev), shares(dev))
    out["held-out"] = (len(held), shares(held))
    return out


def role_folds(samples: Path) -> dict[str, tuple[int, float]]:
    """Development and held-out months: (roles, share written by the role vocabulary)."""
    from daybook.parsers.kremlin import parse_event_page
    from daybook.translate.titles import role_fr

    out: dict[str, list[bool]] = {"dev": [], "held-out": []}
    for page in sorted((samples / "news").glob("*.html")):
        text = page.read_text("utf-8", errors="replace")
        month = _MONTH.search(text)
        if not month:
            continue
        fold = "dev" if month.group(1) in DEV else "held-out"
        for e in parse_event_page(text, origin=str(page)).events:
            roles = {b.role for b in e.blocks if b.role} | {p.role for p in e.participants
                                                            if p.role}
            out[fold] += [role_fr(r) is not None for r in roles]
    return {k: (len(v), sum(v) / len(v) if v else 0.0) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=Path, default=DEFAULT)
    ap.add_argument("--roles", action="store_true", help="also the roles, by the same folds")
    args = ap.parse_args(argv)
    if not (args.samples / "news").is_dir():
        print(f"{args.samples}: no news/ directory of en.kremlin.ru pages", file=sys.stderr)
        return 2
    print(f"{'fold':10} {'titles':>6} {'full':>7} {'frame+MT':>9} {'MT':>7}")
    for fold, (n, s) in folds(args.samples).items():
        print(f"{fold:10} {n:6d} {s['memory']:7.1%} {s['memory+mt']:9.1%} {s['mt']:7.1%}")
    if args.roles:
        print(f"\n{'fold':10} {'roles':>6} {'by the vocabulary':>18}")
        for fold, (n, share) in role_folds(args.samples).items():
            print(f"{fold:10} {n:6d} {share:18.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Quality gate for machine translation into French: engines against a human reference.

The reference (eval/translate/reference.jsonl, see eval/translate/README.md) holds 64
paragraphs of the 2019 sample's English with a French translation made by hand. Each
paragraph goes through the product's own path (``protect.translate_texts`` with the names of
its event, then the event's French name forms, the place names and the French typography,
as ``translate_day`` does) with each engine, and is scored:

- chrF (sacrebleu, corpus level) against the reference;
- English words left: words that general word frequencies (wordfreq: Wikipedia, subtitles,
  news, web text) give as common in English and rare in French;
- Spanish/Catalan words left: the same against Spanish and Catalan (the Apertium pivots);
- names not in their French form: the English form of a name whose French form differs
  (Putin/Poutine) still in the output, over the names annotated in the reference.

The word rates are also given for the reference itself: what the method flags in
hand-written French is its noise floor. Floors for the default engine are pinned in
eval/translate_floors.json; exits 1 below one.

    python eval/translate_gate.py --samples ../shared/samples/kremlin-en-2019 \
        [--engine apertium:cat --engine apertium:spa --engine deepl] [--show 5]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "translate" / "reference.jsonl"
FLOORS = HERE / "translate_floors.json"
DEFAULT_ENGINES = ("source", "apertium:cat", "apertium:spa")
_WORD = re.compile(r"[^\W\d_]+")
_PLACEHOLDER = re.compile(r"Zq\d+x", re.IGNORECASE)
# What may stand before a sentence's first word (then spaces): a stop, a colon, a quotation
# mark or a bracket.
_OPENERS = frozenset('.!?…:;"“”«»([')


@dataclass
class Score:
    engine: str
    chrf: float
    words: int
    english: int
    pivot: int
    names: int
    names_total: int
    seconds: float
    english_examples: list[str]
    pivot_examples: list[str]

    def row(self) -> dict[str, float | int | str]:
        return {"engine": self.engine, "chrf": round(self.chrf, 1),
                "english_rate": round(self.english / max(1, self.words), 4),
                "pivot_rate": round(self.pivot / max(1, self.words), 4),
                "names_not_french": round(self.names / max(1, self.names_total), 4),
                "seconds": round(self.seconds, 1)}


def load_reference(samples: Path) -> list[dict[str, object]]:
    """The reference rows, each with the names of its event (read from the sample page)."""
    from daybook.parsers.kremlin import parse_event_page
    from daybook.translate.day import event_names, name_forms

    rows = [json.loads(line) for line in REFERENCE.read_text("utf-8").splitlines() if line]
    for row in rows:
        page = samples / str(row["file"])
        events = parse_event_page(page.read_text("utf-8"), origin=str(page)).events
        event = next((e for e in events if e.url == row["url"]), events[0])
        block = event.blocks[int(str(row["block"]))] if event.blocks else None
        if block is None or " ".join(block.text.split()) != " ".join(str(row["en"]).split()):
            raise SystemExit(f"{page}: block {row['block']} is no longer the reference's "
                             "English (the reader changed?)")
        row["event_names"] = event_names(event, "Vladimir Putin")
        row["forms"] = name_forms(event, "Vladimir Putin")
    return rows


class Leftovers:
    """Words of a French text that belong to another language, by general frequencies."""

    def __init__(self) -> None:
        from wordfreq import zipf_frequency

        self._zipf = zipf_frequency
        self._memo: dict[str, str | None] = {}

    def language(self, word: str) -> str | None:
        """'en' or 'pivot' for a word common there (Zipf ≥ 2.5, ≥ 2 more than in French),
        else None."""
        w = word.casefold()
        if w not in self._memo:
            fr = self._zipf(w, "fr")
            en = self._zipf(w, "en")
            pivot = max(self._zipf(w, "es"), self._zipf(w, "ca"))
            if en >= 2.5 and en - fr >= 2.0 and en >= pivot:
                self._memo[w] = "en"
            elif pivot >= 2.5 and pivot - fr >= 2.0:
                self._memo[w] = "pivot"
            else:
                self._memo[w] = None
        return self._memo[w]

    def count(self, text: str, source: str) -> tuple[int, list[str], list[str]]:
        """(words, English words, pivot words) of ``text``; a capitalised word written so in
        the source (a name as given) is not counted, unless the source only writes it
        opening a sentence ("Importantly," is an English word, not a name)."""
        kept = {m.group(0) for m in _WORD.finditer(source) if m.group(0)[:1].isupper()
                and (m.group(0).isupper() or not _opening(source, m.start()))}
        words = [w for w in _WORD.findall(_PLACEHOLDER.sub(" ", text)) if len(w) > 1]
        english, pivot = [], []
        for w in words:
            if w in kept:
                continue
            lang = self.language(w)
            if lang == "en":
                english.append(w)
            elif lang == "pivot":
                pivot.append(w)
        return len(words), english, pivot


def _opening(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens the text or a sentence of it."""
    before = text[max(0, at - 40):at].rstrip()
    return not before or before[-1] in _OPENERS


def names_left(text: str, names: dict[str, str]) -> int:
    return sum(1 for en in names if re.search(rf"(?<!\w){re.escape(en)}(?!\w)", text))


def evaluate(spec: str, rows: list[dict[str, object]], leftovers: Leftovers) -> tuple[
        Score, list[str]]:
    import sacrebleu

    from daybook.settings import load_settings
    from daybook.translate.day import text_roles
    from daybook.translate.engines import get_engine
    from daybook.translate.places import places_in_text
    from daybook.translate.protect import translate_texts
    from daybook.translate.typography import typeset

    sources = [str(r["en"]) for r in rows]
    start = time.perf_counter()
    if spec in ("source", "reference"):
        outs = sources if spec == "source" else [str(r["fr"]) for r in rows]
    else:
        engine = get_engine(spec, load_settings())
        if engine is None:
            raise SystemExit(f"{spec}: not an engine")
        if not engine.supports("en", "fr"):
            raise SystemExit(f"{spec}: cannot translate en→fr here (is it installed?)")
        names = [list(r["event_names"]) for r in rows]  # type: ignore[call-overload]
        outs = [typeset(places_in_text(r["forms"].apply(t.text)))  # type: ignore[attr-defined]
                for r, t in zip(rows, translate_texts(sources, engine, "en", "fr", names,
                                                              text_roles("fr")),
                                strict=True)]
    took = time.perf_counter() - start
    # The apostrophe's form is a convention (the day writes "’", a reference may write "'"),
    # no quality: both sides score with the straight one.
    chrf = sacrebleu.corpus_chrf([o.replace("’", "'") for o in outs],
                                 [[str(r["fr"]).replace("’", "'") for r in rows]]).score
    words = english = pivot = names_bad = names_total = 0
    en_ex: list[str] = []
    pv_ex: list[str] = []
    for row, out in zip(rows, outs, strict=True):
        n, e, p = leftovers.count(out, str(row["en"]))
        words += n
        english += len(e)
        pivot += len(p)
        en_ex += e
        pv_ex += p
        table: dict[str, str] = row["names"]  # type: ignore[assignment]
        names_total += len(table)
        names_bad += names_left(out, table)
    score = Score(spec, chrf, words, english, pivot, names_bad, names_total, took,
                  sorted(set(en_ex)), sorted(set(pv_ex)))
    return score, outs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=Path, required=True)
    ap.add_argument("--engine", action="append", help="engine spec (repeatable); default: "
                    + ", ".join(DEFAULT_ENGINES))
    ap.add_argument("--floors", type=Path, default=FLOORS)
    ap.add_argument("--show", type=int, default=0, help="print N paragraphs per engine")
    ap.add_argument("--json", type=Path, help="write the scores here")
    args = ap.parse_args()
    rows = load_reference(args.samples)
    leftovers = Leftovers()
    specs = ["reference", *(args.engine or DEFAULT_ENGINES)]
    scores: list[Score] = []
    print(f"{len(rows)} reference paragraphs, "
          f"{sum(len(str(r['en']).split()) for r in rows)} English words")
    print(f"{'engine':<16} {'chrF':>6} {'English':>8} {'es/ca':>7} {'names':>7} {'time':>7}")
    for spec in specs:
        score, outs = evaluate(spec, rows, leftovers)
        scores.append(score)
        r = score.row()
        print(f"{spec:<16} {r['chrf']:>6} {float(r['english_rate']):>8.2%} "
              f"{float(r['pivot_rate']):>7.2%} {float(r['names_not_french']):>7.1%} "
              f"{r['seconds']:>6}s")
        if score.english_examples or score.pivot_examples:
            print(f"  English: {' '.join(score.english_examples[:25])}")
            print(f"  es/ca:   {' '.join(score.pivot_examples[:25])}")
        for row, out in list(zip(rows, outs, strict=True))[:args.show]:
            print(f"  [{row['id']}] {out}")
    if args.json:
        args.json.write_text(json.dumps([s.row() for s in scores], indent=1) + "\n", "utf-8")
    floors = json.loads(args.floors.read_text("utf-8"))
    failed = []
    for s in scores:
        floor = floors.get(s.engine)
        if not floor:
            continue
        r = s.row()
        if float(r["chrf"]) < floor["chrf_min"]:
            failed.append(f"{s.engine}: chrF {r['chrf']} < {floor['chrf_min']}")
        for key in ("english_rate", "pivot_rate", "names_not_french"):
            if float(r[key]) > floor[f"{key}_max"]:
                failed.append(f"{s.engine}: {key} {r[key]} > {floor[f'{key}_max']}")
    for f in failed:
        print("BELOW FLOOR:", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

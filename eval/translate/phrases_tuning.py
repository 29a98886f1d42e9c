"""The site's recurring phrases on the TUNING pages (even ids only; never the reference).

    python eval/translate/phrases_tuning.py --samples ../shared/samples/kremlin-en-2019 \
        --ngrams 300                       # the most frequent 2-4-word expressions
    python eval/translate/phrases_tuning.py --samples ... --french out.jsonl [--per-phrase 4]

Leads, text blocks and photo captions of the even-id pages, read with daybook's reader, cut
into sentences as ``protect`` cuts them. ``--ngrams`` counts lower-case expressions of two to
four words that neither open nor close with a function word (how ``data/phrases_fr.json``'s
candidates were found); ``--french`` sends up to ``--per-phrase`` sentences holding each
phrase of the table (and of the pairs of countries) through the product's path (as
``tuning_leftovers.py`` does) and writes one JSON line per sentence: page id, the phrases,
the English and the French. The table is read from this checkout; run it with another
checkout's sources first (``PYTHONPATH=/other/src``) and compare the files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from daybook.model import Event
from daybook.parsers.kremlin import parse_event_page
from daybook.translate.sentences import split_text

TEXT_TYPES = ("paragraph", "turn", "answer", "question")
_STOP = frozenset(str.split(
    "the a an of and to in on at for with by from as is was were be been are that this these "
    "those it its which who we i you he she they our their his her my your or but not will "
    "would can could has have had do does did there here so if than then also all any more "
    "most very such what when where how about into over after before between during up out "
    "no"))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Read as a file, so that another checkout's sources (PYTHONPATH) translate the same set.
TABLE = Path(__file__).resolve().parents[2] / "src/daybook/data/phrases_fr.json"
_PAIR = re.compile(r"(?:Russian[-–][A-Z]\w+|[A-Z]\w+[-–]Russian) (?:talks|relations|"
                   r"cooperation)")


def sentences(samples: Path) -> Iterator[tuple[str, Event, str]]:
    """(page id, event, sentence) of every lead, text block and caption of even-id pages."""
    for page in sorted((samples / "news").glob("*.html")):
        if not page.stem.isdigit() or int(page.stem) % 2:
            continue
        for event in parse_event_page(page.read_text("utf-8"), origin=str(page)).events:
            texts = [event.lead or "", *(b.text for b in event.blocks if b.type in TEXT_TYPES),
                     *(p.caption or "" for p in event.photos)]
            for text in texts:
                for sentence, _ in split_text(text):
                    if sentence.strip():
                        yield page.stem, event, sentence


def ngrams(found: list[tuple[str, Event, str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for _, _, sentence in found:
        for piece in re.split(r"[,;:()“”\"«».!?–—]", sentence):
            words = [w.lower() for w in _WORD.findall(piece)]
            for n in (2, 3, 4):
                for i in range(len(words) - n + 1):
                    gram = words[i:i + n]
                    if gram[0] in _STOP or gram[-1] in _STOP or \
                            sum(w in _STOP for w in gram) > 1:
                        continue
                    counts[" ".join(gram)] += 1
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=Path, required=True)
    ap.add_argument("--ngrams", type=int, default=0, help="print the N most frequent")
    ap.add_argument("--french", type=Path, help="write the sentences' French here (JSONL)")
    ap.add_argument("--per-phrase", type=int, default=4)
    ap.add_argument("--engine", default="apertium:cat")
    args = ap.parse_args()
    found = list(sentences(args.samples))
    print(f"{len(found)} sentences of even-id pages, "
          f"{sum(len(s.split()) for _, _, s in found)} words")
    if args.ngrams:
        for gram, n in ngrams(found).most_common(args.ngrams):
            print(n, gram)
    if not args.french:
        return 0
    from daybook.settings import load_settings
    from daybook.translate.day import event_names, name_forms, text_roles
    from daybook.translate.engines import get_engine
    from daybook.translate.places import places_in_text
    from daybook.translate.protect import translate_texts

    rng = random.Random(15)
    chosen: dict[str, tuple[tuple[str, Event, str], list[str]]] = {}
    table = json.loads(TABLE.read_text("utf-8"))["phrases"]
    for phrase in [*table, "PAIR"]:
        pattern = _PAIR if phrase == "PAIR" else re.compile(
            rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
        hits = [f for f in found if pattern.search(f[2])]
        rng.shuffle(hits)
        for f in hits[:30 if phrase == "PAIR" else args.per_phrase]:
            chosen.setdefault(f[2], (f, []))[1].append(phrase)
    engine = get_engine(args.engine, load_settings())
    if engine is None:
        raise SystemExit(f"{args.engine}: not an engine")
    items = list(chosen.values())
    outs = translate_texts([f[2] for f, _ in items], engine, "en", "fr",
                           [event_names(f[1], "Vladimir Putin") for f, _ in items],
                           text_roles("fr"))
    with args.french.open("w", encoding="utf-8") as fh:
        for ((page, event, sentence), phrases), out in zip(items, outs, strict=True):
            fr = places_in_text(name_forms(event, "Vladimir Putin").apply(out.text))
            fh.write(json.dumps({"id": page, "phrases": phrases, "en": sentence, "fr": fr},
                                ensure_ascii=False) + "\n")
    print(f"{len(items)} sentences with a phrase of the table, "
          f"{sum(len(f[2].split()) for f, _ in items)} words -> {args.french}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

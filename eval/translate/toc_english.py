"""English left in the French table of contents, on the held-out months of the sample.

    python eval/translate/toc_english.py [--samples DIR] [--months 2019-06,...] [--show]
    python eval/translate/toc_english.py --titles eval/translate/titles_other_years.tsv \
        [--fold report|tune|all] [--show]

Every event page of the chosen months (default: June to December, never used to write the
title grammar) becomes a table-of-contents line in French with Apertium, the way
`daybook day DATE --lang fr` writes it (title, date, time, place). Reported: lines with
"Putin" or an English place form; English function words (spaCy's English stop words that
are not French ones) per 100 title words; and English words left: words copied verbatim
from the English title that lingua takes for English (confidence 0.6 or more, twice the
French one) and that are not part of a person's name.

With --titles, the lines are built from a file of titles of other years (date, time, place,
title, url, fold), not from the sample's pages: the figure for days outside 2019. It also
reports the title grammar's shares (fully translated / frame + engine / engine) and the
names left in a form that is not their French one ("Putin", "Sergei Shoigu"). Beside the
English words left, the same count without the words of names: a name the French press
keeps as written (the named-thing table's names that map to themselves, "Nord Stream"), a
hashtag, a capitalised word no English dictionary (WordNet) lists ("Tianwan"); the first
figure is the issue's measure and is unchanged.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from daybook.model import Day, Event, Principal, Source
from daybook.parsers.kremlin import parse_event_page
from daybook.publish import locale as L
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.cache import TranslationCache
from daybook.translate.day import event_names, translate_day
from daybook.translate.names import curated_table, french_name, mentioned_names
from daybook.translate.persons import unknown_people
from daybook.translate.places import gazetteer
from daybook.translate.titles import plan_title

HELD_OUT = ("2019-06", "2019-07", "2019-09", "2019-10", "2019-11", "2019-12")
DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "samples" / "kremlin-en-2019"
_MONTH = re.compile(r'read__published" datetime="(\d{4}-\d\d)')
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_ENGLISH_FORMS = re.compile(
    r"\b(?:Putin|Region|Territory|Republic of|Moscow|on-Don|St Petersburg)\b")


def toc_lines(samples: Path, months: tuple[str, ...]) -> list[tuple[str, str, set[str]]]:
    """(English title, French TOC line, words of the event's names) per event."""
    events = []
    for page in sorted((samples / "news").glob("*.html")):
        text = page.read_text("utf-8", errors="replace")
        m = _MONTH.search(text)
        if not m or m.group(1) not in months:
            continue
        for e in parse_event_page(text, origin=str(page)).events:
            # Only what the table of contents shows is translated.
            events.append(replace(e, blocks=(), lead=None, photos=()))
    out = []
    engine, cache = ApertiumEngine(), TranslationCache()
    # One day of all the events: one engine batch instead of one per event.
    day = Day(events[0].date, tuple(events), principal=Principal("Vladimir Putin"))
    fr = translate_day(day, "fr", engine, cache)
    for e, f in zip(events, fr.events, strict=True):
        line = L.heading_line(f, "fr")
        names = {w for n in event_names(e, "Vladimir Putin") for w in n.split()}
        out.append((e.title, line, names))
    return out


def file_events(path: Path, fold: str) -> list[Event]:
    """Events (title, date, time, place) of a titles file; ``fold`` "all" keeps every row."""
    from zoneinfo import ZoneInfo

    from daybook.parsers.kinds import kind_from_title

    lines = [x for x in path.read_text("utf-8").splitlines() if x and not x.startswith("#")]
    out: list[Event] = []
    for i, r in enumerate(csv.DictReader(lines, delimiter="\t")):
        if fold != "all" and r["fold"] != fold:
            continue
        # Partial dates ("2014", "2017-03") in the sources: the first day stands in.
        parts = [int(x) for x in r["date"].split("-")] + [1, 1]
        date = dt.date(parts[0], parts[1], parts[2])
        start = None
        if r["time"]:
            h, m = (int(x) for x in r["time"].split(":"))
            start = dt.datetime(date.year, date.month, date.day, h, m,
                                tzinfo=ZoneInfo("Europe/Moscow"))
        out.append(Event(id=f"t{i}", title=r["title"], kind=kind_from_title(r["title"]),
                         date=date, language="en", number=len(out) + 1, start=start,
                         timezone="Europe/Moscow" if start else None,
                         place=r["place"] or None, sources=(Source(url=r["url"]),)))
    return out


def file_lines(events: list[Event]) -> list[tuple[str, str, set[str]]]:
    """(English title, French TOC line, words of the event's names), as `toc_lines`."""
    engine, cache = ApertiumEngine(), TranslationCache()
    day = Day(events[0].date, tuple(events), principal=Principal("Vladimir Putin"))
    fr = translate_day(day, "fr", engine, cache)
    out = []
    for e, f in zip(events, fr.events, strict=True):
        names = {w for n in event_names(e, "Vladimir Putin") for w in n.split()}
        out.append((e.title, L.heading_line(f, "fr"), names))
    return out


def names_not_french(rows: list[tuple[str, str, set[str]]]) -> list[str]:
    """People named in an English title whose French line keeps a form that is not their
    French one: the English spelling where the French differs ("Shoigu" for "Choïgou")."""
    left = []
    for en, fr, _ in rows:
        for name in dict.fromkeys([*mentioned_names([en]), *unknown_people([en])]):
            want = french_name(name)
            if want != name and re.search(rf"\b{re.escape(name)}\b", fr):
                left.append(name)
        left += re.findall(r"\bPutin\b", fr)
    return left


def grammar_shares(titles: list[str]) -> dict[str, float]:
    methods = Counter(plan_title(t).method for t in titles)
    return {m: methods[m] / max(len(titles), 1) for m in ("memory", "memory+mt", "mt")}


def measure(rows: list[tuple[str, str, set[str]]]) -> dict[str, Any]:
    import lingua
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    detector = lingua.LanguageDetectorBuilder.from_languages(
        lingua.Language.FRENCH, lingua.Language.ENGLISH, lingua.Language.SPANISH,
        lingua.Language.CATALAN).build()

    def english(word: str) -> bool:
        conf = {c.language: c.value for c in detector.compute_language_confidence_values(word)}
        en, fr = conf.get(lingua.Language.ENGLISH, 0.0), conf.get(lingua.Language.FRENCH, 0.0)
        return en >= 0.6 and en >= 2 * fr

    english_only = {w for w in EN if w not in FR and len(w) > 1}
    from daybook.translate.named import established
    from daybook.translate.wordnet import analyses

    # Second figure, for names: a word of a name the French press keeps as written (the
    # named-thing table's names that map to themselves: "Nord Stream"), a hashtag's, or a
    # capitalised word no English dictionary (WordNet) lists ("Tianwan") is a name's.
    kept_names = {w for en, (_, fr) in established().items() if fr == en for w in en.split()}

    def name_word(word: str, fr: str) -> bool:
        return word in kept_names or f"#{word}" in fr or (
            word[:1].isupper() and not any(analyses(p.lower()) for p in word.split("-")
                                           if p.isalpha()))
    same_places = {k for k, v in gazetteer().places.items() if k == v}
    table = curated_table().people
    known = {w for pair in table.items() for n in pair for w in n.split()}
    words = function = copied = named = lines_bad = 0
    left: list[str] = []
    for en, fr, names in rows:
        title_fr = fr.split(" – ")[0]
        toks = _WORD.findall(title_fr)
        en_toks = set(_WORD.findall(en))
        words += len(toks)
        function += sum(t.lower() in english_only for t in toks)
        kept = [t for t in toks if t in en_toks and t not in names and t not in known
                and t not in same_places and len(t) > 2 and english(t)]
        copied += len(kept)
        named += sum(name_word(t, title_fr) for t in kept)
        left += kept
        lines_bad += bool(_ENGLISH_FORMS.search(fr))
    n = len(rows)
    return {"lines": n, "english_forms_lines": lines_bad, "words": words,
            "function_per_100": 100 * function / max(words, 1),
            "copied_per_100": 100 * copied / max(words, 1),
            "not_names_per_100": 100 * (copied - named) / max(words, 1), "left": " ".join(left)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--samples", type=Path, default=DEFAULT)
    ap.add_argument("--months", default=",".join(HELD_OUT))
    ap.add_argument("--show", action="store_true", help="print the lines")
    ap.add_argument("--titles", type=Path, help="a titles file of other years instead")
    ap.add_argument("--fold", default="report", choices=("report", "tune", "all"))
    args = ap.parse_args(argv)
    if args.titles:
        return _main_titles(args.titles, args.fold, args.show)
    if not (args.samples / "news").is_dir():
        print(f"{args.samples}: no news/ directory of en.kremlin.ru pages", file=sys.stderr)
        return 2
    rows = toc_lines(args.samples, tuple(args.months.split(",")))
    if args.show:
        for en, fr, _ in rows:
            print(f"{en}\n  {fr}")
    r = measure(rows)
    print(f"{r['lines']} TOC lines ({r['words']} title words): {r['english_forms_lines']} with "
          f"'Putin' or an English place form; English function words "
          f"{r['function_per_100']:.2f} per 100 words; English words left "
          f"{r['copied_per_100']:.2f} per 100 words ({r['not_names_per_100']:.2f} without kept "
          f"names, hashtags and words no English dictionary lists)")
    if args.show:
        print(f"English words left: {r['left']}")
    return 0


def _main_titles(path: Path, fold: str, show: bool) -> int:
    events = file_events(path, fold)
    rows = file_lines(events)
    if show:
        for en, fr, _ in rows:
            print(f"{en}\n  {fr}")
    r = measure(rows)
    s = grammar_shares([e.title for e in events])
    names = names_not_french(rows)
    print(f"{path.name} fold {fold}: {r['lines']} titles: grammar full {s['memory']:.1%}, "
          f"frame+MT {s['memory+mt']:.1%}, MT {s['mt']:.1%}; {r['english_forms_lines']} lines "
          f"with 'Putin' or an English place form; English function words "
          f"{r['function_per_100']:.2f} per 100 words; English words left "
          f"{r['copied_per_100']:.2f} per 100 words ({r['not_names_per_100']:.2f} without "
          f"kept names, hashtags and words no English dictionary lists); names not in French "
          f"form {len(names)}")
    if show:
        print(f"English words left: {r['left']}\nNames not French: {' '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

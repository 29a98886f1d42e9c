"""Names, speaker labels and words left in English, Spanish or Catalan in the French of
other years' transcripts (``eval/kremlin_other_years``), through the product's own path.

    python eval/translate/other_years_body.py [--half tune|report|both] [--engine apertium:cat]
        [--show]

Each excerpt is read by daybook's reader as ``eval/kremlin_other_years.py`` reads it (its
paragraphs as a page body, ``parse_body``), made an event of a day, and the day is put in
French by ``translate_day`` (what ``daybook day --lang fr`` runs: ``protect.translate_texts``
with the event's names, the French name forms, places in text, roles through the role
vocabulary, the principal under his name alone), in a fresh in-memory cache. Labels are
written as the digest prints them (``publish.digest_text``), one per distinct speaker and
role of an excerpt. Scored:

- English and Spanish/Catalan words left per 100 words of the blocks' text, counted by the
  reference gate's ``translate_gate.Leftovers`` (the same words, the same exemptions);
- names left in an English form where the French one differs, in the text and in the
  labels apart: the curated people the source mentions (``tuning_leftovers.english_names``:
  Putin, Shoigu) and Russian names (a family name with a Russian ending) of the excerpt's
  speakers (its reading by hand, the ``G|`` lines) and of its "Given Family" pairs, whose
  English transliteration the French romanisation writes otherwise (Kotyukov/Kotioukov,
  Yekaterina): each such word of the source, and whether the French still has it;
- labels not entirely French: a role word the gate's word lists give as English, Spanish or
  Catalan, or an English name form left in the label.

The split, fixed before any output was read: the excerpts' file names sorted; those at even
positions (0, 2, ...: agencies2021, ap2013, dl2017, ...) are the TUNE half, those at odd
positions the REPORT half. Fixes are made from the tune half's output (``--show`` prints its
leftovers); the report half is quoted as totals only (``--show`` refuses it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(EVAL), str(EVAL / "translate")]

from kremlin_other_years import HERE as EXCERPTS  # noqa: E402
from kremlin_other_years import read_blocks, read_excerpt  # noqa: E402
from translate_gate import Leftovers  # noqa: E402
from tuning_leftovers import english_names  # noqa: E402

from daybook.model import Day, Event  # noqa: E402
from daybook.publish.digest_text import _label  # noqa: E402
from daybook.translate.names import _RU_SURNAME, curated_table  # noqa: E402
from daybook.translate.romanize import en_to_fr  # noqa: E402

_TEXT_TYPES = frozenset({"paragraph", "turn", "answer", "question", "list"})
_WORD = re.compile(r"[^\W\d_]+")
_PAIR = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")


def halves(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(tune, report): sorted names, even positions tune, odd positions report."""
    ordered = sorted(paths, key=lambda p: p.name)
    return ordered[0::2], ordered[1::2]


def excerpt_event(path: Path) -> Event:
    """An excerpt as daybook's reader reads it, made an event (its year's 1 January)."""
    ex = read_excerpt(path)
    title = ex.head.get("TITLE", "")
    kind, blocks = read_blocks(ex)
    year = int(m.group(0)) if (m := re.search(r"(?:19|20)\d\d", path.stem)) else 2000
    return Event(id=path.stem, title=title, kind=kind,  # type: ignore[arg-type]
                 date=dt.date(year, 1, 1), language="en", lead=ex.head.get("LEAD"),
                 blocks=tuple(blocks))


def gold_speakers(path: Path) -> list[str]:
    """The speakers of the excerpt's reading by hand."""
    return [s for _, _, _, s, _ in read_excerpt(path).gold if s]


def _russian(family: str) -> bool:
    return bool(_RU_SURNAME.search(family.split("-")[-1].lower()))


def _name_word(readings: tuple[str, ...]) -> bool:
    """A word Apertium's English analyser does not know, or knows as a proper noun that is
    no place: never a common word ("President") or a place ("Kremlin")."""
    return all("<np>" in r and "<top>" not in r for r in readings)


def english_forms(texts: list[str], speakers: list[str]) -> dict[str, str]:
    """Words of names in an English form whose French form differs, each with that French
    form: curated people's family names, and the given and family names of Russian names
    (speakers, "Given Family" pairs of the texts: a family name with a Russian ending, both
    words proper nouns or unknown to Apertium's English analyser) whose romanisation
    differs. Judged without daybook's own name rules, so that changing them moves only the
    counts, never what is counted."""
    from daybook.translate.apertium import word_readings

    forms: dict[str, str] = {}
    for text in texts:
        forms.update(english_names(text))
    curated = curated_table().people
    pairs = {tuple(s.split()[-2:]): True for s in speakers if len(s.split()) >= 2}
    for text in texts:
        for m in _PAIR.finditer(text):
            pairs.setdefault((m.group(1), m.group(2)), False)
    readings = word_readings(sorted({w for pair in pairs for w in pair}))
    for (given, family), spoke in pairs.items():
        if f"{given} {family}" in curated or not _russian(family):
            continue
        if not spoke and not (_name_word(readings.get(given, ()))
                              and _name_word(readings.get(family, ()))):
            continue
        for word in (given, family):
            fr = en_to_fr(word)
            if fr != word and word not in forms:
                forms[word] = fr
    return forms


def _count(word: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


@dataclass
class Tally:
    words: int = 0
    english: int = 0
    pivot: int = 0
    names_text: int = 0
    names_text_left: int = 0
    names_label: int = 0
    names_label_left: int = 0
    labels: int = 0
    labels_not_french: int = 0
    leftovers: Counter[str] = field(default_factory=Counter)
    shown: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for k in ("words", "english", "pivot", "names_text", "names_text_left", "names_label",
                  "names_label_left", "labels", "labels_not_french"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.leftovers.update(other.leftovers)
        self.shown += other.shown

    def line(self) -> str:
        per = 100 / max(1, self.words)
        return (f"{self.words} words: English {self.english * per:.2f} per 100 ({self.english}),"
                f" es/ca {self.pivot * per:.2f} per 100 ({self.pivot}); names left in English "
                f"form: text {self.names_text_left} of {self.names_text}, labels "
                f"{self.names_label_left} of {self.names_label}; labels not entirely French "
                f"{self.labels_not_french} of {self.labels}")


def _names_left(source: str, out: str, forms: dict[str, str]) -> tuple[int, int, list[str]]:
    total = left = 0
    words: list[str] = []
    for en in forms:
        n = _count(en, source)
        if n:
            total += n
            k = min(n, _count(en, out))
            left += k
            words += [en] * k
    return total, left, words


def score(source: Event, french: Event, speakers: list[str], leftovers: Leftovers) -> Tally:
    """The tally of one excerpt: its source event, the event in French, the speakers of its
    reading by hand."""
    t = Tally()
    texts = [b.text for b in source.blocks] + [_label(b, "en") for b in source.blocks]
    forms = english_forms(texts, speakers)
    labels: dict[str, tuple[str, str | None]] = {}
    for src, fr in zip(source.blocks, french.blocks, strict=True):
        if src.type in _TEXT_TYPES:
            n, en, pv = leftovers.count(fr.text, src.text)
            t.words += n
            t.english += len(en)
            t.pivot += len(pv)
            total, left, names = _names_left(src.text, fr.text, forms)
            t.names_text += total
            t.names_text_left += left
            t.leftovers.update(en + pv + names)
            if en or pv or names:
                t.shown.append(f"[{source.id}] {' '.join(en + pv + names)}\n   EN: {src.text}"
                               f"\n   FR: {fr.text}")
        if src.type in ("turn", "answer") and (src.speaker or src.role):
            labels.setdefault(_label(fr, "fr"), (_label(src, "en"), fr.role, src.role))
    for fr_label, (en_label, role, en_role) in labels.items():
        total, left, names = _names_left(en_label, fr_label, forms)
        t.names_label += total
        t.names_label_left += left
        foreign = foreign_role_words(role or "", en_role or "", leftovers)
        t.labels += 1
        if foreign or left:
            t.labels_not_french += 1
            t.leftovers.update(foreign + names)
            t.shown.append(f"[{source.id}] label {en_label!r} -> {fr_label!r}")
    return t


def foreign_role_words(role: str, source: str, leftovers: Leftovers) -> list[str]:
    """Words of a label's French role that are not French: English, Spanish or Catalan by
    the gate's word lists, or a word of the English role left as it is that the French word
    list (Debian's wfrench) lacks ("Moderator", "CHIEF"); an acronym of a role in mixed case
    ("TASS") is the source's name. The name's words are the names' count."""
    from daybook.translate.leftovers import french_words

    words = french_words()
    src = {w.casefold() for w in _WORD.findall(source)}
    acronyms = set() if source.isupper() else {w for w in _WORD.findall(source) if w.isupper()}
    return [w for w in _WORD.findall(role) if len(w) > 1 and w not in acronyms and (
        leftovers.language(w) is not None
        or (w.casefold() in src and w.casefold() not in words))]


def translate(events: list[Event], spec: str) -> list[Event]:
    """The events in French as ``daybook day --lang fr`` makes them (a fresh cache)."""
    from daybook.settings import load_settings
    from daybook.translate.cache import TranslationCache
    from daybook.translate.day import translate_day
    from daybook.translate.engines import get_engine

    engine = get_engine(spec, load_settings())
    if engine is None or not engine.supports("en", "fr"):
        raise SystemExit(f"{spec}: cannot translate en→fr here (is it installed?)")
    day = Day(date=dt.date(2000, 1, 1), events=tuple(events))
    return list(translate_day(day, "fr", engine, TranslationCache()).events)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("tune", "report", "both"), default="both")
    ap.add_argument("--engine", default="apertium:cat")
    ap.add_argument("--show", action="store_true",
                    help="print the tune half's leftovers in their blocks")
    args = ap.parse_args(argv)
    if args.show and args.half != "tune":
        raise SystemExit("--show is for the tune half only (--half tune)")
    tune, report = halves(list(EXCERPTS.glob("*.txt")))
    leftovers = Leftovers()
    for name, paths in (("tune", tune), ("report", report)):
        if args.half not in (name, "both"):
            continue
        events = [excerpt_event(p) for p in paths]
        total = Tally()
        for path, src, fr in zip(paths, events, translate(events, args.engine), strict=True):
            total.add(score(src, fr, gold_speakers(path), leftovers))
        print(f"{name} half, {len(paths)} excerpts, {args.engine}: {total.line()}")
        if args.show:
            print("\n".join(total.shown))
            print("most left:", ", ".join(f"{w} {n}" for w, n in
                                          total.leftovers.most_common(60)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

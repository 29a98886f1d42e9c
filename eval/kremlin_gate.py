"""Quality gate for the en.kremlin.ru reader: the parser against an independent reading.

The independent reading below uses only regular expressions over the raw markup (meta tags,
``time``/``datetime`` attributes, tag lists, the lead, ``&lt;…&gt;`` marks, ``<b>`` labels).
It shares no code with ``daybook.parsers.kremlin`` on purpose: where both agree, the parser
read the page as the page says. Scores per field over every event page, speaker precision
and recall, listing ids against the manifest, and complete days. Exits 1 below a floor.

    python eval/kremlin_gate.py --samples ../shared/samples/kremlin-en-2019 \
        [--floors eval/floors.json]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html as htmllib
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from daybook.errors import DaybookError
from daybook.model import Event, sort_events
from daybook.parsers.kremlin import parse_event_page
from daybook.parsers.kremlin_listing import parse_listing

MOSCOW = ZoneInfo("Europe/Moscow")
GENERIC = {
    "question",
    "remark",
    "reply",
    "response",
    "answer",
    "voice",
    "remarks",
    "вопрос",
    "реплика",
    "ответ",
}

_OG_TITLE = re.compile(r'<meta property="og:title" content="([^"]*)"')
_DATE = re.compile(r'<time class="read__published" datetime="(\d{4}-\d{2}-\d{2})"')
_CLOCK = re.compile(r'<div class="read__time">\s*(\d{1,2}:\d{2})\s*</div>')
_PLACE = re.compile(r'<div class="read__place[^"]*">(.*?)</div>', re.S)
_LEAD = re.compile(r'<div class="read__lead[^>]*>(.*?)</div>\s*<div class="read__meta"', re.S)
_TAGCOL = re.compile(r'<div class="read__tagscol[^"]*">\s*<h3>([^<]+)</h3>(.*?)</ul>', re.S)
_TAG = re.compile(r'rel="tag"><i></i>([^<]+)</a>')
_BODY = re.compile(r'itemprop="articleBody">(.*?)<div class="read__bottommeta', re.S)
_ELISION = re.compile(r"&lt;\s*(?:…|\.\.\.)\s*&gt;")
_BOLD_P = re.compile(r"<p>\s*<b>(.*?)</p>", re.S)
_TOOLTIP = re.compile(r'<span class="read__tooltip.*?</a>', re.S)
_BLOCK_TAGS = re.compile(r"</?(?:p|div|br|li|ul|ol|h\d)\b[^>]*>")
_TAGS = re.compile(r"<[^>]+>")
_NOTE = re.compile(r"\([^)]*\)")
_WS = re.compile(r"\s+")


def clean(fragment: str) -> str:
    text = _TAGS.sub("", _BLOCK_TAGS.sub(" ", fragment))
    return _WS.sub(" ", htmllib.unescape(text).replace("\xa0", " ")).strip()


def label_name(label: str, persons: Iterable[str]) -> str | None:
    """A speaker name from a label, read naively: a Persons tag it contains, else its
    last two words (whole label when it has at most three words)."""
    text = _NOTE.sub(" ", label)
    text = _WS.sub(" ", text).strip(" :")
    if not text or text.casefold() in GENERIC or len(text.split()) > 14:
        return None
    words = text.split()
    for person in persons:
        parts = person.split()
        n = len(parts)
        for i in range(len(words) - n + 1):
            if sorted(words[i : i + n]) == sorted(parts):
                return " ".join(words[i : i + n])
    name_words = words if len(words) <= 3 else words[-2:]
    if not all(w[:1].isupper() for w in name_words if w not in ("bin", "van", "der", "al")):
        return None
    return " ".join(name_words)


@dataclass
class Truth:
    title: str | None
    date: str | None
    clock: str | None
    place: str | None
    lead: str | None
    tags: dict[str, list[str]]
    elided: bool
    speakers: set[str]


def read_truth(raw: str) -> Truth:
    m = _OG_TITLE.search(raw)
    title = clean(m.group(1)) if m else None
    m = _DATE.search(raw)
    date = m.group(1) if m else None
    m = _CLOCK.search(raw)
    clock = m.group(1).zfill(5) if m and m.group(1) not in ("00:00", "0:00") else None
    m = _PLACE.search(raw)
    place = clean(m.group(1)) or None if m else None
    m = _LEAD.search(raw)
    lead = clean(m.group(1)) or None if m else None
    tags: dict[str, list[str]] = {"geography": [], "topics": [], "persons": []}
    heads = {"geography": "geography", "topics": "topics", "persons": "persons"}
    for head, items in _TAGCOL.findall(raw):
        key = heads.get(head.strip().casefold())
        if key:
            tags[key] = [clean(t) for t in _TAG.findall(items)]
    m = _BODY.search(raw)
    body = m.group(1) if m else ""
    elided = bool(_ELISION.search(body))
    speakers = set()
    for para in _BOLD_P.findall(_TOOLTIP.sub("</a>", body)):
        text = clean("<b>" + para)
        head, colon, _ = text.partition(":")
        if not colon or len(head) > 200:
            continue
        name = label_name(head, tags["persons"])
        if name:
            speakers.add(name)
    return Truth(title, date, clock, place, lead, tags, elided, speakers)


@dataclass
class Score:
    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.hits += ok
        if not ok and len(self.misses) < 8:
            self.misses.append(what)

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 1.0


def moscow_clock(event: Event) -> str | None:
    if event.start is None:
        return None
    return event.start.astimezone(MOSCOW).strftime("%H:%M")


FIELD_ORDER = (
    "pages parsed",
    "title",
    "date",
    "time",
    "place",
    "tags",
    "lead",
    "elision",
    "speaker precision",
    "speaker recall",
    "listing ids",
    "complete days",
)


def run(samples: Path) -> dict[str, Score]:
    # The printed fields, and the days skipped because a listed page is not in the sample.
    scores = {k: Score() for k in (*FIELD_ORDER, "days missing pages")}
    events: dict[str, Event] = {}
    for page in sorted((samples / "news").glob("*.html")):
        raw = page.read_text("utf-8", errors="replace")
        photos = page.with_suffix("") / "photos.html"
        try:
            parsed = parse_event_page(
                raw,
                origin=str(page),
                photos_html=photos.read_text("utf-8", errors="replace")
                if photos.exists()
                else None,
            )
        except DaybookError as exc:
            scores["pages parsed"].add(False, f"{page.name}: {exc}")
            continue
        scores["pages parsed"].add(True, page.name)
        ev = parsed.events[0]
        events[ev.id] = ev
        t = read_truth(raw)
        name = page.stem
        scores["title"].add(ev.title == t.title, f"{name}: {ev.title!r} vs {t.title!r}")
        scores["date"].add(ev.date.isoformat() == t.date, f"{name}: {ev.date} vs {t.date}")
        scores["time"].add(moscow_clock(ev) == t.clock, f"{name}: {moscow_clock(ev)} vs {t.clock}")
        scores["place"].add(ev.place == t.place, f"{name}: {ev.place!r} vs {t.place!r}")
        scores["tags"].add(ev.tags.to_dict() == t.tags, f"{name}: {ev.tags} vs {t.tags}")
        scores["lead"].add(ev.lead == t.lead, f"{name}: {ev.lead!r} vs {t.lead!r}")
        scores["elision"].add(ev.status.elided == t.elided, f"{name}: {ev.status.elided}")
        got = set(ev.speakers)
        for s in got:
            scores["speaker precision"].add(s in t.speakers, f"{name}: {s!r} not in {t.speakers}")
        for s in t.speakers:
            scores["speaker recall"].add(s in got, f"{name}: {s!r} missing from {sorted(got)}")
    manifest = samples / "by_date_manifest.tsv"
    with manifest.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for row in rows:
        ids = row["ids"].split()
        listing_path = samples / "news" / "by-date" / Path(row["file"]).name
        if listing_path.exists():
            listing = parse_listing(
                listing_path.read_text("utf-8", errors="replace"), origin=str(listing_path)
            ).listings[0]
            got_ids = [i.split(":", 1)[1] for i in listing.ids_for(listing.page_date)]
            scores["listing ids"].add(got_ids == ids, f"{row['date']}: {got_ids} vs {ids}")
        if row["items_for_date"] != row["items_present"]:
            continue
        if not all((samples / "news" / f"{i}.html").exists() for i in ids):
            # The manifest counts the page, but it is not in the sample set.
            scores["days missing pages"].add(False, row["date"])
            continue
        day = dt.date.fromisoformat(row["date"])
        evs = [events.get(f"kremlin:{i}") for i in ids]
        present = all(e is not None and e.date == day for e in evs)
        ordered = False
        if present:
            timed = [e for e in evs if e is not None and e.start is not None]
            expected = [e.id for e in reversed(timed)]
            ordered = [e.id for e in sort_events(timed)] == expected
        scores["complete days"].add(present and ordered, f"{row['date']}: present={present}")
    return scores



def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--samples", type=Path, default=Path("../shared/samples/kremlin-en-2019"))
    ap.add_argument("--floors", type=Path, default=Path(__file__).with_name("floors.json"))
    ap.add_argument("--json", type=Path, default=None, help="write the scores here")
    ap.add_argument("-v", "--verbose", action="store_true", help="show some misses")
    args = ap.parse_args(argv)
    scores = run(args.samples)
    floors = json.loads(args.floors.read_text()) if args.floors else {}
    failed = []
    print(f"{'field':<20}{'rate':>9}{'hits':>8}{'total':>8}{'floor':>8}")
    missing = scores["days missing pages"]
    for key in FIELD_ORDER:
        s = scores[key]
        floor = floors.get(key)
        mark = ""
        if floor is not None and s.rate < floor:
            failed.append(key)
            mark = "  BELOW FLOOR"
        fl = f"{floor:.4f}" if floor is not None else "-"
        print(f"{key:<20}{s.rate:>9.4f}{s.hits:>8}{s.total:>8}{fl:>8}{mark}")
        if args.verbose:
            for miss in s.misses:
                print(f"    {miss}")
    print(
        f"({missing.total} manifest-complete days skipped: a listed page is not in the "
        f"sample: {', '.join(missing.misses)}{' ...' if missing.total > 8 else ''})"
    )
    if args.json:
        args.json.write_text(json.dumps({k: round(v.rate, 4) for k, v in scores.items()}, indent=1))
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Quality gate for the en.kremlin.ru reader: the parser against an independent reading.

The independent reading below uses only regular expressions over the raw markup (meta tags,
``time``/``datetime`` attributes, tag lists, the lead, ``&lt;…&gt;`` marks, ``<b>`` labels),
and for blocks ``kremlin_reading`` (lxml: the bold labels, their ``a.person_tag`` links, the
Persons tags, "Question" labels, title shapes, zone names). It shares no code with
``daybook.parsers`` on purpose: where both agree, the parser read the page as the page says.
Scores per field over every event page: page fields, speaker precision and recall, the
speaker and the role/name split of each labelled turn, Q&A numbering, kinds, the zone of
``start``; listing ids against the manifest, and complete days. Every page-level rate is
also given for the pages with an even id (those the rules were tuned on) and an odd id
(held out). Exits 1 below a floor.

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from kremlin_reading import (
    Turn,
    is_qa_title,
    named_questions,
    place_zone,
    principal,
    qa_pairs,
    read_turns,
    tag_name,
    title_kind,
)

from daybook.errors import DaybookError
from daybook.model import Block, Event, sort_events
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
_HEAD_ROLE = re.compile(r"\b(?:President|Prime Minister|Chancellor|King|Emir|Sultan)\b")


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
    # A Persons tag names the person; a title written after a lone name ("Kirill Patriarch
    # of Moscow and All Russia") is not part of the name.
    tags["persons"] = [tag_name(t) for t in tags["persons"]]
    m = _BODY.search(raw)
    body = m.group(1) if m else ""
    elided = bool(_ELISION.search(body))
    speakers = set()
    # The block reading's name where it settles one (a link, a Persons tag, a bare label, a
    # short name), else the naive one.
    named = {t.label: t.name for t in read_turns(raw, tags["persons"]) if t.name}
    for para in _BOLD_P.findall(_TOOLTIP.sub("</a>", body)):
        text = clean("<b>" + para)
        head, colon, _ = text.partition(":")
        if not colon or len(head) > 200:
            continue
        name = named.get(head.strip()) or label_name(head, tags["persons"])
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
    "turn speaker",
    "role split",
    "qa numbering",
    "named questions",
    "remarks",
    "hosts answer",
    "two-party talks",
    "answer order",
    "kind",
    "start zone",
    "capitals",
    "listing ids",
    "complete days",
)
# Page-level fields are also scored per half of the sample: ids even (tuned on), odd (held out).
HALVES = ("even", "odd")
PAGE_FIELDS = FIELD_ORDER[: FIELD_ORDER.index("listing ids")]


def norm_label(label: str) -> str:
    return _WS.sub(" ", _NOTE.sub(" ", label)).strip()


def fold(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


def _align(blocks: tuple[Block, ...], turns: list[Turn]) -> list[Block | None]:
    """The block each labelled paragraph became: the next block, in order, that opens a turn
    (it keeps a label) and whose text starts as the paragraph's text after its label does;
    None when the reader made no turn of it (a miss)."""
    out: list[Block | None] = []
    at = 0
    for turn in turns:
        want = turn.text[:60]
        found = None
        if want:
            for k in range(at, len(blocks)):
                b = blocks[k]
                if b.label is not None and " ".join(b.text.split())[:60] == want:
                    found, at = blocks[k], k + 1
                    break
        out.append(found)
    return out


# A bare-name label ("<p><b>Dmitry Peskov:</b>"), to be printed in capitals.
_BARE_LABEL = re.compile(r"(<p>\s*<b>)([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2})(\s*:?\s*</b>\s*:?)")


def score_capitals(ev: Event, raw: str, origin: str, add: Callable[[str, bool, str], None]) -> None:
    """Names printed in capitals ("DMITRY PESKOV:") are the same speakers: the page with its
    bare-name labels upper-cased must give the same speaker, casing folded, to each turn."""
    changed = _BARE_LABEL.sub(lambda m: m.group(1) + m.group(2).upper() + m.group(3), raw)
    if changed == raw:
        return
    try:
        other = parse_event_page(changed, origin=origin).events[0]
    except DaybookError as exc:
        add("capitals", False, f"unreadable once upper-cased: {exc}")
        return
    before = [b for b in ev.blocks if b.label]
    after = [b for b in other.blocks if b.label]
    if len(before) != len(after):
        add("capitals", False, f"{len(before)} turns, {len(after)} once upper-cased")
        return
    for x, y in zip(before, after, strict=True):
        if x.label != y.label:  # a label printed in capitals
            add("capitals", fold(x.speaker) == fold(y.speaker),
                f"{x.speaker!r} read {y.speaker!r} from {y.label!r}")


def score_blocks(ev: Event, raw: str, title: str | None, place: str | None,
                 persons: list[str], add: Callable[[str, bool, str], None]) -> None:
    """Block-level checks of one page against the gate's own reading of its body."""
    turns = read_turns(raw, persons)
    got = _align(ev.blocks, turns)
    for turn, b in zip(turns, got, strict=True):
        if turn.text == "":
            continue
        if not (turn.generic or turn.name is not None):
            add("labels not scored", False, turn.label)
        what = f"{turn.label!r}: {b.speaker if b else 'no block'!r}"
        if turn.generic or turn.name is not None:
            add("turn speaker", b is not None and fold(b.speaker) == fold(turn.name), what)
        if not turn.generic and turn.settled and turn.name:
            ok = b is not None and fold(b.speaker) == fold(turn.name) and (
                " ".join((b.role or "").split()) == (turn.role or ""))
            add("role split", ok, f"{turn.label!r}: {b.role if b else None!r} vs {turn.role!r}")
    index = {id(t): b for t, b in zip(turns, got, strict=True)}
    # A "Question" label is numbered wherever it stands (press statements, meetings too),
    # after the numbers before it (named askers of the same page may take numbers between);
    # its answer has its number.
    previous = 0
    for pair in qa_pairs(turns):
        q = index.get(id(pair.question))
        ok = q is not None and q.type == "question" and (q.number or 0) > previous
        previous = q.number if q is not None and q.number else previous
        if pair.answer is not None:
            a = index.get(id(pair.answer))
            ok = ok and a is not None and a.type == "answer" and q is not None and (
                a.number == q.number)
            if pair.answer.name is not None:
                ok = ok and a is not None and fold(a.speaker) == fold(pair.answer.name)
        add("qa numbering", ok, f"question {pair.number}")
    for turn, b in zip(turns, got, strict=True):
        if turn.generic and not turn.question and b is not None:
            # A remark is someone's word, not a question.
            add("remarks", b.type == "turn", f"{turn.label!r} read as {b.type}")
    if title and is_qa_title(title) and title_kind(title) != "interview":
        # A co-host (a head of state or government, or a person of the Persons tags) answers
        # at a joint news conference; he does not ask.
        hosts = {fold(tag) for tag in persons} | {
            fold(t.name) for t in turns
            if t.name and _HEAD_ROLE.search(norm_label(t.label).replace(t.name, ""))}
        for turn, b in zip(turns, got, strict=True):
            host = turn.name is not None and fold(turn.name) in hosts
            if host and b is not None and fold(b.speaker) != fold(principal(turns)):
                add("hosts answer", b.type != "question", f"{turn.label!r} read as {b.type}")
    if title and is_qa_title(title):
        for asker, reply in named_questions(turns):
            a, r = index.get(id(asker)), index.get(id(reply))
            ok = a is not None and r is not None and a.number is not None and (
                r.number == a.number and a.type in ("question", "turn"))
            add("named questions", ok, f"{asker.label!r} {a.number if a else None} -> "
                f"{reply.label!r} {r.number if r else None}")
    if title and not is_qa_title(title) and turns and not any(t.question for t in turns):
        # Two people talking (a working meeting, talks with a guest) are no Q&A session,
        # however many "?" they put: nothing is numbered there.
        who = {fold(t.name or " ".join(norm_label(t.label).split()[-2:]))
               for t in turns if not t.generic}
        if len(who) == 2:
            stray = [b for b in ev.blocks if b.type in ("question", "answer")]
            add("two-party talks", not stray, f"{len(stray)} blocks numbered")
    last_question = None
    for b in ev.blocks:
        if b.type == "question":
            last_question = b.number
        elif b.type == "answer":
            add("answer order", b.number is not None and b.number == last_question,
                f"answer {b.number} after question {last_question}")
    expected_kind = title_kind(title or "")
    if expected_kind is not None:
        add("kind", ev.kind == expected_kind, f"{title!r}: {ev.kind} vs {expected_kind}")
    zone = place_zone(place)
    if zone is not None and ev.start is not None:
        want = ev.start.astimezone(ZoneInfo(zone)).utcoffset()
        add("start zone", ev.start.utcoffset() == want, f"{place!r}: {ev.start.isoformat()}")


def run(samples: Path) -> tuple[dict[str, Score], dict[str, dict[str, Score]]]:
    """Scores over the whole sample, and the page-level ones per half (even, odd ids)."""
    # The printed fields, and the days skipped because a listed page is not in the sample.
    scores = {k: Score() for k in (*FIELD_ORDER, "days missing pages", "labels not scored")}
    halves = {h: {k: Score() for k in PAGE_FIELDS} for h in HALVES}
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
            if page.stem.isdigit():
                halves[HALVES[int(page.stem) % 2]]["pages parsed"].add(False, page.name)
            continue
        half = halves[HALVES[int(page.stem) % 2]] if page.stem.isdigit() else {}

        def add(key: str, ok: bool, what: str, half: dict[str, Score] = half,
                stem: str = page.stem) -> None:
            scores[key].add(ok, f"{stem}: {what}")
            if key in half:
                half[key].add(ok, f"{stem}: {what}")

        add("pages parsed", True, page.name)
        ev = parsed.events[0]
        events[ev.id] = ev
        t = read_truth(raw)
        score_blocks(ev, raw, t.title, t.place, t.tags["persons"], add)
        score_capitals(ev, raw, str(page), add)
        add("title", ev.title == t.title, f"{ev.title!r} vs {t.title!r}")
        add("date", ev.date.isoformat() == t.date, f"{ev.date} vs {t.date}")
        add("time", moscow_clock(ev) == t.clock, f"{moscow_clock(ev)} vs {t.clock}")
        add("place", ev.place == t.place, f"{ev.place!r} vs {t.place!r}")
        add("tags", ev.tags.to_dict() == t.tags, f"{ev.tags} vs {t.tags}")
        add("lead", ev.lead == t.lead, f"{ev.lead!r} vs {t.lead!r}")
        add("elision", ev.status.elided == t.elided, f"{ev.status.elided}")
        got = set(ev.speakers)
        for s in got:
            add("speaker precision", s in t.speakers, f"{s!r} not in {t.speakers}")
        for s in t.speakers:
            add("speaker recall", s in got, f"{s!r} missing from {sorted(got)}")
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
    return scores, halves



def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--samples", type=Path, default=Path("../shared/samples/kremlin-en-2019"))
    ap.add_argument("--floors", type=Path, default=Path(__file__).with_name("floors.json"))
    ap.add_argument("--json", type=Path, default=None, help="write the scores here")
    ap.add_argument("-v", "--verbose", action="store_true", help="show some misses")
    args = ap.parse_args(argv)
    scores, halves = run(args.samples)
    floors = json.loads(args.floors.read_text()) if args.floors else {}
    failed = []
    print(f"{'field':<20}{'rate':>9}{'hits':>8}{'total':>8}{'floor':>8}"
          f"{'even ids':>10}{'odd ids':>10}")
    missing = scores["days missing pages"]
    for key in FIELD_ORDER:
        s = scores[key]
        floor = floors.get(key)
        mark = ""
        if floor is not None and s.rate < floor:
            failed.append(key)
            mark = "  BELOW FLOOR"
        fl = f"{floor:.4f}" if floor is not None else "-"
        parts = "".join(
            f"{halves[h][key].rate:>10.4f}" if key in halves[h] else f"{'-':>10}" for h in HALVES
        )
        print(f"{key:<20}{s.rate:>9.4f}{s.hits:>8}{s.total:>8}{fl:>8}{parts}{mark}")
        if args.verbose:
            for miss in s.misses:
                print(f"    {miss}")
    unscored = scores["labels not scored"]
    print(f"({unscored.total} labels the gate's reading cannot settle (no link, no Persons tag, "
          f"more than three words) are not in turn speaker: {'; '.join(unscored.misses[:3])} ...)")
    print(
        f"({missing.total} manifest-complete days skipped: a listed page is not in the "
        f"sample: {', '.join(missing.misses)}{' ...' if missing.total > 8 else ''})"
    )
    if args.json:
        doc: dict[str, object] = {k: round(v.rate, 4) for k, v in scores.items()}
        for h in HALVES:
            doc[f"{h} ids"] = {k: round(v.rate, 4) for k, v in halves[h].items()}
        args.json.write_text(json.dumps(doc, indent=1))
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

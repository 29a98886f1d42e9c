"""The body of one digest section: lead, blocks, photos, participants, tags, sources.

A section is read line by line with a small state: the current speaker (a turn or an answer
continues over bare paragraphs until a separator), the current question number, and whether
the compiler's editorial insert has begun ("Ajouté par ..." runs to the next heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from daybook.errors import Diagnostic, Severity
from daybook.model import Block, BlockType, Participant, Photo, Source, Tags
from daybook.parsers import digest_vocab as V
from daybook.parsers.digest_heading import DateTail, read_tail
from daybook.parsers.digest_people import (
    is_lone_name,
    parse_participants,
    participants_in_sentence,
    read_turn,
)
from daybook.parsers.urls import url_host

# How far into a section the lead and the date line may stand (non-blank lines).
LEAD_WINDOW = 2
MAX_LIST_LINES = 60


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class Section:
    """What a section yielded; the day parser turns it into an ``Event``."""

    lead: str | None = None
    date_line: DateTail | None = None
    blocks: list[Block] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    tags: dict[str, list[str]] = field(default_factory=dict)
    continued: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def elided(self) -> bool:
        return any(b.type == "elision" for b in self.blocks)

    def tag_record(self) -> Tags:
        return Tags(
            geography=tuple(self.tags.get("geography", ())),
            topics=tuple(self.tags.get("topics", ())),
            persons=tuple(self.tags.get("persons", ())),
        )


def _match(patterns: tuple[str, ...] | str, text: str) -> re.Match[str] | None:
    for p in (patterns,) if isinstance(patterns, str) else patterns:
        m = V.compiled(p).search(text)
        if m:
            return m
    return None


def read_tag_line(text: str) -> tuple[str, list[str]] | None:
    """ "Géographie" alone (a remnant) or "Géographie : Moscou, Chine" (tags)."""
    for key, labels in V.TAG_LABELS.items():
        for label in labels:
            m = re.fullmatch(rf"{re.escape(label)}\s*(?::\s*(?P<values>.*))?", text, re.I)
            if m:
                values = [v.strip() for v in (m["values"] or "").split(",") if v.strip()]
                return key, values
    return None


def _source(url: str) -> Source:
    host = url_host(url) or ""
    licence = V.SOURCE_LICENCES.get(host)
    return Source(url=url, publisher=host or None, license=licence)


def _origin(first: int, last: int | None = None) -> str:
    return f"line {first}" if last is None or last == first else f"lines {first}-{last}"


def is_structural(text: str) -> bool:
    """Whether a line is anything but plain prose (so it cannot be a lead)."""
    s = text.strip()
    return bool(
        _match(V.BARE_NUMBER, s)
        or _match(V.PHOTO_LINE, s)
        or _match(V.URL_LINE, s)
        or _match(V.SEPARATOR, s)
        or _match(V.ELISION, s)
        or _match(V.BULLET, text)
        or _match(V.NUMBERED_ITEM, text)
        or _match(V.EDITORIAL_MARKERS, s)
        or _match(V.CONTINUED, s)
        or _match(V.PARTICIPANT_OPENERS, s)
        or _match(V.MAP_PLACEHOLDERS, s)
        or read_tag_line(s)
        or read_turn(s)
        or read_tail(s)
    )


class _Reader:
    def __init__(self, lines: list[Line], where: str) -> None:
        self.lines = lines
        self.where = where
        self.out = Section()
        self.speaker: str | None = None
        self.role: str | None = None
        self.speech: BlockType | None = None  # "turn", "answer" or "question" while speaking
        self.in_qa = False
        self.question = 0
        self.pending_question: int | None = None
        self.answered = True
        self.answerer: str | None = None  # who answers the open question
        self.editorial = False
        self.awaiting_url: list[int] = []
        self.last_photo = 0

    def diag(self, code: str, message: str, line: int, severity: Severity = "warning") -> None:
        self.out.diagnostics.append(
            Diagnostic(code, message, f"{self.where}line {line}", severity)
        )

    def add(self, block: Block) -> None:
        self.out.blocks.append(block)

    def next_text(self, i: int) -> str:
        for line in self.lines[i + 1 :]:
            if not line.blank:
                return line.text.strip()
        return ""

    def blank_around(self, i: int) -> bool:
        before = i == 0 or self.lines[i - 1].blank
        after = i + 1 >= len(self.lines) or self.lines[i + 1].blank
        return before and after

    def read(self) -> Section:
        start = self.read_lead()
        i = start
        while i < len(self.lines):
            i = self.step(i)
        self.close_question(self.lines[-1].number if self.lines else 0)
        return self.out

    def read_lead(self) -> int:
        """Skip the lead and date line; return the index of the first body line."""
        seen: list[int] = [i for i, ln in enumerate(self.lines) if not ln.blank][: LEAD_WINDOW]
        for k, i in enumerate(seen):
            tail = read_tail(self.lines[i].text)
            if tail:
                self.out.date_line = tail
                if k == 1 and not is_structural(self.lines[seen[0]].text):
                    self.out.lead = self.lines[seen[0]].text.strip()
                return i + 1
        if seen and not is_structural(self.lines[seen[0]].text):
            self.out.lead = self.lines[seen[0]].text.strip()
            return seen[0] + 1
        return 0

    def step(self, i: int) -> int:
        line = self.lines[i]
        raw = line.text
        text = raw.strip()
        n = line.number
        if not text:
            return i + 1
        m = _match(V.URL_LINE, text)
        if m:
            self.url(m["url"])
            return i + 1
        tag = read_tag_line(text)
        if tag:
            key, values = tag
            self.out.tags.setdefault(key, []).extend(values)
            return i + 1
        if _match(V.EDITORIAL_MARKERS, text):
            self.editorial = True
            self.awaiting_url = []
            return i + 1
        if self.editorial:
            self.editorial_line(raw, n)
            return i + 1
        if _match(V.CONTINUED, text):
            self.out.continued = True
            return i + 1
        if _match(V.SEPARATOR, text):
            self.add(Block("separator", V.SEPARATOR_TEXT, origin=_origin(n)))
            self.speaker = self.role = self.speech = None
            self.in_qa = False
            return i + 1
        if _match(V.ELISION, text):
            self.add(Block("elision", V.ELISION_TEXT, origin=_origin(n)))
            return i + 1
        if _match(V.GALLERY_REMNANT, text):
            self.diag("D105", f"gallery remnant {text!r} skipped", n, "info")
            self.last_photo = max(self.last_photo, int(text.split()[0]))
            return i + 1
        m = _match(V.BARE_NUMBER, text)
        if m:
            turn = read_turn(self.next_text(i))
            if turn and turn.is_question:
                self.pending_question = int(m["num"])
            else:
                self.diag("D105", f"empty gallery slot {text!r} skipped", n, "info")
                self.last_photo = max(self.last_photo, int(m["num"]))
            return i + 1
        m = _match(V.PHOTO_LINE, text)
        if m and int(m["num"]) == self.last_photo + 1:
            self.photo(int(m["num"]), m["caption"])
            return i + 1
        if _match(V.MAP_PLACEHOLDERS, text) or (
            _match(V.NEWS_CITATIONS, text) and not read_turn(text)
        ):
            self.add(Block("editorial", text, provenance="editorial", origin=_origin(n)))
            return i + 1
        if self.speaker and is_lone_name(text) and self.blank_around(i):
            self.add(Block("editorial", text, provenance="editorial", origin=_origin(n)))
            return i + 1
        if _match(V.PARTICIPANT_OPENERS, text):
            return self.participant_list(i)
        item = list_item(raw)
        if item is not None:
            # In an answer the list is part of it: it carries the pair number.
            number = self.question if self.speech == "answer" else None
            self.add(Block("list", item, speaker=self.speaker, role=self.role,
                           number=number, origin=_origin(n)))
            return i + 1
        self.prose(text, n)
        return i + 1

    def prose(self, text: str, n: int) -> None:
        turn = read_turn(text)
        if turn and turn.is_question:
            self.close_question(n)
            self.question = self.pending_question or self.question + 1
            self.pending_question = None
            self.in_qa = True
            self.answered = False
            self.answerer = None
            self.speaker = self.role = None
            self.speech = "question"
            if turn.text:
                self.add(Block("question", turn.text, number=self.question, origin=_origin(n)))
            return
        if turn:
            label = turn.label
            self.speaker = label.name
            self.role = label.role if not label.generic else label.raw.strip(" :")
            # The first named speaker after a question answers it; others in the pair
            # (an interjection) speak turns of the same pair.
            if self.in_qa and self.answerer is None and label.name:
                self.answerer = label.name
            answers = self.in_qa and (label.name is None or label.name == self.answerer)
            self.speech = "answer" if answers else "turn"
            if turn.text:
                self.speech_block(turn.text, n)
            return
        if self.speech == "question" and not self.answered and self.speaker is None:
            # A bare paragraph right after a question: the answer, speaker unnamed.
            self.speech = "answer"
        if self.speech:
            self.speech_block(text, n)
            return
        self.add(Block("paragraph", text, origin=_origin(n)))
        self.out.participants.extend(participants_in_sentence(text))

    def speech_block(self, text: str, n: int) -> None:
        kind: BlockType = self.speech or "turn"
        number = self.question if kind in ("answer", "question") or self.in_qa else None
        if kind == "answer":
            self.answered = True
        self.add(Block(kind, text, speaker=self.speaker, role=self.role, number=number,
                       origin=_origin(n)))

    def close_question(self, n: int) -> None:
        if self.in_qa and not self.answered:
            self.diag("D104", f"question {self.question} has no answer", n)
            self.answered = True

    def url(self, url: str) -> None:
        if self.editorial:
            for k in self.awaiting_url:
                old = self.out.blocks[k]
                self.out.blocks[k] = Block(old.type, old.text, old.speaker, old.role, old.number,
                                           old.provenance, url, old.origin)
            self.awaiting_url = []
            return
        if not any(s.url == url for s in self.out.sources):
            self.out.sources.append(_source(url))

    def editorial_line(self, raw: str, n: int) -> None:
        if _match(V.WIKI_FURNITURE, raw.strip()):
            self.diag("D111", f"wiki sidebar line {raw.strip()!r} skipped", n, "info")
            return
        item = list_item(raw)
        if item is not None:
            # The flag's alternative text doubles the name ("Drapeau du Turkménistan
            # Turkménistan"): the name is kept once.
            item = V.compiled(V.FLAG_ALT).sub("", item, count=1)
            block = Block("list", item, provenance="editorial", origin=_origin(n))
        else:
            block = Block("editorial", raw.strip(), provenance="editorial", origin=_origin(n))
        self.awaiting_url.append(len(self.out.blocks))
        self.add(block)

    def photo(self, number: int, caption: str) -> None:
        credit = None
        m = V.compiled(V.PHOTO_CREDIT).search(caption)
        if m:
            credit = m["credit"].strip()
            caption = caption[: m.start()].strip()
        self.out.photos.append(Photo(number=number, caption=caption, credit=credit))
        self.last_photo = number

    def participant_list(self, i: int) -> int:
        first = self.lines[i].number
        opener = _match(V.PARTICIPANT_OPENERS, self.lines[i].text)
        assert opener is not None
        parts = [self.lines[i].text.strip()[opener.end() :]]
        j = i
        while not parts[-1].rstrip().endswith(".") and j + 1 < len(self.lines):
            nxt = self.lines[j + 1]
            if nxt.blank or j - i >= MAX_LIST_LINES or is_structural(nxt.text):
                break
            j += 1
            parts.append(nxt.text.strip())
        found = parse_participants("\n".join(parts).strip().rstrip("."))
        if not found:
            self.diag("D106", "participant list with no readable name", first)
        self.out.participants.extend(found)
        return j + 1


def list_item(raw: str) -> str | None:
    """A list item's text: a bullet is layout and goes; an ordinal is written text and stays."""
    m = _match(V.BULLET, raw)
    if m:
        return m["text"].strip()
    m = _match(V.NUMBERED_ITEM, raw)
    return raw.strip() if m else None


def read_section(lines: list[Line], where: str = "") -> Section:
    """Read a section's body lines (after its heading). ``where`` prefixes diagnostics."""
    return _Reader(lines, where).read()

"""Flattened kremlin.ru page text → blocks: narrative, speaker turns, questions and answers.

Some exports of kremlin.ru keep no HTML, only the page's text run together on one line:
navigation, title, lead, "7 мая 2025 года 18:20 Москва, Кремль", the body with its speaker
labels ("В.Путин: ...", "Вопрос: ..."), boxes of links ("Смотрите также ..."), tags and the
publication status. This module finds the body inside that frame and splits it at labels.

Paragraph breaks are lost in such text, so narrative before the first label is one
paragraph and everything after a label, up to the next label, is that speaker's turn.
Person tooltips of the page sit in the text too: in a label ("В.Матвиенко Матвиенко
Валентина Ивановна Председатель Совета Федерации :") they are recognised and give the
speaker's role; in running prose they cannot be delimited and stay (a known gap).

Offsets: every block's ``origin`` is "<where>, chars a-b", a-b being the block text's span
in the text given (for a CSV row: its article_full_text_1..10 joined). Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from daybook.errors import Diagnostic
from daybook.model import Block, BlockType, EventKind
from daybook.parsers import kremlin_selectors as sel
from daybook.parsers.kinds import event_kind

# The HTML reader's Q&A numbering is reused so both readers number questions alike.
from daybook.parsers.kremlin_qa import Draft, number_questions
from daybook.parsers.kremlin_text_labels import (
    NAME_PARTICLES,
    PATRONYMIC_ENDINGS,
    WORD,
    LabelHit,
    find_labels,
    norm,
)
from daybook.parsers.speakers import person_tag_name

__all__ = ["NAME_PARTICLES", "Frame", "LabelHit", "find_labels", "norm", "parse_flat_text",
           "persons_tags", "read_frame", "see_also_spans"]

# --- Vocabulary of the flattened page, kept as data -------------------------------------

# Navigation words the page text opens with, before the title.
NAV_PREFIXES: tuple[str, ...] = ("События", "Анонсы", "Новости", "Стенограммы")
# The announcement header ("Анонс на 10 мая 2025 года Добавить в Календарь ...").
ANNOUNCEMENT_HEAD = "Анонс на"
CALENDAR_FURNITURE = "Добавить в Календарь Календари Яндекс iCal Google"
# The publication status box closes the page.
STATUS_HEAD = "Статус материала"
SECTIONS_HEAD = "Опубликован в раздел"  # "разделе:" / "разделах:"
PUBLISHED_HEAD = "Дата публикации:"
# Boxes between the body and the status box, in page order; each is optional.
TAIL_BOXES: tuple[str, ...] = ("Смотрите также", "Дополнительно", "География", "Темы", "Лица")
# A tail box is searched this far back from the next one; beyond it, the word is body text.
TAIL_BOX_WINDOW = 1500
SEE_ALSO = "Смотрите также"
# How far into the text the header's dateline is looked for when title and lead do not match.
HEADER_SEARCH = 3000
CONTINUED = "Продолжение следует"
_MORE_BUTTON = re.compile(r"\s*Ещё\s+\d+\s*$")

# Capitalised words of a council's or commission's name ("Совета Безопасности", "Военно-
# промышленной комиссии Российской Федерации").
_STATE_WORDS = "Безопасности|Российской|Федерации|Президенте|Президента|Правительстве|РФ"
_MONTHS = "|".join(k for k in sel.MONTHS if re.fullmatch(r"[а-яё]+", k))


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    """Compiled patterns (lazily: no work at import time)."""
    ru_date = rf"(?:\d{{1,2}}(?:\s+(?:{_MONTHS}))?\s*[−–-]\s*)?\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}"
    return {
        "dateline": re.compile(
            rf"(?P<date>{ru_date})\s+года(?:,?\s+(?P<clock>(?:[01]?\d|2[0-3]):[0-5]\d))?",
            re.IGNORECASE,
        ),
        "announce": re.compile(
            rf"{ANNOUNCEMENT_HEAD}\s+(?P<date>{ru_date})\s+года"
            rf"(?:\s+{re.escape(CALENDAR_FURNITURE)})?", re.IGNORECASE),
        # A dated link ("А.Г.Лукашенко" in it), a trip's "Все новости о ..." or a council's
        # undated "Новости Совета по науке и образованию" (its name lower-case after the
        # body's word, but for a few words of state; the text goes on with a capital); what
        # follows an item starts anew, not with a comma ("... 1 марта 2023 года, с июля ...").
        "see_also_item": re.compile(
            rf"\s*(?:(?:[^.!?«»:]|\.(?=\S)|«[^»]{{0,120}}»){{1,250}}?\s\d{{1,2}}\s+(?:{_MONTHS})"
            r"\s+\d{4}\s+года|Все\s+(?:новости|материалы)\s[^.!?«»:]{1,120}\.)(?=\s+[^\s,;]|\s*$)"
            rf"|\s*Новости\s+(?:{WORD}\s+|[а-яё]+(?:-[а-яё]+)*\s+){{0,2}}?"
            r"(?:Совета|Комиссии|комиссии|Комитета|комитета)"
            rf"(?:\s+(?:[а-яё]+(?:-[а-яё]+)*|{_STATE_WORDS}))*(?=\s+[А-ЯЁA-Z«\d]|\s*$)",
        ),
        "elision": re.compile(r"<\s*(?:…|\.\.\.?)\s*>"),
        "separator": re.compile(r"(?<!\S)\*\s\*\s\*(?:\s\*)?(?!\S)"),
        "continued": re.compile(rf"(?<!\S){CONTINUED}\.?(?!\S)"),
        "ws": re.compile(r"\s+"),
    }


# --- The frame: what comes before and after the body ------------------------------------


@dataclass(frozen=True, slots=True)
class Frame:
    """Where the body lies in the page text, and what the header and tail say."""

    body_start: int
    body_end: int
    date_text: str | None = None  # "7 мая 2025 года" from the header
    clock: dt.time | None = None  # Moscow clock time from the header
    announced_text: str | None = None  # "10 мая 2025 года" of an announcement
    sections: tuple[str, ...] = ()
    published_text: str | None = None  # "7 мая 2025 года, 21:25"
    boxes: dict[str, str] = field(default_factory=dict)  # tail box → its raw text


def _skip(text: str, pos: int, expected: str | None) -> int:
    """Position after ``expected`` when the text continues with it there (spacing aside)."""
    if not expected:
        return pos
    want = norm(expected)
    i = pos
    while i < len(text) and text[i].isspace():
        i += 1
    if want and text.startswith(want, i):
        return i + len(want)
    return pos


def read_frame(
    text: str, *, title: str | None = None, lead: str | None = None, place: str | None = None
) -> Frame:
    """Find the body between the header (navigation, title, lead, dateline, place) and the
    tail (link boxes, tags, publication status)."""
    rx = _rx()
    pos = 0
    for word in NAV_PREFIXES:
        if text.startswith(word + " "):
            pos = len(word) + 1
            break
    pos = _skip(text, _skip(text, pos, title), lead)
    date_text = announced = None
    clock = None
    head = text[pos : pos + 400]
    m_ann = rx["announce"].match(head.lstrip())
    m_date = rx["dateline"].match(head.lstrip())
    shift = len(head) - len(head.lstrip())
    if m_ann:
        announced = norm(m_ann.group("date")) + " года"
        pos += shift + m_ann.end()
    elif m_date:
        date_text = norm(m_date.group("date")) + " года"
        if m_date.group("clock"):
            h, mi = m_date.group("clock").split(":")
            clock = dt.time(int(h), int(mi))
        pos += shift + m_date.end()
    else:
        # Title or lead written differently: the first dateline with a clock ends the header.
        m_any = rx["dateline"].search(text, pos, pos + HEADER_SEARCH)
        if m_any and m_any.group("clock"):
            date_text = norm(m_any.group("date")) + " года"
            h, mi = m_any.group("clock").split(":")
            clock = dt.time(int(h), int(mi))
            pos = m_any.end()
    pos = _skip(text, pos, place)
    # A video or photo block repeats the title right under the dateline.
    pos = _skip(text, pos, title)
    body_end, sections, published, boxes = _read_tail(text, pos)
    return Frame(
        body_start=pos,
        body_end=body_end,
        date_text=date_text,
        clock=clock,
        announced_text=announced,
        sections=sections,
        published_text=published,
        boxes=boxes,
    )


def _read_tail(
    text: str, body_start: int
) -> tuple[int, tuple[str, ...], str | None, dict[str, str]]:
    end = text.rfind(" " + STATUS_HEAD)
    if end < body_start:
        return len(text), (), None, {}
    status = text[end:]
    sections: tuple[str, ...] = ()
    published = None
    s = status.find(SECTIONS_HEAD)
    p = status.find(PUBLISHED_HEAD)
    if s >= 0:
        colon = status.find(":", s)
        stop = p if p > colon else len(status)
        sections = tuple(x for x in (norm(v) for v in status[colon + 1 : stop].split(",")) if x)
    if p >= 0:
        m = _rx()["dateline"].search(status, p)
        published = norm(m.group(0)) if m else None
    boxes: dict[str, str] = {}
    cut = end
    # Walk back over the boxes, last first; each must lie close before the one after it.
    for name in reversed(TAIL_BOXES):
        at = text.rfind(" " + name + " ", max(body_start, cut - TAIL_BOX_WINDOW), cut)
        if at >= 0 and _is_box_text(text[at + len(name) + 2 : cut]):
            boxes[name] = norm(text[at + len(name) + 2 : cut])
            cut = at
    return cut, sections, published, boxes


def _is_box_text(text: str) -> bool:
    """Link titles, tags and file notes have no sentences; body text does. A body word
    ("Темы", "Смотрите также") found near the end is so told from a real box."""
    bare = re.sub(r"«[^»]{0,200}»", "", text)
    return not re.search(r"[.!?…:]\s|[!?…:]$", bare)


# --- Blocks -----------------------------------------------------------------------------


@dataclass(slots=True)
class FlatText:
    """Blocks read from a flattened page text, with its frame and status."""

    frame: Frame
    kind: EventKind
    blocks: list[Block] = field(default_factory=list)
    elided: bool = False
    continued: bool = False
    labels: list[LabelHit] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    what: str  # label | elision | separator | continued | furniture
    label: LabelHit | None = None


def see_also_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Link boxes in the body, with their items: "Смотрите также", "Дополнительно" (a body
    word too: a box only with an item after it)."""
    spans: list[tuple[int, int]] = []
    item = _rx()["see_also_item"]
    for word in (SEE_ALSO, "Дополнительно"):
        at = text.find(word, start, end)
        while at >= 0:
            stop = at + len(word)
            while (m := item.match(text, stop, end)) is not None:
                stop = m.end()
            if word == SEE_ALSO or stop > at + len(word):
                spans.append((at, stop))
            at = text.find(word, stop, end)
    return sorted(spans)


def _marks(text: str, frame: Frame, labels: list[LabelHit]) -> list[_Mark]:
    rx = _rx()
    a, b = frame.body_start, frame.body_end
    marks = [_Mark(s, e, "furniture") for s, e in see_also_spans(text, a, b)]
    for what in ("elision", "separator", "continued"):
        marks.extend(_Mark(m.start(), m.end(), what) for m in rx[what].finditer(text, a, b))
    taken = [(m.start, m.end) for m in marks]
    marks.extend(
        _Mark(h.start, h.end, "label", h)
        for h in labels
        if not any(s < h.end and h.start < e for s, e in taken)
    )
    marks.sort(key=lambda m: m.start)
    kept: list[_Mark] = []
    for m in marks:  # overlapping marks: the first one wins
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


def parse_flat_text(
    text: str,
    *,
    title: str | None = None,
    lead: str | None = None,
    place: str | None = None,
    kind: EventKind | None = None,
    known_names: Iterable[str] = (),
    where: str = "",
) -> FlatText:
    """Blocks of a flattened kremlin.ru page text (pure; never raises on odd content).

    ``kind`` defaults to the kind of ``title`` and the page's sections; in an interview or a
    news conference, generic questions are numbered and the principal's replies become
    answers, as the HTML reader does.
    """
    frame = read_frame(text, title=title, lead=lead, place=place)
    if kind is None:
        kind = event_kind(title or "", frame.sections, announcement=bool(frame.announced_text))
    persons = frame.boxes.get("Лица", "")
    names = (*known_names, *_persons_names(persons))
    labels = find_labels(text, frame.body_start, frame.body_end, known_names=names, persons=persons)
    result = FlatText(frame=frame, kind=kind, labels=labels)
    drafts: list[Draft] = []
    turn: LabelHit | None = None
    opener: int | None = None

    def emit(lo: int, hi: int, btype: BlockType, *, opens: bool = False) -> None:
        nonlocal opener
        seg = text[lo:hi]
        stripped = seg.strip()
        if not stripped:
            return
        a = lo + (len(seg) - len(seg.lstrip()))
        b = a + len(stripped)
        origin = f"{where}, chars {a}-{b}" if where else f"chars {a}-{b}"
        block = Block(type=btype, text=norm(stripped), origin=origin)
        if turn is not None and btype in ("turn", "question"):
            block = replace(block, speaker=turn.name, role=turn.role)
        d = Draft(block)
        if turn is not None and btype in ("turn", "question"):
            d.generic = turn.generic
            if opener is None:
                d.starts_turn, d.label = True, turn.raw
                # The label as printed (tooltip and note included) stays on the turn.
                d.block = replace(d.block, label=turn.raw)
                opener = len(drafts)
            d.turn = opener
        drafts.append(d)

    pos = frame.body_start
    for mark in _marks(text, frame, labels):
        if turn is None:
            emit(pos, mark.start, "paragraph")
        else:
            emit(pos, mark.start, "question" if turn.generic else "turn")
        if mark.what == "label":
            turn, opener = mark.label, None
        elif mark.what == "elision":
            result.elided = True
            emit(mark.start, mark.end, "elision")
        elif mark.what == "separator":
            emit(mark.start, mark.end, "separator")
            turn, opener = None, None
        elif mark.what == "continued":
            result.continued = True
            turn, opener = None, None
            emit(mark.start, mark.end, "paragraph")
        pos = mark.end
    emit(
        pos,
        frame.body_end,
        "paragraph" if turn is None else ("question" if turn.generic else "turn"),
    )
    number_questions(drafts, kind, hosts=_persons_names(persons))
    result.blocks = [d.block for d in drafts]
    if (
        frame.body_end - frame.body_start > 200
        and not labels
        and kind in ("interview", "conference")
    ):
        result.diagnostics.append(
            Diagnostic("K301", "a Q&A page without speaker labels", where or None, "info")
        )
    return result


def persons_tags(frame: Frame) -> tuple[str, ...]:
    """The Persons box of the page as tags: names, without the title a tag may carry."""
    return tuple(dict.fromkeys(_persons_names(frame.boxes.get("Лица", ""))))


def _persons_names(persons: str) -> list[str]:
    """Names in a Persons box ("Матвиенко Валентина Ивановна Собянин Сергей Семёнович"),
    split after each patronymic; a box without patronymics is one string. A title after a
    name ("Кирилл Патриарх Московский и всея Руси") is not part of it."""
    # A long box ends with its "show more" button ("Ещё 1"), not a name.
    persons = _MORE_BUTTON.sub("", persons)
    if not persons:
        return []
    out: list[str] = []
    cur: list[str] = []
    for w in persons.split():
        cur.append(w)
        if w.casefold().endswith(PATRONYMIC_ENDINGS):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return [person_tag_name(n) for n in out]

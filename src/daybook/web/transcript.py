"""What an event page shows of a transcript: its blocks as the page lays them out (a speaker
named once per turn, "Answer N" once per answer, list items gathered into lists), and a
contents box (questions with their askers, speakers with their turns) across every part."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from daybook.model import SPEECH_TYPES, Event, split_ordinal

# An event page shows at most this many blocks; a longer transcript is paged (?part=N).
PART_SIZE = 500


@dataclass(frozen=True, slots=True)
class BlockView:
    index: int
    type: str
    paragraphs: tuple[str, ...]
    speaker: str | None
    speaker_key: str | None
    role: str | None
    number: int | None
    editorial: bool
    source_url: str | None
    # Whether to show the speaker: a transcript names him once per turn, not per paragraph.
    labelled: bool = False
    # Whether to show "Question N" / "Answer N": once per question or answer, on its first block.
    numbered: bool = False
    # A list item's written ordinal ("1. text" shows as item 1 of an ordered list).
    ordinal: int | None = None
    # The language of the block when it differs from the event's (a translated page
    # keeps an untranslated block as written).
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class ListView:
    """Consecutive list items of one speaker, shown as one <ol> or <ul>."""

    items: tuple[BlockView, ...]
    ordered: bool
    type: str = "list-group"

    @property
    def first(self) -> BlockView:
        return self.items[0]


def block_views(event: Event, source_language: str | None = None) -> list[BlockView]:
    from daybook.browse import person_key

    ids = {p.name: p.person_id for p in event.participants}
    keys: dict[str, str] = {}  # a speaker's page key, made once per speaker
    counters = {"question": 0, "answer": 0}
    shown: set[tuple[str, int | None]] = set()
    out = []
    turn: tuple[str, str | None, str | None] | None = None
    for i, b in enumerate(event.blocks):
        if b.type in SPEECH_TYPES:
            labelled = (b.type, b.speaker, b.role) != turn
            turn = (b.type, b.speaker, b.role)
        else:
            # A list stays inside its turn; anything else ends it.
            labelled = b.type != "list"
            if b.type != "list":
                turn = None
        number = b.number
        if b.type in counters:
            if number is None:
                # Unnumbered: a new question or answer opens with a new speaker label.
                counters[b.type] += 1 if labelled else 0
                number = max(counters[b.type], 1)
            counters[b.type] = max(counters[b.type], number)
        numbered = b.type in counters and (b.type, number) not in shown
        if numbered:
            shown.add((b.type, number))
        speaker = b.speaker if b.type in SPEECH_TYPES or b.speaker else None
        text = b.text
        ordinal = None
        if b.type == "list":
            ordinal, text = split_ordinal(text)
        untranslated = (source_language is not None and b.provenance != "translation"
                        and b.type not in ("separator", "elision"))
        out.append(BlockView(
            index=i, type=b.type,
            paragraphs=tuple(p for p in text.split("\n") if p.strip()) or (text,),
            speaker=speaker,
            speaker_key=(keys.get(speaker) or keys.setdefault(
                speaker, person_key(speaker, ids.get(speaker)))) if speaker else None,
            role=b.role, number=number,
            editorial=b.provenance == "editorial" or b.type == "editorial",
            source_url=b.source_url, labelled=labelled, numbered=numbered, ordinal=ordinal,
            lang=source_language if untranslated and b.provenance != "editorial" else None,
        ))
    return out


def grouped(views: list[BlockView]) -> list[BlockView | ListView]:
    """The blocks with consecutive list items of one speaker gathered into one list."""
    out: list[BlockView | ListView] = []
    run: list[BlockView] = []

    def close() -> None:
        if run:
            ordered = all(v.ordinal is not None for v in run)
            out.append(ListView(items=tuple(run), ordered=ordered))
            run.clear()

    for v in views:
        if v.type == "list" and not v.editorial and (not run or (run[0].speaker == v.speaker)):
            run.append(v)
            continue
        close()
        if v.type == "list" and not v.editorial:
            run.append(v)
        else:
            out.append(v)
    close()
    return out


@dataclass(frozen=True, slots=True)
class Entry:
    """A line of the contents box: what it names and where it points (block, part)."""

    label: str
    block: int
    part: int
    number: int | None = None
    count: int = 0
    key: str | None = None
    last: int | None = None  # the last question number of one asker's run of questions


@dataclass(frozen=True, slots=True)
class Contents:
    questions: tuple[Entry, ...] = ()
    speakers: tuple[Entry, ...] = ()
    headings: tuple[Entry, ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return bool(self.questions or len(self.speakers) > 1 or self.headings)


def part_of(index: int) -> int:
    return index // PART_SIZE + 1


def contents(views: list[BlockView]) -> Contents:
    """Questions by number with their askers, headings, and speakers with their turn
    counts (a turn: the speaker named at the head of a run of his paragraphs)."""
    questions: list[Entry] = []
    headings: list[Entry] = []
    turns: Counter[str] = Counter()
    first: dict[str, BlockView] = {}
    for v in views:
        if v.type == "question" and v.numbered:
            prev = questions[-1] if questions else None
            if prev is not None and v.speaker and prev.label == v.speaker:
                # Follow-up questions of one asker make one line: "Viktor Smirnov (3–5)".
                questions[-1] = replace(prev, last=v.number)
            else:
                questions.append(Entry(v.speaker or "", v.index, part_of(v.index), v.number))
        elif v.type == "heading":
            headings.append(Entry(" ".join(v.paragraphs), v.index, part_of(v.index)))
        if v.speaker and (v.labelled or v.numbered):
            turns[v.speaker] += 1
            first.setdefault(v.speaker, v)
    speakers = tuple(Entry(name, first[name].index, part_of(first[name].index),
                           count=n, key=first[name].speaker_key)
                     for name, n in turns.most_common())
    return Contents(questions=tuple(questions), speakers=speakers, headings=tuple(headings))

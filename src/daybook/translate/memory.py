"""The translation memory: what a person translated is reused before any engine runs.

Learning: an edited digest (or a back catalogue of them) names each event's source page; the
rendition is aligned with the source event of the same id (``translate.align``) and the
pairs are stored as human translations with the digest's date and URL (``store.memory``,
migrations 0007 and 0009). It happens when either side is ingested, whichever comes second.

Titles, leads and photo captions are learned and recalled like body text (each pair says
which part of the event it is, ``Segment.field``): a day's recurring titles ("Meeting with
Government members") and captions come back as the publisher wrote them.

Recall: a text is looked up whole, then sentence by sentence: first an exact match of the
normalised source (case, spaces, quote and dash forms folded), then the best fuzzy match at or
above ``threshold`` (rapidfuzz's normalised Indel ratio) among a short list of candidates
that share the source's first or last words within the length band the ratio allows (two
index scans, so a lookup stays fast at 100k segments). A fuzzy match is refused when its
figures differ and cannot be swapped safely (one plain number for another, found once on
each side), or its names differ and cannot be swapped safely (``memory_names``: the rest the
same word for word, each name found once in the French, no change of gender). A sentence
that differs only by names is judged on its shape, names and figures masked.
"""

from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from daybook.model import Event
from daybook.store.memory import Alignment, Memory, Segment
from daybook.translate.align import align_events, capitals, figures_agree
from daybook.translate.marks import keeps_figures
from daybook.translate.memory_names import shape, swap_names
from daybook.translate.sentences import split_text

if TYPE_CHECKING:
    from daybook.store.base import Store

DEFAULT_THRESHOLD = 90
# Fuzzy candidates read per lookup (per index scan), newest first.
CANDIDATES = 200
HEAD_WORDS = 3
# How far under the threshold a raw near match may score when only names make it lower.
NAMES_SLACK = 15
PROVENANCE = "human"
# The language a page of each host is written in: a rendition names its source this way.
SOURCE_HOSTS = {"en.kremlin.ru": "en", "kremlin.ru": "ru", "www.kremlin.ru": "ru"}

_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                       "„": '"', "–": "-", "—": "-", "‑": "-", "\u00a0": " ", "\u202f": " "})
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,:/]\d+)*(?![\w])")

Kind = Literal["exact", "fuzzy"]
# The parts of an event the memory learns and recalls, in the order they are counted.
FIELDS = ("title", "lead", "caption", "body")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return _SPACE.sub(" ", text).strip().casefold()


def key(norm: str) -> str:
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def head_tail(norm: str) -> tuple[str, str]:
    words = _WORD.findall(norm)
    return " ".join(words[:HEAD_WORDS]), " ".join(words[-HEAD_WORDS:])


def length_band(n: int, threshold: float) -> tuple[int, int]:
    """Lengths another string may have and still score ``threshold`` with one of length n:
    the Indel distance is at least the difference of the lengths."""
    d = 1 - threshold / 100
    return int(n * (1 - d) / (1 + d)), int(n * (1 + d) / (1 - d)) + 1


def make_segment(source: str, target: str, src_lang: str, dst_lang: str, event_id: str,
                 date: str, source_url: str | None, provenance: str = PROVENANCE,
                 field: str = "body") -> Segment:
    norm = normalise(source)
    head, tail = head_tail(norm)
    return Segment(src_lang, dst_lang, event_id, key(norm), key(target.strip()), source.strip(),
                   target.strip(), norm, len(norm), head, tail, provenance, date, source_url,
                   field)


@dataclass(frozen=True, slots=True)
class Recall:
    """A translation found in the memory for one source text."""

    text: str
    kind: Kind
    score: int
    segment: Segment

    def note(self) -> str:
        how = "exact" if self.kind == "exact" else f"fuzzy {self.score}"
        return f"from translation memory ({self.segment.provenance}, {self.segment.date}, {how})"


@dataclass(frozen=True, slots=True)
class FieldRecall:
    """A title, lead or caption of a translated event taken (wholly or in part) from the
    memory: the export has no provenance for these fields, so the run keeps it here."""

    event_id: str
    field: str
    number: int | None
    note: str


def _swap_figures(new: str, old: str, target: str) -> str | None:
    """The target with the old source's figures replaced by the new one's, or None when
    that is not safe: counts differ, or a changed figure is not a plain number found once
    in the old source and once in the target."""
    a, b = _NUMBER.findall(new), _NUMBER.findall(old)
    if Counter(a) == Counter(b):
        return target
    if len(a) != len(b):
        return None
    out = target
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if not (x.isdigit() and y.isdigit()) or b.count(y) != 1:
            return None
        where = list(re.finditer(rf"(?<![\d.,]){y}(?![\d]|[.,]\d)", out))
        if len(where) != 1:
            return None
        out = out[:where[0].start()] + x + out[where[0].end():]
    return out


class TranslationMemory:
    """Lookups in a store's memory, remembered for the run, with what they gave counted."""

    def __init__(self, memory: Memory, threshold: int = DEFAULT_THRESHOLD,
                 candidates: int = CANDIDATES) -> None:
        self.memory = memory
        self.threshold = threshold
        self.candidates = candidates
        self._seen: dict[tuple[str, str, str, bool], Recall | None] = {}
        self._pairs: dict[tuple[str, str], bool] = {}
        self.counts: Counter[str] = Counter()  # totals, and per field ("title.words_exact")
        self.recalled: list[FieldRecall] = []  # titles, leads and captions from memory
        self.seconds = 0.0  # spent in lookups

    def _holds(self, src: str, dst: str) -> bool:
        if (src, dst) not in self._pairs:
            self._pairs[(src, dst)] = self.memory.holds(src, dst)
        return self._pairs[(src, dst)]

    def start(self, dst: str, events: Sequence[Event] = ()) -> MemoryPass:
        """A pass over one batch of texts to translate into ``dst``, taken from ``events``
        (which tell the part of the event each text is, for the counts)."""
        fields: dict[tuple[str, str], str] = {}
        for e in events:
            for part, text in (("lead", e.lead), *(("caption", p.caption) for p in e.photos),
                               *(("body", b.text) for b in e.blocks)):
                if text:
                    fields.setdefault((text, e.language), part)
        return MemoryPass(self, dst, fields)

    def count(self, part: str, kind: str, segments: int, words: int) -> None:
        for prefix in ("", f"{part}."):
            self.counts[f"{prefix}segments_{kind}"] += segments
            self.counts[f"{prefix}words_{kind}"] += words

    def lookup(self, text: str, src: str, dst: str, *, fuzzy: bool = True,
               title: bool = False) -> Recall | None:
        """The memory's translation of ``text``: exact, else (``fuzzy``) the best near
        match among titles (``title``) or among other text."""
        k = (text, src, dst, title)
        if k not in self._seen:
            t0 = time.perf_counter()
            self._seen[k] = self._lookup(text, src, dst, fuzzy, title)
            self.seconds += time.perf_counter() - t0
        return self._seen[k]

    def _lookup(self, text: str, src: str, dst: str, fuzzy: bool,
                title: bool) -> Recall | None:
        norm = normalise(text)
        if not norm or not self._holds(src, dst):
            return None
        hit = self.memory.exact(src, dst, key(norm))
        if hit is not None:
            return Recall(hit.target, "exact", 100, hit)
        if not fuzzy or self.threshold >= 100:
            return None
        from rapidfuzz import fuzz, process

        head, tail = head_tail(norm)
        # Sentences that differ by names score lower on the raw text: they are read in a
        # wider band and judged on their shape (names and figures masked).
        loose = max(0, self.threshold - NAMES_SLACK)
        found = self.memory.candidates(src, dst, head, tail, length_band(len(norm), loose),
                                       self.candidates, titles=title)
        keys = list(found)
        ranked = process.extract(norm, [found[k] for k in keys], scorer=fuzz.ratio,
                                 score_cutoff=loose, limit=5)
        for _, score, i in ranked:
            seg = self.memory.exact(src, dst, keys[i])
            # One sentence only: a near match of a whole paragraph may differ by a clause.
            if seg is None or len(split_text(seg.source)) != 1:
                continue
            target: str | None = seg.target
            if capitals(seg.source) != capitals(text):  # a name differs: swapped or refused
                score = fuzz.ratio(shape(text), shape(seg.source))
                target = swap_names(text, seg.source, seg.target)
            if target is None or score < self.threshold:
                continue
            swapped = _swap_figures(text, seg.source, target)
            if swapped is not None and keeps_figures(text, swapped):
                return Recall(swapped, "fuzzy", int(score), seg)
        return None


@dataclass(slots=True)
class MemoryPass:
    """One batch of texts to translate, answered from memory first: whole texts recalled,
    texts with some sentences recalled split so the engine sees only the rest."""

    tm: TranslationMemory
    dst: str
    fields: Mapping[tuple[str, str], str] = field(default_factory=dict)
    recalled: dict[tuple[str, str], list[tuple[str, Recall | None, str]]] = field(
        default_factory=dict)
    notes: dict[tuple[str, str], str] = field(default_factory=dict)

    def take(self, texts: Mapping[tuple[str, str], list[str]]
             ) -> dict[tuple[str, str], list[str]]:
        """What is left for the engine: texts nothing was recalled for, and the sentences
        not recalled of the others (with the names their text keeps)."""
        left: dict[tuple[str, str], list[str]] = {}
        for (text, src), kept in texts.items():
            part = self.fields.get((text, src), "body")
            pieces = split_text(text)
            whole = self.tm.lookup(text, src, self.dst, fuzzy=len(pieces) == 1)
            if whole is not None:
                self.recalled[(text, src)] = [(text, whole, "")]
                self.tm.count(part, whole.kind, len(pieces), len(text.split()))
                continue
            parts: list[tuple[str, Recall | None, str]] = [(text, None, "")]
            if len(pieces) > 1:
                parts = [(s, self.tm.lookup(s, src, self.dst) if s.strip() else None, sep)
                         for s, sep in pieces]
            for s, hit, _ in parts:
                if s.strip():
                    self.tm.count(part, hit.kind if hit is not None else "engine", 1,
                                  len(s.split()))
            if all(hit is None for _, hit, _ in parts):
                left[(text, src)] = kept
                continue
            self.recalled[(text, src)] = parts
            for s, hit, _ in parts:
                if hit is None and s.strip():
                    left.setdefault((s, src), kept)
        return left

    def titles(self, events: Sequence[Event]) -> dict[int, str]:
        """The titles the memory holds (exact or near), by ``id`` of the event; the others
        are left to the title grammar and the engine (and counted as such)."""
        out: dict[int, str] = {}
        for e in events:
            hit = (self.tm.lookup(e.title, e.language, self.dst, title=True)
                   if e.title.strip() else None)
            self.tm.count("title", hit.kind if hit is not None else "engine", 1,
                          len(e.title.split()))
            if hit is None:
                continue
            text = hit.text
            if text.endswith(".") and not e.title.rstrip().endswith("."):
                text = text[:-1]  # a caption that reads like the title gave it exactly
            out[id(e)] = text
            self.tm.recalled.append(FieldRecall(e.id, "title", None, hit.note()))
        return out

    def provenance(self, events: Sequence[Event]) -> None:
        """Keep, for the run, which leads and captions of ``events`` came from memory
        (after ``assemble``)."""
        for e in events:
            for part, number, text in (("lead", None, e.lead),
                                       *(("caption", p.number, p.caption) for p in e.photos)):
                note = self.notes.get((text, e.language)) if text else None
                if note:
                    self.tm.recalled.append(FieldRecall(e.id, part, number, note))

    def assemble(self, done: Mapping[tuple[str, str], str]) -> dict[tuple[str, str], str]:
        """The engine's translations with the recalled texts put together."""
        out = dict(done)
        for (text, src), parts in self.recalled.items():
            pieces = []
            for s, hit, sep in parts:
                if hit is not None:
                    pieces.append(hit.text + sep)
                elif not s.strip():
                    pieces.append(s + sep)
                else:
                    pieces.append(done.get((s, src), s) + sep)
            out[(text, src)] = "".join(pieces)
            hits = [h for _, h, _ in parts if h is not None]
            notes = "; ".join(dict.fromkeys(h.note() for h in hits))
            n = sum(1 for s, _, _ in parts if s.strip())
            self.notes[(text, src)] = (notes if len(hits) == n
                                       else f"{len(hits)} of {n} sentences {notes}")
        return out


def store_memory(store: object, threshold: int | None = None) -> TranslationMemory | None:
    """The translation memory of a store that has one (``threshold`` None: the default)."""
    memory = getattr(store, "memory", None)
    if memory is None:
        return None
    return TranslationMemory(memory, threshold or DEFAULT_THRESHOLD)


# -- learning --------------------------------------------------------------------------


def source_language(event: Event) -> str | None:
    """The language of the page an event's URL names (a rendition's source)."""
    host = (urlsplit(event.url).hostname or "") if event.url else ""
    return SOURCE_HOSTS.get(host.casefold())


def renditions(store: Store, event: Event) -> list[tuple[Event, Event]]:
    """(source, rendition) pairs of stored events that ``event`` is one side of."""
    langs = store.memory.languages_of(event.id)
    if len(langs) < 2:
        return []
    own = source_language(event)
    if own is None:
        return []
    if own == event.language:
        others = (store.get_event(event.id, lang) for lang in langs if lang != own)
        return [(event, o) for o in others if o is not None and source_language(o) == own]
    src = store.get_event(event.id, own) if own in langs else None
    return [(src, event)] if src is not None else []


def learn_pair(store: Store, source: Event, target: Event, *, force: bool = False) -> int | None:
    """Align two renditions of one event and store their pairs (replacing the previous
    edit's); the segments stored, or None when this pair of revisions was aligned before."""
    src_hash, dst_hash = source.content_hash(), target.content_hash()
    before = store.memory.alignment(source.id, source.language, target.language)
    if not force and before is not None and (before.src_hash, before.dst_hash) == (
            src_hash, dst_hash):
        return None
    found = align_events(source, target)
    date = target.date.isoformat()
    segments = [make_segment(p.source, p.target, source.language, target.language, source.id,
                             date, target.url, field=p.field)
                for p in found.pairs if figures_agree(p.source, p.target)]
    return store.memory.replace_event(
        Alignment(source.id, source.language, target.language, src_hash, dst_hash,
                  found.blocks, found.aligned, len(segments)), segments)


def learn_event(store: Store, event: Event, outcome: str = "new") -> int:
    """After ``event`` was stored (``outcome`` "new" or "revised"): align it with its
    stored counterpart, if any. A revised source page is not aligned again with a rendition
    aligned before: that rendition was made from the earlier text (``daybook tm align
    --force`` does it all the same)."""
    total = 0
    for source, target in renditions(store, event):
        if event is source and outcome == "revised" and store.memory.alignment(
                source.id, source.language, target.language) is not None:
            continue
        total += learn_pair(store, source, target) or 0
    return total


def learn_all(store: Store, *, force: bool = False) -> tuple[int, int]:
    """Align every stored rendition whose source page is stored: (events aligned now,
    segments stored). Pairs aligned before at the same revisions are skipped unless
    ``force``."""
    events = segments = 0
    for host, lang in SOURCE_HOSTS.items():
        for event_id, dst in store.memory.renditions(host, lang, with_source=True):
            source, target = store.get_event(event_id, lang), store.get_event(event_id, dst)
            if source is None or target is None:
                continue
            n = learn_pair(store, source, target, force=force)
            if n is not None:
                events += 1
                segments += n
    return events, segments


def waiting(store: Store) -> list[tuple[str, str]]:
    """(event id, language) of renditions whose source page is not in the archive yet:
    they are aligned when it is ingested."""
    return [r for host, lang in SOURCE_HOSTS.items()
            for r in store.memory.renditions(host, lang, with_source=False)]

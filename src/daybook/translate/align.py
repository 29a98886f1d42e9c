"""Align a translated rendition of an event with its source, block by block, then sentence by
sentence: the pairs a translation memory learns from an edited digest.

Both levels are the dynamic programme of Gale and Church (1993): units in order, beads of
1-1, 1-0, 0-1, 2-1 and 1-2 units, each bead costing -log of its prior plus -log of how likely
its length ratio is (the target's length is normal around ``c`` times the source's, variance
``s2`` per character), plus the anchors a translation keeps: figures (digit runs) and
names (capitalised words, matched across spellings). Blocks add the block type, the
speaker and the question number, and separators and elisions
match only each other, so they anchor the path. A bead costing more than a bound is left
unaligned: nothing is ever forced. The path is monotone by construction, and one event is
aligned only with its own rendition: pairs never cross events. Titles pair with titles (one
pair, kept when their lengths and names agree) and photo captions with captions (the same
programme, their numbers as anchors); each pair says which part of the event it is.
Pure functions; no I/O.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from daybook.model import Event
from daybook.stemming import fold
from daybook.translate.marks import digit_runs
from daybook.translate.sentences import split_text

# Gale & Church's priors of bead shapes (1-1 most likely, then merges and splits, then
# omissions), and the variance of the length ratio per character.
PRIORS: dict[tuple[int, int], float] = {(1, 1): 0.89, (2, 1): 0.045, (1, 2): 0.045,
                                        (1, 0): 0.01, (0, 1): 0.01}
VARIANCE = 6.8
# Bounds on a kept bead's cost beyond its prior: above them the pair is left unaligned.
MAX_BLOCK_COST = 9.0
MAX_SENTENCE_COST = 7.0
ANCHORS = frozenset({"separator", "elision"})
_FAMILIES = {"question": "q", "answer": "t", "turn": "t", "paragraph": "p", "list": "p",
             "lead": "p", "heading": "p"}
_INF = math.inf
# Target characters per source character when an event gives nothing better (a title).
FRENCH_RATIO = 1.15


@dataclass(frozen=True, slots=True)
class Unit:
    """One block (or the lead) of an event, as the block aligner sees it."""

    text: str
    kind: str
    speaker: str | None = None
    number: int | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    """Aligned source and target text, with the unit indexes they came from."""

    source: str
    target: str
    src: tuple[int, ...]
    dst: tuple[int, ...]
    cost: float
    field: str = "body"  # the part of the event: title, lead, caption or body


@dataclass(frozen=True, slots=True)
class EventPairs:
    """The sentence pairs of one event and how much of its target text was aligned."""

    pairs: tuple[Pair, ...]
    blocks: int
    aligned: int


def event_units(event: Event) -> list[Unit]:
    """The lead and the official blocks of an event (editorial inserts are not the record)."""
    units = [Unit(event.lead, "lead")] if event.lead and event.lead.strip() else []
    for b in event.blocks:
        if b.provenance == "editorial" or b.type == "editorial" or not b.text.strip():
            continue
        units.append(Unit(b.text, b.type, b.speaker, b.number))
    return units


def length_cost(src_len: int, dst_len: int, ratio: float) -> float:
    """-log of the probability of a length difference at least this large (Gale-Church)."""
    if src_len == 0 and dst_len == 0:
        return 0.0
    mean = (src_len + dst_len / ratio) / 2
    delta = (dst_len - src_len * ratio) / math.sqrt(max(mean, 1.0) * VARIANCE)
    return -math.log(max(math.erfc(abs(delta) / math.sqrt(2)), 1e-300))


@lru_cache(maxsize=65536)
def _runs(text: str) -> Counter[str]:
    return digit_runs(text)


def _figures_cost(src: str, dst: str) -> float:
    a, b = _runs(src), _runs(dst)
    if not a and not b:
        return 0.0
    union = sum((a | b).values())
    return 6.0 * sum(((a - b) + (b - a)).values()) / union


# A capitalised word that does not open a sentence: a name, an institution, a country.
_CAPITAL = re.compile(r"(?<![.!?…:]\s)(?<!^)(?<=\s|[\"“«(])[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+")


@lru_cache(maxsize=65536)
def capitals(text: str, shortest: int = 1) -> frozenset[str]:
    """The folded capitalised words of a text, not counting the first of a sentence."""
    return frozenset(fold(w) for w in _CAPITAL.findall(text) if len(w) >= shortest)


@lru_cache(maxsize=65536)
def _names_cost(src: str, dst: str) -> float:
    """Names are anchors across languages (Putin and Poutine, Kyrgyzstan and Kirghizistan):
    how many of them the two sides do not share, spelt alike or nearly."""
    from rapidfuzz import fuzz

    a, b = capitals(src, 4), capitals(dst, 4)
    if not a and not b:
        return 0.0
    if not a or not b:
        return 1.0
    # French capitalises less (months, nationalities): the smaller side is the measure.
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = sum(1 for x in small if any(fuzz.ratio(x, y) >= 70 for y in large))
    return 3.0 * (1 - shared / len(small))


@lru_cache(maxsize=4096)
def same_person(a: str, b: str) -> bool:
    """Whether two spellings name one person: 'Vladimir Putin' and 'Vladimir Poutine'."""
    from rapidfuzz import fuzz

    fa, fb = fold(a), fold(b)
    if fa == fb or fuzz.ratio(fa, fb) >= 75:
        return True
    last_a, last_b = (fa.split() or [fa])[-1], (fb.split() or [fb])[-1]
    return fuzz.ratio(last_a, last_b) >= 80


def _block_cost(src: Sequence[Unit], dst: Sequence[Unit], ratio: float) -> float:
    """The cost of a bead beyond its prior; infinite when it may not be."""
    kinds = {u.kind in ANCHORS for u in (*src, *dst)}
    if True in kinds:
        if len(src) == 1 and len(dst) == 1 and src[0].kind == dst[0].kind:
            return 0.0
        return _INF
    s_text = " ".join(u.text for u in src)
    d_text = " ".join(u.text for u in dst)
    cost = (length_cost(len(s_text), len(d_text), ratio) + _figures_cost(s_text, d_text)
            + _names_cost(s_text, d_text))
    if len(src) == 1 and len(dst) == 1:
        a, b = src[0], dst[0]
        if _FAMILIES.get(a.kind, a.kind) != _FAMILIES.get(b.kind, b.kind):
            cost += 3.0
        if a.number is not None and b.number is not None and a.number != b.number:
            cost += 10.0
        if a.speaker and b.speaker:
            cost += 0.0 if same_person(a.speaker, b.speaker) else 4.0
        elif bool(a.speaker) != bool(b.speaker):
            cost += 1.0
    return cost


def _dp(n: int, m: int, bead: Callable[[int, int, int, int], float]
        ) -> list[tuple[int, int, int, int, float]]:
    """The cheapest monotone path of beads over n source and m target units: a list of
    (i, di, j, dj, cost beyond the prior) in order. Cells far from the diagonal (more than
    a third of the units off it) are not explored: a digest keeps its page's order."""
    band = max(12, (n + m) // 3)
    best: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    for i in range(n + 1):
        centre = i * m / n if n else 0
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            here = best.get((i, j), _INF)
            if here == _INF:
                continue
            for (di, dj), prior in PRIORS.items():
                if i + di > n or j + dj > m:
                    continue
                extra = 0.0 if di == 0 or dj == 0 else bead(i, di, j, dj)
                total = here + extra - math.log(prior)
                if total < best.get((i + di, j + dj), _INF):
                    best[(i + di, j + dj)] = total
                    back[(i + di, j + dj)] = (di, dj, extra)
    path = []
    i, j = n, m
    while i or j:
        di, dj, extra = back[(i, j)]
        i, j = i - di, j - dj
        path.append((i, di, j, dj, extra))
    return path[::-1]


def _ratio(src: Sequence[str], dst: Sequence[str]) -> float:
    """Target length per source character over the whole event, kept within sane bounds."""
    a, b = sum(map(len, src)), sum(map(len, dst))
    return min(max(b / a, 0.6), 1.8) if a and b else FRENCH_RATIO


def align_units(src: Sequence[Unit], dst: Sequence[Unit]) -> list[Pair]:
    """Aligned blocks (1-1, 2-1, 1-2) within the cost bound, in order; anchors left out."""
    ratio = _ratio([u.text for u in src if u.kind not in ANCHORS],
                   [u.text for u in dst if u.kind not in ANCHORS])
    path = _dp(len(src), len(dst),
               lambda i, di, j, dj: _block_cost(src[i:i + di], dst[j:j + dj], ratio))
    return [Pair(" ".join(u.text for u in src[i:i + di]), " ".join(u.text for u in dst[j:j + dj]),
                 tuple(range(i, i + di)), tuple(range(j, j + dj)), cost)
            for i, di, j, dj, cost in path
            if di and dj and cost <= MAX_BLOCK_COST and src[i].kind not in ANCHORS]


def sentences(text: str) -> list[str]:
    return [s.strip() for s, _ in split_text(text) if s.strip()]


def align_sentences(source: str, target: str) -> list[Pair]:
    """Aligned sentences of two aligned blocks, within the cost bound, in order."""
    a, b = sentences(source), sentences(target)
    if len(a) == 1 and len(b) == 1:
        return [Pair(a[0], b[0], (0,), (0,), 0.0)]
    ratio = _ratio(a, b)

    def bead(i: int, di: int, j: int, dj: int) -> float:
        s, t = " ".join(a[i:i + di]), " ".join(b[j:j + dj])
        return length_cost(len(s), len(t), ratio) + _figures_cost(s, t) + _names_cost(s, t)

    return [Pair(" ".join(a[i:i + di]), " ".join(b[j:j + dj]), tuple(range(i, i + di)),
                 tuple(range(j, j + dj)), cost)
            for i, di, j, dj, cost in _dp(len(a), len(b), bead)
            if di and dj and cost <= MAX_SENTENCE_COST]


def _block_pairs(blocks: Sequence[Pair], field: Callable[[Pair], str]) -> list[Pair]:
    """The one-to-one sentence pairs of aligned blocks, and the whole blocks of several
    sentences aligned one to one (so that an unchanged paragraph is recalled as the person
    wrote it); ``field`` names the part of the event each block is."""
    out: list[Pair] = []
    for block in blocks:
        # Only one-to-one sentences are kept: a merge may hide a paragraph the digest
        # left out (its neighbour then pairs with more than its translation). A merged
        # paragraph still gives its sentences one by one.
        out.extend(replace(p, field=field(block))
                   for p in align_sentences(block.source, block.target)
                   if len(p.src) == len(p.dst) == 1)
        if len(block.src) == len(block.dst) == 1 and (
                len(sentences(block.source)) > 1 or len(sentences(block.target)) > 1):
            out.append(replace(block, field=field(block)))
    return out


def title_pair(source: Event, target: Event) -> Pair | None:
    """The two titles of one event, unless the rendition has none of its own (a digest
    heading without a title gets its number) or their lengths are too far apart."""
    a, b = source.title.strip(), target.title.strip()
    if not a or not b or b.isdigit():
        return None
    cost = length_cost(len(a), len(b), FRENCH_RATIO) + _names_cost(a, b)
    return Pair(a, b, (), (), cost, "title") if cost <= MAX_BLOCK_COST else None


def caption_units(event: Event) -> list[Unit]:
    return [Unit(p.caption, "caption", number=p.number) for p in event.photos
            if p.caption and p.caption.strip()]


def align_events(source: Event, target: Event) -> EventPairs:
    """The pairs of two renditions of one event: the titles, then the lead and the text
    block by block then sentence by sentence, then the photo captions (by number, order
    and length) the same way; and how much of the target's text was aligned."""
    src, dst = event_units(source), event_units(target)
    blocks = align_units(src, dst)
    lead = bool(src) and src[0].kind == "lead"
    out = _block_pairs(blocks, lambda b: "lead" if lead and b.src == (0,) else "body")
    title = title_pair(source, target)
    captions = align_units(caption_units(source), caption_units(target))
    texts = [u for u in dst if u.kind not in ANCHORS]
    return EventPairs((*([title] if title else []), *out,
                       *_block_pairs(captions, lambda b: "caption")),
                      len(texts), sum(len(p.dst) for p in blocks))


def figures_agree(source: str, target: str) -> bool:
    """Every digit run of one side is on the other, as often (a pair that loses a figure is
    no translation to learn)."""
    return Counter(digit_runs(source)) == Counter(digit_runs(target))

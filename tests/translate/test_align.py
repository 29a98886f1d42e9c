"""The aligner's invariants (hypothesis) and its behaviour on the real 2023 digest."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.model import Block, Event
from daybook.sources.document import read_document
from daybook.sources.registry import read_parsed
from daybook.translate.align import (
    ANCHORS,
    Unit,
    align_events,
    align_sentences,
    align_units,
    length_cost,
)
from tests.conftest import FIXTURES

WORDS = ["le", "président", "a", "rencontré", "Moscou", "accord", "coopération", "énergie",
         "2019", "14", "gaz", "régions", "nouvelle", "étape", "économique", "très"]
KINDS = ["paragraph", "turn", "question", "answer", "separator"]


@st.composite
def units(draw: st.DrawFn) -> list[Unit]:
    out = []
    for _ in range(draw(st.integers(0, 14))):
        kind = draw(st.sampled_from(KINDS))
        if kind == "separator":
            out.append(Unit("* * *", kind))
            continue
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
        out.append(Unit(" ".join(words) + ".", kind,
                        draw(st.sampled_from([None, "Vladimir Putin", "Xi Jinping"]))))
    return out


@st.composite
def renditions(draw: st.DrawFn) -> tuple[list[Unit], list[Unit]]:
    """A source and a 'translation': units dropped, merged, lengthened, reworded."""
    src = draw(units())
    dst: list[Unit] = []
    for u in src:
        action = draw(st.sampled_from(["keep", "keep", "keep", "drop", "grow", "merge"]))
        if action == "drop":
            continue
        if action == "grow" and u.kind not in ANCHORS:
            dst.append(replace(u, text=u.text + " très très"))
        elif action == "merge" and dst and dst[-1].kind not in ANCHORS and u.kind not in ANCHORS:
            dst[-1] = replace(dst[-1], text=dst[-1].text + " " + u.text)
        else:
            dst.append(u)
    if draw(st.booleans()):
        dst.append(Unit("Ajouté par le rédacteur, sans rapport.", "paragraph"))
    return src, dst


@settings(max_examples=150, deadline=None)
@given(renditions())
def test_pairs_are_monotone_within_bounds_and_the_same_every_time(
        pair: tuple[list[Unit], list[Unit]]) -> None:
    src, dst = pair
    found = align_units(src, dst)
    assert found == align_units(src, dst)  # idempotent: a re-ingest learns the same pairs
    last_s = last_d = -1
    for p in found:
        assert p.src and p.dst and len(p.src) <= 2 and len(p.dst) <= 2
        assert p.src[0] > last_s and p.dst[0] > last_d  # monotone, no unit used twice
        assert list(p.src) == list(range(p.src[0], p.src[-1] + 1))
        last_s, last_d = p.src[-1], p.dst[-1]
        assert p.source == " ".join(src[i].text for i in p.src)
        assert p.target == " ".join(dst[j].text for j in p.dst)
        # Anchors are never text pairs, and never paired with text.
        assert all(src[i].kind not in ANCHORS for i in p.src)
        assert all(dst[j].kind not in ANCHORS for j in p.dst)


@settings(max_examples=100, deadline=None)
@given(units())
def test_a_faithful_rendition_aligns_one_to_one(src: list[Unit]) -> None:
    found = align_units(src, src)
    texts = [i for i, u in enumerate(src) if u.kind not in ANCHORS]
    assert [(p.src, p.dst) for p in found] == [((i,), (i,)) for i in texts]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=2, max_size=20), max_size=8))
def test_sentences_align_in_order_and_only_within_their_blocks(
        sents: list[list[str]]) -> None:
    text = " ".join(" ".join(w).capitalize() + "." for w in sents)
    found = align_sentences(text, text)
    assert found == align_sentences(text, text)
    for p in found:
        assert p.source in text and p.target in text
    starts = [p.src[0] for p in found]
    assert starts == sorted(set(starts))


def test_length_cost_grows_with_the_mismatch() -> None:
    assert length_cost(100, 115, 1.15) < length_cost(100, 150, 1.15) < length_cost(100, 300, 1.15)


def _digest_events() -> list[Event]:
    doc = read_document(Path(FIXTURES / "digest-fr" / "2023-11-08.txt"))
    _, parsed = read_parsed(doc)
    return list(parsed.days[0].events)


def test_a_digest_aligns_with_itself_but_not_with_another_event() -> None:
    events = _digest_events()
    for e in events:
        same = align_events(e, e)
        assert same.aligned == same.blocks  # every block of text finds itself
    a, b = events[2], events[4]  # a hospital visit and a government meeting: different texts
    cross = align_events(a, b)
    assert cross.aligned < cross.blocks


def test_dropped_and_editorial_blocks_are_skipped() -> None:
    event = _digest_events()[3]
    blocks = [b for b in event.blocks if b.type not in ANCHORS]
    kept = [b for b in event.blocks if b is not blocks[5]]
    insert = Block("editorial", "CARTE de la région", provenance="editorial")
    dropped = replace(event, blocks=(*kept, insert))
    found = align_events(event, dropped)
    # The dropped paragraph is not forced onto a neighbour (as a merge or a wrong pair).
    assert not any(blocks[5].text in p.source for p in found.pairs)
    assert not any("CARTE" in p.target for p in found.pairs)
    assert found.aligned >= found.blocks - 2


def _parsed(path: Path) -> Event:
    _, parsed = read_parsed(read_document(path))
    events = [*parsed.events, *(e for d in parsed.days for e in d.events)]
    assert len(events) == 1
    return events[0]


def test_a_merged_paragraph_gives_its_sentences_and_a_left_out_one_nothing() -> None:
    """60386 by hand: two paragraphs merged into one, one of el-Sisi's left out, and his
    label not read by the digest reader (it stays in the text)."""
    en = _parsed(FIXTURES / "kremlin-en-2019" / "news" / "60386.html")
    fr = _parsed(FIXTURES / "memory" / "2019-04-26.txt")
    pairs = {p.source: p.target for p in align_events(en, fr).pairs}
    assert pairs["We also coordinate our efforts on the global stage."] == (
        "Nous coordonnons aussi nos efforts sur la scène mondiale.")
    assert pairs["Last year it grew by 14 percent to reach almost $8 billion, and added "
                 "another 25 percent in January and February."] == (
        "L’an dernier, ils ont augmenté de 14 % pour atteindre près de 8 milliards de "
        "dollars, et encore de 25 % en janvier et février.")
    left_out = "It is true that our relations are of a strategic nature."
    assert not any(left_out in s for s in pairs)
    assert not any("Thank you very much, Mr President." in s for s in pairs)
    assert len(pairs) >= 15

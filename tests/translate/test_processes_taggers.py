"""Apertium's HMM taggers run so that a text's output does not hang on the texts before it.

apertium-tagger 3.8.3 (-g, HMM) overwrites its open class when a word brings a set of
readings its training never saw (tagger_utils.cc, find_similar_ambiguity_class) and keeps
it while it runs; the pipelines are kept running between calls (processes._Pipeline).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from daybook.translate.apertium import ApertiumEngine, available
from daybook.translate.processes import (
    _TEXT_END,
    _hmm_parts,
    before_hmm_for,
    close_pipelines,
    tag_texts,
    tagged_units,
)


def _alone_and_after(engine: ApertiumEngine, first: str, text: str, src: str) -> list[str]:
    """``text``'s French alone in fresh programs, after ``first`` in the same programs, and
    after it in the same call."""
    close_pipelines()
    alone = engine.translate([text], src, "fr")
    engine.translate([first], src, "fr")
    after = engine.translate([text], src, "fr")
    batch = engine.translate([first, text], src, "fr")[1:]
    return [*alone, *after, *batch]


def test_english_through_catalan_after_an_unseen_class(engine: ApertiumEngine) -> None:
    # "Any." is "Qualsevol." in Catalan: a class cat-fra's tagger never saw; it used to
    # make "quite a" "en suffisant une" in the next text.
    got = _alone_and_after(engine, "Any.", "It was quite a long and difficult meeting.", "en")
    assert len(set(got)) == 1
    assert "en suffisant" not in got[0]


def test_catalan_after_an_unseen_class(engine: ApertiumEngine) -> None:
    got = _alone_and_after(engine, "Qualsevol.",
                           "Que 2019 era el principi de bastant un procés.", "ca")
    assert len(set(got)) == 1


@pytest.mark.skipif(not available("spa"), reason="apertium-eng-spa, apertium-fr-es missing")
def test_english_through_spanish_after_an_unseen_class() -> None:
    # "Known" brings eng-spa's tagger a class its training never saw; "processes" was then
    # read as a verb ("la production il accuse").
    got = _alone_and_after(ApertiumEngine(pivot="spa"), "Known.",
                           "The factory floors are being renovated, production processes "
                           "relaunched, and new machine tools brought in.", "en")
    assert len(set(got)) == 1
    assert "il accuse" not in got[0]


@pytest.mark.skipif(not available("spa"), reason="apertium-eng-spa missing")
def test_tagged_units_after_an_unseen_class() -> None:
    line = "The factory floors are being renovated, production processes relaunched."
    close_pipelines()
    alone = tagged_units([line], "eng-spa")
    tagged_units(["Known."], "eng-spa")
    after = tagged_units([line], "eng-spa")
    batch = tagged_units(["Known.", line], "eng-spa")
    assert alone is not None and after is not None and batch is not None
    assert alone == after == batch[1:]
    processes = next(u for u in alone[0] if u.surface == "processes")
    assert processes.tags == ("n", "pl")


def _mode_text(mode: str) -> str:
    path = shutil.which("apertium")
    assert path is not None
    modes = Path(path).resolve().parent.parent / "share" / "apertium" / "modes"
    return subprocess.run(["apertium-wblank-mode", "-z", str(modes / f"{mode}.mode")],
                          capture_output=True, text=True, check=True).stdout


def test_hmm_parts(apertium_ok: bool) -> None:
    before, tagger = _hmm_parts(_mode_text("cat-fra")) or ("", "")
    assert before.startswith("lt-proc") and before.endswith("cat-fra.rlx.bin'")
    assert tagger.startswith("apertium-tagger -z -g") and tagger.endswith("cat-fra.prob'")
    # eng-cat's averaged perceptron (-x) keeps no state: it is run whole
    assert _hmm_parts(_mode_text("eng-cat")) is None


def test_text_ends() -> None:
    stream = (b"^./.<sent>$[][\n\n]^Any/any<det>$^./.<sent>$[][\n\n ]"
              b"^Yes/yes<adv>$ \\[^./.<sent>$[][\n]")
    ends = [m.end() for m in _TEXT_END.finditer(stream)]
    assert [stream[a:b] for a, b in zip([0, *ends], [*ends, len(stream)], strict=True)] == [
        b"^./.<sent>$[][\n\n]", b"^Any/any<det>$^./.<sent>$[][\n\n ]",
        b"^Yes/yes<adv>$ \\[^./.<sent>$[][\n]"]


def test_stream_ending_at_a_text_end(apertium_ok: bool) -> None:
    # The last text of a stream that ends at a blank is empty; after a text that damaged
    # the tagger it used to start a fresh one on no input and wait for the timeout.
    path = shutil.which("apertium")
    before = before_hmm_for(path or "", "cat-fra")
    assert before is not None
    stream = before.run(b"Qualsevol.\n", 10).rstrip(b"\n") + b"[][\n\n]"
    assert [m.end() for m in _TEXT_END.finditer(stream)] == [len(stream)]
    tagged = tag_texts(path or "", "cat-fra", stream, 5)
    assert tagged is not None
    assert tagged.startswith(b"^Qualsevol<prn>") and tagged.endswith(b"[][\n\n]")

"""The reader of Apertium's English tagger output (units.read_units): each line's units
with their offsets, and a line's units the same whatever lines are sent with it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daybook.translate.processes import tagged_units
from daybook.translate.units import read_units

# The tagger's output for the three lines of MR_LINES (Apertium eng-cat): "Mr" at the end of
# the first line is read with the deformatter's closing full stop as one word "Mr.".
MR_LINES = ["He met Mr", "President, the talks went well.", "Dr. Smith said hello."]
MR_STREAM = (
    "^He/Prpers<prn><subj><p3><m><sg>$ ^met/meet<vblex><past>$ ^Mr./Mr.<n><sg>$[][\n\n]"
    "^President/President<n><sg>$^,/,<cm>$ ^the/the<det><def><sp>$ ^talks/talk<n><pl>$"
    " ^went/go<vblex><past>$ ^well/well<adv>$^./.<sent>$^./.<sent>$[][\n\n]"
    "^Dr./Dr.<n><sg>$ ^Smith/Smith<np><cog><sg>$ ^said/say<vblex><past>$"
    " ^hello/hello<n><sg>$^./.<sent>$^./.<sent>$[][\n]")


def test_a_word_read_past_the_end_of_its_line_does_not_lose_the_next_lines() -> None:
    first, second, third = read_units(MR_STREAM, MR_LINES)
    assert [u.surface for u in first] == ["He", "met"]
    assert [MR_LINES[1][u.start:u.end] for u in second] == [
        "President", ",", "the", "talks", "went", "well", "."]
    assert second[4].lemma == "go" and second[4].has("vblex", "past")
    assert [MR_LINES[2][u.start:u.end] for u in third] == ["Dr.", "Smith", "said", "hello", "."]


def test_a_line_that_fails_does_not_take_the_other_lines_units() -> None:
    # The first line's second unit names a word that is not in it (a tagger that rewrote
    # it): within the line the reader does not guess past a word it could not place, but
    # the next line is read in full.
    stream = ("^We/Prpers<prn><subj><p1><mf><pl>$ ^zzz/zzz<n><sg>$ ^agree/agree<vblex><pres>$"
              "^./.<sent>$[][\n\n]^They/Prpers<prn><subj><p3><mf><pl>$ ^met/meet<vblex><past>$"
              "^./.<sent>$^./.<sent>$[][\n]")
    lines = ["We fully agree.", "They met."]
    first, second = read_units(stream, lines)
    assert [u.surface for u in first] == ["We"]
    assert [lines[1][u.start:u.end] for u in second] == ["They", "met", "."]


def test_whitespace_and_empty_lines_keep_the_count_of_lines() -> None:
    # Apertium's own output: the three blank lines are one blank of six newlines.
    stream = ("^Yes/Yes<adv>$^./.<sent>$^./.<sent>$[][\n\n \n\n\n\n]^No./No.<n><sg>$^./.<sent>$"
              "[][\n]")
    lines = ["Yes.", " ", "", "No."]
    units = read_units(stream, lines)
    assert [[u.surface for u in line] for line in units] == [["Yes", "."], [], [], ["No."]]


def test_one_line_without_a_blank_is_read_as_before() -> None:
    stream = "^They/Prpers<prn><subj><p3><mf><pl>$ ^met/meet<vblex><past>$"
    (only,) = read_units(stream, ["They met"])
    assert [(u.start, u.end, u.lemma) for u in only] == [(0, 4, "Prpers"), (5, 8, "meet")]


_WORDS = ["Mr", "Mr.", "Dr.", "St.", "U.S.", "e.g.", "p.m.", "No.", "Inc.", "President",
          "Putin", "met", "the", "talks", "went", "well", "Russia’s", "co-operation", "5", ","]
_LINE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)

needs_apertium = pytest.mark.skipif(tagged_units(["x"]) is None, reason="Apertium not installed")


@needs_apertium
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, min_size=2, max_size=5))
def test_a_lines_units_are_the_same_alone_or_in_any_batch(lines: list[str]) -> None:
    # The words found and their places: the same alone or in a batch. (The tagger's own
    # choice of tags may still follow the line before when that one ends on an
    # abbreviation, "... Mr" read "Mr.": the tagger sees no sentence end there.)
    batch = tagged_units(lines)
    assert batch is not None
    for line, units in zip(lines, batch, strict=True):
        alone = tagged_units([line])
        assert alone is not None
        assert [(u.start, u.end, u.surface) for u in units] == [
            (u.start, u.end, u.surface) for u in alone[0]], line


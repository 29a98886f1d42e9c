"""The FTS5 MATCH expression: a disjunction keeps only the alternatives that can match a
row no other alternative matches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daybook.query import Node, Or, Phrase, Term
from daybook.stemming import LANGUAGES
from daybook.store import Store, open_store
from daybook.store import sqlite_match as sm
from tests.sample_events import fill


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    s = open_store(tmp_path_factory.mktemp("match") / "m.db")
    fill(s)
    yield s
    s.close()


def every_alternative(node: Node) -> str:
    """The expression without dropping anything: each word's and phrase's alternatives."""
    alts = sm._alternatives(node, LANGUAGES)
    assert alts is not None
    return "(" + " OR ".join(expr for *_, expr in alts) + ")"


def rows(store: Store, match: str) -> set[int]:
    conn = store.conn  # type: ignore[attr-defined]
    return {r for (r,) in conn.execute(
        "SELECT rowid FROM blocks_fts WHERE blocks_fts MATCH ?", [match])}


def test_a_longer_name_containing_a_shorter_one_is_left_out() -> None:
    node = Or((Term("Syria"), Term("the Syrian Arab Republic"), Term("Syrian Arab Republic"),
               Term("Syria")))
    match = sm.compile_match(node, ("en",))
    assert "the Syrian" not in match and "the syrian" not in match
    assert match.count('text : "Syrian Arab Republic"') == 1
    assert match.count('text : "Syria"') == 1  # the repeated word once
    # A phrase is not a subsequence of a word it merely starts like.
    assert 'stem : "syrian arab republ' in match


def test_a_prefix_is_kept_and_never_drops_a_phrase() -> None:
    node = Or((Term("negoc", prefix=True), Term("negoc talks")))
    match = sm.compile_match(node, ("en",))
    assert 'text : "negoc" *' in match and 'text : "negoc talks"' in match


WORDS = ["the", "president", "of", "russia", "le", "président", "de", "la", "talks",
         "meeting", "minister", "foreign", "affairs", "Россия", "президент", "visit"]


def nodes() -> st.SearchStrategy[Node]:
    phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)
    item = st.one_of(
        phrase.map(lambda ws: Term(" ".join(ws))),
        phrase.filter(lambda ws: len(ws) > 1).map(lambda ws: Phrase(tuple(ws))),
    )
    return st.lists(item, min_size=1, max_size=5).map(lambda items: Or(tuple(items)))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(node=nodes())
def test_the_same_rows_match(store: Store, node: Node) -> None:
    assert rows(store, sm.compile_match(node, LANGUAGES)) == rows(store, every_alternative(node))


def test_a_dropped_phrase_still_finds_its_rows(store: Store) -> None:
    node = Or((Term("the president"), Term("president")))
    match = sm.compile_match(node, LANGUAGES)
    assert "the president" not in match
    found = rows(store, match)
    assert found and rows(store, every_alternative(node)) == found
    assert rows(store, '"the president"') <= found

"""Search: stems and accents in three languages, the query language, filters, snippets."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daybook.errors import QueryError
from daybook.model import Block, Participant
from daybook.search import (
    MARK_END,
    MARK_START,
    And,
    Not,
    Or,
    Phrase,
    Term,
    parse_query,
    search,
    snippet_html,
)
from daybook.store import Store, open_store
from tests.sample_events import english_events, fill


@pytest.fixture
def archive(store: Store) -> Store:
    fill(store)
    return store


def ids(store: Store, q: str, **kw: object) -> list[str]:
    return [h.event_id for h in search(store, q, **kw).hits]  # type: ignore[arg-type]


# -- matching ------------------------------------------------------------------------------


def test_french_stems_find_plural_and_singular(archive: Store) -> None:
    singular = set(ids(archive, "négociation"))
    plural = set(ids(archive, "négociations"))
    # "négociations" is only in the interview, "négociation" only in the meeting.
    assert singular == plural == {"digest:2023-11-08:1", "digest:2023-11-08:4"}


def test_russian_stems(archive: Store) -> None:
    # Stems alone (not the person's other spellings, which expand=True adds).
    assert ids(archive, "Путина", expand=False) == ["kremlin:76000"]
    assert ids(archive, "Путин", expand=False) == ["kremlin:76000"]
    assert ids(archive, "переговоры") == ["kremlin:76000"]


def test_accents_are_folded_both_ways(archive: Store) -> None:
    assert ids(archive, "Choigu") == ["digest:2023-11-08:4"]
    assert ids(archive, "Choïgu") == ["digest:2023-11-08:4"]
    assert set(ids(archive, "negociations")) == {"digest:2023-11-08:1", "digest:2023-11-08:4"}


def test_english_stems_and_language_filter(archive: Store) -> None:
    assert ids(archive, "negotiation", lang="en") == ["kremlin:90001"]
    assert ids(archive, "negotiation lang:en") == ["kremlin:90001"]
    assert ids(archive, "negotiation lang:ru") == []


def test_phrase_needs_the_words_in_order(archive: Store) -> None:
    assert ids(archive, '"partenariat stratégique"') == ["digest:2023-11-08:1"]
    assert ids(archive, '"stratégique partenariat"') == []
    # Phrases match on stems too: the text says "niveau élevé".
    assert ids(archive, '"niveaux élevés"') == ["digest:2023-11-08:1"]


def test_boolean_operators(archive: Store) -> None:
    assert set(ids(archive, "Rosneft OR budget")) == {"digest:2023-11-08:1",
                                                     "digest:2023-11-08:5"}
    assert ids(archive, "Rosneft budget") == []
    assert ids(archive, "Rosneft AND gisements") == ["digest:2023-11-08:1"]
    assert set(ids(archive, "négociation")) - set(ids(archive, "négociation -Kazakhstan")) == {
        "digest:2023-11-08:1"}
    assert ids(archive, "négociation NOT Kazakhstan") == ids(archive, "négociation -Kazakhstan")
    assert set(ids(archive, "(Rosneft OR budget) -collègues")) == {"digest:2023-11-08:1"}


def test_prefix(archive: Store) -> None:
    assert set(ids(archive, "negoc*")) == {"digest:2023-11-08:1", "digest:2023-11-08:4"}
    assert ids(archive, "Gazpr*") == ["digest:2023-11-08:1"]


def test_title_and_lead_are_searched(archive: Store) -> None:
    hit = search(archive, "Kazakhstanskaya").hits[0]
    assert hit.event_id == "digest:2023-11-08:1"
    assert hit.block is None


# -- filters -------------------------------------------------------------------------------


@pytest.mark.parametrize(("q", "kwargs"), [
    ("négociation speaker:Poutine", {"speaker": "Poutine"}),
    ("négociation kind:meeting", {"kind": "meeting"}),
    ("négociation place:moscou", {"place": "Moscou"}),
    ("négociation tag:chine", {"tag": "Chine"}),
    ('négociation person:"Zhang Youxia"', {"person": "Zhang Youxia"}),
    ("négociation person:serguei-choigu", {"person": "serguei-choigu"}),
    ("négociation from:2023-11-08 to:2023-11-08", {"date_from": dt.date(2023, 11, 8),
                                                    "date_to": dt.date(2023, 11, 8)}),
    ("négociation lang:fr", {"lang": "fr"}),
])
def test_filters_in_syntax_equal_keywords(archive: Store, q: str, kwargs: dict[str, object]
                                          ) -> None:
    assert ids(archive, q) == ids(archive, "négociation", **kwargs)


def test_filters_narrow(archive: Store) -> None:
    assert ids(archive, "négociation kind:meeting") == ["digest:2023-11-08:4"]
    assert ids(archive, "négociation tag:chine") == ["digest:2023-11-08:4"]
    assert ids(archive, "négociation person:choigu") == ["digest:2023-11-08:4"]
    assert ids(archive, "négociation from:2023-11-09") == []
    assert ids(archive, "négociation to:2023-11-07") == []
    # A speaker filter keeps what that speaker said: Zhang Youxia never says it.
    assert ids(archive, "négociation speaker:Zhang") == []
    hit = search(archive, "Monsieur speaker:Zhang").hits[0]
    assert (hit.event_id, hit.block, hit.speaker) == ("digest:2023-11-08:4", 1, "Zhang Youxia")


def test_filters_alone_list_events_newest_first(archive: Store) -> None:
    found = search(archive, "place:Novo-Ogaryovo")
    assert [h.event_id for h in found.hits] == ["digest:2023-11-08:4", "digest:2023-11-08:5"]
    assert [h.date for h in search(archive, "kind:meeting").hits] == sorted(
        (h.date for h in search(archive, "kind:meeting").hits), reverse=True)


# -- results -------------------------------------------------------------------------------


def test_snippet_marks_the_matched_words(archive: Store) -> None:
    hit = search(archive, "négociations").hits[0]
    assert f"{MARK_START}négociations{MARK_END}" in hit.snippet
    assert "<mark>négociations</mark>" in snippet_html(hit.snippet)
    d = hit.to_dict()
    assert set(d) >= {"event_id", "date", "title", "url", "block", "snippet", "score"}
    assert d["url"] == "http://en.kremlin.ru/events/president/news/72682"


def test_snippet_html_escapes_source_text(archive: Store) -> None:
    hit = search(archive, "hostile").hits[0]
    html = snippet_html(hit.snippet)
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_ranked_and_paged(archive: Store) -> None:
    q = "Poutine OR Putin OR Путин OR président OR President"
    everything = search(archive, q, limit=100)
    assert everything.total == len(everything.hits) >= 4
    scores = [h.score for h in everything.hits]
    assert scores == sorted(scores, reverse=True)
    pages = [search(archive, q, limit=2, offset=o) for o in (0, 2)]
    assert [h.event_id for p in pages for h in p.hits] == [
        h.event_id for h in everything.hits][:4]
    assert all(p.total == everything.total for p in pages)
    assert search(archive, "Poutine", limit=5, offset=500).total == search(
        archive, "Poutine").total


def test_facets_count_matching_events(archive: Store) -> None:
    result = search(archive, "négociation", facets=True)
    facets = result.facets
    assert facets is not None
    assert dict(facets["kind"]) == {"interview": 1, "meeting": 1}
    assert dict(facets["language"]) == {"fr": 2}
    assert dict(facets["year"]) == {"2023": 2}
    assert ("Vladimir Poutine", 2) in facets["speaker"]
    assert ("Chine", 1) in facets["tag"]


# -- the query language --------------------------------------------------------------------


def test_parse_tree() -> None:
    query, filters = parse_query('gaz OR "coopération énergétique" -pétrole negoc* kind:call')
    assert query.root == Or((Term("gaz"), And((Phrase(("coopération", "énergétique")),
                                              Not(Term("pétrole")),
                                              Term("negoc", prefix=True)))))
    assert filters.kind == ("call",)
    # A hyphenated word is a phrase of its parts, as the index splits it.
    assert parse_query("Kazakhstan-Russie")[0].root == Phrase(("Kazakhstan", "Russie"))


@pytest.mark.parametrize("bad", [
    '"unclosed', "(a OR b", "a)", "a OR", "OR a", "NOT", "-a", "NOT a", "a OR -b",
    "speker:Poutine", "kind:banquet", "from:2023-13-01", "to:yesterday", "x*", "speaker:",
    "lang:fr lang:en", "a " * 30, "b" * 600, "",
])
def test_malformed_queries_say_how_to_fix_them(archive: Store, bad: str) -> None:
    with pytest.raises(QueryError) as info:
        search(archive, bad)
    assert info.value.remedy
    assert info.value.code == "E301"


@pytest.mark.parametrize("only_not", ["-poutine", "NOT poutine", "kind:call -gaz", "(-gaz)"])
def test_a_search_of_excluded_words_alone_says_so(archive: Store, only_not: str) -> None:
    # Not the OR message it used to give: there is no OR in the query.
    with pytest.raises(QueryError, match="cannot only exclude words") as info:
        search(archive, only_not)
    assert "add a word to search for" in (info.value.remedy or "")
    with pytest.raises(QueryError, match="alternative of OR"):
        search(archive, "gaz OR -pétrole")


def test_bounds_are_checked(archive: Store) -> None:
    with pytest.raises(QueryError):
        search(archive, "gaz", limit=1000)
    with pytest.raises(QueryError):
        search(archive, "gaz", offset=-1)
    with pytest.raises(QueryError):
        search(archive, "gaz", kind="banquet")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([*'ab é"()*-:^{}.,;\'\\', "OR", "AND", "NOT", "NEAR",
                                  "kind:", "from:"]), max_size=20).map("".join))
def test_junk_never_reaches_sql(archive: Store, q: str) -> None:
    with contextlib.suppress(QueryError):
        search(archive, q)


def test_slow_query_is_cut_short(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from daybook.store import sqlite_search

    store = open_store(db_path)
    fill(store)
    store.close()
    monkeypatch.setattr(sqlite_search, "PROGRESS_STEPS", 1)
    costly = "Poutine OR Putin OR gaz OR négociation*"
    store = open_store(db_path, read_only=True, query_max_steps=10)
    with pytest.raises(QueryError, match="too costly"):
        search(store, costly)
    with pytest.raises(QueryError, match="too costly"):
        store.people.appearances("vladimir-poutine", 10, 0)  # person pages share the bound
    store.close()
    store = open_store(db_path, read_only=True, query_max_steps=10**9)
    assert search(store, costly).total > 0
    store.close()


def test_the_default_step_budget_is_read_when_a_store_opens(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from daybook.store import base, sqlite_search

    store = open_store(db_path)
    fill(store)
    store.close()
    monkeypatch.setattr(sqlite_search, "PROGRESS_STEPS", 1)
    monkeypatch.setattr(base, "QUERY_MAX_STEPS", 10)
    store = open_store(db_path, read_only=True)
    with pytest.raises(QueryError, match="too costly"):
        search(store, "Poutine OR Putin")
    store.close()


def test_cli_json(db_path: Path) -> None:
    from daybook.cli import main

    store = open_store(db_path)
    fill(store)
    store.close()
    out = CliRunner().invoke(main, ["search", "négociations", "--db", str(db_path),
                                    "--format", "json", "--kind", "interview"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["total"] == 1
    hit = data["hits"][0]
    assert hit["event_id"] == "digest:2023-11-08:1"
    assert hit["block"] == 1 and "<mark>" in hit["snippet"]
    assert set(hit) >= {"event_id", "date", "title", "url", "block", "snippet", "score"}
    bad = CliRunner().invoke(main, ["search", '"oops', "--db", str(db_path)])
    assert bad.exit_code == 1 and "close the phrase" in bad.output
    assert "Traceback" not in bad.output


def test_cli_says_at_least_unless_asked_to_count_all(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from daybook.cli import main
    from daybook.store import sqlite_search as ss

    store = open_store(db_path)
    fill(store)
    store.close()
    monkeypatch.setattr(ss, "RANKED_BLOCKS", 3)  # "le": 8 blocks of 3 events
    monkeypatch.setattr(ss, "BLOCKS_PER_EVENT", 1)
    args = ["search", "le", "--db", str(db_path), "--limit", "1"]
    bounded = CliRunner().invoke(main, args)
    counted = CliRunner().invoke(main, [*args, "--exact-total"])
    assert bounded.exit_code == counted.exit_code == 0, bounded.output + counted.output
    assert bounded.output.splitlines()[-1] == "1-1 of at least 2 event(s)"
    assert counted.output.splitlines()[-1] == "1-1 of 3 event(s)"
    as_json = json.loads(CliRunner().invoke(main, [*args, "--format", "json"]).output)
    assert (as_json["total"], as_json["total_is_exact"]) == (2, False)


def test_migration_renumbers_blocks_of_an_older_archive(db_path: Path) -> None:
    """A schema-1 archive gains event keys, block rowids and the two-column index."""
    import sqlite3

    from daybook.store.migrations import load_migrations

    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT "
                 "NOT NULL, applied_at TEXT NOT NULL)")
    for statement in load_migrations("sqlite")[0].statements():
        conn.execute(statement)
    conn.execute("INSERT INTO schema_migrations VALUES (1, 'init', 'then')")
    conn.execute("INSERT INTO events (id, language, date, number, kind, title, content_hash, "
                 "revision, doc, first_seen, last_changed) VALUES ('old:1', 'fr', '2020-01-02', "
                 "1, 'meeting', 'Ancienne rencontre', 'h', 1, '{}', 'then', 'then')")
    for seq, text in enumerate(["Ancienne rencontre", "Les négociations de jadis."]):
        conn.execute("INSERT INTO blocks (id, language, seq, type, provenance, text) VALUES "
                     "('old:1', 'fr', ?, 'paragraph', 'source', ?)", (seq, text))
    conn.commit()
    conn.close()
    store = open_store(db_path)
    hits = search(store, "négociations").hits
    assert [(h.event_id, h.block) for h in hits] == [("old:1", 0)]
    assert not [p for p in store.integrity_check() if "search index" in p]
    store.close()


def test_bounded_ranking_ranks_the_newest_matches_in_one_pass(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A common word ranks only its newest matching blocks: without filters they are taken
    in the ranking pass itself, and the page equals ranking the blocks above the bound the
    filtered path walks to; the total is the events among the ranked blocks (a lower
    bound), or every matching event when the caller asks for it."""
    from daybook.store import sqlite_search as ss

    store = open_store(db_path)
    fill(store)
    monkeypatch.setattr(ss, "RANKED_BLOCKS", 3)
    monkeypatch.setattr(ss, "BLOCKS_PER_EVENT", 1)
    query, filters = parse_query("le")  # 8 blocks of 3 events
    conn = store.conn  # type: ignore[attr-defined]
    names = ss._Names(conn)
    low, newest, exact = ss._ranked_range(conn, query, filters, names, 1)
    assert (low, newest, exact) == (None, 3, False)
    page = ss.search_blocks(conn, query, filters, 1, 0, steps=10**9)
    bound = ss._low_bound(conn, query, filters, names, 3)
    matches, args = ss._matches(query, filters, names, bound)
    walked = conn.execute(ss._page_sql(matches, ranked=True), [*args, 1, 0]).fetchall()
    assert [h.event_id for h in page.hits] == [
        ss._details(conn, [r[0]])[r[0]][0] for r in walked
    ]
    every = conn.execute(
        "SELECT count(DISTINCT rowid >> 20) FROM blocks_fts WHERE blocks_fts MATCH ?",
        [ss.compile_match(query.root, ss.query_languages(filters.lang))],  # type: ignore[arg-type]
    ).fetchone()[0]
    assert not page.exact and 1 <= page.total < every
    counted = ss.search_blocks(conn, query, filters, 1, 0, steps=10**9, exact=True)
    assert counted.hits == page.hits
    assert counted.exact and counted.total == every > 2
    store.close()


@pytest.mark.parametrize("exact", [False, True])
@pytest.mark.parametrize(("q", "plain"), [("le", True), ("le OR the", True),
                                        ("de les", False), ("le la", False)])
def test_bounded_ranking_without_filters_either_way(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, q: str, plain: bool, exact: bool
) -> None:
    """Without filters, an exact total of plain words counts their matches first and ranks
    without recording candidates; otherwise the ranking records them, and an exact total
    counts only the older events. Either way a bounded page is the one the grouping query
    over the newest matches gives; the total is every matching event when asked for, else
    at least the events of the ranked blocks."""
    from daybook.store import sqlite_search as ss

    store = open_store(db_path)
    fill(store)
    monkeypatch.setattr(ss, "RANKED_BLOCKS", 1)
    monkeypatch.setattr(ss, "BLOCKS_PER_EVENT", 1)
    query, filters = parse_query(q)
    assert ss._plain(query.root) is plain
    conn = store.conn  # type: ignore[attr-defined]
    matches, args = ss._matches(query, filters, ss._Names(conn))
    every = conn.execute(
        "SELECT count(DISTINCT rowid >> 20) FROM blocks_fts WHERE blocks_fts MATCH ?", [args[0]]
    ).fetchone()[0]
    assert every >= 2
    for offset in (0, 1):
        page = ss.search_blocks(conn, query, filters, 1, offset, steps=10**9, exact=exact)
        want = ss._want(1 + offset)
        expected = conn.execute(ss._page_sql(matches, ranked=True, want=want, newest_first=True),
                                [*args, 1, offset]).fetchall()
        ranked_all = not expected
        if ranked_all:  # the newest blocks hold too few events: every match is ranked
            expected = conn.execute(ss._page_sql(matches, ranked=True),
                                    [*args, 1, offset]).fetchall()
        details = ss._details(conn, [r[0] for r in expected])
        assert [(h.event_id, h.block, h.score) for h in page.hits] == [
            (details[r][0], details[r][2] - 1 if details[r][2] > 0 else None, s)
            for r, s, *_ in expected
        ]
        assert page.hits
        blocks = conn.execute("SELECT count(*) FROM blocks_fts WHERE blocks_fts MATCH ?",
                              [args[0]]).fetchone()[0]
        # Exactly ``want`` matches count as bounded (nothing says no more match).
        if exact or ranked_all or blocks < want:
            assert page.exact and page.total == every
        else:
            assert not page.exact and 1 <= page.total <= every
    store.close()


def test_name_filters_see_people_saved_after_a_search(db_path: Path) -> None:
    """Resolved person and speaker names are kept between searches (SQLite) until the
    archive changes: a person saved later, by this store or by another connection, is
    found by the next search."""
    import dataclasses

    store = open_store(db_path)
    fill(store, hostile=False)
    assert ids(store, "negotiations person:Ankara") == []
    assert ids(store, "negotiations speaker:Ankara") == []
    talks = english_events()[0]
    mine = dataclasses.replace(talks, id="kremlin:90101", participants=(
        Participant("Mehmet Ankara", "Envoy"),), blocks=(
        Block("turn", "Our negotiations continue.", speaker="Mehmet Ankara"),))
    with store.transaction():
        store.save_event(mine, origin="test")
    assert ids(store, "negotiations person:Ankara") == ["kremlin:90101"]
    assert ids(store, "negotiations speaker:Ankara") == ["kremlin:90101"]
    other = open_store(db_path)
    theirs = dataclasses.replace(mine, id="kremlin:90102", date=dt.date(2019, 3, 1),
                                 participants=(Participant("Ayse Ankara", "Envoy"),))
    with other.transaction():
        other.save_event(theirs, origin="test")
    other.close()
    assert sorted(ids(store, "negotiations person:Ayse")) == ["kremlin:90102"]
    store.close()

"""The static edition's search index: shards, page text, and the file:// scripts as data."""

from __future__ import annotations

import json
import tempfile
from html import escape
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from daybook.publish.static_search import (
    FALLBACK_TEXT,
    PEOPLE_SHARDS,
    Member,
    fallback_script,
    fingerprints,
    page_text,
    shard_of,
)


def test_events_fall_in_their_month_and_people_in_a_few_groups() -> None:
    assert shard_of("/event/kremlin:60000?lang=en", "2019-05-08") == "2019-05"
    assert shard_of("/event/x?lang=en", None) == "undated"
    groups = {shard_of(f"/person/p{i}", None) for i in range(200)}
    assert groups == {f"people-{i}" for i in range(PEOPLE_SHARDS)}
    # Stable across runs (not Python's salted hash): a rebuild finds the same shard.
    assert shard_of("/person/vladimir-putin", None) == shard_of("/person/vladimir-putin", None)


def test_a_shard_fingerprint_moves_with_its_pages_only() -> None:
    a, b = Member("event/a.html", "1", "2019-05-08"), Member("event/b.html", "2", "2019-05-09")
    first = fingerprints({"2019-05": [a, b], "2019-06": []})
    assert first == fingerprints({"2019-05": [b, a], "2019-06": []})  # order does not matter
    moved = fingerprints({"2019-05": [a, Member("event/b.html", "3", "2019-05-09")],
                          "2019-06": []})
    assert moved["2019-05"] != first["2019-05"] and moved["2019-06"] == first["2019-06"]


def test_page_text_is_the_main_without_navigation_or_markup() -> None:
    page = ('<html><head><title>T</title></head><body><nav>Menu</nav><main data-pagefind-body>'
            '<h1>Talks with <em>Jeenbekov</em></h1><nav class="toc">Contents</nav>'
            '<p>Putin &amp; Jeenbekov met.</p><svg><text>chart</text></svg></main></body></html>')
    title, text = page_text(page)
    assert title == "Talks with Jeenbekov"
    assert text == "Talks with Jeenbekov Putin & Jeenbekov met."


@given(st.text(), st.text())
def test_the_file_script_is_data_that_gives_the_text_back(title: str, body: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "event").mkdir()
        (folder / "event" / "a.html").write_text(
            f"<main><h1>{escape(title)}</h1><p>{escape(body)}</p></main>", encoding="utf-8")
        script = fallback_script([Member("event/a.html", "x", "2019-05-08")], folder)
    assert script.startswith("daybookSearch(") and script.endswith(");\n")
    data = script[len("daybookSearch("):-3]
    # Nothing in it can end the script or a string early.
    assert "</" not in data and "\u2028" not in data and "\u2029" not in data
    [[file, got_title, date, text]] = json.loads(data)
    assert (file, date) == ("event/a.html", "2019-05-08")
    want_title, want_text = page_text(f"<main><h1>{escape(title)}</h1><p>{escape(body)}</p>"
                                      "</main>")
    assert got_title == want_title and text == want_text[:FALLBACK_TEXT]


def test_the_file_script_keeps_a_long_transcript_whole(tmp_path: Path) -> None:
    # Searched from disk, a word said late in a long press conference is found too.
    turns = "".join(f"<p>Question {n}: about the harvest and the roads.</p>"
                    for n in range(4_000))
    (tmp_path / "event").mkdir()
    (tmp_path / "event" / "a.html").write_text(
        f"<main><h1>News conference</h1>{turns}<p>Last words: hydrogen.</p></main>",
        encoding="utf-8")
    script = fallback_script([Member("event/a.html", "x", "2019-12-19")], tmp_path)
    [[_, _, _, text]] = json.loads(script[len("daybookSearch("):-3])
    assert len(text) > 150_000 and text.endswith("Last words: hydrogen.")

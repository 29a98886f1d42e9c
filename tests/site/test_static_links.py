"""Where each site URL lies in the static edition, and links made relative to a file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from daybook.publish.static_links import (
    file_for,
    page_links,
    relative,
    rewrite_links,
)


def test_file_names() -> None:
    assert file_for("/") == "index.html"
    assert file_for("/?year=2019") == "index~year-2019.html"
    assert file_for("/day/2019-05-08?lang=en") == "day/2019-05-08~lang-en.html"
    assert file_for("/event/kremlin:60000?lang=en") == "event/kremlin_3a_60000~lang-en.html"
    assert file_for("/person/%D0%B2-%D0%BF%D1%83%D1%82%D0%B8%D0%BD") == "person/в-путин.html"
    assert file_for("/feed.atom", "application/atom+xml") == "feed.atom"
    assert file_for("/feed.atom?person=x", "application/atom+xml") == "feed~person-x.atom"
    assert file_for("/day/2019-05-08.json?lang=en", "application/json") == \
        "day/2019-05-08~lang-en.json"
    assert file_for("/day/2019-05-08.html?lang=en") == "day/2019-05-08.html~lang-en.html"
    assert file_for("/day/2019-05-08.html") != file_for("/day/2019-05-08")
    # A dot file or a path climbing out is a name like any other.
    assert file_for("/person/..") == "person/_2e_..html"
    assert file_for("/person/.hidden") == "person/_2e_hidden.html"


segment = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                  max_size=12).filter(lambda s: "/" not in s and s.strip() == s)


@given(st.lists(segment, min_size=1, max_size=3), st.lists(segment, min_size=1, max_size=3))
def test_distinct_urls_get_distinct_files(a: list[str], b: list[str]) -> None:
    from urllib.parse import quote

    ua = "/" + "/".join(quote(s, safe="") for s in a)
    ub = "/" + "/".join(quote(s, safe="") for s in b)
    fa, fb = file_for(ua), file_for(ub)
    assert (fa == fb) == (a == b)
    for f in (fa, fb):
        assert ":" not in f and "?" not in f and not f.startswith("/")
        assert all(part not in ("", ".", "..") for part in f.split("/"))


def test_links_become_relative_and_unknown_ones_go_nowhere() -> None:
    page = ('<a href="/day/2019-05-08?lang=en&amp;ui=fr#b3">d</a> <a href="/api/x">api</a>'
            ' <a href="https://example.org/">out</a> <img src="/static/a.png">'
            ' <form action="/search"></form> <a href="#top">top</a>')
    files = {"/day/2019-05-08?lang=en&ui=fr": "day/2019-05-08~lang-en~ui-fr.html",
             "/static/a.png": "static/a.png", "/search": "search.html"}
    out = rewrite_links(page, "event/kremlin_3a_1~lang-en.html", files.get)
    assert 'href="../day/2019-05-08~lang-en~ui-fr.html#b3"' in out
    assert 'data-unavailable="/api/x"' in out and 'href="/api/x"' not in out
    assert 'href="https://example.org/"' in out and 'href="#top"' in out
    assert 'src="../static/a.png"' in out and 'action="../search.html"' in out
    assert page_links(page) == ["/day/2019-05-08?lang=en&ui=fr", "/api/x", "/static/a.png"]


def test_relative_paths_are_encoded() -> None:
    assert relative("person/в-путин.html", "index.html") == \
        "person/%D0%B2-%D0%BF%D1%83%D1%82%D0%B8%D0%BD.html"
    assert relative("index.html", "day/x.html") == "../index.html"

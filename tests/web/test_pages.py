"""The HTML pages as a reader meets them: calendar, day, event, person, search."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest

from tests.web.conftest import crawl

Client = Any


def doc(client: Client, path: str, **kw: Any) -> Any:
    r = client.get(path, **kw)
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(r.text)


def text(tree: Any) -> str:
    return " ".join(tree.text_content().split())


def test_calendar_links_the_days(client: Client) -> None:
    # One year a page, the latest by default, with links to the other years.
    latest = doc(client, "/")
    years = latest.xpath("//nav[@class='years']//a/@href")
    assert "/?year=2023" in years and "/?year=2019" in years
    tree = doc(client, "/?year=2023")
    hrefs = tree.xpath("//table[@class='month']//a/@href")
    assert "/day/2023-11-08" in hrefs and "/day/2019-02-09" not in hrefs
    assert "/day/2019-02-09" in doc(client, "/?year=2019").xpath("//table//a/@href")
    # Months are captioned in the UI language.
    assert "November 2023" in text(tree)
    assert "Novembre 2023" in text(doc(client, "/?year=2023&ui=fr"))
    assert client.get("/?year=1850").status_code == 404
    assert client.get("/?year=twenty").status_code == 400


def test_day_is_a_timeline_with_downloads(client: Client) -> None:
    tree = doc(client, "/day/2023-11-08")
    items = tree.xpath("//ol[@class='timeline']/li")
    times = [" ".join(li.xpath("string(.//span[@class='time'])").split()) for li in items]
    assert times == ["—", "published 09:30", "published 14:25", "published 15:05",
                     "published 20:30"]
    first = items[3]
    assert "Zhang Youxia" in text(first) and "Novo-Ogaryovo" in text(first)
    assert first.xpath(".//a/@href")[0] == "/event/kremlin:72687?lang=fr"
    downloads = tree.xpath("//p[@class='downloads']/a/@href")
    assert downloads == ["/day/2023-11-08.txt", "/day/2023-11-08.md", "/day/2023-11-08.html",
                         "/day/2023-11-08.json"]
    txt = client.get("/day/2023-11-08.txt")
    assert txt.headers["content-type"].startswith("text/plain")
    assert "Zhang Youxia" in txt.text
    assert "attachment" in txt.headers["content-disposition"]
    assert client.get("/day/2023-11-08.json").json()["schema"] == "daybook/day@1"
    assert "Zhang Youxia" in client.get("/day/2023-11-08.md").text
    assert client.get("/day/2023-11-08.html").headers["content-type"].startswith("text/html")


def test_event_page_shows_the_record(client: Client) -> None:
    tree = doc(client, "/event/kremlin:72687?lang=fr")
    assert "Zhang Youxia" in tree.xpath("string(//h1)")
    people = tree.xpath("//section[@class='participants']//li")
    assert any("Sergueï Choïgu" in text(li) and "Défense" in text(li) for li in people)
    assert "/person/serguei-choigu" in tree.xpath("//section[@class='participants']//a/@href")
    speakers = {s.strip() for s in tree.xpath("//p[@class='speaker']/a/text()")}
    assert any("Poutine" in s for s in speakers)
    credits = tree.xpath("//section[@class='photos']//span[@class='credit']/text()")
    assert credits and all(c.strip() for c in credits)
    assert "http://en.kremlin.ru/events/president/news/72687" in tree.xpath(
        "//section[@class='sources']//a/@href")


def test_interview_numbers_questions_and_sets_inserts_apart(client: Client) -> None:
    tree = doc(client, "/event/kremlin:72682")
    labels = [" ".join(s.split()) for s in tree.xpath("//div[contains(@class,'question')]"
                                                       "/span[@class='qa']/text()")]
    assert labels[:3] == ["Question 1", "Question 2", "Question 3"]
    inserts = tree.xpath("//aside[@class='editorial']")
    assert inserts, "the digest's editorial inserts are shown apart"
    assert "official record" in text(inserts[0])


def test_event_ids_with_colons_route(client: Client) -> None:
    assert client.get("/event/kremlin%3A72687").status_code == 200
    assert client.get("/event/kremlin:99999999").status_code == 404


def test_person_page_lists_appearances(client: Client) -> None:
    # The French spelling's old URL leads to the one page of the person, every spelling on it.
    moved = client.get("/person/serguei-choigu", follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == "/person/person:sergei-shoigu"
    tree = doc(client, "/person/serguei-choigu")
    assert "Sergei Shoigu" in tree.xpath("string(//h1)")
    spellings = tree.xpath("//section[@class='spellings']//li/text()")
    assert {"Sergueï Choïgu", "Sergei Shoigu"} <= {s.strip() for s in spellings}
    assert "/event/kremlin:72687?lang=fr" in tree.xpath("//ol[@class='appearances']//a/@href")
    assert "ministre russe de la Défense" in text(tree)
    # Appearances per month add up to the appearances; the month table is accessible.
    months = [int(n) for n in tree.xpath("//table[@class='months']//td/text()")]
    assert sum(months) == int(tree.xpath("string(//strong[@class='total'])"))
    assert tree.xpath("//table[@class='months']//th[@scope='col']")
    assert client.get("/person/nobody-at-all").status_code == 404
    # Another script: the Russian form of the surname leads to the same page.
    assert client.get("/person/шойгу", follow_redirects=False).headers["location"] == \
        "/person/person:sergei-shoigu"


def test_people_list_searches_names_in_any_script(client: Client) -> None:
    tree = doc(client, "/people")
    rows = tree.xpath("//table[@class='people']//tbody/tr")
    counts = [int(r.xpath("string(td[@class='n'])")) for r in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] > 1
    for q in ("Poutine", "Путин", "putin"):
        first = doc(client, "/people", params={"q": q}).xpath(
            "//table[@class='people']//tbody/tr[1]//a/@href")
        assert first == ["/person/person:vladimir-putin"], q
    by_name = doc(client, "/people", params={"sort": "name"})
    assert by_name.xpath("//table[@class='people']//tbody/tr")
    empty = doc(client, "/people", params={"q": "zzzz-nobody"})
    assert empty.xpath("//p[@class='empty']")
    assert client.get("/people?sort=worst").status_code == 400
    # Past the last page: not found, as for a person's pages, not an empty page.
    assert client.get("/people?page=999").status_code == 404
    assert client.get("/people", params={"q": "zzzz-nobody", "page": 2}).status_code == 404


def test_search_page_hits_facets_and_pages(client: Client) -> None:
    tree = doc(client, "/search", params={"q": "négociation"})
    hits = tree.xpath("//li[@class='hit']")
    assert hits
    assert tree.xpath("//li[@class='hit']//mark")
    href = hits[0].xpath(".//a/@href")[0]
    assert href.startswith("/event/") and "#b" in href
    facet_links = tree.xpath("//aside[@class='facets']//a/@href")
    assert any("kind%3A" in h for h in facet_links)
    assert client.get(facet_links[0]).status_code == 200
    many = doc(client, "/search", params={"q": "from:2000-01-01"})
    nxt = many.xpath("//nav[@class='pager']/a[@rel='next']/@href")
    assert nxt and doc(client, nxt[0]).xpath("//li[@class='hit']")


def test_search_error_keeps_the_form(client: Client) -> None:
    r = client.get("/search", params={"q": '"unclosed'})
    assert r.status_code == 400
    tree = lxml.html.fromstring(r.text)
    assert "close the phrase" in tree.xpath("string(//p[@class='error'])")
    # Both forms (the header's and the page's, with dates and order) keep the query.
    assert set(tree.xpath("//input[@name='q']/@value")) == {'"unclosed'}


@pytest.mark.parametrize(("params", "headers", "word"), [
    ({}, {}, "Calendar"),
    ({"ui": "fr"}, {}, "Calendrier"),
    ({}, {"accept-language": "fr-FR,fr;q=0.9,en;q=0.5"}, "Calendrier"),
    ({"ui": "en"}, {"accept-language": "fr"}, "Calendar"),
])
def test_ui_language(client: Client, params: dict[str, str], headers: dict[str, str],
                     word: str) -> None:
    assert word in doc(client, "/", params=params, headers=headers).xpath("string(//h1)")


def test_every_internal_link_works(client: Client) -> None:
    """Crawl the site from its home page; no internal link may be broken."""
    seen = crawl(client, 150)
    assert len(seen) > 20


def test_print_stylesheet(client: Client) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and "@media print" in css.text


def test_a_turn_names_its_speaker_once(client: Client) -> None:
    tree = doc(client, "/event/kremlin:72687")
    labels = [" ".join(p.text_content().split()) for p in tree.xpath("//p[@class='speaker']")]
    # Putin's long opening turn, then Zhang Youxia's reply: two labels, not one a paragraph.
    assert labels[:2] == [
        "Vladimir Poutine, Président de la Russie:",
        "Zhang Youxia, vice-président de la Commission militaire centrale chinoise:",
    ]


def test_search_shows_the_expansion_and_a_suggestion(client: Client) -> None:
    tree = doc(client, "/search", params={"q": "Choïgou"})
    hits = set(tree.xpath("//li[@class='hit']/a[@class='title']/@href"))
    assert any("kremlin:72687" in h for h in hits)
    suggestion = tree.xpath("//aside[@class='suggestions']/p[contains(@class, 'person')]")[0]
    assert suggestion.xpath("a/@href")[0] == "/person/person:sergei-shoigu"
    assert "Shoigu" in suggestion.xpath("string(.)")
    literal = suggestion.xpath("a[@class='literal']/@href")[0]
    # The literal search quotes the word: nothing expands, nothing is suggested.
    plain = doc(client, literal)
    assert not plain.xpath("//aside[@class='suggestions']")
    assert plain.xpath("//input[@name='q']/@value")[0] == '"Choïgou"'
    # The same events whatever the script the person is written in.
    for q in ("Shoigu", "Шойгу"):
        other = doc(client, "/search", params={"q": q})
        assert set(other.xpath("//li[@class='hit']/a[@class='title']/@href")) == hits, q


def test_search_form_dates_order_and_help(client: Client) -> None:
    tree = doc(client, "/search", params={"q": "negotiations", "from": "2019-01-01",
                                          "to": "2019-12-31", "sort": "date"})
    assert tree.xpath("//input[@name='from']/@value") == ["2019-01-01"]
    assert tree.xpath("//select[@name='sort']/option[@selected]/@value") == ["date"]
    dates = tree.xpath("//li[@class='hit']//time/@datetime")
    assert dates and dates == sorted(dates, reverse=True)
    assert all(d.startswith("2019") for d in dates)
    # The pager and the facets keep the dates and the order (they are in the query).
    assert "from:2019-01-01" in tree.xpath("//input[@name='q']/@value")[0]
    assert doc(client, "/search").xpath("//p[@class='help']")
    none = doc(client, "/search", params={"q": "zzzqqqxxx"})
    assert none.xpath("//p[contains(@class, 'no-results')]")
    assert client.get("/search?q=a&sort=best").status_code == 400


def test_feed_honours_person_lang_q_and_tag(client: Client) -> None:
    import lxml.etree

    def entries(**params: str) -> list[str]:
        r = client.get("/feed.atom", params=params)
        assert r.status_code == 200
        root = lxml.etree.fromstring(r.content)
        return root.xpath("//a:entry/a:link[@rel='alternate']/@href",
                          namespaces={"a": "http://www.w3.org/2005/Atom"})

    every = entries()
    french = entries(lang="fr")
    assert french and all(e.endswith("?lang=fr") for e in french)
    assert any(not e.endswith("?lang=fr") for e in every)
    shoigu = entries(person="serguei-choigu")
    assert shoigu and shoigu == entries(person="person:sergei-shoigu")
    only_fr = entries(person="person:sergei-shoigu", lang="fr")
    assert only_fr and set(only_fr) <= set(shoigu) and len(only_fr) < len(shoigu)
    assert entries(q="zzzqqqxxx") == []
    found = entries(q="négociation")
    assert found and all(e.endswith("?lang=fr") for e in found)
    assert entries(q="négociation", lang="en") == []


def test_a_lower_bound_total_says_so_and_links_to_the_count(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A very common word ranks its newest matches only: the page says "at least" and
    links to the same search with every match counted."""
    from daybook.store import sqlite_search
    from daybook.web import search_views

    # Pages of two events, ranking the newest 30 matching blocks.
    monkeypatch.setattr(search_views, "SEARCH_PAGE_SIZE", 2)
    monkeypatch.setattr(sqlite_search, "RANKED_BLOCKS", 30)
    monkeypatch.setattr(sqlite_search, "BLOCKS_PER_EVENT", 1)
    bounded = doc(client, "/search", params={"q": "the"})
    count = bounded.xpath("//p[@class='count']")[0]
    assert count.text_content().startswith("At least ")
    at_least = int(count.text_content().split()[2])
    link = count.xpath(".//a/@href")[0]
    assert "exact=1" in link
    counted = doc(client, link).xpath("//p[@class='count']")[0].text_content()
    assert not counted.startswith("At least") and int(counted.split()[0]) > at_least
    api = client.get("/api/search", params={"q": "the", "size": 2}).json()
    assert api["total_is_exact"] is False and api["total"] == at_least
    every = client.get("/api/search", params={"q": "the", "size": 2, "exact": "1"}).json()
    assert every["total_is_exact"] is True and every["total"] == int(counted.split()[0])

"""What readers of the site rely on: a French interface all the way, honest clock times,
pages for days without events, long transcripts with contents, paragraph links and
citations (BibTeX, CSL-JSON)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from markupsafe import Markup

from daybook.model import Block, Event, Source
from daybook.store import open_store
from daybook.web.typography import NBSP, NNBSP, french, typo

Client = Any
MSK = dt.timezone(dt.timedelta(hours=3))


def doc(client: Client, path: str, **kw: Any) -> Any:
    r = client.get(path, **kw)
    assert r.status_code == 200, (path, r.status_code, r.text[:300])
    return lxml.html.fromstring(r.text)


def words(tree: Any) -> str:
    return " ".join(tree.text_content().split())


# -- typography --------------------------------------------------------------------------------


def test_typo_filter_sets_french_text_only() -> None:
    """The filter is the core's ``french`` (tests/translate/test_typography.py) on French
    text; other languages and markup pass as they are, and text set once stays set."""
    assert typo("Question: pourquoi?", "fr") == f"Question{NBSP}: pourquoi{NNBSP}?"
    assert typo("Question: why?", "en") == "Question: why?"
    assert typo(Markup("<b>a:</b> b"), "fr") == Markup("<b>a:</b> b")
    done = french("Il a dit “bonjour” ! Voir http://kremlin.ru/a?b=c!")
    assert done == f"Il a dit «{NBSP}bonjour{NBSP}»{NNBSP}! Voir http://kremlin.ru/a?b=c!"
    assert typo(done, "fr-FR") == done


# -- the French interface ----------------------------------------------------------------------

ENGLISH_KINDS = ("meeting", "telephone conversation", "visit", "interview", "address")


def test_french_day_page_is_french(client: Client) -> None:
    r = client.get("/day/2023-11-08", params={"ui": "fr"})
    tree = lxml.html.fromstring(r.text)
    assert tree.xpath("/html/@lang") == ["fr"]
    kinds = [k.strip() for k in tree.xpath("//ol[@class='timeline']//span[@class='kind']/text()")]
    assert kinds and "réunion" in kinds and not set(kinds) & set(ENGLISH_KINDS)
    assert "publié à 15 h 05" in words(tree)
    assert "texte" in tree.xpath("string(//p[@class='downloads'])")
    # A no-break space before the colon of a French label, never inside an address.
    assert f"Télécharger cette journée{NBSP}:" in r.text
    assert not [h for h in tree.xpath("//@href") if NBSP in h or NNBSP in h]
    assert "Journée du mercredi 8 novembre 2023" in tree.xpath("string(//h1)")


def test_the_frame_follows_the_content_language(client: Client) -> None:
    tree = doc(client, "/event/kremlin:72687", params={"lang": "fr"})
    assert tree.xpath("/html/@lang") == ["fr"]
    assert "Journée du" in tree.xpath("string(//p[@class='crumbs'])")
    # An English reader's own choice wins over the content.
    tree = doc(client, "/event/kremlin:72687", params={"lang": "fr", "ui": "en"})
    assert tree.xpath("/html/@lang") == ["en"]
    assert tree.xpath("//h1/@lang") == ["fr"]  # the French text is marked as such


def test_blocks_in_another_language_than_the_frame_say_so(client: Client) -> None:
    tree = doc(client, "/event/kremlin:90001", params={"ui": "fr"})
    assert tree.xpath("/html/@lang") == ["fr"]
    assert tree.xpath("//h1/@lang") == ["en"]
    assert tree.xpath("//div[contains(@class,'block')]/p[@lang='en']")
    assert "réunion" in tree.xpath("string(//span[@class='kind'])")


# -- honest times ------------------------------------------------------------------------------


def test_a_publication_time_is_said_to_be_one(client: Client) -> None:
    tree = doc(client, "/event/kremlin:72687", params={"ui": "en", "lang": "fr"})
    assert "published 15:05" in tree.xpath("string(//p[@class='when'])")
    assert "not when the event began" in words(tree)
    tree = doc(client, "/event/kremlin:72687", params={"lang": "fr"})
    assert "publié à 15\u00a0h\u00a005" in tree.xpath("string(//p[@class='when'])")


def test_calendar_gives_a_publication_time_as_a_point(client: Client) -> None:
    from icalendar import Calendar

    r = client.get("/calendar.ics", params={"from": "2023-11-08", "to": "2023-11-08"})
    cal = Calendar.from_ical(r.text)
    timed = [v for v in cal.walk("VEVENT") if isinstance(v.decoded("dtstart"), dt.datetime)]
    assert timed
    for v in timed:
        assert "DTEND" not in v and "DURATION" not in v  # no invented duration
        assert v["X-DAYBOOK-TIME-BASIS"] == "published"
        assert "publication" in str(v["DESCRIPTION"])


# -- days --------------------------------------------------------------------------------------


def _gap(web_db: Path) -> tuple[dt.date, dt.date, dt.date]:
    """Two consecutive days with events more than two days apart, and a day between."""
    store = open_store(web_db)
    try:
        dates = store.dates()
    finally:
        store.close()
    for a, b in itertools.pairwise(dates):
        if (b - a).days > 2:
            return a, a + dt.timedelta(days=1), b
    raise AssertionError("the test archive has no gap")


def test_a_day_without_events_has_a_page(client: Client, web_db: Path) -> None:
    before, empty, after = _gap(web_db)
    tree = doc(client, f"/day/{empty}", params={"ui": "en"})
    assert "No events on this day." in words(tree)
    prev = tree.xpath("//nav[@class='pager']/a[@rel='prev']")[0]
    nxt = tree.xpath("//nav[@class='pager']/a[@rel='next']")[0]
    assert prev.get("href") == f"/day/{before}?ui=en"
    assert nxt.get("href") == f"/day/{after}?ui=en"
    assert "Previous day" in prev.text_content()  # the day just before: no gap to say
    assert "next day with events:" in nxt.text_content()  # a jump across days without any
    # Outside the archive's span there is no page, and the downloads need events.
    assert client.get("/day/1900-01-01").status_code == 404
    assert client.get(f"/day/{empty}.json").status_code == 404


def test_the_day_has_a_timeline(client: Client) -> None:
    tree = doc(client, "/day/2023-11-08", params={"ui": "fr"})
    marks = tree.xpath("//figure[@class='day-timeline']//*[local-name()='a']/@href")
    assert marks and all(m.startswith("#e") for m in marks)
    for m in marks:
        assert tree.xpath(f"//ol[@class='timeline']/li[@id='{m[1:]}']")
    assert "Chronologie" in tree.xpath("string(//figcaption)")


# -- long transcripts --------------------------------------------------------------------------

LONG_ID = "kremlin:97000"


def long_event() -> Event:
    """A news conference of 130 questions over 650 blocks (two parts), with a list."""
    blocks: list[Block] = [Block("turn", "Good afternoon, colleagues.", speaker="Vladimir Putin",
                                 role="President of Russia")]
    for n in range(1, 131):
        blocks.append(Block("question", f"Question {n} first paragraph.",
                            speaker=f"Journalist {n % 7}", number=n))
        blocks.append(Block("question", f"Question {n} second paragraph.",
                            speaker=f"Journalist {n % 7}", number=n))
        blocks += [Block("answer", f"Answer {n} paragraph {i}.", speaker="Vladimir Putin",
                         number=n) for i in range(3)]
    blocks[4:4] = [Block("list", "1. first point", speaker="Vladimir Putin", number=1),
                   Block("list", "2. second point", speaker="Vladimir Putin", number=1)]
    return Event(id=LONG_ID, kind="conference", date=dt.date(2019, 12, 19), language="en",
                 title="Annual news conference", start=dt.datetime(2019, 12, 19, 16, 20,
                                                                   tzinfo=MSK),
                 timezone="Europe/Moscow", time_basis="published",
                 sources=(Source("http://en.kremlin.ru/events/president/news/97000",
                                 "en.kremlin.ru", "CC BY 4.0"),),
                 blocks=tuple(blocks))


@pytest.fixture(scope="module")
def long_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    db = tmp_path_factory.mktemp("long") / "long.db"
    store = open_store(db)
    earlier = Event(id="kremlin:96990", kind="meeting", date=dt.date(2019, 12, 15),
                    language="en", title="Meeting with Government members",
                    blocks=(Block("paragraph", "The meeting took place."),))
    # Published on the 17th, a day without events, about the news conference.
    notice = Event(id="kremlin:96995", kind="announcement", date=dt.date(2019, 12, 17),
                   language="en", title="Announcement: annual news conference",
                   blocks=(Block("paragraph", "The news conference begins at noon."),))
    with store.transaction():
        for e in (long_event(), earlier, notice):
            store.save_event(e, origin="tests/web/test_reader_site.py")
    store.close()
    with TestClient(create_app(db)) as c:
        yield c


def test_contents_box_spans_the_parts(long_client: Client) -> None:
    second = doc(long_client, f"/event/{LONG_ID}", params={"part": "2"})
    questions = second.xpath("//details[@class='toc']//ol[@class='questions']/li")
    assert len(questions) == 130
    hrefs = [li.xpath("./a/@href")[0] for li in questions]
    assert hrefs[0] == f"/event/{LONG_ID}#b1"  # part 1, from part 2
    assert any("part=2" in h for h in hrefs)
    assert questions[0].xpath("string(./a)") == "Journalist 1"
    speakers = {" ".join(li.text_content().split())
                for li in second.xpath("//ul[@class='speakers']/li")}
    assert "Vladimir Putin 131 turn(s)" in speakers
    # Every link of the contents lands on its anchor.
    for href in hrefs[::17]:
        path, anchor = href.split("#")
        assert doc(long_client, path).xpath(f"//*[@id='{anchor}']"), href


def test_answer_numbers_once_and_lists_as_lists(long_client: Client) -> None:
    tree = doc(long_client, f"/event/{LONG_ID}")
    labels = [s.strip() for s in tree.xpath("//span[@class='qa']/text()")]
    assert labels.count("Answer 1") == 1 and labels.count("Question 1") == 1
    items = tree.xpath("//ol[@class='list']/li")
    assert [li.get("value") for li in items] == ["1", "2"]
    assert items[0].xpath("string(.)").startswith("first point")
    # Paragraph links point at their own block, and :target highlights it.
    assert tree.xpath("//div[@id='b7']//a[@class='pilcrow']/@href") == ["#b7"]
    assert ":target" in long_client.get("/static/style.css").text


def test_citations(long_client: Client) -> None:
    from pybtex.database import parse_string

    today = dt.date.today().isoformat()
    tree = doc(long_client, f"/event/{LONG_ID}")
    box = words(tree.xpath("//section[@class='cite']")[0])
    assert "Annual news conference" in box and "en.kremlin.ru/events/president/news/97000" in box
    bib = long_client.get(f"/event/{LONG_ID}/cite.bib", params={"lang": "en", "block": "7"})
    assert bib.status_code == 200 and "attachment" in bib.headers["content-disposition"]
    entry = parse_string(bib.text, "bibtex").entries[f"{LONG_ID}-b7"]
    assert entry.type == "online" and entry.fields["urldate"] == today
    # The paragraph's stable address leads to the part that holds it, at its anchor.
    assert entry.fields["url"] == f"/event/{LONG_ID}?lang=en&block=7"
    moved = long_client.get(f"/event/{LONG_ID}?lang=en&block=600", follow_redirects=False)
    assert moved.headers["location"].endswith("part=2#b600")
    assert str(entry.persons["author"][0]) == "Putin, Vladimir"
    item = json.loads(long_client.get(f"/event/{LONG_ID}/cite.json").text)[0]
    assert item["title"] == "Annual news conference" and item["issued"] == {
        "date-parts": [[2019, 12, 19]]}
    assert item["accessed"]["date-parts"][0] == [int(x) for x in today.split("-")]
    page = doc(long_client, f"/event/{LONG_ID}/cite", params={"block": "7", "ui": "fr"})
    assert "Citer ce paragraphe" in page.xpath("string(//h1)")
    assert long_client.get(f"/event/{LONG_ID}/cite", params={"block": "9999"}).status_code == 404
    assert long_client.get(f"/event/{LONG_ID}/cite.xml").status_code == 404


def test_an_empty_day_lists_the_announcements_published_on_it(long_client: Client) -> None:
    tree = doc(long_client, "/day/2019-12-17", params={"ui": "fr"})
    assert "Aucun événement ce jour-là." in words(tree)
    notices = tree.xpath("//section[@class='announcements']//a")
    assert [a.text_content() for a in notices] == ["Announcement: annual news conference"]
    assert notices[0].get("lang") == "en"
    pager = words(tree.xpath("//nav[@class='pager']")[0])
    assert "jour précédent avec des événements : 15 décembre 2019" in pager
    assert "jour suivant avec des événements : 19 décembre 2019" in pager
    # Outside the archive's span: no page; an error page in French says so.
    missing = long_client.get("/day/2019-12-25", params={"ui": "fr"})
    assert missing.status_code == 404
    assert "Cette page n’existe pas ici." in missing.text

"""HTML rendering: a valid standalone page, escaped text, editorial inserts set apart."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import html as lxml_html

from daybook.model import Block, Day, Participant, Photo, Source
from daybook.publish.html import render_html, safe_url

PAYLOAD = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def page(day: Day) -> str:
    return render_html(day)


def test_standalone_page(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    doc = lxml_html.fromstring(page)
    assert doc.get("lang") == "fr"
    assert doc.find(".//meta[@charset]") is not None
    assert doc.xpath("//head/style") and not doc.xpath("//link[@rel='stylesheet']")
    assert not doc.xpath("//script")
    assert "@media print" in page
    assert len(doc.xpath("//article[contains(@class, 'event')]")) == 5
    toc = doc.xpath("//nav//li/a/@href")
    assert toc == [f"#event-{n}" for n in range(1, 6)]
    assert all(doc.xpath(f"//*[@id='{h[1:]}']") for h in toc)


def test_record_structure(page: str) -> None:
    doc = lxml_html.fromstring(page)
    interview = doc.get_element_by_id("event-1")
    questions = interview.xpath(".//p[@class='question']")
    assert len(questions) == 8
    assert questions[0].xpath("string(.//span[@class='qnum'])") == "Question 1."
    speakers = doc.xpath("//strong[@class='speaker']/text()")
    assert "Vladimir Poutine" in speakers and "Zhang Youxia" in speakers
    ev5 = doc.get_element_by_id("event-5")
    people = ev5.xpath(".//section[@class='participants']//li")
    assert len(people) == 15
    assert people[-1].text_content() == "Anton Siluanov, ministre des Finances"
    ev4 = doc.get_element_by_id("event-4")
    captions = ev4.xpath(".//figure//figcaption")
    assert len(captions) == 8
    assert "Photo\u00a0: Sergueï Bobylev, TASS" in captions[1].text_content()
    assert ev4.xpath(".//hr[@class='separator']") and ev4.xpath(".//p[@class='elision']")
    assert ev5.xpath(".//p[@class='status']")[0].text == "À suivre."
    ordered = interview.xpath(".//ol/li/@value")
    assert ordered == ["1", "2", "3", "4"]


def test_editorial_apart(page: str) -> None:
    doc = lxml_html.fromstring(page)
    asides = doc.xpath("//aside[contains(@class, 'editorial')]")
    texts = [a.text_content() for a in asides]
    assert any("Kazinform" in t for t in texts)
    assert any("CARTE évolution des niveaux" in t for t in texts)
    wiki = next(a for a in asides if "États participant" in a.text_content())
    assert wiki.xpath(".//a/@href") == [
        "https://fr.wikipedia.org/wiki/Communaut%C3%A9_des_%C3%89tats_ind%C3%A9pendants"]
    assert "hors compte rendu officiel" in wiki.text_content()
    # Nothing editorial inside the official record's paragraphs.
    record = " ".join(p.text_content() for p in doc.xpath("//section[@class='record']/p"))
    assert "Kazinform" not in record and "États observateurs" not in record


def test_untrusted_text_is_escaped(day: Day) -> None:
    ev = day.events[3]
    evil = replace(
        ev,
        title=f"Titre {PAYLOAD}",
        lead=PAYLOAD,
        blocks=(Block("turn", PAYLOAD, speaker=f"X {PAYLOAD}", role=PAYLOAD),
                Block("editorial", PAYLOAD, provenance="editorial",
                      source_url='javascript:alert("x")'),),
        participants=(Participant(PAYLOAD, PAYLOAD),),
        photos=(Photo(1, PAYLOAD, PAYLOAD, url="javascript:alert(2)"),),
        sources=(Source('https://example.org/"><script>alert(3)</script>'),
                 Source("javascript:alert(4)")),
    )
    page = render_html(replace(day, title=PAYLOAD, events=(evil,)))
    assert "<script>" not in page
    doc = lxml_html.fromstring(page)
    assert not doc.xpath("//script")
    hrefs = doc.xpath("//@href") + doc.xpath("//@src")
    assert not any(h.strip().lower().startswith("javascript:") for h in hrefs)
    assert doc.xpath("string(//h1)") == PAYLOAD
    assert f"Titre {PAYLOAD}" in doc.xpath("string(//article//h2)")


def test_safe_url() -> None:
    assert safe_url("https://en.kremlin.ru/x") == "https://en.kremlin.ru/x"
    assert safe_url(" JavaScript:alert(1)") is None
    assert safe_url("data:text/html,x") is None and safe_url(None) is None


def test_colon_spacing_by_language(day: Day) -> None:
    """French labels take a no-break space before their colon; English ones none (guard)."""
    fr = lxml_html.fromstring(render_html(day, "fr")).text_content()
    en = lxml_html.fromstring(render_html(day, "en")).text_content()
    assert "Source\u00a0:" in fr and "Source :" not in fr
    assert "Source:" in en and "Source\u00a0:" not in en and "Source :" not in en

"""The news-feed source (RSS 2.0 and Atom 1.0): what it claims, what it reads, ingest."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daybook.days import assemble_day
from daybook.errors import MalformedInputError
from daybook.ingest import ingest_paths, iter_input_files
from daybook.publish.json_export import render_json
from daybook.sources import feed
from daybook.sources.document import document_from_text, read_document
from daybook.sources.registry import detect_reader
from daybook.store.base import Store
from tests.golden import FIXTURES
from tests.test_contract import validate

RSS = FIXTURES / "feed" / "presidence-rss2.xml"
ATOM = FIXTURES / "feed" / "presidency-atom.xml"
KREMLIN_PAGE = FIXTURES / "kremlin-en-2019" / "news" / "59803.html"


def test_claims_feeds_and_nothing_else() -> None:
    assert detect_reader(read_document(RSS)).name == "feed"
    assert detect_reader(read_document(ATOM)).name == "feed"
    assert detect_reader(read_document(FIXTURES / "digest-fr" / "2023-11-08.txt")).name == (
        "digest")
    if KREMLIN_PAGE.exists():
        assert not feed.detect(read_document(KREMLIN_PAGE))
    assert not feed.detect(document_from_text('<?xml version="1.0"?><urlset></urlset>'))
    assert not feed.detect(document_from_text("I read <rss version=2.0> in a text."))


def test_rss_items_become_events() -> None:
    parsed = feed.read(read_document(RSS))
    first, second, third = parsed.events
    assert first.id == "presidence.example:entretien-telephonique-finlande"
    assert second.id == "presidence.example:presidence-actualite-48213"  # guid, not a URL
    assert first.language == "fr" and first.kind == "call"
    # The site's own offset is kept: 23:40 at +01:00 is still the 7th.
    assert third.date == dt.date(2023, 11, 7)
    assert third.start == dt.datetime(2023, 11, 7, 23, 40,
                                      tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert third.time_basis == "published"  # a feed dates the news item, not the event
    assert first.lead == ("Le Président de la République s’est entretenu par téléphone "
                          "avec son homologue finlandais.")
    assert [b.text for b in first.blocks] == [
        "Le Président de la République s’est entretenu ce soir par téléphone avec le "
        "Président de la République de Finlande.",
        "Les deux chefs d’État ont évoqué la sécurité européenne et la préparation du "
        "prochain Conseil européen.",
        "Soutien à l’Ukraine ;", "coopération énergétique."]
    assert all(b.source_url == first.url and b.origin for b in first.blocks)
    assert first.tags.topics == ("Europe", "Diplomatie")
    assert first.sources[0].publisher == "Présidence – Actualités"
    # The undated fourth item is reported, not invented.
    assert [(d.code, d.where, d.severity) for d in parsed.diagnostics] == [
        ("feed-item", f"{RSS}#item[4]", "error")]


def test_atom_entries_become_events() -> None:
    parsed = feed.read(read_document(ATOM))
    assert [e.id for e in parsed.events] == ["presidency.example:meeting-cabinet",
                                             "presidency.example:b6a5f40fb4caddf0"]
    meeting = parsed.events[0]
    assert meeting.title == "Meeting with the Prime Minister & Cabinet"  # type="html" title
    assert meeting.start is not None and meeting.start.utcoffset() == dt.timedelta(hours=2)
    assert [b.text for b in meeting.blocks] == ["The President met the Prime Minister.",
                                                "They discussed the draft budget for 2024."]
    assert meeting.language == "en" and not parsed.diagnostics


def test_unreadable_feeds_are_errors_naming_the_file() -> None:
    with pytest.raises(MalformedInputError, match=r"x\.xml: not a readable feed"):
        feed.parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><title>',
                        origin="x.xml")
    with pytest.raises(MalformedInputError, match="names no site"):
        feed.parse_feed(b'<rss version="2.0"><channel><title>t</title><item><title>a'
                        b"</title><guid>g1</guid><pubDate>Wed, 08 Nov 2023 10:00:00 +0100"
                        b"</pubDate></item></channel></rss>", origin="y.xml")


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=RSS.stat().st_size))
def test_a_truncated_feed_never_crashes(cut: int) -> None:
    """Cut anywhere, a feed yields some of its items or a clear error, never a crash."""
    data = RSS.read_bytes()[:cut]
    try:
        parsed = feed.parse_feed(data, origin="cut.xml")
    except MalformedInputError as exc:
        assert "cut.xml" in str(exc)
        return
    assert len(parsed.events) <= 3
    assert all(e.id.startswith("presidence.example:") for e in parsed.events)


def test_ingest_a_feed_directory_twice(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "feeds"
    folder.mkdir()
    shutil.copy(RSS, folder / "presidence.xml")
    shutil.copy(ATOM, folder / "presidency.atom")
    (folder / "notes.json").write_text("{}")
    (folder / "sitemap.xml").write_text('<?xml version="1.0"?><urlset></urlset>')
    assert [p.name for p in iter_input_files([folder])] == ["presidence.xml",
                                                           "presidency.atom"]
    report = ingest_paths(store, [folder], workers=1)
    assert not report.failed and report.totals()["new"] == 5
    again = ingest_paths(store, [folder], workers=1)
    assert again.totals()["new"] == 0 and again.totals()["revised"] == 0
    day = assemble_day(store, dt.date(2023, 11, 8), "fr")
    assert [e.title for e in day.events] == [
        "Réunion de travail sur la politique industrielle",
        "Entretien téléphonique avec le Président de la République de Finlande"]
    validate(json.loads(render_json(day)))  # the export contract holds for feed events
    # Another site's ids never meet the kremlin's.
    assert all(":" in e.id and not e.id.startswith("kremlin:") for e in day.events)

"""``daybook site build``: the whole site as files whose links all lead somewhere, and
rebuilt incrementally."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

from click.testing import CliRunner

from daybook.cli import main
from daybook.publish.static_site import MANIFEST, build_site
from daybook.settings import Settings
from daybook.store import open_store

LINK = re.compile(r'\b(href|src|action)="([^"]*)"')


def html_files(out: Path) -> list[Path]:
    return [p for p in out.rglob("*.html") if "pagefind" not in p.parts]


def test_every_link_of_the_edition_leads_to_a_file(edition: Path) -> None:
    pages = html_files(edition)
    assert len(pages) > 50
    checked = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for attr, value in LINK.findall(text):
            value = value.replace("&amp;", "&")
            parts = urlsplit(value)
            if parts.scheme or value.startswith("#") or value.startswith("//"):
                continue
            assert not value.startswith("/"), (page, value)  # nothing site-absolute is left
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), (page.relative_to(edition), attr, value)
            assert edition.resolve() in target.parents
            checked += 1
    assert checked > 1000


def test_the_edition_holds_every_day_event_and_download(edition: Path, site_db: Path) -> None:
    store = open_store(site_db, read_only=True)
    try:
        dates = store.dates()
        events = [(e.id, e.language) for e in store.iter_events()]
        months = {e.date.isoformat()[:7] for e in store.iter_events() if e.kind != "announcement"}
    finally:
        store.close()
    for d in dates:
        assert (edition / "day" / f"{d.isoformat()}.html").is_file()
        assert (edition / "day" / f"{d.isoformat()}.json").is_file()
    for event_id, lang in events:
        name = event_id.replace(":", "_3a_")
        assert (edition / "event" / f"{name}~lang-{lang}.html").is_file(), event_id
    assert (edition / "feed.atom").read_text(encoding="utf-8").startswith("<?xml")
    assert (edition / "calendar.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    # The French interface has pages of its own, linked from the English ones.
    assert "Calendrier" in (edition / "index~ui-fr.html").read_text(encoding="utf-8")
    assert 'href="index~ui-fr.html"' in (edition / "index.html").read_text(encoding="utf-8")
    # The search index and its page; the other pages run no script.
    assert (edition / "pagefind" / "ui" / "pagefind-ui.js").is_file()
    search_page = (edition / "search.html").read_text(encoding="utf-8")
    assert 'src="pagefind/ui/pagefind-ui.js"' in search_page
    # One index per month of events and a few for people, and the same as scripts for
    # the edition opened from disk.
    for month in months:
        assert (edition / "pagefind" / month / "pagefind-entry.json").is_file()
        assert (edition / "search" / f"{month}.js").read_text(encoding="utf-8").startswith(
            "daybookSearch([[")
        assert f"pagefind/{month}/" in search_page
    assert list((edition / "pagefind").glob("people-*/pagefind-entry.json"))
    for page in html_files(edition):
        if page.name != "search.html":
            assert "<script" not in page.read_text(encoding="utf-8"), page
    # Events and people are indexed once (not their copies in the other UI language).
    event_page = edition / "event" / "kremlin_3a_60630~lang-en.html"
    assert "data-pagefind-body" in event_page.read_text(encoding="utf-8")
    copy = edition / "event" / "kremlin_3a_60630~lang-en~ui-fr.html"
    assert "data-pagefind-body" not in copy.read_text(encoding="utf-8")
    # A paragraph's link is its anchor on the event's page; no file per paragraph.
    assert 'href="kremlin_3a_60630~lang-en.html#b3"' in event_page.read_text(encoding="utf-8")
    assert not list((edition / "event").rglob("*block*"))


def test_a_rebuild_rewrites_only_the_changed_day(site_db: Path, edition: Path,
                                                 tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(site_db, db)
    out = tmp_path / "public"
    shutil.copytree(edition, out)
    settings = Settings(db=str(db))
    store = open_store(db)
    try:
        event = store.get_event("kremlin:60527", "en")
        assert event is not None
        other_day = next(d for d in store.dates() if d != event.date)
        with store.transaction():
            store.save_event(dataclasses.replace(event, title="A title edited since"),
                             origin="test")
    finally:
        store.close()
    before = {p: p.stat().st_mtime_ns for p in html_files(out)}
    month = event.date.isoformat()[:7]
    shards = {p.name: p.stat().st_mtime_ns for p in (out / "pagefind").iterdir()
              if p.name != "ui"}
    report = build_site(settings, out, uis=("en", "fr"))
    assert not report.full and report.changed_days == 1 and report.broken == []
    page = out / "event" / "kremlin_3a_60527~lang-en.html"
    assert "A title edited since" in page.read_text(encoding="utf-8")
    day = out / "day" / f"{event.date.isoformat()}.html"
    assert "A title edited since" in day.read_text(encoding="utf-8")
    untouched = out / "day" / f"{other_day.isoformat()}.html"
    assert untouched.stat().st_mtime_ns == before[untouched]
    changed = [p for p in html_files(out) if p.stat().st_mtime_ns != before.get(p)]
    assert page in changed and day in changed
    assert len(changed) < len(before) / 4
    # The search index was made again for the event's month and the people it links, not
    # for the other months; both indexes hold the new title.
    assert report.indexed and 1 <= report.shards < len(shards) / 2
    remade = {n for n, t in shards.items() if (out / "pagefind" / n).stat().st_mtime_ns != t}
    assert month in remade and len(remade) == report.shards
    assert "A title edited since" in (out / "search" / f"{month}.js").read_text(
        encoding="utf-8")
    assert all((out / "pagefind" / n / "pagefind-entry.json").is_file() for n in shards)
    # Nothing changed: nothing written, the index kept.
    again = build_site(settings, out, uis=("en", "fr"))
    assert again.written == 0 and again.changed_days == 0 and not again.indexed
    # --full asks every page again and writes none that did not change.
    full = build_site(settings, out, uis=("en", "fr"), full=True)
    assert full.full and full.unchanged > 0


def test_the_command_builds_and_reports(site_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "public"
    result = CliRunner().invoke(main, ["site", "build", str(out), "--db", str(site_db),
                                       "--no-search", "--ui", "fr"])
    assert result.exit_code == 0, result.output
    assert "full build" in result.output and (out / MANIFEST).is_file()
    assert "Calendrier" in (out / "index.html").read_text(encoding="utf-8")
    assert not (out / "pagefind").exists()
    bad = CliRunner().invoke(main, ["site", "build", str(out), "--db", str(site_db),
                                    "--ui", "de"])
    assert bad.exit_code != 0 and "no interface in de" in bad.output

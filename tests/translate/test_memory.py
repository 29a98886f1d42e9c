"""The translation memory end to end, on both backends: a hand-translated digest of a real
en.kremlin.ru page is ingested with the page, aligned into the memory, and a revised page
is translated with the memory first and Apertium only for what it does not hold."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from daybook.cli import main
from daybook.days import assemble_day
from daybook.ingest import ingest_paths
from daybook.model import Event
from daybook.store import Store, open_store
from daybook.store.copy import copy_archive
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.cache import TranslationCache, cache_name
from daybook.translate.day import cached_day_in_language, day_in_language, translate_day
from daybook.translate.engines import CachedOnlyEngine
from daybook.translate.memory import (
    TranslationMemory,
    learn_all,
    make_segment,
    waiting,
)
from tests.conftest import FIXTURES

DIGEST = FIXTURES / "memory" / "2019-02-09.txt"
PAGE = FIXTURES / "kremlin-en-2019" / "news" / "59803.html"
DAY = dt.date(2019, 2, 9)
EVENT = "kremlin:59803"
# The page's sentences the revised copy changes: one edited lightly, one replaced.
LIGHT = ("We will of course continue to discuss our work in the field of military "
         "construction and cooperation.")
LIGHT_NEW = ("We will, of course, continue to discuss our work in the field of military "
             "construction and cooperation.")
GONE = "We understand how sensitive this is for Kyrgyzstan."
GONE_NEW = "Our governments will hold talks on this matter in the spring."


def _replace(html: str, old: str, new: str) -> str:
    """``old`` replaced in a page whose text may break lines or use no-break spaces."""
    pattern = r"\s+".join(map(re.escape, old.split()))
    out, n = re.subn(pattern, new, html)
    assert n == 1, old
    return out


def _pairs(store: Store) -> dict[str, str]:
    return {s.source: s.target for s in store.memory.all()}


def _event(store: Store, lang: str) -> Event:
    event = store.get_event(EVENT, lang)
    assert event is not None
    return event


def test_an_edited_digest_and_its_page_make_human_pairs(store: Store) -> None:
    report = ingest_paths(store, [DIGEST])
    assert not report.failed
    assert store.memory.size().segments == 0  # the page is not there yet: it waits
    assert waiting(store) == [(EVENT, "fr")]
    ingest_paths(store, [PAGE])
    assert waiting(store) == []
    pairs = _pairs(store)
    assert pairs["Thank you."] == "Merci."
    assert pairs["This is a very important political event for us."] == (
        "C’est un événement politique très important pour nous.")
    assert pairs["Vladimir Putin had an informal meeting in Sochi with President of Kyrgyzstan "
                 "Sooronbay Jeenbekov."] == ("Vladimir Poutine a eu une rencontre informelle à "
                                             "Sotchi avec le Président du Kirghizistan, "
                                             "Sooronbaï Jeenbekov.")
    # The paragraph the digest left out is not paired with anything; the editorial insert
    # is not the record and is never a target.
    assert not any(s.startswith("The discussion also covered") for s in pairs)
    assert not any("Union économique eurasiatique" in t for t in pairs.values())
    en, fr = _event(store, "en"), _event(store, "fr")
    en_text = " ".join([en.title, en.lead or "", *(b.text for b in en.blocks),
                        *(p.caption for p in en.photos)])
    fr_text = " ".join([fr.title, fr.lead or "", *(b.text for b in fr.blocks),
                        *(p.caption for p in fr.photos)])
    for seg in store.memory.all():
        assert seg.source in en_text and seg.target in fr_text  # never across events
        assert (seg.provenance, seg.date, seg.event_id) == ("human", "2019-02-09", EVENT)
        assert seg.source_url == "http://en.kremlin.ru/events/president/news/59803"
    assert len(pairs) >= 20


def test_learning_is_the_same_in_either_order_and_never_twice(
        store: Store, tmp_path: Path) -> None:
    ingest_paths(store, [PAGE, DIGEST])
    first = sorted((s.src_key, s.tgt_key) for s in store.memory.all())
    assert first
    again = ingest_paths(store, [DIGEST, PAGE])
    assert sum(f.outcomes["tm_segments"] for f in again.files) == 0
    with store.transaction():
        assert learn_all(store) == (0, 0)  # nothing new to align
        assert learn_all(store, force=True)[1] == len(first)
    assert sorted((s.src_key, s.tgt_key) for s in store.memory.all()) == first
    other = open_store(tmp_path / "reverse.db")
    try:
        ingest_paths(other, [DIGEST, PAGE])
        assert sorted((s.src_key, s.tgt_key) for s in other.memory.all()) == first
    finally:
        other.close()


class Recording(ApertiumEngine):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        self.seen += texts
        return super().translate(texts, src, dst)


def test_a_revised_page_is_translated_from_memory_first(
        store: Store, tmp_path: Path, apertium_ok: bool) -> None:
    ingest_paths(store, [DIGEST, PAGE])
    html = _replace(_replace(PAGE.read_text("utf-8"), LIGHT, LIGHT_NEW), GONE, GONE_NEW)
    revised = tmp_path / "59803.html"
    revised.write_text(html, "utf-8")
    assert ingest_paths(store, [revised]).totals()["revised"] == 1
    day = assemble_day(store, DAY, "en")
    engine = Recording()
    tm = TranslationMemory(store.memory)
    out = translate_day(day, "fr", engine, TranslationCache(), memory=tm)
    (event,) = out.events
    source = day.events[0]
    by_source = {source.blocks[b.source_block].text: b for b in event.blocks
                 if b.source_block is not None}
    thanks = by_source["Thank you."]
    assert thanks.text == "Merci."
    assert thanks.origin == ("translation of block 11 from translation memory "
                             "(human, 2019-02-09, exact)")
    assert thanks.provenance == "translation"
    # Every sentence of this paragraph is recalled, one of them by a near match.
    five = next(b for t, b in by_source.items() if LIGHT_NEW in t)
    assert "Nous continuerons bien sûr à discuter de notre travail" in five.text
    assert "fuzzy" in (five.origin or "") and "exact" in (five.origin or "")
    # The engine saw the new sentence and the paragraph the digest did not translate,
    # never a recalled one.
    assert any("hold talks on this matter" in t for t in engine.seen)
    assert any("preparations for the Russian" in t for t in engine.seen)
    assert not any(t.strip() == "Thank you." for t in engine.seen)
    assert not any("common customs contour" in t for t in engine.seen)
    assert tm.counts["segments_exact"] >= 15 and tm.counts["segments_fuzzy"] == 1
    assert tm.counts["segments_engine"] >= 2
    six = by_source[next(t for t in by_source if GONE_NEW in t)]
    assert six.text.startswith("Et, bien sûr, la politique migratoire. ")
    assert six.origin == ("translation of block 6 1 of 2 sentences from translation memory "
                          "(human, 2019-02-09, exact)")


def test_fuzzy_matches_never_change_a_name_or_a_figure_unsafely(store: Store) -> None:
    segs = [make_segment(s, t, "en", "fr", "kremlin:1", "2023-11-08", None) for s, t in [
        ("Last year trade grew by 14 percent to reach almost $8 billion.",
         "L’an dernier, les échanges ont progressé de 14 % pour atteindre près de "
         "8 milliards de dollars."),
        ("Mr Jeenbekov, thank you for accepting my invitation.",
         "Monsieur Jeenbekov, merci d’avoir accepté mon invitation."),
        ("Growth reached 10.2 percent in the first quarter of the year.",
         "La croissance a atteint 10,2 % au premier trimestre de l’année."),
    ]]
    with store.transaction():
        store.memory.add(segs)
    tm = TranslationMemory(store.memory, threshold=85)
    swapped = tm.lookup("Last year trade grew by 17 percent to reach almost $8 billion.",
                        "en", "fr")
    assert swapped is not None and swapped.kind == "fuzzy"
    assert "17 %" in swapped.text and "14" not in swapped.text
    # Another name in the same sentence: swapped into the publisher's French.
    other = tm.lookup("Mr Erdogan, thank you for accepting my invitation.", "en", "fr")
    assert other is not None and other.kind == "fuzzy"
    assert other.text == "Monsieur Erdogan, merci d’avoir accepté mon invitation."
    # A name and another word: not the same sentence.
    assert tm.lookup("Mr Erdogan, thank you for accepting our invitation.", "en", "fr") is None
    # A decimal figure is written differently in French: never swapped, so refused.
    assert tm.lookup("Growth reached 10.7 percent in the first quarter of the year.",
                     "en", "fr") is None
    exact = tm.lookup("mr  JEENBEKOV, thank you for accepting my invitation.", "en", "fr")
    assert exact is not None and exact.kind == "exact"
    assert TranslationMemory(store.memory, threshold=100).lookup(
        "Last year trade grew by 14 percent to reach almost $8 billion!", "en", "fr") is None


def _cli(*args: str) -> str:
    r = CliRunner().invoke(main, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def test_tm_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    digests = tmp_path / "digests"
    digests.mkdir()
    (digests / DIGEST.name).write_bytes(DIGEST.read_bytes())
    out = _cli("tm", "import", str(digests), "--db", db)
    assert "1 event(s) wait for their source page" in out
    _cli("ingest", "-q", str(PAGE), "--db", db)
    stats = json.loads(_cli("tm", "stats", "--format", "json", "--db", db))
    assert stats["segments"] >= 20 and stats["waiting"] == 0
    assert stats["blocks_aligned"] == stats["blocks"] == 11  # the lead and ten paragraphs
    assert "0 event(s) aligned" in _cli("tm", "align", "--db", db)
    assert _cli("tm", "lookup", "Thank you.", "--db", db).splitlines()[0] == "Merci."
    # The day is in French already (the digest): nothing of it is translated.
    day = json.loads(_cli("tm", "stats", DAY.isoformat(), "--format", "json", "--db", db))
    assert day["day"]["events_in_language"] == 1
    assert day["day"]["segments_engine"] == 0


def _repeat_next_day(store: Store) -> dt.date:
    """The page again on the next day, under another id (as if the site repeated it)."""
    page = _event(store, "en")
    with store.transaction():
        store.save_event(replace(page, id="kremlin:1", date=DAY + dt.timedelta(days=1),
                                 start=None, sources=()))
    return DAY + dt.timedelta(days=1)


def test_the_site_reads_the_same_day_from_memory_and_cache(
        store: Store, apertium_ok: bool) -> None:
    ingest_paths(store, [DIGEST, PAGE])
    date = _repeat_next_day(store)
    cache = TranslationCache()
    made = day_in_language(store, date, "fr", ApertiumEngine(), cache)
    blocks = made.events[0].blocks
    assert sum("translation memory" in (b.origin or "") for b in blocks) >= 9
    # The read-only site never runs the engine: the memory and the cache give it all.
    stand_in = CachedOnlyEngine("apertium", cache_name(ApertiumEngine()))  # as cached_engine
    assert cached_day_in_language(store, date, "fr", stand_in, cache) == made
    assert day_in_language(store, date, "fr", ApertiumEngine(), TranslationCache(),
                           memory=False).events[0].blocks != blocks


def test_tm_stats_counts_what_a_day_would_take_from_memory(tmp_path: Path) -> None:
    db = str(tmp_path / "b.db")
    _cli("ingest", "-q", str(DIGEST), str(PAGE), "--db", db)
    store = open_store(db)
    try:
        _repeat_next_day(store)
    finally:
        store.close()
    day = json.loads(_cli("tm", "stats", "2019-02-10", "--format", "json", "--db", db))["day"]
    assert day["events_in_language"] == 0
    assert day["segments_exact"] >= 15
    assert day["segments_engine"] >= 1  # the paragraph the digest left out
    # The title and the lead come back too, counted per part and named.
    assert day["fields"]["title"] == {"segments_exact": 1, "segments_fuzzy": 0,
                                      "segments_engine": 0, "words_exact": 7,
                                      "words_fuzzy": 0, "words_engine": 0}
    assert day["fields"]["lead"]["segments_exact"] == 1
    assert {(r["event"], r["field"]) for r in day["recalled"]} >= {
        ("kremlin:1", "title"), ("kremlin:1", "lead")}
    text = _cli("tm", "stats", "2019-02-10", "--db", db)
    assert "memory, exact" in text and "engine" in text
    assert "kremlin:1 title: from translation memory (human, 2019-02-09, exact)" in text
    size = json.loads(_cli("tm", "stats", "--format", "json", "--db", db))
    assert size["fields"]["title"] == 1 and size["fields"]["body"] >= 15


def test_a_copy_of_the_archive_keeps_the_memory(store: Store, tmp_path: Path) -> None:
    src = open_store(tmp_path / "src.db")
    try:
        ingest_paths(src, [DIGEST, PAGE])
        report = copy_archive(src, store)
        assert not report.problems
        want = sorted((s.src_key, s.tgt_key, s.target, s.date) for s in src.memory.all())
    finally:
        src.close()
    assert sorted((s.src_key, s.tgt_key, s.target, s.date) for s in store.memory.all()) == want
    with store.transaction():  # alignments are redone, to the same pairs
        assert learn_all(store) == (1, len(want))
    assert sorted((s.src_key, s.tgt_key, s.target, s.date) for s in store.memory.all()) == want

"""A real en.kremlin.ru day into French with Apertium: headings, invariants, cache."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from daybook.model import Day, Event, Principal
from daybook.parsers.kremlin import parse_event_page
from daybook.publish.digest_text import render_digest
from daybook.publish.locale import translation_notice
from daybook.translate.apertium import ApertiumEngine
from daybook.translate.cache import TranslationCache
from daybook.translate.day import (
    can_translate,
    event_names,
    source_block_index,
    translate_day,
)
from daybook.translate.marks import digit_runs
from daybook.translate.names import french_name

from .conftest import SAMPLES


def load_day(ids: list[str]) -> Day:
    events: list[Event] = []
    for i in ids:
        page = SAMPLES / "news" / f"{i}.html"
        photos = SAMPLES / "news" / i / "photos.html"
        parsed = parse_event_page(
            page.read_text("utf-8"), origin=str(page),
            photos_html=photos.read_text("utf-8") if photos.exists() else None)
        events += parsed.events
    events.sort(key=lambda e: (e.start is None, e.start, e.id))
    return Day(events[0].date, tuple(events), principal=Principal("Vladimir Putin")).numbered()


class Counting(ApertiumEngine):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        self.calls += 1
        return super().translate(texts, src, dst)


@pytest.fixture(scope="module")
def translated(apertium_ok: bool) -> tuple[Day, Day, Counting, TranslationCache]:
    if not (SAMPLES / "news").exists():
        pytest.skip("sample pages not available")
    day = load_day(["59826", "59827", "59829", "59830", "59836", "60547"])
    engine = Counting()
    cache = TranslationCache()
    return day, translate_day(day, "fr", engine, cache), engine, cache


def test_headings_in_french(translated: tuple[Day, Day, Counting, TranslationCache]) -> None:
    _, fr, _, _ = translated
    text = render_digest(fr, "fr")
    toc = [line for line in text.splitlines() if re.match(r"^\d+°/", line)]
    bodies = [line.split("°/", 1)[1] for line in toc]
    assert "Rencontre avec le président turc Recep Tayyip Erdogan – 14 février 2019 "\
        "à 14h00 à Sotchi" in bodies
    assert "Rencontre avec le ministre des Ressources naturelles et de l’Environnement Dmitri "\
        "Kobylkine – 20 mai 2019 à 14h15 à Novo-Ogarevo, région de Moscou" in bodies
    assert all(e.language == "fr" for e in fr.events)


def test_notice_once_at_the_top(translated: tuple[Day, Day, Counting, TranslationCache]) -> None:
    _, fr, _, _ = translated
    notice = translation_notice(fr, "fr")
    assert notice and "apertium" in notice and "anglais" in notice
    text = render_digest(fr, "fr")
    assert text.count(notice) == 1
    assert text.splitlines().index(notice) <= 3


def test_no_block_lost_or_duplicated(
        translated: tuple[Day, Day, Counting, TranslationCache]) -> None:
    en, fr, _, _ = translated
    for src, out in zip(en.events, fr.events, strict=True):
        assert len(src.blocks) == len(out.blocks)
        for i, (a, b) in enumerate(zip(src.blocks, out.blocks, strict=True)):
            assert a.type == b.type and a.number == b.number
            assert b.speaker == french_name(a.speaker) if a.speaker else b.speaker is None
            if b.provenance == "translation":
                assert source_block_index(b) == i
                assert (b.engine, b.source_language) == ("apertium", "en")
                assert b.to_dict()["source_block"] == i and b.to_dict()["engine"] == "apertium"


def test_numbers_and_names_kept(translated: tuple[Day, Day, Counting, TranslationCache]) -> None:
    en, fr, _, _ = translated
    for src, out in zip(en.events, fr.events, strict=True):
        names = event_names(src, "Vladimir Putin")
        for a, b in zip(src.blocks, out.blocks, strict=True):
            have = digit_runs(b.text)
            assert all(have[d] >= n for d, n in digit_runs(a.text).items()), (a.text, b.text)
            for name in names:
                # Every name comes through, in its French form.
                fr_name = french_name(name)
                assert a.text.count(name) <= b.text.count(fr_name), (name, fr_name, b.text)


def test_apostrophes_typographic(translated: tuple[Day, Day, Counting, TranslationCache]) -> None:
    """The engine writes "l'"; the day the publisher gets writes "l’" throughout, as the
    names and titles do."""
    _, fr, _, _ = translated
    texts = [t for e in fr.events for t in (e.title, e.lead or "", *(b.text for b in e.blocks),
                                            *(p.role or "" for p in e.participants))]
    assert sum(t.count("’") for t in texts) > 20
    assert not [t for t in texts if re.search(r"\w'\w", t)]


def test_blocks_detected_as_french(translated: tuple[Day, Day, Counting, TranslationCache],
                                   capsys: pytest.CaptureFixture[str]) -> None:
    lingua = pytest.importorskip("lingua")
    detector = lingua.LanguageDetectorBuilder.from_languages(
        lingua.Language.FRENCH, lingua.Language.ENGLISH, lingua.Language.SPANISH,
        lingua.Language.RUSSIAN).build()
    _, fr, _, _ = translated
    blocks = [b for e in fr.events for b in e.blocks
              if b.provenance == "translation" and len(b.text.split()) >= 3]
    found = Counter(str(detector.detect_language_of(b.text)) for b in blocks)
    share = found["Language.FRENCH"] / len(blocks)
    with capsys.disabled():
        print(f"\n{len(blocks)} translated blocks, {share:.1%} detected as French: {dict(found)}")
    assert share >= 0.95


def test_cache_means_no_second_translation(
        translated: tuple[Day, Day, Counting, TranslationCache]) -> None:
    en, fr, engine, cache = translated
    calls = engine.calls
    again = translate_day(en, "fr", engine, cache)
    assert again == fr
    assert engine.calls == calls


def test_can_translate(translated: tuple[Day, Day, Counting, TranslationCache]) -> None:
    en, fr, engine, _ = translated
    assert can_translate(en, "fr", engine)
    assert can_translate(fr, "fr")
    assert not can_translate(Day(en.date), "fr")
    ru = Day(en.date, tuple(e.__class__(**{**{f: getattr(e, f) for f in e.__slots__},
                                           "language": "ru"}) for e in en.events))
    assert not can_translate(ru, "fr", engine)


def test_cli_day_lang_fr(tmp_path: Path, apertium_ok: bool) -> None:
    from click.testing import CliRunner

    from daybook.cli import main

    db = str(tmp_path / "t.db")
    pages = [str(SAMPLES / "news" / f"{i}.html") for i in ("59827", "59830")]
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "-q", "--db", db, *pages]).exit_code == 0
    result = runner.invoke(main, ["day", "2019-02-14", "--lang", "fr", "--db", db])
    assert result.exit_code == 0, result.output
    assert "à 14h00 à Sotchi" in result.output and "Traduction automatique" in result.output
    assert Path(db + ".translations.sqlite").exists()
    plain = runner.invoke(main, ["day", "2019-02-14", "--lang", "fr", "--translate", "none",
                                 "--db", db])
    assert plain.exit_code != 0 and "no events" in plain.output


def test_table_of_contents_and_labels_in_french(
        translated: tuple[Day, Day, Counting, TranslationCache]) -> None:
    _, fr, _, _ = translated
    text = render_digest(fr, "fr")
    toc = [line for line in text.splitlines() if re.match(r"^\d+°/", line)]
    assert toc
    english = re.compile(r"\b(?:Putin|Sochi|Moscow|Region|Territory|Rostov-on-Don)\b")
    assert not [line for line in toc if english.search(line)]
    assert not re.search(r"\bPutin\b", text)
    # The principal speaks under his name alone, as a French digest writes it.
    assert "Vladimir Poutine\u00a0:" in text
    assert "Président de la Russie Vladimir" not in text

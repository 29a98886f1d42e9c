"""Bad input never crashes ingest and never leaves half an event.

A corpus of broken files is generated here from real pages and the digest: truncated HTML,
a 50 MB page, 100k-deep nesting, binary data, wrong encodings, empty files, the same event
id with new content. Each gives a clean failed result naming the file and the reason, or a
clean read; the good files of the same run land. Hypothesis then mutates real documents:
only ``DaybookError`` subclasses may escape the readers.
"""

from __future__ import annotations

import codecs
import os
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daybook.errors import DaybookError
from daybook.ingest import FileResult, ingest_paths
from daybook.sources.document import Document, decode
from daybook.sources.registry import read_parsed
from daybook.store import Store
from tests.archive_checks import archive_problems
from tests.conftest import DIGEST_SAMPLE, FIXTURES

PAGE = FIXTURES / "kremlin-en-2019" / "news" / "59803.html"
PAGES = sorted((FIXTURES / "kremlin-en-2019" / "news").glob("*.html"))


def _write(folder: Path, name: str, data: bytes) -> Path:
    p = folder / name
    p.write_bytes(data)
    return p


def _bad_corpus(folder: Path) -> dict[str, Path]:
    page = PAGE.read_bytes()
    text = page.decode("utf-8")
    digest = DIGEST_SAMPLE.read_bytes()
    rng = random.Random(7)
    body = text.index("<body")
    deep = text[:body] + "<body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</body>"
    files = {
        "truncated-head.html": page[: len(page) // 10],
        "truncated-middle.html": page[: len(page) // 2],
        "truncated-in-tag.html": page[: page.index(b"<div", len(page) // 2) + 3],
        "truncated-digest.txt": digest[: len(digest) // 3],
        "huge.html": page + b"<!--" + b" " * (50 * 1024 * 1024) + b"-->",
        "deep.html": deep.encode("utf-8"),
        "binary.html": rng.randbytes(64 * 1024),
        "png.html": b"\x89PNG\r\n\x1a\n" + rng.randbytes(4096),
        "nul-in-text.html": page.replace(b"</p>", b"\x00</p>", 3),
        "cp1252.html": text.encode("cp1252", errors="replace"),
        "latin1.html": text.encode("latin-1", errors="replace"),
        "utf16.html": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "digest-cp1252.txt": digest.decode("utf-8").encode("cp1252", errors="replace"),
        "digest-latin1.txt": digest.decode("utf-8").encode("latin-1", errors="replace"),
        "digest-utf16.txt": codecs.BOM_UTF16_BE + digest.decode("utf-8").encode("utf-16-be"),
        "empty.html": b"",
        "blank.txt": b" \n\t\n",
        "not-a-page.txt": b"Just a note, neither a digest nor a page.\n",
    }
    return {name: _write(folder, name, data) for name, data in files.items()}


def test_bad_files_fail_cleanly_and_good_files_land(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    corpus = _bad_corpus(bad)
    good = [PAGES[1], DIGEST_SAMPLE]
    results: list[FileResult] = []
    report = ingest_paths(store, [*corpus.values(), *good], on_file=results.append,
                          batch_size=7)
    assert len(report.files) == len(corpus) + len(good)
    for r in report.files:
        assert r.status in ("ok", "failed", "skipped"), r
        if r.status == "failed":
            assert r.error and Path(r.path).name in r.error, r
            assert "internal error" not in r.error, r.error
    by_name = {Path(r.path).name: r for r in report.files}
    for name in ("empty.html", "blank.txt", "binary.html", "png.html", "huge.html"):
        assert by_name[name].status == "failed", by_name[name]
    assert "empty" in (by_name["empty.html"].error or "")
    assert "MB" in (by_name["huge.html"].error or "")
    # Re-encoded copies of a real page read like the page itself.
    for name in ("cp1252.html", "utf16.html", "digest-utf16.txt", "digest-cp1252.txt"):
        assert by_name[name].status == "ok", by_name[name]
    for good_file in good:
        assert by_name[good_file.name].status == "ok", by_name[good_file.name]
    assert store.get_event("kremlin:" + PAGES[1].stem) is not None
    assert store.info().events > 1
    assert archive_problems(store) == []


def _titles(data: bytes) -> list[str]:
    decoded, encoding = decode(data)
    return [e.title for e in read_parsed(Document("x.html", data, decoded, encoding))[1].events]


def test_utf16_page_reads_like_the_utf8_page() -> None:
    text = PAGE.read_text("utf-8")
    assert _titles(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == _titles(PAGE.read_bytes())


def test_cp1252_page_keeps_its_non_ascii_characters() -> None:
    # The page's only non-ASCII characters are a few no-break spaces (0xA0 in cp1252): too
    # few invalid bytes for decode() to give up on UTF-8, so each became U+FFFD.
    text = PAGE.read_text("utf-8")
    assert "\xa0" in text
    assert _titles(text.encode("cp1252", "xmlcharrefreplace")) == _titles(PAGE.read_bytes())


def test_same_id_with_new_content_is_a_revision(store: Store, tmp_path: Path) -> None:
    first = tmp_path / "a" / PAGE.name
    first.parent.mkdir()
    first.write_bytes(PAGE.read_bytes())
    ingest_paths(store, [first])
    event_id = "kremlin:" + PAGE.stem
    before = store.get_event(event_id)
    assert before is not None
    changed = tmp_path / "b" / PAGE.name
    changed.parent.mkdir()
    html = PAGE.read_text("utf-8")
    at = html.find("</p>", html.find("read__internal_content"))
    changed.write_text(html[:at] + " A corrected sentence." + html[at:], "utf-8")
    report = ingest_paths(store, [changed])
    assert report.totals()["revised"] == 1
    history = store.history(event_id)
    assert [r.revision for r in history] == [1, 2]
    assert history[0].event == before
    assert history[0].content_hash != history[1].content_hash
    assert archive_problems(store) == []


# -- fuzzing the readers -----------------------------------------------------------------

SEEDS = [PAGE.read_bytes(), PAGES[-1].read_bytes(), DIGEST_SAMPLE.read_bytes()]
TAGS = [b"<div>", b"</div>", b"<p>", b"</p>", b"<h1>", b"<script>", b"<!--", b"<![CDATA[",
        b"<table><tr><td>", b"\x00", b"\xff\xfe", b"&#0;", b"&#xD800;", b"\n1\n", b" :\n"]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del data[at:]
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(TAGS))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 2000))]
    return bytes(data)


@settings(max_examples=int(os.environ.get("DAYBOOK_FUZZ_EXAMPLES", "150")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated())
def test_readers_raise_only_daybook_errors(data: bytes) -> None:
    try:
        text, encoding = decode(data, path="fuzz.html")
        read_parsed(Document("fuzz.html", data, text, encoding))
    except DaybookError:
        pass


@pytest.mark.parametrize("cut", [1, 100, 1000, 5000, 20000])
def test_truncated_pages_read_or_fail_cleanly(cut: int) -> None:
    for seed in SEEDS:
        data = seed[:cut]
        try:
            text, encoding = decode(data)
            read_parsed(Document("cut.html", data, text, encoding))
        except DaybookError:
            pass

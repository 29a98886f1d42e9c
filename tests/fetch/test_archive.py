"""The WARC archive: pairs read back with warcio, rotation, torn tails cut at any byte."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from daybook.fetch.archive import WarcArchive
from daybook.fetch.transport import Exchange

BODY = b"<html><body>" + b"record " * 200 + b"</body></html>"


def exchange(i: int, when: dt.datetime | None = None) -> Exchange:
    raw = gzip.compress(BODY + str(i).encode(), mtime=0)
    return Exchange(
        request_url=f"http://127.0.0.1:9/events/president/news/{i}",
        original_url=f"http://127.0.0.1:9/events/president/news/{i}", status=200, reason="OK",
        request_headers=(("User-Agent", "daybook/test"),),
        response_headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                          ("Transfer-Encoding", "chunked")),
        raw_body=raw, body=BODY + str(i).encode(),
        started=when or dt.datetime(2019, 5, 9, 12, 0, i % 60, tzinfo=dt.UTC), elapsed=0.01,
        peer_ip="127.0.0.1")


def test_pairs_read_back_with_warcio_and_by_offset(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    refs = [archive.write(exchange(i), f"http://en.kremlin.ru/events/president/news/{i}")
            for i in range(5)]
    (path,) = archive.files()
    with path.open("rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"),
                    r.rec_headers.get_header("Daybook-Site-URL"),
                    r.content_stream().read() if r.rec_type == "response" else None)
                   for r in ArchiveIterator(fh)]
    assert [r[0] for r in records] == ["request", "response"] * 5
    assert records[1][1] == "http://127.0.0.1:9/events/president/news/0"
    assert records[1][2] == "http://en.kremlin.ru/events/president/news/0"
    assert records[1][3] == BODY + b"0"  # warcio undoes the gzip Content-Encoding
    for i, ref in enumerate(refs):
        capture = archive.read(ref)
        assert capture.exchange.body == BODY + str(i).encode()
        assert capture.exchange.status == 200
        assert capture.exchange.started == exchange(i).started
    assert [c.ref for c in archive.iter_captures()] == refs


def test_notes_are_warc_fields_and_a_capture_says_its_moment(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path)
    notes = ("wayback-capture=20190502090000", "wayback-cdx=http://a/cdx?url=x\r\nX: y")
    ref = archive.write(replace(exchange(1), notes=notes, via="wayback"),
                        "http://en.kremlin.ru/events/president/news/1")
    plain = archive.write(exchange(2), "http://en.kremlin.ru/events/president/news/2")
    (path,) = archive.files()
    with path.open("rb") as fh:
        fields = [r.rec_headers for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert [v for k, v in fields[0].headers if k == "Daybook-Note"] == [
        "wayback-capture=20190502090000", "wayback-cdx=http://a/cdx?url=x X: y"]
    assert fields[0].get_header("Daybook-Capture-Time") == "2019-05-02T09:00:00Z"
    assert fields[0].get_header("X") is None  # a note cannot forge a field
    assert fields[1].get_header("Daybook-Note") is None
    assert fields[1].get_header("Daybook-Capture-Time") is None
    assert archive.read(ref).exchange.notes[0] == notes[0]
    assert archive.read(plain).exchange.notes == ()


def test_files_rotate_by_month_and_size(tmp_path: Path) -> None:
    archive = WarcArchive(tmp_path, max_file_bytes=2_000)
    may = dt.datetime(2019, 5, 31, 23, 0, tzinfo=dt.UTC)
    june = dt.datetime(2019, 6, 1, 1, 0, tzinfo=dt.UTC)
    for i in range(6):
        archive.write(exchange(i, may), "u")
    archive.write(exchange(9, june), "u")
    names = [p.name for p in archive.files()]
    assert names[-1] == "daybook-201906-00001.warc.gz"
    assert len([n for n in names if "201905" in n]) > 1
    assert sum(1 for _ in archive.iter_captures()) == 7


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(min_value=1, max_value=10_000))
def test_a_torn_tail_is_cut_at_any_byte_and_appending_goes_on(tmp_path_factory: object,
                                                               cut: int) -> None:
    tmp = Path(str(tmp_path_factory.mktemp("torn")))  # type: ignore[attr-defined]
    archive = WarcArchive(tmp)
    for i in range(3):
        archive.write(exchange(i), "u")
    (path,) = archive.files()
    whole = path.stat().st_size
    archive.write(exchange(3), "u")
    size = path.stat().st_size
    with path.open("r+b") as fh:  # a crash while the fourth pair was being written
        fh.truncate(max(whole, size - cut % (size - whole + 1)))
    torn = archive.repair()
    assert path.stat().st_size in (whole, size)
    assert bool(torn) == (path.stat().st_size == whole and size - cut % (size - whole + 1) > whole)
    archive.write(exchange(4), "u")
    bodies = [c.exchange.body for c in archive.iter_captures()]
    assert bodies[:3] == [BODY + b"0", BODY + b"1", BODY + b"2"]
    assert bodies[-1] == BODY + b"4"
    assert archive.repair() == []
    shutil.rmtree(tmp)


def test_digests_check_with_warcio_and_the_index_has_the_payload_digest(tmp_path: Path) -> None:
    from daybook.fetch.client import capture_row

    archive = WarcArchive(tmp_path)
    refs = [archive.write(exchange(i), f"http://en.kremlin.ru/events/president/news/{i}")
            for i in range(3)]
    archive.sync()
    (path,) = archive.files()
    digests = {}
    with path.open("rb") as fh:
        records = ArchiveIterator(fh, check_digests="raise")  # a wrong digest raises
        for record in records:
            record.content_stream().read()
            if record.rec_type == "response":
                digests[records.get_record_offset()] = \
                    record.rec_headers.get_header("WARC-Payload-Digest")
            else:  # the request names its response
                assert record.rec_headers.get_header("WARC-Concurrent-To")
    for i, ref in enumerate(refs):
        row = capture_row(ref, exchange(i), "u")
        assert row.payload_digest == digests[ref.offset]
        assert row.payload_digest == "sha256:" + hashlib.sha256(exchange(i).raw_body).hexdigest()

"""The archive of record: every exchange as a WARC 1.1 request + response pair (warcio).

Records are gzipped one by one, so any record can be read from its offset. Files rotate by
month of capture and by size: ``daybook-YYYYMM-NNNNN.warc.gz``. A pair is built in memory
and written with one ``write``, so a killed process leaves at most one torn pair at the end
of the newest file, which ``repair`` detects, saves aside and cuts off. ``sync`` (fsync)
runs at the end of a run: a power cut may lose the last pairs before it, and ``recover``
then drops their index rows (the pages are fetched again).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]
from warcio.statusandheaders import (  # type: ignore[import-untyped]
    StatusAndHeaders,
    StatusAndHeadersParser,
)
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

from daybook.errors import InputError
from daybook.fetch.http import decode_body
from daybook.fetch.transport import Exchange, TransportError

DEFAULT_MAX_FILE_BYTES = 1 << 30
GZIP_LEVEL = 3
# A response whose payload is compressed already (Content-Encoding) is stored in its gzip
# member without compressing again: deflate would spend time to gain nothing on it.
STORED_LEVEL = 0
_NAME = re.compile(r"daybook-(\d{6})-(\d{5})\.warc\.gz")
# Extension fields (WARC 1.1 allows them): the site URL the capture stands for, and how it
# was reached (http, wayback, browser).
SITE_URL_FIELD = "Daybook-Site-URL"
VIA_FIELD = "Daybook-Via"
# What the transport noted about the exchange (one field per note, e.g. the Wayback
# capture's timestamp, what the browser decoded), and for an archive's capture the moment
# the capture shows, which WARC-Date (when daybook read it) does not say.
NOTE_FIELD = "Daybook-Note"
CAPTURE_TIME_FIELD = "Daybook-Capture-Time"
_WAYBACK_CAPTURE = re.compile(r"wayback-capture=(\d{14})")
# Digests as "sha256:<hex>" (warcio.js's form; warcio reads and checks it).
_DIGEST = "sha256:"
_EMPTY_DIGEST = _DIGEST + hashlib.sha256(b"").hexdigest()
# About what a record's WARC header lines take, for the gzip member's window.
_WARC_HEADERS_SIZE = 640
# Hop-by-hop framing the WARC must not claim: the payload is stored de-chunked.
_DROP = frozenset({"transfer-encoding"})


@dataclass(frozen=True, slots=True)
class CaptureRef:
    """Where a response record lies: its file (name inside the archive), offset, length;
    from ``write``, also its payload's digest."""

    file: str
    offset: int
    length: int
    payload_digest: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Capture:
    """A response read back from the archive."""

    ref: CaptureRef
    site_url: str
    exchange: Exchange


@dataclass(frozen=True, slots=True)
class TornTail:
    file: str
    offset: int
    size: int
    saved_as: str


class WarcArchive:
    """The WARC files of one archive directory."""

    def __init__(self, directory: str | Path, *, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES):
        self.directory = Path(directory)
        self.max_file_bytes = max_file_bytes
        self._unsynced: set[Path] = set()
        # The file written to and its size, known without asking the file system each time.
        self._current: Path | None = None
        self._size = 0
        self._fh: BinaryIO | None = None
        self._fh_path: Path | None = None
        # One warcio writer for the archive (it asks the host name when made); it writes
        # into the gzip member of the record at hand.
        self._writer = WARCWriter(None, gzip=False, warc_version="1.1")

    def sync(self) -> None:
        """Make what was written durable (fsync), at the end of a run; closes the file."""
        self.close()
        for path in sorted(self._unsynced):
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
        self._unsynced.clear()

    def files(self) -> list[Path]:
        if not self.directory.is_dir():
            return []
        return sorted(p for p in self.directory.iterdir() if _NAME.fullmatch(p.name))

    def _target(self, when: dt.datetime) -> Path:
        month = f"{when.year:04d}{when.month:02d}"
        current = self._current
        if current is not None and current.name[8:14] == month \
                and self._size < self.max_file_bytes:
            return current
        self.directory.mkdir(parents=True, exist_ok=True)
        self._current = current = self._choose(month)
        self._size = current.stat().st_size if current.exists() else 0
        return current

    def _choose(self, month: str) -> Path:
        ours = [p for p in self.files() if p.name[8:14] == month]
        if ours and ours[-1].stat().st_size < self.max_file_bytes:
            return ours[-1]
        seq = int(ours[-1].name[15:20]) + 1 if ours else 1
        return self.directory / f"daybook-{month}-{seq:05d}.warc.gz"

    def write(self, exchange: Exchange, site_url: str) -> CaptureRef:
        """Append the exchange's request and response (in the file when this returns,
        on disk after ``sync``); the ref carries the payload's digest for the index."""
        url = exchange.request_url
        raw = exchange.raw_body
        date = exchange.started.astimezone(dt.UTC).replace(tzinfo=None)
        warc_date = date.isoformat(timespec="microseconds") + "Z"
        version = exchange.http_version if exchange.http_version.startswith("HTTP/") else "HTTP/1.1"
        response_http = StatusAndHeaders(
            f"{exchange.status} {exchange.reason}".strip(),
            [(k, v) for k, v in exchange.response_headers if k.lower() not in _DROP],
            protocol=version)
        payload_digest = _DIGEST + hashlib.sha256(raw).hexdigest()
        response_id = StatusAndHeadersParser.make_warc_id()
        ours = [(SITE_URL_FIELD, site_url), (VIA_FIELD, exchange.via)]
        shown = capture_time(exchange.notes)
        if shown:
            ours.append((CAPTURE_TIME_FIELD, shown))
        peer = [("WARC-IP-Address", exchange.peer_ip)] if exchange.peer_ip else []
        response = self._record(url, "response", response_http, raw, payload_digest, [
            ("WARC-Type", "response"), ("WARC-Record-ID", response_id),
            ("WARC-Date", warc_date), ("WARC-Target-URI", url), *peer, *ours,
            *((NOTE_FIELD, _one_line(note)) for note in exchange.notes)])
        request_http = StatusAndHeaders(f"{exchange.method} {_path_of(url)} {version}",
                                        list(exchange.request_headers), is_http_request=True)
        request = self._record(url, "request", request_http, b"", _EMPTY_DIGEST, [
            ("WARC-Type", "request"), ("WARC-Record-ID", StatusAndHeadersParser.make_warc_id()),
            ("WARC-Date", warc_date), ("WARC-Target-URI", url),
            ("WARC-Concurrent-To", response_id), *peer, *ours])
        request_bytes = self._member(request, GZIP_LEVEL)
        data = request_bytes + self._member(
            response, STORED_LEVEL if _encoded(exchange.response_headers) else GZIP_LEVEL)
        target = self._target(exchange.started)
        fh = self._handle(target)
        fh.write(data)
        fh.flush()
        # The file's end after this write (O_APPEND), wherever another writer left it.
        start = fh.tell() - len(data)
        self._size = start + len(data)
        self._unsynced.add(target)
        response_at = start + len(request_bytes)
        return CaptureRef(target.name, response_at, len(data) - len(request_bytes),
                          payload_digest)

    def _record(self, url: str, kind: str, http: Any, payload: bytes, payload_digest: str,
                fields: list[tuple[str, str]]) -> Any:
        """A warcio record whose digests (sha256, hex, as warcio.js writes them) are
        computed here, each once, so that warcio does not read the payload again for
        them; the payload digest is also the captures index's."""
        http.compute_headers_buffer()
        block = hashlib.sha256(http.headers_buff)
        block.update(payload)
        fields[4:4] = [("WARC-Payload-Digest", payload_digest),
                       ("WARC-Block-Digest", _DIGEST + block.hexdigest())]
        return self._writer.create_warc_record(
            url, kind, payload=io.BytesIO(payload), length=len(payload), http_headers=http,
            warc_headers=StatusAndHeaders("", fields, protocol="WARC/1.1"))

    def _member(self, record: Any, level: int) -> bytes:
        """One record as one gzip member, at ``level`` rather than warcio's 9."""
        size = _WARC_HEADERS_SIZE + len(record.http_headers.headers_buff) + record.length
        member = _GzipMember(level, size)
        self._writer.out = member
        self._writer.write_record(record)
        return member.finish()

    def _handle(self, target: Path) -> BinaryIO:
        """The current file, opened for appending once, not at every write."""
        if self._fh is None or self._fh_path != target:
            self.close()
            self._fh, self._fh_path = target.open("ab"), target
        return self._fh

    def close(self) -> None:
        """Close the file written to (what was written stays: each write is flushed)."""
        if self._fh is not None:
            fh, self._fh, self._fh_path = self._fh, None, None
            fh.close()

    def read(self, ref: CaptureRef) -> Capture:
        """The response record at ``ref``; InputError if it is not there whole."""
        path = self.directory / ref.file
        try:
            with path.open("rb") as fh:
                fh.seek(ref.offset)
                for record in ArchiveIterator(fh):
                    return _capture(record, ref)
        except (OSError, ArchiveLoadFailed, EOFError, ValueError) as exc:
            raise InputError(f"cannot read the capture at offset {ref.offset}: {exc}",
                             path=str(path), remedy="run `daybook reparse` to check the archive"
                             ) from exc
        raise InputError(f"no record at offset {ref.offset}", path=str(path))

    def iter_captures(self, files: list[Path] | None = None) -> Iterator[Capture]:
        """Every response in every file, in file then record order (capture order)."""
        for path in files if files is not None else self.files():
            yield from self.iter_file(path)

    def iter_file(self, path: Path, start: int = 0) -> Iterator[Capture]:
        """The responses of one file from byte ``start`` (a record boundary) on."""
        with path.open("rb") as fh:
            fh.seek(start)
            records = ArchiveIterator(fh)
            for record in records:
                if record.rec_type != "response":
                    continue
                # Read the record before asking its offset: warcio's offset reads to the end.
                capture = _capture(record, CaptureRef(path.name, 0, 0))
                offset = records.get_record_offset()
                length = records.get_record_length()
                yield Capture(CaptureRef(path.name, offset, length), capture.site_url,
                              capture.exchange)

    def repair(self) -> list[TornTail]:
        """Cut a torn tail off every file (bytes after the last whole request + response
        pair), keeping the cut bytes beside it as ``<file>.torn-<offset>``."""
        torn = []
        for path in self.files():
            good = _whole_prefix(path)
            size = path.stat().st_size
            if good < size:
                aside = path.with_name(f"{path.name}.torn-{good}")
                with path.open("rb") as src:
                    src.seek(good)
                    aside.write_bytes(src.read())
                with path.open("r+b") as fh:
                    fh.truncate(good)
                    os.fsync(fh.fileno())
                torn.append(TornTail(path.name, good, size - good, aside.name))
        return torn


class _GzipMember:
    """Where warcio writes one record: deflated as it comes, one gzip member.

    The window is no larger than the record (``size``, about) and the match tables scale
    with it: setting up zlib's full-size tables (hundreds of kB cleared) cost more than
    deflating a request record or storing a gzipped payload; the bytes come out the same
    for a stored payload and within a few percent for a request's few hundred."""

    def __init__(self, level: int, size: int) -> None:
        bits = 9 if level == 0 else min(zlib.MAX_WBITS, max(9, size.bit_length()))
        memory = 8 if bits == zlib.MAX_WBITS else max(1, bits - 8)
        self._packer = zlib.compressobj(level, zlib.DEFLATED, 16 + bits, memory)
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> None:
        self._parts.append(self._packer.compress(data))

    def flush(self) -> None:
        """warcio flushes after each record; the member ends in ``finish``."""

    def finish(self) -> bytes:
        self._parts.append(self._packer.flush())
        return b"".join(self._parts)


def _encoded(headers: tuple[tuple[str, str], ...]) -> bool:
    """True when the response's payload has a Content-Encoding (compressed already)."""
    for key, value in headers:
        if key.lower() == "content-encoding":
            return value.strip().lower() not in ("", "identity")
    return False


def _whole_members(path: Path) -> int:
    """Bytes of ``path`` made of whole gzip members (each with its trailer)."""
    good = pos = 0
    with path.open("rb") as fh:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                return good
            while chunk:
                try:
                    d.decompress(chunk)
                except zlib.error:
                    return good
                if not d.eof:
                    pos += len(chunk)
                    break
                rest = d.unused_data
                pos += len(chunk) - len(rest)
                good = pos
                d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                chunk = rest


def _whole_prefix(path: Path) -> int:
    """Bytes of ``path`` made of whole records ending with a whole response."""
    limit = _whole_members(path)
    good = 0
    with path.open("rb") as fh:
        records = ArchiveIterator(io.BytesIO(fh.read(limit)) if limit < (64 << 20) else fh)
        try:
            for record in records:
                records.read_to_end()
                end = records.get_record_offset() + records.get_record_length()
                if end > limit:
                    break
                if record.rec_type == "response":
                    good = end
        except (ArchiveLoadFailed, EOFError, ValueError, OSError, zlib.error):
            pass  # whatever follows the last whole pair is the torn tail
    return good


def _capture(record: Any, ref: CaptureRef) -> Capture:
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI") or ""
    http = record.http_headers
    raw = record.raw_stream.read()
    response_headers = tuple((k, v) for k, v in http.headers) if http else ()
    encoding = http.get_header("Content-Encoding") if http else None
    try:
        body = decode_body(raw, encoding, url)
    except TransportError:
        body = raw
    when = dt.datetime.fromisoformat(headers.get_header("WARC-Date").replace("Z", "+00:00"))
    status = int(http.get_statuscode()) if http else 0
    reason = http.statusline.split(" ", 1)[1] if http and " " in http.statusline else ""
    exchange = Exchange(
        request_url=url, original_url=headers.get_header(SITE_URL_FIELD) or url,
        status=status, reason=reason, request_headers=(), response_headers=response_headers,
        raw_body=raw, body=body, started=when, elapsed=0.0,
        http_version=http.protocol if http and http.protocol else "HTTP/1.1",
        peer_ip=headers.get_header("WARC-IP-Address"),
        via=headers.get_header(VIA_FIELD) or "http",
        notes=tuple(v for k, v in headers.headers if k.lower() == NOTE_FIELD.lower()),
    )
    return Capture(ref, exchange.original_url, exchange)


def capture_time(notes: tuple[str, ...]) -> str | None:
    """The moment an archive's capture shows (WARC-Date form), from the transport's notes."""
    for note in notes:
        m = _WAYBACK_CAPTURE.fullmatch(note)
        if m:
            t = dt.datetime.strptime(m.group(1), "%Y%m%d%H%M%S")
            return t.isoformat(timespec="seconds") + "Z"
    return None


def _one_line(text: str) -> str:
    """A header field's value: no line breaks, which would forge other fields."""
    return re.sub(r"[\r\n]+", " ", text)


def _path_of(url: str) -> str:
    m = re.match(r"^[a-z][a-z0-9+.-]*://[^/]+(/[^#]*)?", url, re.IGNORECASE)
    return (m.group(1) if m and m.group(1) else "/") if m else url

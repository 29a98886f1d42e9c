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
import io
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]
from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
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
# Hop-by-hop framing the WARC must not claim: the payload is stored de-chunked.
_DROP = frozenset({"transfer-encoding"})


@dataclass(frozen=True, slots=True)
class CaptureRef:
    """Where a response record lies: its file (name inside the archive), offset, length."""

    file: str
    offset: int
    length: int


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

    def sync(self) -> None:
        """Make what was written durable (fsync), at the end of a run."""
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
        on disk after ``sync``)."""
        buf = io.BytesIO()
        # Records are gzipped here, one member each, at a cheaper level than warcio's 9,
        # and a payload gzipped already only stored (see STORED_LEVEL).
        writer = WARCWriter(buf, gzip=False, warc_version="1.1")
        date = exchange.started.astimezone(dt.UTC).replace(tzinfo=None)
        warc_date = date.isoformat(timespec="microseconds") + "Z"
        common = {"WARC-Date": warc_date, SITE_URL_FIELD: site_url, VIA_FIELD: exchange.via}
        if exchange.peer_ip:
            common["WARC-IP-Address"] = exchange.peer_ip
        shown = capture_time(exchange.notes)
        if shown:
            common[CAPTURE_TIME_FIELD] = shown
        version = exchange.http_version if exchange.http_version.startswith("HTTP/") else "HTTP/1.1"
        response = writer.create_warc_record(
            exchange.request_url, "response", payload=io.BytesIO(exchange.raw_body),
            length=len(exchange.raw_body),
            http_headers=StatusAndHeaders(
                f"{exchange.status} {exchange.reason}".strip(),
                [(k, v) for k, v in exchange.response_headers if k.lower() not in _DROP],
                protocol=version),
            warc_headers_dict=dict(common),
        )
        for note in exchange.notes:
            response.rec_headers.add_header(NOTE_FIELD, _one_line(note))
        path = _path_of(exchange.request_url)
        request = writer.create_warc_record(
            exchange.request_url, "request",
            http_headers=StatusAndHeaders(f"{exchange.method} {path} {version}",
                                          list(exchange.request_headers), is_http_request=True),
            warc_headers_dict=dict(common),
        )
        writer.write_record(request)
        request_bytes = _gzip_member(buf.getvalue())
        buf.seek(0)
        buf.truncate()
        writer.write_record(response)
        packed = _encoded(exchange.response_headers)
        data = request_bytes + _gzip_member(buf.getvalue(),
                                            STORED_LEVEL if packed else GZIP_LEVEL)
        response_at = len(request_bytes)
        target = self._target(exchange.started)
        with target.open("ab") as fh:
            start = fh.tell()
            fh.write(data)
        self._size = start + len(data)
        self._unsynced.add(target)
        return CaptureRef(target.name, start + response_at, len(data) - response_at)

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


def _gzip_member(record: bytes, level: int = GZIP_LEVEL) -> bytes:
    packer = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return packer.compress(record) + packer.flush()


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

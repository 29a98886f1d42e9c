"""Raw documents: bytes from a file, decoded to text with the encoding they really use."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from daybook.errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    NotRegularFileError,
)
from daybook.limits import MAX_BYTES

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset=["']?([A-Za-z0-9_-]{2,20})""", re.I)


@dataclass(frozen=True, slots=True)
class Document:
    """A file's bytes and their decoded text; ``encoding`` says how it was decoded."""

    path: str
    data: bytes
    text: str
    encoding: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def decode(data: bytes, *, path: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text: UTF-8 (with or without BOM), else Windows-1252, else Latin-1.

    Invalid UTF-8 inside an otherwise UTF-8 page (the site has some) is replaced, not fatal:
    a document is only treated as single-byte when UTF-8 fails broadly.
    """
    if not data.strip():
        raise EmptyInputError("the file is empty", path=path, remedy="check the download")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if _looks_binary(data):
        raise BinaryInputError(
            "the file is binary, not a text or HTML document",
            path=path,
            remedy="pass the digest text or the saved HTML page",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    # Many valid multi-byte characters and a few bad bytes: a UTF-8 page with stray bytes.
    # No valid multi-byte character at all: a single-byte page.
    if good > 0 and bad * 10 <= good:
        return text, "utf-8 (with invalid bytes replaced)"
    return _single_byte(data)


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _single_byte(data: bytes) -> tuple[str, str]:
    """Windows-1251 for Cyrillic text, else Windows-1252.

    In Russian nearly every letter is a high byte, so high bytes stand next to each other;
    in French an accented letter stands between ASCII letters.
    """
    high = [i for i, b in enumerate(data) if b > 127]
    paired = sum(1 for i in high if (i > 0 and data[i - 1] > 127)
                 or (i + 1 < len(data) and data[i + 1] > 127))
    if high and paired * 2 > len(high):
        return data.decode("cp1251", errors="replace"), "cp1251"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


# Control bytes that text never holds (tab, newlines, form feed and escape are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls * 20 > len(head)


def _too_large(size: str, max_bytes: int, path: str) -> InputTooLargeError:
    return InputTooLargeError(
        f"the file is {size}, over the {max_bytes / 1e6:.0f} MB limit",
        path=path,
        remedy="this is not a single page or digest; split it or check what it is",
    )


def _open_regular(path: str) -> BinaryIO:
    """``path`` opened for reading if it is a regular file. Opened without blocking (a
    FIFO does not wait for a writer) and checked on the open descriptor, so a device,
    FIFO or socket swapped in after an earlier check is still refused."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        os.close(fd)
        raise
    if not regular:
        os.close(fd)
        raise NotRegularFileError(
            "not a regular file (a device, FIFO, socket or directory)", path=path,
            remedy="pass saved pages and digest files")
    return os.fdopen(fd, "rb")


def read_head(path: str | Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file."""
    with _open_regular(str(path)) as fh:
        return fh.read(size)


def read_bounded(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, refused beyond ``max_bytes`` whatever ``stat`` says."""
    p = str(path)
    with _open_regular(p) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise _too_large(f"{size / 1e6:.1f} MB", max_bytes, p)
        # The size stat gave, and one byte more to see whether it grew: a read of
        # max_bytes at once would allocate that much for every file.
        data = fh.read(size + 1)
        if len(data) > size:  # it grew since fstat: the rest, up to the limit
            data += fh.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:  # it grew since fstat
        raise _too_large("still growing", max_bytes, p)
    return data


def read_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    data = read_bounded(path, max_bytes)
    text, encoding = decode(data, path=str(path))
    return Document(path=str(path), data=data, text=text, encoding=encoding)


def document_from_text(text: str, path: str = "<text>") -> Document:
    return Document(path=path, data=text.encode("utf-8"), text=text, encoding="utf-8")

"""Raw documents: bytes from a file, decoded to text with the encoding they really use."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from daybook.errors import BinaryInputError, EmptyInputError, InputTooLargeError

# A real event page is under 1 MB; a long transcript a few MB. Beyond this it is not a page.
MAX_BYTES = 20 * 1024 * 1024


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
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad * 200 < len(text):
        return text, "utf-8 (with invalid bytes replaced)"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls * 20 > len(head)


def read_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    p = Path(path)
    size = p.stat().st_size
    if size > max_bytes:
        raise InputTooLargeError(
            f"the file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit",
            path=str(p),
            remedy="this is not a single page or digest; split it or check what it is",
        )
    data = p.read_bytes()
    text, encoding = decode(data, path=str(p))
    return Document(path=str(p), data=data, text=text, encoding=encoding)


def document_from_text(text: str, path: str = "<text>") -> Document:
    return Document(path=path, data=text.encode("utf-8"), text=text, encoding="utf-8")

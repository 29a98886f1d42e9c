"""A captured page through the same readers as a saved page: the reader sees the page's
URL as its path (so listings and companions are told apart as on disk) and the event's
photos page in hand, as ``sources.kremlin`` finds it beside a saved page.
"""

from __future__ import annotations

import hashlib
import logging

from daybook.errors import DaybookError
from daybook.ingest import FileResult, ReadFile, store_file
from daybook.sources import kremlin
from daybook.sources.document import Document, decode
from daybook.sources.registry import detect_reader
from daybook.store.base import Store

log = logging.getLogger(__name__)


def parse_page(url: str, body: bytes, photos: bytes | None) -> ReadFile:
    """Decode and parse a captured page (never raises: errors become ``error``)."""
    sha = hashlib.sha256(body).hexdigest()
    reader = None
    try:
        text, encoding = decode(body, path=url)
        doc = Document(path=url, data=body, text=text, encoding=encoding)
        reader = detect_reader(doc).name
        if reader == "kremlin":
            photos_text = decode(photos, path=url + "/photos")[0] if photos else None
            parsed = kremlin.read_page(doc, photos_text)
        else:
            parsed = detect_reader(doc).read(doc)
    except DaybookError as exc:
        return ReadFile(url, sha, reader, error=str(exc))
    except Exception as exc:  # a parser bug must not stop the run
        log.exception("internal error on %s", url)
        return ReadFile(url, sha, reader, error=f"{url}: internal error "
                        f"({type(exc).__name__}: {exc}); please report it")
    return ReadFile(url, sha, reader, parsed)


def ingest_page(store: Store, read: ReadFile) -> FileResult:
    """Store one parsed page in its own savepoint (the caller holds the transaction)."""
    return store_file(store, read)

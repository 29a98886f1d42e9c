"""A captured page through the same readers as a saved page: the reader sees the page's
URL as its path (so listings and companions are told apart as on disk) and the event's
photos page in hand, as ``sources.kremlin`` finds it beside a saved page.
"""

from __future__ import annotations

import hashlib
import logging

from daybook.errors import DaybookError
from daybook.ingest import FileResult, ReadFile, store_file
from daybook.limits import DEFAULT_LIMITS, ReadLimits, apply_limits
from daybook.sources import kremlin
from daybook.sources.document import Document, decode
from daybook.sources.registry import detect_reader, read_parsed
from daybook.store.base import Store

log = logging.getLogger(__name__)


def parse_page(url: str, body: bytes, photos: bytes | None,
               limits: ReadLimits = DEFAULT_LIMITS) -> ReadFile:
    """Decode and parse a captured page within the readers' ``limits`` (never raises:
    errors become ``error``)."""
    sha = hashlib.sha256(body).hexdigest()
    reader = None
    try:
        text, encoding = decode(body, path=url)
        doc = Document(path=url, data=body, text=text, encoding=encoding)
        found = detect_reader(doc)
        reader = found.name
        if reader == "kremlin":
            photos_text = decode(photos, path=url + "/photos")[0] if photos else None
            parsed = apply_limits(kremlin.read_page(doc, photos_text, limits), url, limits)
        else:
            reader, parsed = read_parsed(doc, limits)
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

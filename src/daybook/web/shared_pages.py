"""Rendered pages shared by the worker processes of one server (``daybook serve --workers
N``), in a ``diskcache`` directory the supervisor makes for the run and removes after it.

Each worker keeps its own pages in memory (``Site``); without this store every worker would
make every page once for itself, so a fresh server made each page N times. Here a page made
by one worker is read by the others (a few tens of microseconds against milliseconds to make
it), and a page being made by one worker is waited for by the others rather than made again.

Validity: every worker sees the archive change on its own connection (``Site.generation``)
and then moves the shared *epoch* on; pages are stored under the epoch read before they
were made, so a page is only ever read under an epoch created after every change its reader
has seen. Pages of old epochs are never read again and leave as the size bound evicts them.
Only what ``make`` returns is stored: an error page raises, and is never kept. A store
that fails (a full or vanished temporary directory) never fails a page: it is then read
as empty and the worker makes its pages itself (``Site`` stops sharing when the epoch
itself cannot be read or moved).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from typing import Any

EPOCH = "epoch"
# How long a claim to make a page lasts if its worker dies while making it, and how long
# another worker waits for it before making the page itself.
CLAIM_S = 30.0
WAIT_S = 3.0
# Pages are small (a few KB to a few hundred): kept inside the cache's SQLite file rather
# than one file each. The store is a cache of one run: no fsync.
IN_DB_BYTES = 4 * 1024 * 1024


log = logging.getLogger(__name__)


class SharedPages:
    """The pages of one server's workers, bounded in bytes (``size_limit``)."""

    def __init__(self, directory: str, size_limit: int) -> None:
        import diskcache  # type: ignore[import-untyped]

        self.failures = (OSError, sqlite3.Error, diskcache.Timeout)
        self._cache = diskcache.Cache(directory, size_limit=size_limit,
                                      disk_min_file_size=IN_DB_BYTES, sqlite_synchronous=0,
                                      eviction_policy="least-recently-stored")
        self._cache.add(EPOCH, 0)

    @contextlib.contextmanager
    def _tolerant(self) -> Iterator[None]:
        try:
            yield
        except self.failures as exc:
            log.warning("shared pages: %s (the page is made here)", exc)

    def epoch(self) -> int:
        """The shared epoch now (one indexed row)."""
        value = self._cache.get(EPOCH, 0)
        return int(value)

    def advance(self) -> int:
        """A new epoch, after this worker saw the archive change."""
        value = self._cache.incr(EPOCH)
        return int(value)

    def get(self, epoch: int, key: tuple[str, ...]) -> Any:
        with self._tolerant():
            return self._cache.get(("page", epoch, *key))
        return None

    def put(self, epoch: int, key: tuple[str, ...], value: Any) -> None:
        with self._tolerant():
            self._cache.set(("page", epoch, *key), value)

    def claim(self, epoch: int, key: tuple[str, ...]) -> bool:
        """True when this worker is now the one making the page (no other is, or the
        store cannot say)."""
        with self._tolerant():
            return bool(self._cache.add(("making", epoch, *key), os.getpid(),
                                        expire=CLAIM_S))
        return True

    def release(self, epoch: int, key: tuple[str, ...]) -> None:
        with self._tolerant():
            self._cache.delete(("making", epoch, *key))

    def wait(self, epoch: int, key: tuple[str, ...], timeout: float = WAIT_S) -> Any:
        """The page another worker is making, once it is stored; None when that worker
        gave up (an error page, never stored) or took longer than ``timeout``."""
        end = time.monotonic() + timeout
        pause = 0.002
        while time.monotonic() < end:
            value = self.get(epoch, key)
            if value is not None:
                return value
            if not self._claimed(epoch, key):
                return self.get(epoch, key)  # stored just before the claim was released
            time.sleep(pause)
            pause = min(pause * 2, 0.05)
        return None

    def _claimed(self, epoch: int, key: tuple[str, ...]) -> bool:
        with self._tolerant():
            return ("making", epoch, *key) in self._cache
        return False

    def volume(self) -> int:
        """The bytes the store holds now (as diskcache counts them)."""
        return int(self._cache.volume())

    def close(self) -> None:
        self._cache.close()

"""The captures index and the fetch state (migration 0006) of every backend:
``store.captures``.

Written once on the storage core's statement helpers (``?`` placeholders, which the dialect
spells); dates and times are ISO text on both backends. The caller's transaction
(``store.transaction()``) holds the writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

UrlState = Literal["done", "refused", "failed", "missing"]
DayState = Literal["complete", "partial", "refused", "failed"]


@dataclass(frozen=True, slots=True)
class CaptureRow:
    """One captured response: where it lies in the WARC files, and what it was."""

    file: str
    offset: int
    length: int
    url: str
    fetched_url: str
    captured_at: str
    status: int
    payload_digest: str | None
    etag: str | None
    last_modified: str | None
    via: str


@dataclass(frozen=True, slots=True)
class UrlStatus:
    url: str
    day: dt.date | None
    language: str | None
    state: UrlState
    status: int | None
    message: str | None
    attempts: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class DayStatus:
    date: dt.date
    language: str
    state: DayState
    events: int
    failed: int
    message: str | None
    updated_at: str


class Captures(Protocol):
    """What the fetcher asks of a store (``store.captures``)."""

    def add(self, row: CaptureRow) -> None: ...

    def latest(self, url: str, *, status: int | None = None) -> CaptureRow | None: ...

    def count(self, url: str | None = None) -> int: ...

    def all(self) -> list[CaptureRow]: ...

    def last_offset(self, file: str) -> int | None: ...

    def drop_beyond(self, file: str, size: int) -> list[str]: ...

    def set_url(self, status: UrlStatus) -> None: ...

    def url_status(self, url: str) -> UrlStatus | None: ...

    def urls_in(self, state: UrlState) -> list[UrlStatus]: ...

    def set_day(self, status: DayStatus) -> None: ...

    def day(self, date: dt.date, language: str) -> DayStatus | None: ...

    def days(self, language: str | None = None) -> list[DayStatus]: ...

    def last_complete_day(self, language: str) -> dt.date | None: ...


_CAPTURE_COLS = ('file, "offset", length, url, fetched_url, captured_at, status, '
                 "payload_digest, etag, last_modified, via")
_URL_COLS = "url, day, language, state, status, message, attempts, updated_at"
_DAY_COLS = "date, language, state, events, failed, message, updated_at"


class Statements(Protocol):
    """What this module needs of the storage core (``store.tables.Tables``), named here
    so that ``store.base`` can import the records above without a cycle."""

    def run(self, sql: str, args: Sequence[Any] = ()) -> Any: ...

    def rows(self, sql: str, args: Sequence[Any] = ()) -> list[Any]: ...


class CaptureTables:
    """The ``Captures`` capability of an SQL store."""

    def __init__(self, store: Statements) -> None:
        self.store = store

    def _run(self, sql: str, args: Sequence[Any]) -> list[tuple[Any, ...]]:
        """A SELECT's rows as tuples in column order; other statements just run."""
        if not sql.lstrip().upper().startswith("SELECT"):
            self.store.run(sql, args)
            return []
        return [tuple(r[k] for k in r.keys()) for r in self.store.rows(sql, args)]  # noqa: SIM118

    def add(self, row: CaptureRow) -> None:
        self._run((f"INSERT INTO captures ({_CAPTURE_COLS}) VALUES "
                          "(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING"),
                  (row.file, row.offset, row.length, row.url, row.fetched_url, row.captured_at,
                   row.status, row.payload_digest, row.etag, row.last_modified, row.via))

    def latest(self, url: str, *, status: int | None = None) -> CaptureRow | None:
        where, args = ("url=?", [url]) if status is None else ("url=? AND status=?", [url, status])
        rows = self._run((f"SELECT {_CAPTURE_COLS} FROM captures WHERE {where} "
                                 'ORDER BY captured_at DESC, file DESC, "offset" DESC LIMIT 1'),
                         args)
        return CaptureRow(*rows[0]) if rows else None

    def count(self, url: str | None = None) -> int:
        if url is None:
            return int(self._run("SELECT count(*) FROM captures", ())[0][0])
        return int(self._run(("SELECT count(*) FROM captures WHERE url=?"), (url,))[0][0])

    def all(self) -> list[CaptureRow]:
        rows = self._run(f'SELECT {_CAPTURE_COLS} FROM captures ORDER BY file, "offset"', ())
        return [CaptureRow(*r) for r in rows]

    def last_offset(self, file: str) -> int | None:
        rows = self._run(('SELECT max("offset") FROM captures WHERE file=?'), (file,))
        return int(rows[0][0]) if rows and rows[0][0] is not None else None

    def drop_beyond(self, file: str, size: int) -> list[str]:
        """Forget captures whose record ends past ``size`` (lost with a file's tail);
        their URLs, so that they are fetched again."""
        where = 'file=? AND "offset" + length > ?'
        urls = [r[0] for r in self._run((f"SELECT url FROM captures WHERE {where}"),
                                        (file, size))]
        if urls:
            self._run((f"DELETE FROM captures WHERE {where}"), (file, size))
        return urls

    def set_url(self, status: UrlStatus) -> None:
        """Record a URL's latest outcome; ``attempts`` counts the calls (the given value
        is the first one's)."""
        day = status.day.isoformat() if status.day else None
        self._run((
            f"INSERT INTO fetch_urls ({_URL_COLS}) VALUES (?,?,?,?,?,?,?,?) "
            "ON CONFLICT (url) DO UPDATE SET day=excluded.day, language=excluded.language, "
            "state=excluded.state, status=excluded.status, message=excluded.message, "
            "attempts=fetch_urls.attempts + 1, updated_at=excluded.updated_at"),
            (status.url, day, status.language, status.state, status.status, status.message,
             status.attempts, status.updated_at))

    def url_status(self, url: str) -> UrlStatus | None:
        rows = self._run((f"SELECT {_URL_COLS} FROM fetch_urls WHERE url=?"), (url,))
        return _url(rows[0]) if rows else None

    def urls_in(self, state: UrlState) -> list[UrlStatus]:
        rows = self._run((f"SELECT {_URL_COLS} FROM fetch_urls WHERE state=? "
                                 "ORDER BY day, url"), (state,))
        return [_url(r) for r in rows]

    def set_day(self, status: DayStatus) -> None:
        self._run((
            f"INSERT INTO fetch_days ({_DAY_COLS}) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT (date, language) DO UPDATE SET state=excluded.state, "
            "events=excluded.events, failed=excluded.failed, message=excluded.message, "
            "updated_at=excluded.updated_at"),
            (status.date.isoformat(), status.language, status.state, status.events,
             status.failed, status.message, status.updated_at))

    def day(self, date: dt.date, language: str) -> DayStatus | None:
        rows = self._run((f"SELECT {_DAY_COLS} FROM fetch_days "
                                 "WHERE date=? AND language=?"), (date.isoformat(), language))
        return _day(rows[0]) if rows else None

    def days(self, language: str | None = None) -> list[DayStatus]:
        if language is None:
            rows = self._run(f"SELECT {_DAY_COLS} FROM fetch_days ORDER BY date, language", ())
        else:
            rows = self._run((f"SELECT {_DAY_COLS} FROM fetch_days WHERE language=? "
                                     "ORDER BY date"), (language,))
        return [_day(r) for r in rows]

    def last_complete_day(self, language: str) -> dt.date | None:
        rows = self._run(("SELECT max(date) FROM fetch_days "
                                 "WHERE language=? AND state='complete'"), (language,))
        return dt.date.fromisoformat(rows[0][0]) if rows and rows[0][0] else None


def copy_captures(src: Captures, dst: Captures) -> int:
    """Copy the captures index and the fetch state (``daybook db copy``); the rows copied."""
    n = 0
    for row in src.all():
        dst.add(row)
        n += 1
    for state in ("done", "refused", "failed", "missing"):
        for url in src.urls_in(state):
            dst.set_url(url)
            n += 1
    for day in src.days():
        dst.set_day(day)
        n += 1
    return n


def _url(r: Sequence[Any]) -> UrlStatus:
    return UrlStatus(r[0], dt.date.fromisoformat(r[1]) if r[1] else None, r[2], r[3], r[4],
                     r[5], int(r[6]), r[7])


def _day(r: Sequence[Any]) -> DayStatus:
    return DayStatus(dt.date.fromisoformat(r[0]), r[1], r[2], int(r[3]), int(r[4]), r[5], r[6])

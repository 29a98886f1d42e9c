"""When a day's group of a listing is whole: the pages of the news stream read so far, and
which page to read next. Pure.

A listing page holds about 20 items, newest first, and cuts day groups at both ends. Pages
``lo..hi`` read in a row form one sequence; day ``D`` is known when its group starts after
a newer item (or at the top of the stream) and ends before an older one (or at the bottom),
or when no item of ``D`` sits between a newer and an older one (a day without events).
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Literal

from daybook.model import Listing, ListingEntry


@dataclass(frozen=True, slots=True)
class PageRead:
    number: int
    listing: Listing


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: Literal["whole", "empty", "need"]
    entries: tuple[ListingEntry, ...] = ()
    page: int | None = None


def decide(date: dt.date, pages: dict[int, PageRead], last_page: int | None) -> Verdict:
    """What pages ``pages`` (consecutive numbers) say of ``date``."""
    for read in pages.values():
        if date in read.listing.complete_dates:
            return Verdict("whole", _of(date, [e for p in _ordered(pages)
                                               for e in p.listing.entries]))
    lo, hi = min(pages), max(pages)
    seq = [e for p in _ordered(pages) for e in p.listing.entries]
    at_top = lo <= 1
    at_bottom = last_page is not None and hi >= last_page
    mine = [i for i, e in enumerate(seq) if e.date == date]
    if mine:
        start_known = mine[0] > 0 or at_top
        end_known = mine[-1] < len(seq) - 1 or at_bottom
        if start_known and end_known:
            return Verdict("whole", _of(date, seq))
        return Verdict("need", page=hi + 1 if start_known else lo - 1)
    if any(a.date > date > b.date for a, b in itertools.pairwise(seq)):
        return Verdict("empty")
    if not seq or all(e.date > date for e in seq):
        return Verdict("empty") if at_bottom else Verdict("need", page=hi + 1)
    return Verdict("empty") if at_top else Verdict("need", page=lo - 1)


def _ordered(pages: dict[int, PageRead]) -> list[PageRead]:
    return [pages[n] for n in sorted(pages)]


def _of(date: dt.date, seq: list[ListingEntry]) -> tuple[ListingEntry, ...]:
    seen: set[str] = set()
    out = []
    for e in seq:
        if e.date == date and e.id not in seen:
            seen.add(e.id)
            out.append(e)
    return tuple(out)

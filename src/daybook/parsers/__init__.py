"""Pure functions from text or HTML to the day model. No I/O."""

from __future__ import annotations

from dataclasses import dataclass

from daybook.errors import Diagnostic
from daybook.model import Day, Event, Listing


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one document yielded: whole days (a digest), events (event pages) or listings."""

    days: tuple[Day, ...] = ()
    events: tuple[Event, ...] = ()
    listings: tuple[Listing, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    # True when the source gives only part of each record (an export that lost tags, photos
    # or text): its events fill their gaps from what is stored instead of replacing it.
    partial: bool = False

    def summary(self) -> str:
        parts = []
        if self.days:
            n = sum(len(d.events) for d in self.days)
            parts.append(f"{len(self.days)} day(s), {n} event(s)")
        if self.events:
            parts.append(f"{len(self.events)} event(s)")
        if self.listings:
            parts.append(f"{len(self.listings)} listing(s)")
        return ", ".join(parts) or "nothing"

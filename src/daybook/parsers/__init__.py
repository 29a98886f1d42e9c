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

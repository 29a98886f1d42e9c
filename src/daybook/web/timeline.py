"""The day's timeline as SVG geometry for a template: one mark per timed event on an
hour axis, drawn on the server (no script, no inline style: the CSP allows neither)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from daybook.model import Event
from daybook.publish.locale import local_time

WIDTH = 600
LEFT, RIGHT = 20, 20
ROW = 18  # height of one row of marks; marks closer than MIN_GAP go to the next row
MIN_GAP = 22
AXIS_Y = 24


@dataclass(frozen=True, slots=True)
class Mark:
    x: float
    y: float
    number: int
    event: Event


@dataclass(frozen=True, slots=True)
class Timeline:
    width: int
    height: int
    axis_y: int
    ticks: tuple[tuple[float, int], ...]
    marks: tuple[Mark, ...]
    published: bool  # whether any mark is a publication time rather than a start
    untimed: int


def day_timeline(events: Sequence[Event]) -> Timeline | None:
    """Marks at each timed event's local clock time; None when no event has one."""
    timed = [(e, t) for e in events if (t := local_time(e)) is not None]
    if not timed:
        return None
    hours = [t.hour + t.minute / 60 for _, t in timed]
    first = max(0, math.floor(min(hours)) - 1)
    last = min(24, math.ceil(max(hours)) + 1)
    if last - first < 4:  # a short span still reads as part of a day
        first, last = max(0, min(first, last - 4)), min(24, max(last, first + 4))
    span = WIDTH - LEFT - RIGHT

    def x_of(h: float) -> float:
        return round(LEFT + span * (h - first) / (last - first), 1)

    rows: list[float] = []  # the last x used on each row
    marks = []
    for (e, _), h in sorted(zip(timed, hours, strict=True), key=lambda p: p[1]):
        x = x_of(h)
        row = next((i for i, last_x in enumerate(rows) if x - last_x >= MIN_GAP), len(rows))
        if row == len(rows):
            rows.append(x)
        rows[row] = x
        marks.append(Mark(x=x, y=AXIS_Y + 14 + row * ROW, number=e.number, event=e))
    ticks = tuple((x_of(h), h) for h in range(first, last + 1))
    return Timeline(width=WIDTH, height=AXIS_Y + 14 + len(rows) * ROW + 4, axis_y=AXIS_Y,
                    ticks=ticks, marks=tuple(marks),
                    published=any(e.time_basis == "published" for e, _ in timed),
                    untimed=len(events) - len(timed))

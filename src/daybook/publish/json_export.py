"""The contract's JSON forms: one day document, or one day per line (JSONL)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from daybook.model import Day
from daybook.sanitize import dumps_json


def render_json(day: Day, *, indent: int | None = 2) -> str:
    return dumps_json(day.to_dict(), indent=indent)


def iter_jsonl(days: Iterable[Day]) -> Iterator[str]:
    for day in days:
        yield dumps_json(day.to_dict(), separators=(",", ":")) + "\n"

"""The contract's JSON forms: one day document, or one day per line (JSONL)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from daybook.model import Day


def render_json(day: Day, *, indent: int | None = 2) -> str:
    return json.dumps(day.to_dict(), ensure_ascii=False, indent=indent)


def iter_jsonl(days: Iterable[Day]) -> Iterator[str]:
    for day in days:
        yield json.dumps(day.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"

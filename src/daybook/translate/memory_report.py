"""How much of a day's translation the translation memory gives (``daybook tm stats``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from daybook.days import assemble_day
from daybook.translate.cache import TranslationCache
from daybook.translate.day import day_in_language
from daybook.translate.memory import DEFAULT_THRESHOLD, FieldRecall, TranslationMemory

if TYPE_CHECKING:
    from daybook.store.base import Store


class RecallOnly:
    """An engine that gives each text back as it is: drives a day through the memory to
    count what it recalls, without translating anything."""

    name = "recall-only"

    def supports(self, src: str, dst: str) -> bool:
        return True

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        return list(texts)


@dataclass(frozen=True, slots=True)
class DayRecall:
    """What the memory gives a day's translation: ``counts`` of segments and words exact,
    fuzzy and left to the engine (totals, and per part: "title.words_exact"), the events
    already in the language, and which titles, leads and captions come from memory."""

    counts: Counter[str]
    recalled: tuple[FieldRecall, ...]

    def part(self, field: str) -> dict[str, int]:
        return {f"{what}_{kind}": self.counts[f"{field}.{what}_{kind}"]
                for what in ("segments", "words") for kind in ("exact", "fuzzy", "engine")}


def day_report(store: Store, date: dt.date, lang: str,
               threshold: int = DEFAULT_THRESHOLD) -> DayRecall:
    """How much of the day's translation into ``lang`` the memory gives, without
    translating anything."""
    tm = TranslationMemory(store.memory, threshold)
    cache = TranslationCache()
    try:
        day_in_language(store, date, lang, RecallOnly(), cache, memory=tm)
    finally:
        cache.close()
    counts = Counter(tm.counts)
    counts["events_in_language"] = len(assemble_day(store, date, lang).events)
    return DayRecall(counts, tuple(tm.recalled))

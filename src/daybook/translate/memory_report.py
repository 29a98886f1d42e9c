"""How much of a day's translation the translation memory gives (``daybook tm stats``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from daybook.days import assemble_day
from daybook.translate.cache import TranslationCache
from daybook.translate.day import day_in_language
from daybook.translate.memory import DEFAULT_THRESHOLD, TranslationMemory

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


def day_report(store: Store, date: dt.date, lang: str,
               threshold: int = DEFAULT_THRESHOLD) -> Counter[str]:
    """How much of the day's translation into ``lang`` the memory gives: segments and words
    exact, fuzzy and left to the engine, and the events already in ``lang``."""
    tm = TranslationMemory(store.memory, threshold)
    cache = TranslationCache()
    try:
        day_in_language(store, date, lang, RecallOnly(), cache, memory=tm)
    finally:
        cache.close()
    counts = Counter(tm.counts)
    counts["events_in_language"] = len(assemble_day(store, date, lang).events)
    return counts

"""The enrich step: its own resumable pass over the archive, never part of ingest.

1. People (in this process, in date order, because it creates ids): every participant,
   speaker and Persons tag is linked to the registry, which learns new people and names;
   a second pass links what only later events made resolvable.
2. Text (in worker processes): language of each unit, entities, figures, dates. Each
   worker loads its models once. Results are written by this process only.
``enrich_done`` records the revision (content hash) and pipeline version of each event
done, so a second run skips them and a revised event is done again.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from daybook.enrich import dates, entities, figures, langid
from daybook.enrich.people import Registry, learn_people, link_event
from daybook.enrich.records import (
    EventEnrichment,
    Mention,
    event_texts,
)
from daybook.model import Event
from daybook.store.base import Store

# Bump when the pipeline's output changes, so every event is enriched again.
VERSION = 1
# A unit's detected language replaces the event's only when the detector is this sure.
_LANGUAGE_CONFIDENCE = 0.8


@dataclass(slots=True)
class EnrichReport:
    pending: int = 0
    done: int = 0
    people: int = 0
    counts: Counter[str] = field(default_factory=Counter)


Progress = Callable[[int, int], None]


def load_registry(store: Store) -> Registry:
    """The curated registry plus what earlier runs learned."""
    registry = Registry.curated()
    store.enrichment.load_people(registry)
    return registry


def enrich_store(
    store: Store,
    *,
    workers: int = 1,
    use_models: bool = True,
    on_progress: Progress | None = None,
    batch: int = 25,
) -> EnrichReport:
    """Enrich every event not yet done at its current revision."""
    pending = store.enrichment.enrich_pending(VERSION)
    report = EnrichReport(pending=len(pending))
    if not pending:
        return report
    evs = [e for p in pending if (e := store.get_event(p.event_id, p.language)) is not None]
    registry = load_registry(store)
    learn_people(registry, evs)
    with store.transaction():
        for e in evs:
            links = link_event(registry, e, learn=False)
            report.counts["links"] += len(links)
            report.counts["linked"] += sum(1 for link in links if link.person_id)
            store.enrichment.save_person_links(e.id, e.language, links)
        store.enrichment.save_people(registry)
    report.people = len(registry)
    meta = {(p.event_id, p.language): p for p in pending}
    jobs = [
        (e.to_dict(), meta[(e.id, e.language)].revision, meta[(e.id, e.language)].content_hash)
        for e in evs
    ]
    results = _run_jobs(jobs, registry, workers, use_models)
    buffer: list[EventEnrichment] = []
    for result in results:
        buffer.append(result)
        report.done += 1
        report.counts["mentions"] += len(result.mentions)
        report.counts["figures"] += len(result.figures)
        report.counts["dates"] += len(result.dates)
        if len(buffer) >= batch:
            _flush(store, buffer)
        if on_progress:
            on_progress(report.done, len(jobs))
    _flush(store, buffer)
    return report


def _flush(store: Store, buffer: list[EventEnrichment]) -> None:
    # Each batch commits: an interrupted run keeps what it finished.
    with store.transaction():
        for result in buffer:
            store.enrichment.save_enrichment(result, VERSION)
    buffer.clear()


Job = tuple[dict[str, Any], int, str]


def _run_jobs(
    jobs: list[Job], registry: Registry, workers: int, use_models: bool
) -> Iterator[EventEnrichment]:
    if workers <= 1 or len(jobs) < 2:
        _init_worker(registry, use_models)
        for job in jobs:
            yield _work(job)
        return
    with multiprocessing.get_context().Pool(
        workers, initializer=_init_worker, initargs=(registry, use_models)
    ) as pool:
        yield from pool.imap_unordered(_work, jobs, chunksize=2)


# Per-process state of a worker: the registry it links against and the name matchers.
_STATE: dict[str, Any] = {}


def _init_worker(registry: Registry, use_models: bool) -> None:
    _STATE.clear()
    _STATE["registry"] = registry
    _STATE["use_models"] = use_models
    _STATE["matchers"] = {}


def _work(job: Job) -> EventEnrichment:
    doc, revision, content_hash = job
    event = Event.from_dict(doc)
    registry: Registry = _STATE["registry"]
    matchers: dict[str, entities.NameMatcher] = _STATE["matchers"]
    return enrich_event(
        event, revision, content_hash, registry, matchers, use_models=_STATE["use_models"]
    )


def enrich_event(
    event: Event,
    revision: int,
    content_hash: str,
    registry: Registry,
    matchers: dict[str, entities.NameMatcher] | None = None,
    *,
    use_models: bool = True,
) -> EventEnrichment:
    """Everything the text of one event yields; pure but for the lazily loaded models."""
    matchers = {} if matchers is None else matchers
    units = list(event_texts(event))
    languages = [langid.detect_language(text, seq) for seq, text in units]
    by_language: dict[str, list[tuple[int, str]]] = {}
    for (seq, text), detected in zip(units, languages, strict=True):
        lang = (
            detected.language
            if detected.language and detected.confidence >= _LANGUAGE_CONFIDENCE
            else event.language
        )
        by_language.setdefault(lang, []).append((seq, text))
    mentions: list[Mention] = []
    found_figures = []
    found_dates = []
    for lang, texts in by_language.items():
        matcher = matchers.get(lang)
        if matcher is None:
            matcher = matchers[lang] = entities.NameMatcher(registry, lang)
        mentions += entities.find_entities(texts, lang, registry, matcher, use_model=use_models)
        for seq, text in texts:
            found_figures += figures.find_figures(text, lang, seq)
        found_dates += dates.event_dates(texts, lang, event.date)
    return EventEnrichment(
        event.id,
        event.language,
        revision,
        content_hash,
        mentions=tuple(sorted(mentions, key=lambda m: (m.seq, m.start))),
        figures=tuple(found_figures),
        dates=tuple(found_dates),
        languages=tuple(languages),
    )


def find_person(
    store: Store, name: str, language: str | None = None
) -> dict[str, Any] | None:
    """A person under any spelling, with every event where they speak, take part or are
    tagged: ``{"person_id", "name", "names", "roles", "events": [...]}``."""
    registry = load_registry(store)
    pid = registry.resolve(name, language)
    if pid is None:
        for lang in ("en", "fr", "ru"):
            pid = registry.resolve(name, lang)
            if pid:
                break
    if pid is None:
        return None
    person = registry.people[pid].to_dict()
    person["events"] = [
        {
            "id": e.event_id,
            "language": e.language,
            "date": e.date.isoformat(),
            "title": e.title,
            "relation": e.relation,
            "role": e.role,
        }
        for e in store.enrichment.person_events(pid)
    ]
    return person

"""A day in another language: titles from the translation memory, places from the
gazetteer, text through a machine-translation engine, every translated block marked.

The translated ``Day`` carries only translated blocks, in the source order, one for one
(no block is dropped, merged or split). The originals stay in the store; each translated
block names its ``engine``, its ``source_block`` (the index of the block it translates in the
source event) and ``source_language``. Editorial blocks (not part of the
official record) and separators/elisions are kept as they are. Roles go through the role
vocabulary, else the engine. Names take their French form (``names.py``) in titles, leads,
participant lists, speaker labels and text; the Russian page of the same event, when
stored, gives the Cyrillic originals the French forms are romanised from. The principal
speaks under his name alone ("Vladimir Poutine :"), as a French digest writes it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from daybook.errors import NotCachedError, TranslationError
from daybook.model import Block, Day, Event, Participant, Photo, sort_events
from daybook.parsers.digest_vocab import site_principal
from daybook.translate.cache import TranslationCache, cache_name
from daybook.translate.engines import (
    DEFAULT_ENGINE,
    CachedOnlyEngine,
    Engine,
    get_engine,
)
from daybook.translate.french import female
from daybook.translate.labels import role_plan
from daybook.translate.names import (
    GIVEN_NAMES,
    NameForms,
    curated_table,
    french_name,
    mentioned_names,
)
from daybook.translate.persons import unknown_people
from daybook.translate.places import heading_place, place_fr, places_in_text
from daybook.translate.protect import translate_texts
from daybook.translate.rolenames import RoleOf
from daybook.translate.title_people import men_in_a
from daybook.translate.titles import role_fr, topic_fr, translate_titles
from daybook.translate.typography import french, typeset

if TYPE_CHECKING:
    from daybook.translate.memory import TranslationMemory

_UNTRANSLATED_TYPES = frozenset({"separator", "elision"})


def _role_fr(role: str, female: bool) -> str | None:
    return role_fr(role, female=female)


def text_roles(dst: str) -> RoleOf | None:
    """How a role before a name is written in ``dst`` inside a text (``translate_texts``)."""
    return _role_fr if dst == "fr" else None


def source_block_index(block: Block) -> int | None:
    """The index of the source block a translated block came from."""
    return block.source_block if block.provenance == "translation" else None


def event_names(event: Event, principal: str | None = None) -> list[str]:
    """The person names to keep as written in an event's text."""
    names: dict[str, None] = {}
    for n in (*event.speakers, *(p.name for p in event.participants), *event.tags.persons):
        if n:
            names.setdefault(n, None)
    for b in event.blocks:
        if b.speaker:
            names.setdefault(b.speaker, None)
    if principal:
        names.setdefault(principal, None)
    # People the text names without the page tagging them ("Lukashenko", "Daniil Granin").
    texts = [event.lead or "", *(b.text for b in event.blocks),
             *(p.caption or "" for p in event.photos)]
    for n in mentioned_names(texts):
        names.setdefault(n, None)
    # And people no table knows, by their given name ("George Bush", "Lee Kuan Yew").
    for n in unknown_people([event.title or "", *texts]):
        names.setdefault(n, None)
    return list(names)


def is_principal(speaker: str | None, principal: str) -> bool:
    """Whether a label names the principal: his name in any case, his family name alone or
    after his initial ("PUTIN", "V. Putin")."""
    if not speaker:
        return False
    said, own = speaker.casefold().split(), principal.casefold().split()
    if said == own:
        return True
    return bool(said) and said[-1] == own[-1] and (
        len(said) == 1 or (len(said) == 2 and said[0].rstrip(".") == own[0][:1]))


class _Batch:
    """Texts of a day to translate, deduplicated, with the names each must keep."""

    def __init__(self) -> None:
        self.texts: dict[tuple[str, str], list[str]] = {}

    def add(self, text: str | None, src: str, names: list[str]) -> None:
        if text and text.strip() and (text, src) not in self.texts:
            self.texts[(text, src)] = names

    def run(self, engine: Engine, dst: str, cache: TranslationCache) -> dict[tuple[str, str], str]:
        done: dict[tuple[str, str], str] = {}
        for src in sorted({s for _, s in self.texts}):
            items = [(t, n) for (t, s), n in self.texts.items() if s == src]
            hits = cache.get_many(engine.name, src, dst, (t for t, _ in items))
            todo = [(t, n) for t, n in items if t not in hits]
            if todo:
                outs = translate_texts([t for t, _ in todo], engine, src, dst, [n for _, n in todo],
                                       text_roles(dst))
                fresh = {t: o.text for (t, _), o in zip(todo, outs, strict=True)}
                cache.put_many(engine.name, src, dst, fresh)
                hits.update(fresh)
            done.update({(t, src): hits[t] for t, _ in items})
        return done


def _role(role: str | None, src: str, done: dict[tuple[str, str], str], *,
          capital: bool, holder: str | None = None) -> str | None:
    """A label's or a participant's role in French (``labels.role_plan``: the role
    vocabulary, the engine for the rest), in the feminine for a woman ``holder``."""
    if not role:
        return role
    woman = bool(holder) and female(holder or "") and (holder or "").split()[0] not in men_in_a()
    plan = role_plan(role, female=woman)
    got = {t: done[(t, src)] for t in plan.for_engine() if (t, src) in done}
    fr = french(plan.fill(got) or got.get(role) or role)
    return fr[:1].upper() + fr[1:] if capital else fr


def original_names(event: Event | None) -> list[str]:
    """The Cyrillic names of an event's Russian page: participants, speakers, tags."""
    if event is None:
        return []
    return event_names(event)


def name_forms(event: Event, principal: str | None, original: Event | None = None,
               overrides: Mapping[str, str] | None = None) -> NameForms:
    return NameForms.of(event_names(event, principal), originals=original_names(original),
                        overrides=overrides)


def translate_day(day: Day, lang: str, engine: Engine | None,
                  cache: TranslationCache | None = None, *,
                  originals: Mapping[str, Event] | None = None,
                  name_overrides: Mapping[str, str] | None = None,
                  memory: TranslationMemory | None = None) -> Day:
    """The day with every event not already in ``lang`` translated into it.

    ``originals`` are the Russian renditions of the day's events by id (their names are
    the source of the French forms); ``name_overrides`` the publisher's name forms; with a
    ``memory``, what it recalls goes first and the engine gets only the rest.
    """
    overrides = name_overrides
    cache = cache if cache is not None else TranslationCache()
    if engine is not None:  # cached under its identity (its glossary's digest with it)
        cache = cache.under(engine.name, cache_name(engine))
    todo = [e for e in day.events if e.language != lang]
    if engine is not None:
        for src in sorted({e.language for e in todo}):
            if not engine.supports(src, lang):
                raise TranslationError(
                    f"engine {engine.name} cannot translate {src}→{lang}",
                    remedy="install its language data or pass --translate http://host:port "
                    "(a LibreTranslate server)")
    # A day read from kremlin.ru names no principal: the site's (as the digest heading).
    principal = day.principal.name if day.principal else None

    def who_for(e: Event) -> str | None:
        return principal or site_principal(e.date, e.language)

    batch = _Batch()
    for e in todo:
        names = event_names(e, who_for(e))
        batch.add(e.lead, e.language, names)
        for b in e.blocks:
            if b.provenance != "editorial" and b.type not in _UNTRANSLATED_TYPES:
                batch.add(b.text, e.language, names)
            for piece in role_plan(b.role).for_engine() if b.role else ():
                batch.add(piece, e.language, names)
        for p in e.participants:
            for piece in role_plan(p.role).for_engine() if p.role else ():
                batch.add(piece, e.language, names)
        for ph in e.photos:
            batch.add(ph.caption, e.language, names)
        for topic in e.tags.topics:
            if topic_fr(topic) is None:  # the table first; only an unknown topic goes out
                batch.add(topic, e.language, names)
    recall = memory.start(lang, todo) if memory is not None and engine is not None else None
    if recall is not None:  # the memory first; the engine gets only what it did not recall
        batch.texts = recall.take(batch.texts)
    done = batch.run(engine, lang, cache) if engine is not None and batch.texts else {}
    notes: dict[tuple[str, str], str] = {}
    if recall is not None:
        done, notes = recall.assemble(done), recall.notes
        recall.provenance(todo)
    # Titles the publisher translated before come from the memory; the grammar does the rest.
    new_titles = recall.titles(todo) if recall is not None else {}
    for src in sorted({e.language for e in todo}):
        group = [e for e in todo if e.language == src and id(e) not in new_titles]
        out = translate_titles([e.title for e in group], engine, src, lang,
                               [event_names(e, who_for(e)) for e in group], cache)
        new_titles.update({id(e): t for e, (t, _) in zip(group, out, strict=True)})
    engine_name = engine.name if engine is not None else None
    originals = originals or {}
    events = [
        e if e.language == lang
        else _translate_event(e, lang, new_titles[id(e)], done, engine_name,
                              name_forms(e, who_for(e), originals.get(e.id), overrides), who_for(e),
                              notes, originals.get(e.id))
        for e in day.events
    ]
    who = day.principal
    if who is not None and todo:
        who = replace(who, name=french_name(who.name, overrides=overrides))
    return replace(day, events=tuple(events), principal=who)


def _translate_event(e: Event, lang: str, title: str, done: dict[tuple[str, str], str],
                     engine_name: str | None, forms: NameForms,
                     principal: str | None, notes: Mapping[tuple[str, str], str],
                     original: Event | None = None) -> Event:
    src = e.language

    def typo(text: str) -> str:  # French typography, last (``typography.typeset``)
        return typeset(text) if lang == "fr" else text

    def settle(text: str) -> str:
        return typo(places_in_text(forms.apply(text)))

    blocks: list[Block] = []
    for i, b in enumerate(e.blocks):
        text = done.get((b.text, src))
        # The principal speaks under his name alone: "Vladimir Poutine :" (also for the
        # site's "PRESIDENT PUTIN:", "V. PUTIN:").
        own = principal is not None and is_principal(b.speaker, principal)
        role = None if own else _role(b.role, src, done, capital=True, holder=b.speaker)
        speaker = forms.name(principal if own else b.speaker)
        if text is None or engine_name is None:
            blocks.append(replace(b, role=role, speaker=speaker))
            continue
        blocks.append(replace(b, text=settle(text), role=role,
                              speaker=speaker,
                              provenance="translation", engine=engine_name, source_block=i,
                              source_language=src,
                              origin=" ".join(filter(None, (f"translation of block {i}",
                                                            notes.get((b.text, src)))))))
    lead = done.get((e.lead, src), e.lead) if e.lead else e.lead
    return replace(
        e,
        language=lang,
        title=settle(title),
        place=heading_place(e.place, original.place if original is not None else None),
        lead=settle(lead) if lead else lead,
        blocks=tuple(blocks),
        participants=tuple(Participant(forms.apply(p.name),
                                       _role(p.role, src, done, capital=False,
                                             holder=p.name),
                                       p.person_id) for p in e.participants),
        photos=tuple(Photo(p.number, settle(done.get((p.caption, src), p.caption)), p.credit,
                           p.license, p.url) for p in e.photos),
        tags=replace(e.tags,
                     geography=tuple(place_fr(g) or g for g in e.tags.geography),
                     topics=tuple(topic_fr(t) or typo(done.get((t, src), t))
                                  for t in e.tags.topics),
                     persons=tuple(tag_person(p, e, forms) for p in e.tags.persons)),
    )


def tag_person(tag: str, event: Event, forms: NameForms) -> str:
    """A Persons tag ("Putin Vladimir", family name first as the site indexes people) in
    the French form the digest uses elsewhere, given name first ("Vladimir Poutine"):
    the event's own spelling of the same person when it has one, else the tag turned
    round when its last word is a given name (or it has two words and is not known in its
    own order: "Xi Jinping", "Kim Jong-un" stay)."""
    words = tag.split()
    if len(words) < 2:
        return forms.apply(tag)
    same = sorted(words)
    for name in (*(p.name for p in event.participants), *event.speakers,
                 *(b.speaker for b in event.blocks if b.speaker)):
        if name and sorted(name.split()) == same:
            return forms.apply(name)
    if tag in curated_table().people or re.search(r"-[a-z]", words[-1]) or (
            len(words[0]) <= 2 and words[0] not in _PARTICLES):
        return forms.apply(tag)  # a known name, or an East Asian one in its own order
    k = 0
    while k < len(words) - 1 and words[k] in _PARTICLES:
        k += 1  # "von der Leyen Ursula": the family name is "von der Leyen"
    if k:
        name = " ".join([*words[k + 1:], *words[: k + 1]])
    elif len(words) == 2 or words[-1] in GIVEN_NAMES or words[0][:1].islower():
        name = " ".join([*words[1:], words[0]] if words[0][:1].islower()
                        else [words[-1], *words[:-1]])
    else:
        return forms.apply(tag)
    # The event's (or the publisher's) form of the turned name, unless it is the tag's own
    # romanisation in the tag's order ("Kondratiev Veniamine"), which the event's forms
    # hold when the tag was among its names.
    found = forms.forms.get(name)
    return found if found and found != french_name(tag) else french_name(name)


_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "dos", "la",
                        "le", "Al", "El", "Van", "Von"})


def can_translate(day: Day, lang: str, engine: Engine | None = None) -> bool:
    """Whether a ``lang`` rendition of the day can be made (by ``engine``, default Apertium)."""
    if not day.events:
        return False
    sources = {e.language for e in day.events if e.language != lang}
    if not sources:
        return True
    try:
        eng = engine if engine is not None else get_engine(DEFAULT_ENGINE)
    except TranslationError:
        return False
    return eng is not None and all(eng.supports(s, lang) for s in sources)


def _russian_renditions(store: object, date: dt.date) -> dict[str, Event]:
    events: Iterable[Event] = store.events_on(date)  # type: ignore[attr-defined]
    return {e.id: e for e in events if e.language == "ru"}


def day_in_language(store: object, date: dt.date, lang: str, engine: Engine | None,
                    cache: TranslationCache | None = None, *,
                    names: Mapping[str, str] | None = None,
                    memory: TranslationMemory | Literal[False] | None = None) -> Day:
    """The day in ``lang``: events stored in ``lang`` as they are, the others translated
    (``memory``: None for the store's translation memory, False for none).

    With no engine, only the events stored in ``lang`` (as ``assemble_day`` gives them).
    ``names`` are the publisher's name forms (the ``names_fr`` setting's file).
    """
    from daybook.days import assemble_day

    own = assemble_day(store, date, lang)  # type: ignore[arg-type]
    if engine is None:
        return own
    every = assemble_day(store, date, None)  # type: ignore[arg-type]
    have = {e.id for e in own.events}
    events: list[Event] = list(own.events) + [e for e in every.events if e.id not in have]
    base = replace(every if not own.events else own, events=tuple(sort_events(events)))
    if memory is None:
        from daybook.translate.memory import store_memory

        memory = store_memory(store)
    return translate_day(base.numbered(), lang, engine, cache,
                         originals=_russian_renditions(store, date), name_overrides=names,
                         memory=memory or None)


def cached_day_in_language(store: object, date: dt.date, lang: str,
                           engine: str | CachedOnlyEngine, cache: TranslationCache, *,
                           names: Mapping[str, str] | None = None,
                           threshold: int | None = None) -> Day | None:
    """The day in ``lang`` from stored renditions and ``engine``'s cached translations
    only, or None when any text of it was never translated. ``names`` and ``threshold``
    are the settings ``daybook day`` used (``names_fr``, ``tm_threshold``)."""
    from daybook.translate.memory import store_memory

    stands_for = engine if isinstance(engine, CachedOnlyEngine) else CachedOnlyEngine(engine)
    try:
        return day_in_language(store, date, lang, stands_for, cache, names=names,
                               memory=store_memory(store, threshold) or False)
    except NotCachedError:
        return None


def translated_blocks(day: Day) -> Sequence[tuple[Event, Block]]:
    return [(e, b) for e in day.events for b in e.blocks if b.provenance == "translation"]

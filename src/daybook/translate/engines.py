"""Machine-translation engines behind one small protocol, chosen by a spec string.

An engine translates a batch of short texts (sentences with placeholders) from one language
to another and returns them in the same order. Specs: ``apertium`` (Debian's Apertium,
offline), ``http://host:port`` (a LibreTranslate-compatible server), ``none`` (no engine).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from daybook.errors import DaybookError

# Bounds on what one call may carry: source text is untrusted.
MAX_TEXT_CHARS = 20_000
MAX_BATCH_CHARS = 2_000_000


class TranslationError(DaybookError):
    """An engine is missing, refused the text or answered something unusable."""

    code = "E500"


class EngineUnavailableError(TranslationError):
    code = "E501"


@runtime_checkable
class Engine(Protocol):
    """What ``translate_day`` needs of an engine."""

    @property
    def name(self) -> str:
        """Stable name, part of the cache key and of the published notice."""
        ...

    def supports(self, src: str, dst: str) -> bool: ...

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]: ...


class NotCachedError(TranslationError):
    """A text has no cached translation and the caller may not run an engine."""

    code = "E502"


class CachedOnlyEngine:
    """Stands for an engine by name and translates nothing: with a cache it yields exactly
    what that engine translated before. The read-only web site uses it, so that a reader
    can never make the server run a translation."""

    def __init__(self, name: str) -> None:
        self._name = name

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


def engine_name(spec: str | None) -> str | None:
    """The name an engine spec's translations are cached under, without starting it."""
    try:
        engine = get_engine(spec)
    except TranslationError:
        return None
    return engine.name if engine is not None else None


def check_batch(texts: list[str]) -> None:
    """Refuse oversized input before it reaches a subprocess or a socket."""
    total = 0
    for i, text in enumerate(texts):
        if len(text) > MAX_TEXT_CHARS:
            raise TranslationError(
                f"text {i} has {len(text)} characters, over the limit of {MAX_TEXT_CHARS}",
                remedy="split the text into sentences first (translate.protect does this)",
            )
        total += len(text)
    if total > MAX_BATCH_CHARS:
        raise TranslationError(
            f"batch of {total} characters over the limit of {MAX_BATCH_CHARS}",
            remedy="translate in smaller batches",
        )


def _apertium(arg: str) -> Engine:
    from daybook.translate.apertium import ApertiumEngine

    return ApertiumEngine()


def _http(arg: str) -> Engine:
    from daybook.translate.http import HttpEngine

    return HttpEngine(arg)


# scheme or name -> factory taking the whole spec
REGISTRY: dict[str, Callable[[str], Engine]] = {
    "apertium": _apertium,
    "http": _http,
    "https": _http,
}

DEFAULT_ENGINE = "apertium"


def get_engine(spec: str | None) -> Engine | None:
    """The engine a spec names; None for ``none``/``off``/empty."""
    if spec is None or spec.strip().casefold() in ("", "none", "off", "no"):
        return None
    spec = spec.strip()
    key = spec.split(":", 1)[0].casefold()
    factory = REGISTRY.get(key)
    if factory is None:
        raise TranslationError(
            f"unknown translation engine {spec!r}",
            remedy="use 'apertium', 'none' or a LibreTranslate URL such as http://127.0.0.1:5000",
        )
    return factory(spec)

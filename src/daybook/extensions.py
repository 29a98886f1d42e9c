"""Registries open to other packages through entry points.

Each registry (sources, formats, engines) starts from daybook's own entries and adds those
that installed distributions declare in its entry-point group, e.g. in a pyproject.toml::

    [project.entry-points."daybook.formats"]
    csv = "mypackage.csv_format:FORMAT"

Entry points are loaded once per process, on first use, never at import time; a name that
daybook already uses is refused (an extension adds, it does not replace silently).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from daybook.errors import ExtensionError

T = TypeVar("T")

SOURCES_GROUP = "daybook.sources"
FORMATS_GROUP = "daybook.formats"
ENGINES_GROUP = "daybook.engines"


class Registry(Generic[T]):
    """Named entries: ``builtins()`` first, then the group's entry points in name order.

    ``adapt(name, loaded)`` checks what an entry point gave and turns it into a ``T``; it
    raises ``TypeError`` for an object that is not one.
    """

    def __init__(self, group: str, builtins: Callable[[], dict[str, T]],
                 adapt: Callable[[str, object], T]) -> None:
        self.group = group
        self._builtins = builtins
        self._adapt = adapt
        self._entries: dict[str, T] | None = None
        self._lock = threading.Lock()

    def entries(self) -> dict[str, T]:
        with self._lock:
            if self._entries is None:
                self._entries = self._load()
            return self._entries

    def _load(self) -> dict[str, T]:
        entries = dict(self._builtins())
        for ep in sorted(entry_points(group=self.group), key=lambda e: e.name):
            where = f"entry point {ep.name!r} = {ep.value!r} of group {self.group}"
            if ep.name in entries:
                raise ExtensionError(f"{where} reuses a name daybook already has",
                                     remedy="give the extension another name")
            try:
                entries[ep.name] = self._adapt(ep.name, ep.load())
            except ExtensionError:
                raise
            except Exception as exc:  # an extension's import may fail in any way
                raise ExtensionError(f"{where} cannot be loaded: {exc}",
                                     remedy="fix or uninstall the package that declares it"
                                     ) from exc
        return entries

    def get(self, name: str) -> T | None:
        return self.entries().get(name)

    def names(self) -> tuple[str, ...]:
        return tuple(self.entries())

    def reload(self) -> None:
        """Forget the loaded entries: the next use looks at the installed packages again."""
        with self._lock:
            self._entries = None

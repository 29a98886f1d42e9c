"""daybook: the public day of a head of state, structured, searchable and published.

The public entry points, importable from here (each loads its module on first use, so
``import daybook`` loads no parser, no template engine and no language model):

========================  ===================================================================
``Settings``              every setting in one frozen object (``daybook.settings``)
``load_settings``         defaults < settings file < environment < flags, with origins
``open_archive``          open the archive the settings name, with their bounds
``open_store``            open (and migrate) an archive by path or postgresql:// URL
``ingest_paths``          read files and directories of documents into an archive
``assemble_day``          one day's events in order, in one language
``iter_days``             the days of a date range, for exports
``render_day``            a day in a registered format (text, md, html, json, ...)
``get_engine``            a translation engine by spec ('apertium', an URL, ...)
``day_in_language``       a day in another language, translating what is missing
``DaybookError``          the base of every error daybook raises on purpose
========================  ===================================================================

Extension points (one registry each, open to other packages through entry points; see
docs/extending.md): sources (``daybook.sources``), day formats (``daybook.formats``) and
translation engines (``daybook.engines``). Searching is ``daybook.search.search`` (the name
``daybook.search`` is its module).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from daybook.days import assemble_day, iter_days
    from daybook.errors import DaybookError
    from daybook.ingest import ingest_paths
    from daybook.publish.formats import render_day
    from daybook.settings import Settings, load_settings, open_archive
    from daybook.store import open_store
    from daybook.translate.day import day_in_language
    from daybook.translate.engines import get_engine

# public name -> module that defines it
_EXPORTS = {
    "Settings": "daybook.settings",
    "load_settings": "daybook.settings",
    "open_archive": "daybook.settings",
    "open_store": "daybook.store",
    "ingest_paths": "daybook.ingest",
    "assemble_day": "daybook.days",
    "iter_days": "daybook.days",
    "render_day": "daybook.publish.formats",
    "get_engine": "daybook.translate.engines",
    "day_in_language": "daybook.translate.day",
    "DaybookError": "daybook.errors",
}

__all__ = [
    "DaybookError",
    "Settings",
    "__version__",
    "assemble_day",
    "day_in_language",
    "get_engine",
    "ingest_paths",
    "iter_days",
    "load_settings",
    "open_archive",
    "open_store",
    "render_day",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("daybook")
        except PackageNotFoundError:  # run from a source tree that was never installed
            return "0+unknown"
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'daybook' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(__all__)

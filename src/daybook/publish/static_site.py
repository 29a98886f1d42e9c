"""The static edition: ``daybook site build OUT/`` writes the whole site as files.

Every page is made by the web site itself (the same views, templates and caches, asked
in-process), then its links are made relative (``static_links``) so that the folder opens
from disk (``file://``) or from any static host. Pages are found the way a reader finds
them: from the calendar, each day and the feeds, following links within the site. Search
is Pagefind's static index (the ``pagefind`` package's binary, run locally), on a search
page of its own: the one page of the edition that runs scripts.

Incremental: a manifest (``.daybook-site.json``) keeps, for each day, a fingerprint of its
events (content hashes and enrichment), and for each page its file, a hash of its bytes,
its day and its links. A rebuild asks again only the pages of changed days (and the
people they link), the calendar and the feeds; a page whose bytes did not change is not
written again. Any change of daybook, its templates or the build options rebuilds all.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import json
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode

from daybook.errors import DaybookError
from daybook.publish.static_app import ReadCache, ask, run_async, write_whole
from daybook.publish.static_links import (
    file_for,
    page_links,
    redirect_page,
    rewrite_links,
    site_url,
)
from daybook.publish.static_search import (
    FALLBACK_DIR,
    PAGEFIND_DIR,
    UI_DIR,
    Member,
    fingerprints,
    shard_of,
    write_indexes,
)

if TYPE_CHECKING:
    from daybook.settings import Settings
    from daybook.store import Store

MANIFEST = ".daybook-site.json"
FORMAT = 2
# The pages a build follows links into; everything else (the API, the live search) is not
# part of the edition and its links go nowhere (search goes to the edition's own page).
FOLLOW = re.compile(r"^/(?:$|\?|day/|event/|person/|people(?:$|\?|/)|feed\.atom|calendar\.ics"
                    r"|static/|media/|photo/)")
# One paragraph's citation page and the anchor redirect it links back with: the live site
# has one per paragraph; the edition keeps the event's citation (page, .bib, .json).
PARAGRAPH = re.compile(r"^/event/[^?]*\?(?:.*&)?block=")
SEARCH_FILE = "search.html"
# Pages the search index covers, once each: events (in each language, not their citation
# pages) and people; days and the calendar are navigation, and a page in another UI
# language is the same page.
INDEXED = re.compile(r"^/(?:event/(?![^?]*/cite)[^?]*\?lang=[a-z]{2,3}$|person/[^?]*$)")
# Pages asked at once: the views run in the app's thread pool; a few keep it busy.
WORKERS = 4
# A bound on what one build may write, against a link loop (a page per parameter value).
MAX_PAGES = 500_000
_DAY_PATH = re.compile(r"^/day/(\d{4}-\d{2}-\d{2})")
# What the edition's own search page says, in the languages of the site.
SEARCH_STRINGS = {
    "en": {"file": "Opened from disk (file://): this search looks through the titles and the "
                   "start of the text of events and people. Served by a web server, the "
                   "edition searches with its full index (Pagefind).",
           "noscript": "Search in the static edition runs in the browser: it needs "
                       "JavaScript. The calendar, days, events and people work without it.",
           "off": "This edition was built without a search index.",
           "one": "1 result for “{q}”", "many": "{count} results for “{q}”",
           "none": "No result for “{q}”."},
    "fr": {"file": "Ouverte depuis le disque (file://)\u202f: cette recherche parcourt les "
                   "titres et le début du texte des événements et des personnes. Servie par "
                   "un serveur web, l’édition cherche dans son index complet (Pagefind).",
           "noscript": "La recherche de l’édition statique s’exécute dans le navigateur\u202f: "
                       "elle demande JavaScript. Calendrier, journées, événements et "
                       "personnes fonctionnent sans.",
           "off": "Cette édition a été construite sans index de recherche.",
           "one": "1\u00a0résultat pour «\u00a0{q}\u00a0»",
           "many": "{count}\u00a0résultats pour «\u00a0{q}\u00a0»",
           "none": "Aucun résultat pour «\u00a0{q}\u00a0»."},
}


@dataclass(slots=True)
class PageEntry:
    file: str
    sha: str
    date: str | None = None
    links: list[str] = field(default_factory=list)
    redirect: str | None = None


@dataclass(slots=True)
class BuildReport:
    out: Path
    full: bool
    pages: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    asked: int = 0
    changed_days: int = 0
    broken: list[str] = field(default_factory=list)
    indexed: bool = False
    shards: int = 0
    seconds: float = 0.0
    index_seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class BuildOptions:
    ui: str = "en"
    other_uis: tuple[str, ...] = ()
    search: bool = True
    full: bool = False


class StaticSite:
    """One build of the edition into ``out``."""

    def __init__(self, settings: Settings, out: Path, options: BuildOptions) -> None:
        self.settings = dataclasses.replace(settings, page_cache=False)
        self.out = out
        self.options = options
        self.pages: dict[str, PageEntry] = {}
        self.days: dict[str, str] = {}
        self.report = BuildReport(out, full=options.full)
        # Bodies asked in this build, written once every page's file is known.
        self._pending: dict[str, bytes] = {}
        # The day each event page was linked from (its day page's date).
        self._dated: dict[str, str] = {}
        self._changed: set[str] = set()
        # Links as the edition files them, and files of URLs, remembered: pages share most.
        self._canonical: dict[str, str] = {}
        self._resolved: dict[str, str | None] = {}
        self._shards: dict[str, str] = {}

    # -- the whole build ------------------------------------------------------------------

    def build(self) -> BuildReport:

        from daybook.web.app import create_app

        started = time.perf_counter()
        self.out.mkdir(parents=True, exist_ok=True)
        old = self._load_manifest()
        app = create_app(self.settings)
        site = app.state.site
        ReadCache().install(site)  # the archive does not change while the build reads it
        try:
            days = day_fingerprints(site.store())
            if old is None or self.options.full:
                # Every page asked; those of the last build are compared, not rewritten.
                self.report.full = True
                previous = {u: PageEntry(**e) for u, e in (old or {}).get("pages", {}).items()}
                self.pages = dict(previous)
                todo, again = self._seeds(days), set[str]()
            else:
                todo, again = self._dirty(old, days)
            self.days = days
            asked = run_async(lambda: self._crawl(app, todo, again))
            if self.report.full:
                for url in set(self.pages) - asked:  # gone from the site since
                    self._remove(url, self.pages[url])
        finally:
            site.close()
        shards = self._shard_members()
        self._shards = fingerprints(shards)
        self._write_extras(sorted(shards))
        self._index(shards, (old or {}).get("shards", {}))
        self._save_manifest()
        self.report.pages = len(self.pages)
        self.report.seconds = time.perf_counter() - started
        return self.report

    def _seeds(self, days: dict[str, str]) -> list[str]:
        seeds = ["/", "/feed.atom", "/calendar.ics", "/people"]
        seeds += [f"/day/{d}" for d in sorted(days)]
        self.report.changed_days = len(days)
        return seeds

    def _dirty(self, old: dict[str, Any], days: dict[str, str]) -> tuple[list[str], set[str]]:
        """What to ask again: pages of changed days, what they link to on people, and the
        pages every change touches (calendar, feeds, the people list)."""
        old_days: dict[str, str] = old["days"]
        self.pages = {u: PageEntry(**e) for u, e in old["pages"].items()}
        changed = {d for d in set(old_days) | set(days) if old_days.get(d) != days.get(d)}
        # Previous/next links move when days come or go: their neighbours are asked again.
        moved = set(old_days) ^ set(days)
        ordered = sorted(set(old_days) | set(days))
        for d in moved:
            i = ordered.index(d)
            changed.update(ordered[max(0, i - 1): i + 2])
        self.report.changed_days = len(changed)
        self._changed = changed
        todo: list[str] = []
        for url, entry in self.pages.items():
            if entry.date in changed or _is_global(url):
                todo.append(url)
                if entry.date in changed:
                    todo += [u for u in entry.links if u.startswith("/person/")]
        todo += [f"/day/{d}" for d in sorted(changed) if d in days]
        return todo, set(todo)

    # -- asking the site ------------------------------------------------------------------

    async def _crawl(self, app: Any, todo: Iterable[str], again: set[str]) -> set[str]:
        """Ask every URL of ``todo`` and, from each page asked, the linked pages the edition
        does not hold yet, those of ``again``, the other parts of the same page, and the
        people a changed day's pages link to. The app is asked in-process (ASGI), a few
        pages at a time: its views run in its thread pool, as when it serves."""
        queue: asyncio.Queue[str | None] = asyncio.Queue()
        asked: set[str] = set()
        for url in dict.fromkeys(todo):
            asked.add(url)
            queue.put_nowait(url)

        async def worker() -> None:
            while (url := await queue.get()) is not None:
                try:
                    entry = await self._ask(app, url)
                    for link in entry.links if entry is not None else ():
                        assert entry is not None
                        if link not in asked and self._follow(url, entry, link, again):
                            asked.add(link)
                            queue.put_nowait(link)
                    if len(asked) > MAX_PAGES:
                        raise DaybookError(f"the site has more than {MAX_PAGES} pages",
                                           remedy="look for a link making pages without end")
                finally:
                    queue.task_done()

        workers = [asyncio.create_task(worker()) for _ in range(WORKERS)]
        joined = asyncio.create_task(queue.join())
        # Done when every page is asked, or as soon as a worker fails.
        await asyncio.wait([joined, *workers], return_when=asyncio.FIRST_COMPLETED)
        for _ in workers:
            queue.put_nowait(None)
        failed = [t.exception() for t in workers if t.done() and t.exception()]
        for t in workers:
            t.cancel()
        joined.cancel()
        if failed:
            raise failed[0]  # type: ignore[misc]
        # An event page belongs to the day whose page links it.
        for url, day in self._dated.items():
            if url in self.pages:
                self.pages[url].date = day
        self.report.asked = len(asked)
        return asked

    async def _ask(self, app: Any, url: str) -> PageEntry | None:
        response = await ask(app, url, self.options.ui)
        old = self.pages.get(url)
        date = self._date_of(url, old)
        if response.status in (301, 302, 303, 307, 308):
            target = site_url(response.headers.get("location", "/"))
            entry = PageEntry(file_for(url), "", date, [target], redirect=target)
            self.pages[url] = entry
            return entry
        if response.status == 404 and old is not None:
            self._remove(url, old)
            return None
        if response.status != 200:
            if not url.startswith("/people"):  # a site without a people list is fine
                self.report.broken.append(f"{url}: HTTP {response.status}")
            return None
        media = response.headers.get("content-type", "text/html")
        file = file_for(url, media)
        body = response.body
        links = sorted({self._link(u) for u in page_links(response.text)}) \
            if media.startswith("text/html") else []
        entry = PageEntry(file, hashlib.sha256(body).hexdigest(), date, links)
        if entry.date:
            for link in links:
                if link.startswith("/event/"):
                    self._dated.setdefault(link, entry.date)
        self.pages[url] = entry
        if old is not None and old.sha == entry.sha and old.file == file and \
                (self.out / file).exists():
            self.report.unchanged += 1
        else:
            self._pending[url] = body
        return entry

    def _follow(self, url: str, entry: PageEntry, link: str, again: set[str]) -> bool:
        """Whether page ``url`` leads the build on to ``link``: in a full build to every
        page of the edition; else to a page not built yet, one marked changed, another
        part of the same page, a person a changed day links to, a person's own feed."""
        if not self.wanted(link):
            return False
        fresh_day = self.report.full or (entry.date or "") in self._changed
        return (self.report.full or link not in self.pages or link in again
                or _same_page(link, url)
                or (fresh_day and link.startswith("/person/"))
                or (url.startswith("/person/") and link.startswith("/feed")))

    def _link(self, url: str) -> str:
        found = self._canonical.get(url)
        if found is None:
            found = self._canonical[url] = self.canonical(_no_block(url))
        return found

    def canonical(self, url: str) -> str:
        """The URL the edition files a link under: ``ui`` of the edition's first language is
        its default, not a page of its own."""
        if "ui=" not in url:
            return url
        path, _, query = url.partition("?")
        pairs = [(k, v) for k, v in parse_qsl(query) if (k, v) != ("ui", self.options.ui)]
        return path + ("?" + urlencode(pairs) if pairs else "")

    def wanted(self, url: str) -> bool:
        """A page of the edition: on a route it holds, in a language it is built in."""
        if not FOLLOW.match(url) or PARAGRAPH.match(url):
            return False
        # A paragraph's link (?block=N) is its event's page at #bN, and its cite box the
        # event's: files of their own for every paragraph would multiply the edition.
        return not any((k == "ui" and v not in self.options.other_uis) or k == "block"
                       for k, v in parse_qsl(url.partition("?")[2]))

    def _date_of(self, url: str, old: PageEntry | None) -> str | None:
        m = _DAY_PATH.match(url)
        if m:
            return m.group(1)
        if url.startswith("/event/"):
            return self._dated.get(url) or (old.date if old else None)
        return None

    def _remove(self, url: str, entry: PageEntry) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.out / entry.file).unlink()
        self.pages.pop(url, None)
        self.report.removed += 1

    # -- writing --------------------------------------------------------------------------

    def resolve(self, url: str) -> str | None:
        """The file of a site URL in this edition (after redirects), or None. Asked once
        every page is known (while writing), so remembered."""
        if url in self._resolved:
            return self._resolved[url]
        found = self._resolved[url] = self._resolve(url)
        return found

    def _resolve(self, url: str) -> str | None:
        url = self.canonical(site_url(url))
        path, _, query = url.partition("?")
        block = next((v for k, v in parse_qsl(query) if k == "block"), None)
        if block is not None:
            found = self.resolve(_no_block(url))
            if found is None or path.endswith("/cite") or "#" in found:
                return found
            return f"{found}#b{block}"
        for _ in range(5):
            entry = self.pages.get(url)
            if entry is None:
                break
            if entry.redirect is None:
                return entry.file
            url = entry.redirect
        if url == "/search" or url.startswith("/search?"):
            return SEARCH_FILE + url[len("/search"):]
        if url.startswith(("/static/", f"/{PAGEFIND_DIR}/", f"/{FALLBACK_DIR}/")):
            return url.lstrip("/")
        return None

    def _write_extras(self, shards: list[str]) -> None:
        """The pages asked, with relative links; alias pages; the style sheet; the search
        page."""
        self._resolved.clear()
        for url, body in self._pending.items():
            entry = self.pages[url]
            if entry.file.endswith(".html"):
                text = rewrite_links(body.decode("utf-8"), entry.file, self.resolve)
                if self.options.search and INDEXED.match(url):
                    text = text.replace("<main>", "<main data-pagefind-body>", 1)
                body = text.encode("utf-8")
            write_whole(self.out / entry.file, body)
            self.report.written += 1
        for entry in self.pages.values():
            if entry.redirect is not None:
                target = self.resolve(entry.redirect)
                if target is not None and target != entry.file:
                    write_whole(self.out / entry.file, redirect_page(target, entry.file).encode())
        static = Path(__file__).resolve().parents[1] / "web" / "static"
        for path in static.rglob("*"):
            if path.is_file():
                write_whole(self.out / "static" / path.relative_to(static), path.read_bytes())
        write_whole(self.out / SEARCH_FILE, self._search_page(shards).encode("utf-8"))

    def _search_page(self, shards: list[str]) -> str:
        from daybook.web.i18n import translator
        from daybook.web.kernel import link, make_env

        ui = self.options.ui
        template = make_env().get_template("static_search.html.j2")
        page = template.render(t=translator(ui), ui=ui, url=link,
                               switch=lambda to: link("/search", ui=to),
                               search=self.options.search,
                               # Data for search.js, relative to search.html (the root).
                               bundles=" ".join(f"{PAGEFIND_DIR}/{s}/" for s in shards),
                               ui_dir=f"/{PAGEFIND_DIR}/{UI_DIR}/",
                               fallback=f"{FALLBACK_DIR}/", shards=" ".join(shards),
                               s=SEARCH_STRINGS.get(ui, SEARCH_STRINGS["en"]))
        return rewrite_links(page, SEARCH_FILE, self.resolve)

    def _shard_members(self) -> dict[str, list[Member]]:
        """The indexed pages of the edition, by shard (see ``static_search``)."""
        shards: dict[str, list[Member]] = {}
        if not self.options.search:
            return shards
        for url, entry in self.pages.items():
            if entry.redirect is None and INDEXED.match(url) and entry.file.endswith(".html"):
                shards.setdefault(shard_of(url, entry.date), []).append(
                    Member(entry.file, entry.sha, entry.date))
        return shards

    def _index(self, shards: dict[str, list[Member]], old: dict[str, str]) -> None:
        """The indexes of the shards whose pages changed (or whose files are missing), and
        none of the others: one changed day indexes its month and a few people again."""
        if not self.options.search:
            return
        started = time.perf_counter()
        changed = {name for name, sha in self._shards.items()
                   if old.get(name) != sha or not (self.out / PAGEFIND_DIR / name).is_dir()
                   or not (self.out / FALLBACK_DIR / f"{name}.js").is_file()}
        write_indexes(self.out, shards, changed, old, pagefind=True)
        if changed or set(old) - set(shards):
            self.report.indexed = True
            self.report.index_seconds = time.perf_counter() - started
        self.report.shards = len(changed)

    # -- the manifest ---------------------------------------------------------------------

    def _version(self) -> str:
        """What, changed, makes every page change: daybook, its templates and style, the
        build's options and the people registry."""
        from daybook import __version__

        h = hashlib.sha256(f"{FORMAT}|{__version__}|{self.options.ui}|"
                           f"{self.options.other_uis}|{self.options.search}|"
                           f"{self.settings.base_url}".encode())
        web = Path(__file__).resolve().parents[1] / "web"
        for path in sorted([*web.rglob("*.j2"), *web.rglob("*.css"), *web.rglob("*.py"),
                            *Path(__file__).parent.glob("*.py")]):
            h.update(path.name.encode() + path.read_bytes())
        return h.hexdigest()

    def _load_manifest(self) -> dict[str, Any] | None:
        path = self.out / MANIFEST
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("version") != self._version() or not isinstance(data.get("pages"), dict):
            return None
        return data

    def _save_manifest(self) -> None:
        data = {"version": self._version(), "days": self.days, "shards": self._shards,
                "pages": {u: {"file": e.file, "sha": e.sha, "date": e.date, "links": e.links,
                              "redirect": e.redirect} for u, e in sorted(self.pages.items())}}
        write_whole(self.out / MANIFEST, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def build_site(settings: Settings, out: str | Path, *, uis: tuple[str, ...] = ("en",),
               full: bool = False, search: bool = True) -> BuildReport:
    """Write (or bring up to date) the static edition of the archive in ``out``, in the
    UI languages ``uis`` (the first is the edition's default)."""
    from daybook.web.i18n import UI_LANGUAGES

    unknown = [u for u in uis if u not in UI_LANGUAGES]
    if not uis or unknown:
        raise DaybookError(f"no interface in {', '.join(unknown) or 'no language'}",
                           remedy=f"choose among {', '.join(UI_LANGUAGES)}")
    options = BuildOptions(ui=uis[0], other_uis=tuple(uis[1:]), search=search, full=full)
    return StaticSite(settings, Path(out), options).build()


def day_fingerprints(store: Store) -> dict[str, str]:
    """Per day (ISO date), a hash of what its pages show: each event's id, language,
    content hash and enrichment, the pictures fetched for it, and the day's own record."""
    rows = getattr(store, "rows", None)
    if rows is None:
        raise DaybookError("this archive cannot list its events' hashes",
                           remedy="build from an SQLite or PostgreSQL archive")
    found: dict[str, Any] = {}
    for r in rows("SELECT e.date, e.id, e.language, e.content_hash, d.content_hash AS ec, "
                  "d.version FROM events e LEFT JOIN enrich_done d "
                  "ON d.event_id = e.id AND d.language = e.language ORDER BY 1, 2, 3"):
        key = str(r["date"])[:10]
        found.setdefault(key, hashlib.sha256()).update(
            f"{r['id']}|{r['language']}|{r['content_hash']}|{r['ec']}|{r['version']}\n".encode())
    # Pictures fetched for the day's events (``fetch --images``) show on its pages.
    from daybook.fetch.images import MEDIA_SITE

    for r in rows("SELECT day, url, state FROM fetch_urls WHERE url LIKE ? AND day IS NOT NULL "
                  "ORDER BY 1, 2", (MEDIA_SITE + "/%",)):
        found.setdefault(str(r["day"])[:10], hashlib.sha256()).update(
            f"picture|{r['url']}|{r['state']}\n".encode())
    for r in rows("SELECT date, language, title, principal FROM days ORDER BY 1, 2"):
        key = str(r["date"])[:10]
        found.setdefault(key, hashlib.sha256()).update(
            f"day|{r['language']}|{r['title']}|{r['principal']}\n".encode())
    return {d: h.hexdigest()[:32] for d, h in found.items()}


def _is_global(url: str) -> bool:
    """Pages any change may touch: the calendar, the site's feeds, the list of people (a
    person's feed changes with the person's page, which links it)."""
    return url in ("/", "/feed.atom", "/calendar.ics") or url.startswith(("/?", "/people"))


def _no_block(url: str) -> str:
    """A paragraph's link as the page it is on (``?block=N`` dropped)."""
    if "block=" not in url:
        return url
    path, _, query = url.partition("?")
    pairs = [(k, v) for k, v in parse_qsl(query) if k != "block"]
    return path + ("?" + urlencode(pairs) if pairs else "")


def _same_page(link: str, url: str) -> bool:
    """Another part of the same page (``?part=2``, ``?page=2``)."""
    return link.split("?")[0] == url.split("?")[0]

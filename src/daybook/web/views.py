"""HTML pages and feeds of the web site. Views call the library only, in the thread pool."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from daybook.errors import BadRequest, NotFoundError
from daybook.model import Day, Event
from daybook.web.directory_cache import directory
from daybook.web.i18n import (
    UI_LANGUAGES,
    kind_label,
    language_name,
    month_name,
    pick_ui,
    translator,
)
from daybook.web.kernel import (
    Site,
    cached,
    link,
    local_path,
    param_date,
    param_int,
    param_lang,
    param_str,
    site_of,
)

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import BaseRoute

    from daybook.directory import Directory
    from daybook.store.base import Store

HTML = "text/html; charset=utf-8"
# /day/2023-11-08 or /day/2023-11-08.<suffix of a registered format>
DAY_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:\.(\w{1,16}))?")
SEARCH_PAGE_SIZE = 20
FEED_SIZE = 50
CALENDAR_SIZE = 500
# The parameters some page reads: the only ones a language switch carries over.
PAGE_PARAMS = ("lang", "q", "page", "year", "part", "exact")


def ui_of(request: Request) -> str:
    """The interface language: ``?ui=`` if given, else the language of the content asked
    for (``?lang=fr``: the frame follows the text), else the browser's preference."""
    explicit = request.query_params.get("ui")
    if explicit not in UI_LANGUAGES:
        lang = request.query_params.get("lang")
        explicit = lang if lang in UI_LANGUAGES else None
    return pick_ui(explicit, request.headers.get("accept-language"))


def explicit_ui(request: Request) -> str | None:
    """The ``ui`` parameter when it names a language the site speaks (links carry it on)."""
    ui = ui_of(request)
    return ui if request.query_params.get("ui") == ui else None


def view_key(request: Request, name: str, *parts: str) -> tuple[str, ...]:
    """A page cache key: the route, what it reads, and the language the page speaks and
    links in; never the raw query string, which a visitor can vary without end."""
    return (name, ui_of(request), explicit_ui(request) or "", *parts)


def render(request: Request, template: str, **context: Any) -> str:
    ui = ui_of(request)
    explicit = explicit_ui(request)

    def url(path: str, **params: Any) -> str:
        return link(path, **params, ui=explicit)

    def switch(to: str) -> str:
        params = {k: v for k, v in request.query_params.items() if k in PAGE_PARAMS}
        params["ui"] = to
        return link(local_path(request.url.path), **params)

    tpl = site_of(request).env.get_template(template)
    return tpl.render(t=translator(ui), ui=ui, url=url, switch=switch, **helpers(ui), **context)


def helpers(ui: str) -> dict[str, Any]:
    """What templates call to say kinds, languages, dates and times in the interface
    language."""
    from markupsafe import Markup

    from daybook.publish.locale import clock, local_time

    t = translator(ui)

    def when(e: Event) -> str | None:
        time = local_time(e)
        if time is None:
            return None
        text = clock(time, ui)
        return t["published_at"].format(time=text) if e.time_basis == "published" else text

    def lang_attr(code: str | None) -> Markup | str:
        """` lang="xx"` for text in another language than the page's."""
        return Markup(' lang="{}"').format(code) if code and code != ui else ""

    return {"kind": lambda k: kind_label(k, ui), "lang_name": lambda c: language_name(c, ui),
            "lang_attr": lang_attr,
            "hour": lambda h: f"{h}\u00a0h" if ui == "fr" else f"{h}:00",
            "long_date": lambda d: long_date(d, ui), "short_date": lambda d: short_date(d, ui),
            "month_name": lambda m: month_name(m, ui), "when": when}


def render_error(request: Request, status: int, message: str) -> str:
    """The error page, its message in the interface language where the catalogue has it
    (``i18n.error_text``)."""
    from daybook.web.i18n import error_text

    text, lang = error_text(message, ui_of(request))
    return render(request, "error.html.j2", status=status, message=text, message_lang=lang)


def page(request: Request, template: str, **context: Any) -> Response:
    return cached(request, render(request, template, **context), HTML)


# -- view models ---------------------------------------------------------------------------


def month_grid(dates: list[dt.date]) -> list[dict[str, Any]]:
    """Months with events, newest first; each a list of weeks of (date or None, linked)."""
    have = set(dates)
    counts = Counter((d.year, d.month) for d in dates)
    cal = calendar.Calendar(firstweekday=0)
    out = []
    for year, month in sorted(counts, reverse=True):
        weeks = [[(d if d.month == month else None, d in have) for d in week]
                 for week in cal.monthdatescalendar(year, month)]
        out.append({"year": year, "month": month, "first": dt.date(year, month, 1),
                    "weeks": weeks, "count": counts[(year, month)]})
    return out


def month_label(date: dt.date, ui: str) -> str:
    from babel.dates import format_date

    label: str = format_date(date, "LLLL yyyy", locale=ui)
    return label[:1].upper() + label[1:]


def long_date(date: dt.date, ui: str) -> str:
    from babel.dates import format_date

    label: str = format_date(date, "full", locale=ui)
    return label


@functools.lru_cache(maxsize=65536)
def short_date(date: dt.date, ui: str) -> str:
    """ "12 March", "12 mars" (the year when it is not the one the reader is in); kept,
    since a person's page writes a hundred dates at ~40 µs each with babel."""
    from babel.dates import format_date

    label: str = format_date(date, "long", locale=ui)
    return label


def weekday_names(ui: str) -> list[str]:
    from babel.dates import get_day_names

    names = get_day_names("abbreviated", locale=ui)
    return [str(names[i]) for i in range(7)]


# -- pages ---------------------------------------------------------------------------------


def all_dates(site: Site, store: Store, lang: str | None = None) -> list[dt.date]:
    """Dates with events (in ``lang`` when given), remembered for a minute."""
    return site.memo(f"dates:{lang or ''}", lambda: store.dates(language=lang))


def home(request: Request) -> Response:
    """The calendar, one year a page (the latest by default), with links to the others."""
    site = site_of(request)
    dates = site.call(lambda s: all_dates(site, s))
    years = sorted({d.year for d in dates}, reverse=True)
    year = param_int(request, "year", default=years[0] if years else dt.date.today().year,
                     low=1, high=9999)
    if years and year not in years:
        raise NotFoundError(f"no events in {year}", remedy="pick a year from the calendar")
    ui = ui_of(request)

    def make() -> tuple[str]:
        months = month_grid([d for d in dates if d.year == year])
        for m in months:
            m["label"] = month_label(m["first"], ui)
        return (render(request, "calendar.html.j2", months=months, weekdays=weekday_names(ui),
                       total_days=len(dates), years=years, year=year),)

    return cached(request, site.kept(view_key(request, "home", str(year)), make)[0], HTML)


# The language the site offers a translated digest in, when the cache can make it.
DIGEST_LANGUAGE = "fr"


def _load_day(store: Store, date: dt.date, lang: str | None,
              site: Site) -> tuple[Day, list[dt.date], bool, list[Event]]:
    """The day, all dates, whether a French digest of it can be offered, and the
    announcements published that day (not events of the day: they announce later ones)."""
    from daybook.days import assemble_day

    day = assemble_day(store, date, lang)
    translated = site.translated_day(store, date, lang) if lang else None
    if translated is not None and len(translated.events) > len(day.events):
        day = translated
    # Offered when the day shown is not already all French and the cache can make it so.
    offer = any(e.language != DIGEST_LANGUAGE for e in day.events) and (
        site.translated_day(store, date, DIGEST_LANGUAGE) is not None)
    notices = [e for e in store.events_on(date) if e.kind == "announcement"
               and (lang is None or e.language == lang)]
    # Previous and next move among the days that have events in the language shown.
    return day, all_dates(site, store, lang), offer, notices


def day(request: Request) -> Response:
    m = DAY_NAME.fullmatch(request.path_params["name"])
    if m is None:
        raise NotFoundError("no such day", remedy="use /day/YYYY-MM-DD")
    try:
        date = dt.date.fromisoformat(m.group(1))
    except ValueError:
        raise BadRequest(f"{m.group(1)} is not a date", remedy="use /day/YYYY-MM-DD") from None
    lang = param_lang(request)
    site = site_of(request)
    # The page depends on the date, the format, the language and the UI language only.
    key = view_key(request, "day", date.isoformat(), m.group(2) or "", lang or "")
    body, media_type, headers = site.kept(key, lambda: _day_page(request, date, lang,
                                                                 m.group(2)))
    return cached(request, body, media_type, headers=headers)


def _day_page(request: Request, date: dt.date, lang: str | None,
              suffix: str | None) -> tuple[str, str, dict[str, str]]:
    result, dates, offer, notices = site_of(request).call(_load_day, date, lang,
                                                          site_of(request))
    if not result.events and not notices and (not dates or not dates[0] <= date <= dates[-1]):
        # Empty days inside the archive's span have pages; days outside it do not.
        span = f"from {dates[0]} to {dates[-1]}" if dates else "empty"
        raise NotFoundError(f"no events on {date.isoformat()} (the archive runs {span})",
                            remedy="see the calendar")
    if suffix:
        if not result.events:
            raise NotFoundError(f"no events on {date.isoformat()}", remedy="see the calendar")
        from daybook.publish.formats import format_for_suffix

        fmt = format_for_suffix(suffix)
        if fmt is None:
            raise NotFoundError(f"no format .{suffix}", remedy="see the day's download links")
        headers = {"Content-Disposition": f'attachment; filename="{date.isoformat()}.{fmt.suffix}"'}
        out = (fmt.renderer()(result), fmt.media_type, headers)
    else:
        # A day without events still has its page: its announcements, and the way on.
        from daybook.publish.formats import day_formats
        from daybook.publish.locale import translation_notice
        from daybook.web.timeline import day_timeline

        i = bisect.bisect_left(dates, date)
        j = bisect.bisect_right(dates, date)
        ui = ui_of(request)
        out = (render(request, "day.html.j2", day=result, lang=lang, label=long_date(date, ui),
                      formats=day_formats(),
                      digest_lang=DIGEST_LANGUAGE if offer else None,
                      notice=translation_notice(result, ui), notices=notices,
                      timeline=day_timeline(result.events),
                      prev=dates[i - 1] if i else None,
                      next=dates[j] if j < len(dates) else None,
                      yesterday=date - dt.timedelta(days=1) if date > dt.date.min else None,
                      tomorrow=date + dt.timedelta(days=1) if date < dt.date.max else None),
               HTML, {})
    return out


@dataclass(frozen=True, slots=True)
class Loaded:
    """An event as a page shows it: the rendition asked for, the other languages it can be
    read in, and, for a machine translation, the language it was translated from."""

    event: Event
    others: list[str]
    source_language: str | None


def _translated(site: Site, store: Store, event: Event, lang: str) -> Event | None:
    """``event`` in ``lang`` from the translation cache the CLI fills (never an engine)."""
    if event.language == lang:
        return event
    day = site.translated_day(store, event.date, lang)
    return next((e for e in day.events if e.id == event.id), None) if day else None


def _load_event(store: Store, event_id: str, lang: str | None, site: Site) -> Loaded:
    event = store.get_event(event_id, lang)
    if event is None and lang:
        original = store.get_event(event_id)
        event = original and (_translated(site, store, original, lang) or original)
    if event is None:
        raise NotFoundError(f"no event {event_id[:80]!r}", remedy="search for it")
    stored = {r.language for r in store.history(event_id)}
    langs = stored - {event.language}
    if DIGEST_LANGUAGE not in stored and event.language != DIGEST_LANGUAGE and \
            _translated(site, store, event, DIGEST_LANGUAGE) is not None:
        langs.add(DIGEST_LANGUAGE)
    source = next((b.source_language for b in event.blocks if b.provenance == "translation"),
                  None)
    return Loaded(event, sorted(langs), source)


def event(request: Request) -> Response:
    from urllib.parse import quote

    from markupsafe import Markup, escape

    from daybook.browse import person_key
    from daybook.web.transcript import PART_SIZE, block_views, contents, grouped

    event_id = request.path_params["event_id"]
    lang = param_lang(request)
    block = request.query_params.get("block")
    if block is not None:
        # An anchor (#b1234) into a paged transcript: the part that holds it.
        from starlette.responses import RedirectResponse

        index = param_int(request, "block", 0, 0, 10**8)
        target = link(local_path(request.url.path), lang=lang, ui=explicit_ui(request),
                      part=index // PART_SIZE + 1 if index >= PART_SIZE else None)
        return RedirectResponse(f"{target}#b{index}", status_code=303)
    part = param_int(request, "part", 1, 1, 10**6)
    site = site_of(request)
    today = dt.date.today()

    def make() -> tuple[str]:
        from daybook.publish.locale import translation_notice
        from daybook.web.cite import citation

        loaded = site.call(_load_event, event_id, lang, site)
        ev = loaded.event
        views = block_views(ev, loaded.source_language)
        parts = max(1, (len(views) + PART_SIZE - 1) // PART_SIZE)
        if part > parts:
            raise NotFoundError(f"this event has {parts} part(s), not {part}",
                                remedy="follow the event's part links")
        participants = [(p, person_key(p.name, p.person_id)) for p in ev.participants]
        ui = ui_of(request)
        t = translator(ui)
        # A block's ¶ link and cite link, made in Python: a page holds up to 500 of them.
        cite_base = escape(link(f"/event/{quote(ev.id, safe=':')}/cite", lang=ev.language,
                                ui=explicit_ui(request)) + "&block=")
        head = Markup('<span class="plinks"><a class="pilcrow" href="#b{0}" aria-label="'
                      f'{escape(t["paragraph_link"])}">¶</a> <a class="cite-link" href="'
                      f'{cite_base}{{0}}">{escape(t["cite"])}</a></span>')

        def plinks(index: int) -> Markup:
            return Markup(head.replace("{0}", str(index)))

        return (render(request, "event.html.j2", event=ev,
                       blocks=grouped(views[(part - 1) * PART_SIZE: part * PART_SIZE]),
                       toc=contents(views), participants=participants, others=loaded.others,
                       source_language=loaded.source_language,
                       notice=translation_notice(Day(ev.date, (ev,)), ui),
                       cite=citation(ev, site.base_url, today), part=part, parts=parts,
                       lang=lang, path=local_path(request.url.path), plinks=plinks),)

    key = view_key(request, "event", event_id, lang or "", str(part), today.isoformat())
    return cached(request, site.kept(key, make)[0], HTML)


CITE_SUFFIXES = {"bib": "application/x-bibtex; charset=utf-8",
                 "json": "application/vnd.citationstyles.csl+json; charset=utf-8"}


def cite(request: Request) -> Response:
    """/event/ID/cite (a page), /event/ID/cite.bib (BibTeX), /event/ID/cite.json
    (CSL-JSON): the event, or with ``?block=N`` one of its paragraphs."""
    from daybook.web.cite import bibtex, citation, csl_json

    event_id = request.path_params["event_id"]
    suffix = request.path_params.get("suffix")
    if suffix is not None and suffix not in CITE_SUFFIXES:
        raise NotFoundError(f"no citation format .{suffix[:20]}",
                            remedy="use cite.bib or cite.json")
    lang = param_lang(request)
    block = param_int(request, "block", -1, 0, 10**8) if "block" in request.query_params \
        else None
    site = site_of(request)
    today = dt.date.today()

    def make() -> tuple[str]:
        ev = site.call(_load_event, event_id, lang, site).event
        if block is not None and block >= len(ev.blocks):
            raise NotFoundError(f"this event has {len(ev.blocks)} block(s), not #{block}",
                                remedy="follow a paragraph's cite link")
        c = citation(ev, site.base_url, today, block)
        if suffix == "bib":
            return (bibtex(c),)
        if suffix == "json":
            return (csl_json(c),)
        from daybook.publish.locale import translation_notice

        return (render(request, "cite.html.j2", event=ev, cite=c, block=block,
                       text=ev.blocks[block].text if block is not None else None, lang=lang,
                       notice=translation_notice(Day(ev.date, (ev,)), ui_of(request))),)

    key = view_key(request, "cite", event_id, lang or "", str(block), suffix or "",
                   today.isoformat())
    body = site.kept(key, make)[0]
    if suffix:
        name = re.sub(r"[^A-Za-z0-9_-]", "-", event_id) + (f"-b{block}" if block is not None
                                                            else "")
        return cached(request, body, CITE_SUFFIXES[suffix], headers={
            "Content-Disposition": f'attachment; filename="{name}.{suffix}"'})
    return cached(request, body, HTML)


# -- feeds ---------------------------------------------------------------------------------


def _feed_events(store: Store, person_key: str | None, tag: str | None,
                 limit: int, directory: Directory | None = None, *, q: str | None = None,
                 lang: str | None = None) -> list[Event]:
    """The newest events of a person (any spelling), matching ``q`` and ``tag`` (the
    newest 100 matches), in ``lang``; with none of them the newest events."""
    from daybook.browse import latest_events
    from daybook.search import search

    keys: list[tuple[str, str]] = []
    if person_key:
        # Any spelling of the person, as on the person pages.
        people = directory or store.people.directory()
        key = people.canonical(person_key)
        entry = people.get(key) if key else None
        refs = [people.events[k] for k in entry.order] if entry else []
        keys = [(r.id, r.language) for r in refs if lang is None or r.language == lang]
    if q or tag:
        hits = search(store, q or "", tag=tag, lang=lang, sort="date", limit=100).hits
        found = [(h.event_id, h.language) for h in hits]
        theirs = set(keys)
        keys = [k for k in found if k in theirs] if person_key else found
    elif not person_key:
        return latest_events(store, limit, language=lang)
    return [e for e in (store.get_event(i, lg) for i, lg in keys[:limit]) if e is not None]


# The feed's own id when no base_url is set: an id must be absolute, the Host header is the
# visitor's to choose, so it is a name of ours rather than an address.
FEED_URN = "urn:daybook:feed.atom"


def atom_feed(request: Request) -> Response:
    from urllib.parse import quote

    from daybook.publish.atom import render_atom

    who, tag = param_str(request, "person"), param_str(request, "tag")
    q, lang = param_str(request, "q", 500), param_lang(request)
    site = site_of(request)

    def make() -> tuple[str]:
        events = site.call(_feed_events, who, tag, FEED_SIZE,
                           directory(site) if who else None, q=q, lang=lang)
        base = site.base_url
        title = "daybook" + "".join(f" — {v}" for v in (who, tag, q, lang) if v)
        self_url = link(f"{base}/feed.atom", person=who, tag=tag, q=q, lang=lang)
        return (render_atom(events, feed_id=(f"{base}/feed.atom" if base else FEED_URN)
                            + (f"/person/{who}" if who else "")
                            + (f"/tag/{tag}" if tag else "")
                            + (f"/q/{quote(q)}" if q else "")
                            + (f"/lang/{lang}" if lang else ""),
                            title=title, self_url=self_url, site_url=base + "/"),)

    body = site.kept(("atom", who or "", tag or "", q or "", lang or ""), make)[0]
    return cached(request, body, "application/atom+xml; charset=utf-8")


def _calendar_events(store: Store, who: str | None, tag: str | None,
                     date_from: dt.date | None, date_to: dt.date | None,
                     people: Directory | None = None) -> list[Event]:
    if date_from or date_to:
        events = [e for e in store.iter_events(date_from, date_to) if e.kind != "announcement"]
        return events[:CALENDAR_SIZE]
    return _feed_events(store, who, tag, CALENDAR_SIZE, people)


def ics_feed(request: Request) -> Response:
    from daybook.publish.ics import render_ics

    who, tag = param_str(request, "person"), param_str(request, "tag")
    date_from, date_to = param_date(request, "from"), param_date(request, "to")
    site = site_of(request)

    def make() -> tuple[str]:
        events = site.call(_calendar_events, who, tag, date_from, date_to,
                           directory(site) if who else None)
        return (render_ics(events, name="daybook",
                           event_url=site.base_url + "/event/{id}?lang={lang}"),)

    key = ("ics", who or "", tag or "", str(date_from), str(date_to))
    return cached(request, site.kept(key, make)[0], "text/calendar; charset=utf-8")


def routes() -> list[BaseRoute]:
    from starlette.routing import Route

    return [
        Route("/", home, methods=["GET"]),
        Route("/day/{name}", day, methods=["GET"]),
        Route("/event/{event_id:path}/cite.{suffix:str}", cite, methods=["GET"]),
        Route("/event/{event_id:path}/cite", cite, methods=["GET"]),
        Route("/event/{event_id:path}", event, methods=["GET"]),
        Route("/feed.atom", atom_feed, methods=["GET"]),
        Route("/calendar.ics", ics_feed, methods=["GET"]),
    ]


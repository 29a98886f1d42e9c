"""Charts drawn on the server as SVG with pygal: a person's appearances by month, a year's
events by month, the day's timeline, and a map of the day's places.

Pages show them inline, with no script: pygal's output is cleaned (``clean_svg``: its
``<script>`` and ``<style>``, event handlers, style attributes and outside links dropped;
labels, which come from pages, are escaped by lxml) and styled by ``static/charts.css``
under the site's strict Content-Security-Policy. Templates call them through the globals
``install`` adds to the template environment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

if TYPE_CHECKING:
    import jinja2

    from daybook.model import Event

# What an inline chart may hold: SVG drawing elements and their geometry, nothing active.
_ELEMENTS = frozenset({"svg", "g", "path", "rect", "circle", "line", "polyline", "polygon",
                       "text", "tspan", "title", "desc", "defs", "clipPath"})
_ATTRIBUTES = frozenset({"class", "d", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r",
                         "width", "height", "viewBox", "transform", "points", "text-anchor",
                         "clip-path", "id", "role", "aria-label", "fill", "stroke"})
MONTHS_SHOWN = 240
WIDTH = 720


def clean_svg(svg: str, label: str, kind: str = "") -> Markup:
    """pygal's SVG with only drawing left, labelled for screen readers."""
    import lxml.etree as et

    root = et.fromstring(svg.encode("utf-8"), et.XMLParser(resolve_entities=False,
                                                            no_network=True))
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
            continue
        local = et.QName(el).localname
        if local not in _ELEMENTS:
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
            continue
        for name in list(el.attrib):
            if et.QName(name).localname not in _ATTRIBUTES or name.startswith("{"):
                del el.attrib[name]
    for title in root.iter("{*}title"):
        if title.text == "Pygal":
            title.text = label
    if not root.get("id"):
        root.attrib.pop("id", None)
    root.set("role", "img")
    root.set("aria-label", label)
    root.set("class", f"chart {kind}".strip())
    text = et.tostring(root, encoding="unicode")
    return Markup(text.replace(' xmlns:xlink="http://www.w3.org/1999/xlink"', ""))


def _config(**extra: Any) -> dict[str, Any]:
    return {"js": [], "css": [], "no_prefix": True, "disable_xml_declaration": True,
            "show_legend": False, "explicit_size": False, "width": WIDTH, "height": 220,
            "margin": 6, "show_y_guides": True, "show_x_guides": False,
            "print_values": False, **extra}


def _text(value: str) -> str:
    """A label from a page as XML can hold it (no NUL or other forbidden characters)."""
    from daybook.sanitize import for_markup

    return for_markup(value)


def _render(chart: Any) -> str:
    text: str = chart.render(is_unicode=True)
    return text


def month_range(first: str, last: str) -> list[str]:
    """Every YYYY-MM from ``first`` to ``last``."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while (y, m) <= (int(last[:4]), int(last[5:7])):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def monthly_bars(counts: Mapping[str, int], label: str, title: str = "") -> Markup | None:
    """Bars per month (YYYY-MM → count), months without any shown as gaps."""
    import pygal

    if not counts:
        return None
    months = month_range(min(counts), max(counts))[-MONTHS_SHOWN:]
    chart = pygal.Bar(**_config(x_label_rotation=0, show_minor_x_labels=False,
                                truncate_label=-1, title=title or None))
    chart.x_labels = months
    step = max(1, len(months) // 8)
    chart.x_labels_major = months[::step]
    chart.add(label, [counts.get(m, 0) for m in months])
    return clean_svg(_render(chart), label)


def appearances_chart(months: Iterable[Sequence[Any]], label: str,
                      ui: str = "en") -> Markup | None:
    """A person's appearances by month (``(YYYY-MM, n)`` pairs, as ``browse`` gives) as
    one stepped area, months without any at zero, the axis in the interface language.

    One path, not a bar per month: pygal spends ~0.25 ms on each bar (its tooltips and
    nodes), 60 ms for twenty years of months, on a person's first view; the area costs
    a few milliseconds whatever the span. The months' figures are in the table beside."""
    import pygal

    counts = {str(m): int(n) for m, n in months}
    if not counts:
        return None
    shown = month_range(min(counts), max(counts))[-MONTHS_SHOWN:]
    top = max(counts.get(m, 0) for m in shown)
    # Each month is the step from x = i to i + 1 at its count: corners only where the
    # count changes (a run of empty months is one segment, and pygal's cost is per point).
    points: Any = []
    last = None
    for i, m in enumerate(shown):
        n = counts.get(m, 0)
        if n != last:
            points += [(i, last), (i, n)] if last is not None else [(i, n)]
            last = n
    points.append((len(shown), last))
    ticks, levels = _month_ticks(shown, ui), _count_ticks(top)
    chart = pygal.XY(**_config(fill=True, show_dots=False, stroke=True, x_label_rotation=0,
                               xrange=(0, len(shown)), range=(0, levels[-1]),
                               x_labels=sorted(ticks), y_labels=levels,
                               show_x_guides=False, show_minor_x_labels=True))
    chart.x_value_formatter = lambda x: ticks.get(x, "")
    chart.value_formatter = lambda y: f"{y:g}"
    chart.add(label, points)
    return clean_svg(_render(chart), label, "area")


def _month_ticks(months: Sequence[str], ui: str) -> dict[float, str]:
    """Axis labels for a run of months, at most about eight: years at their Januaries
    for long runs, else months ("mai 2019", "May 2019") at the middle of their step."""
    from daybook.web.i18n import month_short

    count = len(months)
    step = next((s for s in (1, 2, 3, 6) if count / s <= 8), 0)
    if step:
        return {i + 0.5: month_short(m, ui) for i, m in enumerate(months)
                if (int(m[5:7]) - 1) % step == 0}
    every = next((s for s in (1, 2, 5, 10, 20) if count / 12 / s <= 8), 50)
    return {float(i): m[:4] for i, m in enumerate(months)
            if m.endswith("-01") and int(m[:4]) % every == 0}


def _count_ticks(top: int) -> list[int]:
    """Whole numbers from 0 to at least ``top`` by 1, 2, 5, 10, 20... (counts have no
    halves), at most five."""
    step = next(s * 10 ** e for e in range(12) for s in (1, 2, 5) if top <= 4 * s * 10 ** e)
    return list(range(0, top + step, step)) if top else [0, 1]


def calendar_chart(months: Iterable[Mapping[str, Any]], label: str) -> Markup | None:
    """Days with events per month of the calendar's year (the calendar view's months)."""
    return monthly_bars({f"{m['year']:04d}-{m['month']:02d}": int(m["count"]) for m in months},
                        label)


def _clock(event: Event) -> float | None:
    if event.start is None:
        return None
    return event.start.hour + event.start.minute / 60


def day_timeline(events: Sequence[Event], label: str) -> Markup | None:
    """The day's events on a line from 0:00 to 24:00 at the clock the pages show (the
    events' own); events without a time are not drawn. Points carry their time only: the
    titles, in the events' languages, are in the list beside the chart."""
    import pygal

    timed = [(h, e) for e in events if (h := _clock(e)) is not None]
    if not timed:
        return None
    chart = pygal.XY(**_config(height=140, stroke=False, dots_size=5, show_y_labels=False,
                               show_y_guides=False, show_x_guides=True, range=(0, 4),
                               xrange=(0, 24), x_labels=list(range(0, 25, 3)),
                               print_labels=False))
    ordered = sorted(timed, key=lambda p: p[0])
    # pygal takes a point as a dict with its label (its stubs know only tuples).
    points: Any = [{"value": (round(h, 3), 1 + i % 3),
               "label": f"{e.start:%H:%M}" if e.start else ""}
              for i, (h, e) in enumerate(ordered)]
    chart.add(label, points)
    return clean_svg(_render(chart), label)


# -- places --------------------------------------------------------------------------------

def locate(place: str) -> tuple[float, float, str] | None:
    """Where a place as the site writes it lies ("The Kremlin, Moscow" → Moscow), by its
    parts from the most specific; None when no part is a known city (``web/gazetteer.py``)."""
    from daybook.web.gazetteer import find

    for part in place.split(","):
        found = find(part)
        if found is not None:
            return found
    return None


def day_map(events: Sequence[Event], label: str) -> Markup | None:
    """The day's places as labelled points over longitude and latitude (equirectangular),
    the frame fitted around them; None when no place of the day is known."""
    import pygal

    found: dict[str, tuple[float, float, str]] = {}
    for e in events:
        if e.place and (where := locate(e.place)) is not None:
            found.setdefault(where[2], where)
    if not found:
        return None
    lats = [p[0] for p in found.values()]
    lons = [p[1] for p in found.values()]
    # A frame at least 40° by 20° around the places, with graticule every 10° or so.
    west, east = _span(min(lons), max(lons), 40.0, -180.0, 180.0)
    south, north = _span(min(lats), max(lats), 20.0, -85.0, 85.0)
    chart = pygal.XY(**_config(height=300, stroke=False, dots_size=6, print_labels=True,
                               show_x_guides=True, show_y_guides=True,
                               xrange=(west, east), range=(south, north),
                               x_labels=_ticks(west, east), y_labels=_ticks(south, north)))
    points: Any = [{"value": (round(lon, 2), round(lat, 2)), "label": _text(name)}
                   for lat, lon, name in found.values()]
    chart.add(label, points)
    return clean_svg(_render(chart), label)


# What the charts are called, in the site's languages.
LABELS: Mapping[str, Mapping[str, str]] = {
    "en": {"appearances": "Appearances by month", "calendar": "Days with events by month",
           "timeline": "The day's timeline (each event at its own clock)",
           "map": "Places of the day", "untimed": "{n} event(s) without a time"},
    "fr": {"appearances": "Apparitions par mois", "calendar": "Journées avec événements par mois",
           "timeline": "La journée heure par heure (chaque événement à son heure locale)",
           "map": "Lieux de la journée", "untimed": "{n} événement(s) sans heure"},
}


def chart_label(ui: str, key: str) -> str:
    return LABELS.get(ui, LABELS["en"])[key]


def _span(low: float, high: float, least: float, floor: float,
          ceiling: float) -> tuple[float, float]:
    middle, half = (low + high) / 2, max(least, high - low + least / 4) / 2
    return max(floor, middle - half), min(ceiling, middle + half)


def _ticks(low: float, high: float) -> list[int]:
    step = 10 if high - low <= 80 else 30
    return list(range(int(low // step + 1) * step, int(high) + 1, step))


def install(env: jinja2.Environment) -> None:
    """The chart functions as template globals (``chart_appearances`` and the others)."""
    env.globals.update(chart_appearances=appearances_chart, chart_calendar=calendar_chart,
                       chart_day=day_timeline, map_day=day_map, chart_label=chart_label)


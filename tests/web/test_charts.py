"""Charts drawn on the server (web/charts.py): real pygal output, cleaned of anything
active, on the person, day and calendar pages."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from pathlib import Path

from daybook.model import Event
from daybook.web.charts import (
    appearances_chart,
    calendar_chart,
    clean_svg,
    day_map,
    day_timeline,
    locate,
    month_range,
)
from tests.sample_events import english_events


def test_clean_svg_keeps_drawing_only() -> None:
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           'onload="alert(1)"><style>*{}</style><script>alert(2)</script>'
           '<a xlink:href="http://evil.example/"><rect width="3" style="fill:red" '
           'onclick="x()"/></a><foreignObject><p>x</p></foreignObject>'
           '<text x="1">&lt;script&gt;</text><!-- c --></svg>')
    out = str(clean_svg(svg, "A <label>"))
    for bad in ("script>", "<style", "onload", "onclick", "style=", "evil", "foreignObject",
                "<!--", "<a "):
        assert bad not in out, bad
    assert "<text" in out and "&lt;script&gt;" in out
    assert 'aria-label="A &lt;label&gt;"' in out and 'role="img"' in out


def test_monthly_bars_fill_the_gaps() -> None:
    assert month_range("2019-11", "2020-02") == ["2019-11", "2019-12", "2020-01", "2020-02"]
    svg = str(appearances_chart([("2019-01", 3), ("2019-05", 7)], "Appearances"))
    assert "<script" not in svg and 'class="chart area"' in svg
    # One stepped area: a step per month, January to May, the gap months at zero.
    path = re.search(r'<path d="M([^"]+)" class="line reactive"', svg)
    assert path is not None
    numbers = [float(n) for n in re.findall(r"[\d.]+", path.group(1))]
    pairs = list(zip(numbers[::2], numbers[1::2], strict=True))
    base, inner = pairs[0][1], pairs[1:-1]
    width = (inner[-1][0] - inner[0][0]) / 5

    def height(month: int) -> float:  # the step's height over the middle of the month
        x = inner[0][0] + (month + 0.5) * width
        return next(base - a[1] for a, b in itertools.pairwise(inner)
                    if a[1] == b[1] and a[0] <= x <= b[0])

    heights = [height(i) for i in range(5)]
    assert heights[1:4] == [0, 0, 0] and abs(heights[4] / heights[0] - 7 / 3) < 0.01
    assert [t for t in ("Jan 2019", "Feb 2019", "Mar 2019", "Apr 2019", "May 2019")
            if f">{t}<" in svg] == ["Jan 2019", "Feb 2019", "Mar 2019", "Apr 2019", "May 2019"]
    french = str(appearances_chart([("2019-01", 3), ("2019-09", 7)], "Apparitions", "fr"))
    assert ">janv. 2019<" in french and ">sept. 2019<" in french
    # Twenty years are labelled by year, and the counts axis has whole numbers only.
    long = str(appearances_chart([("2000-01", 3), ("2019-12", 1)], "Appearances"))
    assert ">2000<" in long and ">2015<" in long and "janv" not in long
    assert re.findall(r'<text x="-5"[^>]*>([^<]+)<', long) == ["0", "1", "2", "3"]
    assert appearances_chart([], "x") is None
    months = [{"year": 2019, "month": 2, "count": 4}, {"year": 2019, "month": 6, "count": 1}]
    assert "2019-06" in str(calendar_chart(months, "Days"))


def _at(event: Event, hour: int, place: str | None) -> Event:
    start = dt.datetime.combine(event.date, dt.time(hour), tzinfo=dt.UTC)
    return dataclasses.replace(event, start=start, place=place)


def test_day_timeline_and_map() -> None:
    base = english_events()[0]
    events = [_at(base, 10, "The Kremlin, Moscow"),
              _at(dataclasses.replace(base, title="<script>alert(1)</script>\x00\x1b\ufffe"), 15,
                  "Sochi"),
              dataclasses.replace(base, start=None, place="Nowhere-on-earth")]
    line = str(day_timeline(events, "Timeline"))
    assert line.count('class="dot reactive tooltip-trigger"') == 2
    assert "<script>" not in line and "script" not in line and "10:00" in line
    moscow = locate("The Kremlin, Moscow")
    assert moscow is not None and moscow[2] == "Moscow" and 55 < moscow[0] < 56.5
    sotchi = locate("Сочи")
    assert sotchi is not None and sotchi[2] == "Sochi"
    assert locate("Nowhere-on-earth") is None
    where = str(day_map(events, "Places"))
    assert ">Moscow<" in where and ">Sochi<" in where
    assert day_map(events[2:], "Places") is None
    assert day_timeline(events[2:], "Timeline") is None


def test_pages_show_charts_without_scripts(client: object) -> None:
    from typing import Any

    c: Any = client
    for path in ("/day/2023-11-08", "/", "/person/vladimir-putin"):
        r = c.get(path)
        assert r.status_code == 200, path
        assert '<svg' in r.text and 'class="chart' in r.text, path
        assert "<script" not in r.text and "charts.css" in r.text, path


def test_gazetteer_file_answers_as_the_table(tmp_path: Path) -> None:
    """The table kept on disk answers as the one folded in memory, and where no file can
    be written the site still finds its cities."""
    from daybook.web.gazetteer import Gazetteer, build, cache_file, spellings

    table = dict(spellings())
    path = build(cache_file(tmp_path))
    assert path.exists() and not list(tmp_path.glob(".*.tmp"))
    on_disk = Gazetteer(path)
    for key in ("moscow", "москва", "sochi", "сочи", "paris", "nowhere-on-earth"):
        assert on_disk.get(key) == table.get(key), key
    assert on_disk.get("moscow") == (55.75204, 37.61781, "Moscow")
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("x")
    in_memory = Gazetteer(cache_file(blocked))
    assert in_memory.get("сочи") == table["сочи"]

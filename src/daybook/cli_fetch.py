"""``daybook fetch``, ``daybook sync`` and ``daybook reparse``: options in, one library call
(``daybook.fetch.run``), a progress line and a summary table out."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from daybook.cli_common import _date, _store, db_option, echo
from daybook.cli_common import _settings as _load_settings
from daybook.errors import DaybookError
from daybook.fetch.fetcher import DayReport, FetchReport
from daybook.fetch.transport import Transport
from daybook.settings import Settings

if TYPE_CHECKING:
    from daybook.fetch.run import FetchSettings

F = Callable[..., Any]


def fetch_options(f: F) -> F:
    options = [
        click.option("--lang", default="en", show_default=True,
                     help="Languages, comma-separated: en (en.kremlin.ru), ru (kremlin.ru)."),
        click.option("--site", "site_map", multiple=True, metavar="LANG=URL",
                     help="Fetch LANG from this base URL instead (a mirror, a proxy, a test "
                     "server), keeping the site's path layout. Repeatable."),
        click.option("--archive", "archive_dir", type=click.Path(file_okay=False),
                     help="Directory of the WARC files (setting archive; default: beside "
                     "the database, NAME-archive/)."),
        click.option("--delay", type=click.FloatRange(0), default=1.0, show_default=True,
                     help="Seconds between two requests to a host (robots.txt Crawl-delay "
                     "wins when longer)."),
        click.option("--contact", metavar="URL|EMAIL",
                     help="Named in the User-Agent so the site can reach you "
                     "(setting contact, env DAYBOOK_CONTACT)."),
        click.option("--proxy", metavar="URL",
                     help="HTTP or SOCKS proxy (http://host:port, socks5://host:port)."),
        click.option("--via", type=click.Choice(["site", "wayback"]), default="site",
                     show_default=True,
                     help="Read the site itself, or its captures in the Wayback Machine."),
        click.option("--wayback-url", default="http://web.archive.org", show_default=True,
                     help="The Wayback Machine (CDX API and replay) for --via wayback."),
        click.option("--browser", is_flag=True,
                     help="Drive Chromium (Playwright) instead of a plain HTTP client: a "
                     "last resort for networks the site refuses."),
        click.option("--recheck-days", type=click.IntRange(0), default=7, show_default=True,
                     help="Days before today whose pages are asked for again (conditional "
                     "requests), for pages edited after publication."),
        click.option("--dry-run", is_flag=True, help="List what would be fetched; fetch "
                     "only the listings needed to know it."),
        click.option("--images", is_flag=True,
                     help="Also fetch the events' pictures (from static.kremlin.ru, or "
                     "--site media=URL) into the archive, for the site's thumbnails."),
        click.option("--quiet", "-q", is_flag=True, help="No progress line; only problems "
                     "and the summary."),
        db_option,
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _settings(db: str | None, kw: dict[str, Any]) -> tuple[Settings, FetchSettings]:
    """The archive's settings (flags over file and environment) and the fetch's."""
    from daybook.fetch.run import FetchSettings, default_archive
    from daybook.fetch.site import parse_site_option

    base = _load_settings(db=db, contact=kw["contact"], archive=kw["archive_dir"])
    try:
        sites = dict(parse_site_option(s) for s in kw["site_map"])
    except DaybookError as exc:
        raise click.BadParameter(str(exc), param_hint="--site") from None
    languages = tuple(x.strip() for x in kw["lang"].split(",") if x.strip())
    archive = base.archive or default_archive(base.db)
    return base, FetchSettings(languages=languages, sites=sites, archive=archive,
                               delay=kw["delay"], contact=base.contact,
                               dry_run=kw["dry_run"], recheck_days=kw["recheck_days"],
                               images=kw["images"])


def _transport(kw: dict[str, Any]) -> Transport:
    from daybook.fetch.http import HttpTransport

    http = HttpTransport(proxy=kw["proxy"])
    if kw["browser"]:
        try:
            from daybook.fetch.browser import BrowserTransport
        except ImportError:
            raise click.ClickException("--browser needs daybook.fetch.browser, not in this "
                                       "build; use --proxy or --via wayback") from None
        http.close()
        browser: Transport = BrowserTransport(proxy=kw["proxy"])
        return browser
    if kw["via"] == "wayback":
        try:
            from daybook.fetch.wayback import WaybackTransport
        except ImportError:
            raise click.ClickException("--via wayback needs daybook.fetch.wayback, not in "
                                       "this build") from None
        # The archive's own requests (index, capture) are spaced like the site's.
        wayback: Transport = WaybackTransport(kw["wayback_url"], http, spacing=kw["delay"])
        return wayback
    return http


class _Progress:
    """One status line on a terminal: the day being read and its pages, requests, retries,
    bytes, days done. Off with --quiet or when stderr is not a terminal."""

    def __init__(self, quiet: bool) -> None:
        self.live = not quiet and sys.stderr.isatty()
        self.days = 0
        self.width = 0

    def request(self, stats: Any) -> None:
        if not self.live:
            return
        where = (f"page {stats.day_pages}/{stats.day_listed}" if stats.day_listed
                 else "listings")
        day = f"{stats.day}: {where} · " if stats.day else ""
        line = (f"{day}{stats.requests} requests, {stats.retries} retries, "
                f"{stats.bytes / 1e6:.1f} MB · {self.days} day(s) done")
        self.width = max(self.width, len(line))
        click.echo("\r" + line.ljust(self.width), err=True, nl=False)

    def day(self, day: DayReport) -> None:
        self.days += 1
        self.clear()
        for problem in day.problems:
            if not problem.startswith("would"):
                echo(f"{day.date} {day.language}: {problem}", err=True)

    def clear(self) -> None:
        if self.live and self.width:
            click.echo("\r" + " " * self.width + "\r", err=True, nl=False)
            self.width = 0


def _summary(report: FetchReport, stats: Any, *, dry_run: bool) -> None:
    """The table per day: its state, events read, and the URLs not read by why."""
    for note in report.notes:
        echo(note, err=True)
    if dry_run:
        for day in report.days:
            echo(f"{day.date} {day.language}: {day.state}, {day.events} event(s)")
            for line in day.problems:
                echo(f"  {line}")
        return
    click.echo(f"{'date':<10}  lang  {'state':<8}  events  refused  no-capture  failed")
    for day in report.days:
        click.echo(f"{day.date}  {day.language:<4}  {day.state:<8}  {day.events:>6}  "
                   f"{day.refused:>7}  {day.no_capture:>10}  {day.failed:>6}")
    counts: dict[str, int] = {}
    for day in report.days:
        counts[day.state] = counts.get(day.state, 0) + 1
    click.echo(", ".join(f"{n} {state}" for state, n in sorted(counts.items()))
               + f"; {stats.requests} requests, {stats.retries} retries, "
               f"{stats.from_archive} from the archive, {stats.bytes / 1e6:.1f} MB", err=True)
    if not report.ok:
        click.echo("Days not complete are tried again by the next run.", err=True)


def _run(db: str | None, kw: dict[str, Any],
         call: Callable[[Any, Transport, Any, _Progress], tuple[FetchReport, Any]]) -> None:
    """Open the store and the transport, run ``call``, print the summary; exit 1 unless
    every day is complete."""
    base, settings = _settings(db, kw)
    progress = _Progress(kw["quiet"])
    transport = _transport(kw)
    try:
        with _store(base) as store:
            report, stats = call(store, transport, settings, progress)
    finally:
        progress.clear()
        transport.close()
    _summary(report, stats, dry_run=settings.dry_run)
    if not report.ok:
        sys.exit(1)


@click.command()
@click.argument("date", required=False, callback=_date)
@click.option("--from", "date_from", callback=_date, help="First date, YYYY-MM-DD.")
@click.option("--to", "date_to", callback=_date, help="Last date, YYYY-MM-DD.")
@fetch_options
def fetch(date: dt.date | None, date_from: dt.date | None, date_to: dt.date | None,
          db: str | None, **kw: Any) -> None:
    """Fetch days from en.kremlin.ru / kremlin.ru into the archive and the database.

    Reads each day's listings until its group of events is whole, then every event page
    and its photos page; every exchange is kept in WARC files. Pages already captured are
    not fetched again, except in the re-check window. Exits with status 1 if a day is
    refused, partial or failed: run it again later to complete it.

    \b
    Example:
      daybook fetch 2023-11-08 --lang en,ru --contact you@example.org
    """
    from daybook.fetch.run import days_between, fetch_days

    if date is not None and (date_from or date_to):
        raise click.UsageError("give DATE or --from/--to, not both")
    first, last = (date, date) if date else (date_from, date_to or date_from)
    if first is None or last is None:
        raise click.UsageError("give DATE or --from DATE [--to DATE]")
    _run(db, kw, lambda store, transport, settings, progress: fetch_days(
        store, transport, days_between(first, last), settings,
        on_day=progress.day, on_request=progress.request))


@click.command()
@click.option("--since", callback=_date, help="Start here instead of after the last "
              "complete day.")
@fetch_options
def sync(since: dt.date | None, db: str | None, **kw: Any) -> None:
    """Fetch what is new since the last complete day, and re-check the last days.

    Meant for a daily cron job: pages in the re-check window are asked for with
    If-None-Match / If-Modified-Since, a changed page becomes a new revision (see
    `daybook history`), and the site's Atom feed names pages edited since their capture.

    \b
    Example:
      daybook sync --lang en,ru --contact you@example.org --quiet
    """
    from daybook.fetch.run import sync as run_sync

    _run(db, kw, lambda store, transport, settings, progress: run_sync(
        store, transport, settings, since=since,
        on_day=progress.day, on_request=progress.request))


@click.command()
@click.option("--archive", "archive_dir", type=click.Path(file_okay=False),
              help="Directory of the WARC files (default: beside the database).")
@db_option
def reparse(archive_dir: str | None, db: str | None) -> None:
    """Rebuild events, listings and revisions from the WARC files alone, offline.

    Run it into a new database after the readers improved; the export is the same as
    the original run's for what the readers did not change.

    \b
    Example:
      daybook reparse --archive daybook-archive --db rebuilt.db
    """
    from daybook.fetch.run import default_archive
    from daybook.fetch.run import reparse as run_reparse

    base = _load_settings(db=db, archive=archive_dir)
    where = base.archive or default_archive(base.db)
    with _store(base) as store:
        report = run_reparse(store, where)
    for line in report.failed:
        echo(f"FAILED  {line}", err=True)
    click.echo(f"{report.captures} capture(s), {report.pages} page(s) read, "
               f"{len(report.failed)} failed", err=True)
    if report.failed:
        sys.exit(1)


def fetch_commands() -> list[click.Command]:
    return [fetch, sync, reparse]

"""``daybook site build OUT/``: the static edition (``daybook.publish.static_site``)."""

from __future__ import annotations

import sys

import click

from daybook.cli_common import _settings, db_option, echo
from daybook.errors import DaybookError


@click.group()
def site() -> None:
    """The site as static files, for any static host or to open from disk."""


@site.command()
@click.argument("out", type=click.Path(file_okay=False))
@db_option
@click.option("--ui", default="en", show_default=True, metavar="LANGS",
              help="Interface languages, comma-separated (fr, en); the first is the "
              "edition's default, the others get pages of their own (?ui=).")
@click.option("--base-url", metavar="URL",
              help="Where the edition will be hosted (setting base_url): feeds and "
              "calendars then carry absolute links. Pages link relatively either way.")
@click.option("--full", is_flag=True, help="Rebuild every page, not only changed days.")
@click.option("--no-search", is_flag=True, help="No search index (and no script).")
@click.option("--quiet", "-q", is_flag=True, help="Only problems and the totals.")
def build(out: str, db: str | None, ui: str, base_url: str | None, full: bool,
          no_search: bool, quiet: bool) -> None:
    """Write the whole site into OUT as static files, or bring OUT up to date.

    The calendar, every day and event (with downloads), people, feeds and the style, made
    by the web site's own views, with relative links: OUT/index.html opens from disk. A
    full-text index by Pagefind (the `pagefind` package's binary, run here, offline; one
    index per month of events and a few for people) serves OUT/search.html, the one page
    with scripts, when the folder is served over HTTP (any static host, or `python3 -m
    http.server -d OUT`); opened from disk (file://), where browsers do not load Pagefind,
    the page searches a simpler index of its own. Run again after an ingest: only the
    pages of changed days (and the people, calendar and feeds they touch) are asked
    again, only changed files written, and only the index shards they fall in made again
    (OUT/.daybook-site.json keeps the fingerprints).

    \b
    Example:
      daybook site build public/ --ui fr,en --base-url https://daybook.example.org/
    """
    from daybook.publish.static_site import build_site

    settings = _settings(db=db, base_url=base_url)
    uis = tuple(u.strip() for u in ui.split(",") if u.strip())
    try:
        report = build_site(settings, out, uis=uis, full=full, search=not no_search)
    except DaybookError as exc:
        raise click.ClickException(str(exc)) from None
    for line in report.broken:
        echo(f"BROKEN  {line}", err=True)
    kind = "full build" if report.full else f"{report.changed_days} changed day(s)"
    index = f", search index {report.index_seconds:.1f} s" if report.indexed else ""
    if not quiet or report.broken:
        echo(f"{out}: {kind}; {report.asked} page(s) asked, {report.written} written, "
             f"{report.unchanged} unchanged, {report.removed} removed; "
             f"{report.pages} in all; {report.seconds:.1f} s{index}", err=True)
    if report.broken:
        sys.exit(1)


def site_commands() -> list[click.Command]:
    return [site]

"""The ``daybook`` command: parse options, call one library function, format its result."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from daybook.errors import DaybookError, NotFoundError
from daybook.store import Store, default_location, open_store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(f: F) -> F:
    return click.option(
        "--db",
        "db",
        envvar="DAYBOOK_DB",
        default=None,
        metavar="PATH|URL",
        help="Archive: an SQLite file (default ./daybook.db, env DAYBOOK_DB) "
        "or a postgresql:// URL.",
    )(f)


def _date(ctx: click.Context | None, param: click.Parameter | None, value: Any) -> Any:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


@contextmanager
def _store(db: str | None, *, read_only: bool = False) -> Iterator[Store]:
    try:
        store = open_store(db or default_location(), read_only=read_only)
    except DaybookError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield store
    except DaybookError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=not text.endswith("\n"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="daybook")
def main() -> None:
    """daybook: the public day of a head of state, structured, searchable and published.

    \b
    Example:
      daybook ingest ../shared/samples/digest-fr/2023-11-08.txt
      daybook day 2023-11-08 --format text
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--quiet", "-q", is_flag=True, help="Only report failures and the totals.")
def ingest(paths: tuple[str, ...], db: str | None, quiet: bool) -> None:
    """Read digests and saved kremlin.ru pages into the archive.

    PATHS are files or directories (walked for .txt and .html files). Each file lands whole
    or not at all; re-reading an unchanged file changes nothing; a changed page keeps its
    earlier revision. Exits with status 1 if any file failed.

    \b
    Example:
      daybook ingest ../shared/samples/digest-fr/ ../shared/samples/kremlin-en-2019/news/
    """
    from daybook.ingest import FileResult, ingest_paths, iter_input_files

    total = sum(1 for _ in iter_input_files(paths))
    show_bar = total > 20 and sys.stderr.isatty()
    with _store(db) as store:
        bar_ctx = click.progressbar(length=total, label="ingesting", file=sys.stderr)
        bar = bar_ctx.__enter__() if show_bar else None

        def on_file(r: FileResult) -> None:
            if bar is not None:
                bar.update(1)
            if r.status == "failed":
                click.echo(f"FAILED  {r.error}", err=True)
            elif not quiet and bar is None:
                new = ", ".join(f"{n} {k}" for k, n in sorted(r.outcomes.items()))
                click.echo(f"{r.status:<7} {r.path}: {r.reader}, {r.summary}"
                           + (f" ({new})" if new else ""))
            if not quiet:
                for d in r.diagnostics:
                    if d.severity != "info":
                        click.echo(f"        {r.path}: {d}", err=True)

        try:
            report = ingest_paths(store, paths, on_file=on_file)
        finally:
            if bar is not None:
                bar_ctx.__exit__(None, None, None)
    t = report.totals()
    click.echo(
        f"{len(report.files)} file(s): {t['files_ok']} read, {t['files_failed']} failed, "
        f"{t['files_skipped']} skipped; events: {t['new']} new, {t['revised']} revised, "
        f"{t['unchanged']} unchanged; {t['listings']} listing(s)",
        err=True,
    )
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("date", callback=_date)
@click.option("--format", "fmt", type=click.Choice(["json", "text", "md", "html"]),
              default="text", show_default=True, help="json is the contract's day document.")
@click.option("--lang", default=None, help="Language of the events (fr, en, ru).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write to a file instead of standard output.")
@db_option
def day(date: dt.date, fmt: str, lang: str | None, output: str | None, db: str | None) -> None:
    """Show one day: its events in order, as a digest, Markdown, HTML or JSON.

    \b
    Example:
      daybook day 2023-11-08 --format html -o day.html
    """
    from daybook.days import assemble_day, check_day
    from daybook.publish.formats import render_day

    with _store(db, read_only=True) as store:
        result = assemble_day(store, date, lang)
        if not result.events:
            span = store.info()
            hint = (f"the archive holds {span.first_date} to {span.last_date}"
                    if span.first_date else "the archive is empty: run `daybook ingest` first")
            raise NotFoundError(f"no events on {date.isoformat()}", remedy=hint)
        check = check_day(store, date)
        text = render_day(result, fmt)
    _write(text, output)
    if check and check.missing:
        click.echo(f"note: the site's listing shows {len(check.missing)} more event(s) on "
                   f"{date}: {' '.join(check.missing)}", err=True)


@main.command()
@click.option("--from", "date_from", callback=_date, help="First date, YYYY-MM-DD.")
@click.option("--to", "date_to", callback=_date, help="Last date, YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl",
              show_default=True)
@click.option("--lang", default=None, help="Language of the events (fr, en, ru).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True))
@db_option
def export(date_from: dt.date | None, date_to: dt.date | None, fmt: str, lang: str | None,
           output: str | None, db: str | None) -> None:
    """Export day documents, one per line, ordered by date.

    \b
    Example:
      daybook export --from 2019-01-01 --to 2019-12-31 -o 2019.jsonl
    """
    from daybook.days import iter_days
    from daybook.publish.json_export import iter_jsonl

    with _store(db, read_only=True) as store:
        lines = iter_jsonl(iter_days(store, date_from, date_to, lang))
        if output:
            n = 0
            with open(output, "w", encoding="utf-8") as fh:
                for line in lines:
                    fh.write(line)
                    n += 1
            click.echo(f"wrote {n} day(s) to {output}", err=True)
        else:
            for line in lines:
                sys.stdout.write(line)


@main.command()
@click.option("--from", "date_from", callback=_date, help="First date, YYYY-MM-DD.")
@click.option("--to", "date_to", callback=_date, help="Last date, YYYY-MM-DD.")
@click.option("--lang", default=None, help="Only events in this language.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@db_option
def events(date_from: dt.date | None, date_to: dt.date | None, lang: str | None, fmt: str,
           db: str | None) -> None:
    """List stored events: date, time, kind, id and title.

    \b
    Example:
      daybook events --from 2019-06-01 --to 2019-06-30
    """
    with _store(db, read_only=True) as store:
        rows = store.list_events(date_from, date_to, lang)
    if fmt == "json":
        click.echo(json.dumps([
            {"id": r.id, "language": r.language, "date": r.date.isoformat(),
             "start": r.start.isoformat() if r.start else None, "kind": r.kind,
             "title": r.title, "place": r.place, "url": r.url, "revision": r.revision}
            for r in rows], ensure_ascii=False, indent=2))
        return
    current = None
    for r in rows:
        if r.date != current:
            current = r.date
            click.echo(click.style(r.date.isoformat(), bold=True))
        time = r.start.strftime("%H:%M") if r.start else "  -  "
        place = f" ({r.place})" if r.place else ""
        click.echo(f"  {time}  {r.kind:<14} {r.id:<16} [{r.language}] {r.title}{place}")
    if not rows:
        click.echo("no events", err=True)


@main.command()
@click.argument("event_id")
@click.option("--lang", default=None, help="Only this language's revisions.")
@db_option
def history(event_id: str, lang: str | None, db: str | None) -> None:
    """Show every stored revision of an event and what changed between them.

    \b
    Example:
      daybook history kremlin:59803
    """
    from daybook.model import Day
    from daybook.publish.json_export import render_json

    with _store(db, read_only=True) as store:
        revs = store.history(event_id, lang)
    if not revs:
        raise click.ClickException(f"no event {event_id!r} in the archive [E300]")
    previous: dict[str, list[str]] = {}
    for r in revs:
        click.echo(click.style(
            f"{r.event_id} [{r.language}] revision {r.revision}  {r.ingested_at}  "
            f"{r.content_hash[:12]}  from {r.origin}", bold=True))
        lines = render_json(Day(r.event.date, (r.event,))).splitlines()
        before = previous.get(r.language)
        if before is not None:
            for line in difflib.unified_diff(before, lines, "before", "after", n=1, lineterm=""):
                click.echo("  " + line)
        previous[r.language] = lines


@main.group()
def db() -> None:
    """Inspect and maintain the archive."""


@db.command("info")
@db_option
def db_info(db: str | None) -> None:
    """Backend, schema version, counts and date span.

    \b
    Example:
      daybook db info --db daybook.db
    """
    with _store(db, read_only=True) as store:
        i = store.info()
    for key, value in (
        ("backend", i.backend), ("location", i.location), ("schema", i.schema_version),
        ("events", i.events), ("revisions", i.revisions), ("days", i.days),
        ("languages", ", ".join(i.languages) or "-"),
        ("dates", f"{i.first_date} to {i.last_date}" if i.first_date else "-"),
    ):
        click.echo(f"{key:<10} {value}")


@db.command("check")
@db_option
def db_check(db: str | None) -> None:
    """Check the archive's integrity; exits 1 on any problem.

    \b
    Example:
      daybook db check
    """
    with _store(db) as store:
        problems = store.integrity_check()
    for p in problems:
        click.echo(f"problem: {p}", err=True)
    if problems:
        sys.exit(1)
    click.echo("ok")


@db.command("migrate")
@db_option
def db_migrate(db: str | None) -> None:
    """Bring the archive's schema up to date (opening it for writing does this too).

    \b
    Example:
      daybook db migrate --db daybook.db
    """
    with _store(db) as store:
        click.echo(f"schema {store.info().schema_version}")


if __name__ == "__main__":  # pragma: no cover
    main()

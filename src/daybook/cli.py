"""The ``daybook`` command: parse options, call one library function, format its result."""

from __future__ import annotations

import datetime as dt
import difflib
import sys
from typing import Any

import click

from daybook.cli_common import _date, _settings, _store, db_option, echo, echo_json
from daybook.errors import DaybookError, NotFoundError
from daybook.publish.formats import format_names
from daybook.sanitize import dumps_json


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
        echo(f"wrote {output}", err=True)
    else:
        echo(text, nl=not text.endswith("\n"), lines=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="daybook")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              metavar="PATH", help="Settings file (default: ./daybook.toml, else "
              "[tool.daybook] of ./pyproject.toml); `daybook config` shows the result.")
def main(config_path: str | None) -> None:
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
@click.option("--workers", "-j", type=click.IntRange(0, 64), default=0, show_default=True,
              help="Processes that read and parse while this one writes; 0: one per core "
              "when there are many files, 1: read in this process.")
@click.option("--follow-links", is_flag=True,
              help="Follow symbolic links out of the directories walked (by default a walk "
              "reads regular files only, and links only within the directory).")
def ingest(paths: tuple[str, ...], db: str | None, quiet: bool, workers: int,
           follow_links: bool) -> None:
    """Read digests and saved kremlin.ru pages into the archive.

    PATHS are files or directories (walked for .txt and .html files). Each file lands whole
    or not at all; re-reading an unchanged file changes nothing; a changed page keeps its
    earlier revision. Devices, FIFOs and files over 20 MB are refused; dates outside 1990
    to ten years ahead are refused; an event keeps at most 20,000 blocks (settings
    max_file_bytes, first_year, years_ahead, max_blocks). Exits with status 1 if any file
    failed.

    \b
    Example:
      daybook ingest ../shared/samples/digest-fr/ ../shared/samples/kremlin-en-2019/news/
    """
    from daybook.ingest import FileResult, default_workers, ingest_paths, iter_input_files

    settings = _settings(db=db)
    files = list(iter_input_files(paths, follow_links=follow_links))  # walked once
    total = len(files)
    workers = workers or default_workers(total)
    show_bar = total > 20 and sys.stderr.isatty()
    with _store(settings) as store:
        bar_ctx = click.progressbar(length=total, label="ingesting", file=sys.stderr)
        bar = bar_ctx.__enter__() if show_bar else None

        def on_file(r: FileResult) -> None:
            if bar is not None:
                bar.update(1)
            if r.status == "failed":
                echo(f"FAILED  {r.error}", err=True)
            elif not quiet and bar is None:
                new = ", ".join(f"{n} {k}" for k, n in sorted(r.outcomes.items()))
                echo(f"{r.status:<7} {r.path}: {r.reader}, {r.summary}"
                     + (f" ({new})" if new else ""))
            if not quiet:
                for d in r.diagnostics:
                    if d.severity != "info":
                        echo(f"        {r.path}: {d}", err=True)

        try:
            report = ingest_paths(store, files, on_file=on_file, workers=workers,
                                  limits=settings.read_limits())
        finally:
            if bar is not None:
                bar_ctx.__exit__(None, None, None)
    t = report.totals()
    echo(
        f"{len(report.files)} file(s): {t['files_ok']} read, {t['files_failed']} failed, "
        f"{t['files_skipped']} skipped; events: {t['new']} new, {t['revised']} revised, "
        f"{t['unchanged']} unchanged; {t['listings']} listing(s)",
        err=True,
    )
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("date", callback=_date)
@click.option("--format", "fmt", type=click.Choice(format_names()),
              default="text", show_default=True, help="json is the contract's day document; "
              "installed extensions may add formats.")
@click.option("--lang", default=None, help="Language of the events (fr, en, ru).")
@click.option("--translate", "engine_spec", default=None, metavar="ENGINE",
              help="With --lang, translate events stored only in other languages: "
              "'apertium' (default; setting translate, env DAYBOOK_TRANSLATE), "
              "a LibreTranslate URL (http://host:port) or 'none'.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write to a file instead of standard output.")
@db_option
def day(date: dt.date, fmt: str, lang: str | None, engine_spec: str | None,
        output: str | None, db: str | None) -> None:
    """Show one day: its events in order, as a digest, Markdown, HTML or JSON.

    \b
    Example:
      daybook day 2023-11-08 --format html -o day.html
    """
    from daybook.days import assemble_day, check_day
    from daybook.publish.formats import render_day

    settings = _settings(db=db, translate=engine_spec)
    with _store(settings, read_only=True) as store:
        if lang:
            from daybook.translate.cache import TranslationCache
            from daybook.translate.day import day_in_language
            from daybook.translate.engines import get_engine
            from daybook.translate.memory import store_memory
            from daybook.translate.names import load_overrides

            names = load_overrides(settings.names_fr) if settings.names_fr else None
            cache = TranslationCache(settings.translation_cache())
            try:
                engine = get_engine(settings.translate, settings)
                memory = store_memory(store, settings.tm_threshold)
                result = day_in_language(store, date, lang, engine, cache, names=names,
                                         memory=memory)
            finally:
                cache.close()
        else:
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
        echo(f"note: the site's listing shows {len(check.missing)} more event(s) on "
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
            echo(f"wrote {n} day(s) to {output}", err=True)
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
        echo_json([
            {"id": r.id, "language": r.language, "date": r.date.isoformat(),
             "start": r.start.isoformat() if r.start else None, "kind": r.kind,
             "title": r.title, "place": r.place, "url": r.url, "revision": r.revision}
            for r in rows])
        return
    current = None
    for r in rows:
        if r.date != current:
            current = r.date
            echo(r.date.isoformat(), bold=True)
        time = r.start.strftime("%H:%M") if r.start else "  -  "
        place = f" ({r.place})" if r.place else ""
        echo(f"  {time}  {r.kind:<14} {r.id:<16} [{r.language}] {r.title}{place}")
    if not rows:
        echo("no events", err=True)


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
        raise click.ClickException(str(NotFoundError(
            f"no event {event_id!r} in the archive",
            remedy="`daybook events` lists the ids; they keep their source, e.g. kremlin:59803")))
    previous: dict[str, list[str]] = {}
    for r in revs:
        echo(f"{r.event_id} [{r.language}] revision {r.revision}  {r.ingested_at}  "
             f"{r.content_hash[:12]}  from {r.origin}", bold=True)
        lines = render_json(Day(r.event.date, (r.event,))).splitlines()
        before = previous.get(r.language)
        if before is not None:
            for line in difflib.unified_diff(before, lines, "before", "after", n=1, lineterm=""):
                echo("  " + line)
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
        echo(f"{key:<10} {value}")


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
        echo(f"problem: {p}", err=True)
    if problems:
        sys.exit(1)
    echo("ok")


@db.command("migrate")
@db_option
def db_migrate(db: str | None) -> None:
    """Bring the archive's schema up to date (opening it for writing does this too).

    \b
    Example:
      daybook db migrate --db daybook.db
    """
    with _store(db) as store:
        echo(f"schema {store.info().schema_version}")


@db.command("copy")
@click.argument("src", metavar="SRC")
@click.argument("dst", metavar="DST")
@click.option("--force", is_flag=True, help="Copy into a non-empty DST, replacing what "
              "it holds of the copied events.")
def db_copy(src: str, dst: str, force: bool) -> None:
    """Copy a whole archive (every revision, days, listings, ingest log) and verify it.

    SRC and DST are SQLite paths or postgresql:// URLs. Counts and content hashes of both
    sides are compared after the copy; exits 1 if they differ.

    \b
    Example:
      daybook db copy daybook.db postgresql://localhost/daybook
    """
    from daybook.store.copy import copy_archive

    def on_progress(stage: str, n: int) -> None:
        if stage == "events" and sys.stderr.isatty():
            click.echo(f"\r{n} events copied", err=True, nl=False)

    settings = _settings()
    with _store(settings, read_only=True, location=src) as source, \
            _store(settings, location=dst) as dest:
        report = copy_archive(source, dest, force=force, on_progress=on_progress)
    if sys.stderr.isatty():
        echo("", err=True)
    a, b = report.source.as_dict(), report.destination.as_dict()
    echo(f"{'':<16} {'source':>16} {'destination':>16}")
    for key in a:
        left, right = str(a[key]), str(b[key])
        if key == "digest":
            left, right = left[:16], right[:16]
        echo(f"{key:<16} {left:>16} {right:>16}")
    for p in report.problems:
        echo(f"problem: {p}", err=True)
    if not report.ok:
        sys.exit(1)
    echo(f"ok: {report.copied_events} event(s) copied and verified")


@main.command()
@click.argument("query")
@click.option("--speaker", multiple=True, help="Only what this speaker said (repeatable).")
@click.option("--person", multiple=True, help="Participant, speaker or tagged person.")
@click.option("--place", multiple=True, help="Place of the event (part of its name).")
@click.option("--kind", multiple=True, help="Event kind: meeting, call, interview...")
@click.option("--tag", multiple=True, help="Geography or topic tag.")
@click.option("--from", "date_from", callback=_date, help="First date, YYYY-MM-DD.")
@click.option("--to", "date_to", callback=_date, help="Last date, YYYY-MM-DD.")
@click.option("--lang", default=None, help="Only events in this language (fr, en, ru).")
@click.option("--limit", type=click.IntRange(1, 100), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
@click.option("--exact-total", is_flag=True,
              help="Count every matching event (a very common word otherwise gives at "
              "least the events among its newest matches; one more pass over the index).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json: {total, total_is_exact, hits: [{event_id, "
              "date, title, url, block, snippet, score}]}; snippet is HTML with <mark>.")
@db_option
def search(query: str, speaker: tuple[str, ...], person: tuple[str, ...],
           place: tuple[str, ...], kind: tuple[str, ...], tag: tuple[str, ...],
           date_from: dt.date | None, date_to: dt.date | None, lang: str | None, limit: int,
           offset: int, exact_total: bool, fmt: str, db: str | None) -> None:
    """Search titles, leads and texts: stems and accents folded, phrases, AND/OR/NOT, prefix*.

    Filters may also be written in QUERY: speaker: person: place: kind: tag: from: to: lang:

    \b
    Example:
      daybook search 'négociation speaker:Poutine from:2023-11-01'
      daybook search '"partenariat stratégique" OR gaz*' --format json
    """
    from daybook.search import search as run_search
    from daybook.search import snippet_plain

    with _store(db, read_only=True) as store:
        result = run_search(store, query, speaker=speaker, person=person, place=place,
                            kind=kind, tag=tag, date_from=date_from, date_to=date_to,
                            lang=lang, limit=limit, offset=offset, exact_total=exact_total)
    if fmt == "json":
        echo_json({"total": result.total, "total_is_exact": result.total_is_exact,
                    "hits": [h.to_dict() for h in result.hits]})
        return
    for h in result.hits:
        where = f"#{h.block}" if h.block is not None else "(title)"
        echo(f"{h.date}  {h.event_id} {where}  [{h.language}] {h.title}", bold=True)
        echo("    " + snippet_plain(h.snippet))
    shown = f"{offset + 1}-{offset + len(result.hits)} of " if result.hits else ""
    at_least = "" if result.total_is_exact else "at least "
    echo(f"{shown}{at_least}{result.total} event(s)", err=True)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes; one per core serves the most readers.")
@click.option("--access-log/--no-access-log", default=True, show_default=True)
@click.option("--forwarded-allow-ips", default="127.0.0.1", show_default=True,
              help="Addresses of the reverse proxies whose X-Forwarded-For/-Proto headers "
                   "are believed (comma-separated; never '*' on an open port).")
def serve(db: str | None, host: str, port: int, workers: int, access_log: bool,
          forwarded_allow_ips: str) -> None:
    """Serve the archive read-only: web site, JSON API, Atom and iCalendar feeds.

    Bounded per worker: open connections (setting max_connections, 503 beyond), time
    to send a request's line and headers (header_timeout, 10 s), their size
    (max_header_bytes, 16 KB), 30 s idle on a kept-alive connection; a request with a
    body is refused (405) unread. See docs/serving.md.

    \b
    Example:
      daybook serve --db daybook.db --port 8000
      daybook serve --workers 2 --forwarded-allow-ips 127.0.0.1   # behind nginx
    """
    from daybook.web.app import serve as run_server

    try:
        run_server(_settings(db=db), host=host, port=port, workers=workers,
                   access_log=access_log, forwarded_allow_ips=forwarded_allow_ips)
    except DaybookError as exc:
        raise click.ClickException(str(exc)) from None


@main.command("config")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "toml"]), default="text",
              show_default=True, help="toml: a settings file with the effective values.")
def config_cmd(db: str | None, fmt: str) -> None:
    """Show the effective settings and where each comes from: default, a settings file,
    an environment variable or a flag. Secrets are shown as ***.

    \b
    Example:
      daybook --config site.toml config
      DAYBOOK_TRANSLATE=none daybook config --format json
    """
    import dataclasses

    from daybook.settings import FIELDS, to_toml

    settings = _settings(db=db)
    secret: dict[str, Any] = {s.key: "***" for s in FIELDS
                              if s.secret and getattr(settings, s.key) is not None}
    shown = {**settings.values(), **secret}
    if fmt == "toml":
        echo(to_toml(dataclasses.replace(settings, **secret)), nl=False, lines=True)
        return
    if fmt == "json":
        echo_json({k: {"value": v, "from": settings.origin(k)} for k, v in shown.items()})
        return
    for spec in FIELDS:
        value = shown[spec.key]
        text = "-" if value is None else dumps_json(value)
        echo(f"{spec.key:<20} {text:<28} {settings.origin(spec.key)}")


@main.command()
@db_option
@click.option("--workers", "-j", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes for the text step (each loads the models once).")
@click.option("--no-models", is_flag=True,
              help="Gazetteer and registry only: skip the NER models (fast).")
def enrich(db: str | None, workers: int, no_models: bool) -> None:
    """Link people and find entities, figures and dates in every event not yet enriched.

    Resumable: each event's revision is recorded once done, so a second run skips it and a
    revised event is done again. Ingest never calls this; run it after ingest.

    \b
    Example:
      daybook enrich --workers 4
    """
    from daybook.enrich.run import enrich_store

    with _store(db) as store:
        show = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if show or done == total or done % 50 == 0:
                click.echo(f"\renriched {done}/{total}", err=True, nl=done == total)

        report = enrich_store(store, workers=workers, use_models=not no_models,
                              on_progress=progress)
    c = report.counts
    echo(f"{report.done} event(s) enriched ({report.pending} pending); "
               f"{report.people} people; {c['linked']}/{c['links']} names linked; "
               f"{c['mentions']} entities, {c['figures']} figures, {c['dates']} dates",
               err=True)


@main.command()
@click.argument("name")
@click.option("--lang", default=None, help="Language the NAME is written in (fr, en, ru).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@db_option
def person(name: str, lang: str | None, fmt: str, db: str | None) -> None:
    """Find a person under any spelling and list the events they appear in.

    \b
    Example:
      daybook person "Sergueï Choïgu" --format json
      daybook person "В.Путин"
    """
    from daybook.enrich.run import find_person

    with _store(db, read_only=True) as store:
        found = find_person(store, name, lang)
    if found is None:
        raise click.ClickException(str(NotFoundError(
            f"no person known as {name!r}",
            remedy="run `daybook enrich` first, or add the name to src/daybook/data/people.json")))
    if fmt == "json":
        echo_json(found)
        return
    echo(f"{found['name']}  ({found['person_id']})", bold=True)
    echo("names: " + "; ".join(found["names"]))
    for r in found["roles"]:
        echo(f"role:  {r['role']} ({r['from'] or '?'} to {r['to'] or '?'})")
    for e in found["events"]:
        role = f" as {e['role']}" if e["role"] else ""
        echo(f"  {e['date']}  {e['id']:<16} [{e['language']}] {e['relation']}{role}: "
                   f"{e['title']}")


@main.command()
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True)
@db_option
def figures(query: str, fmt: str, limit: int, db: str | None) -> None:
    """List every figure given on a subject over time: date, event, value, unit, sentence.

    QUERY words must all appear in the figure's sentence or unit.

    \b
    Example:
      daybook figures "échanges" --format text
    """
    with _store(db, read_only=True) as store:
        hits = store.enrichment.find_figures(query, limit)
    if fmt == "json":
        echo_json([
            {"date": h.date.isoformat(), "event": h.event_id, "language": h.language,
             "title": h.title, "value": h.value, "unit": h.unit, "text": h.text,
             "context": h.context} for h in hits])
        return
    for h in hits:
        echo(f"{h.date}  {h.event_id:<16} {h.value:>16,.6g} {h.unit or '':<10} "
                   f"{h.text!r}: {h.context}")
    if not hits:
        echo("no figures", err=True)


# Fetching lives in its own module; its commands join the group here.
from daybook.cli_fetch import fetch_commands  # noqa: E402

for _command in fetch_commands():
    main.add_command(_command)

# The translation memory's commands (daybook tm ...) live in their own module too.
from daybook.cli_tm import tm_commands  # noqa: E402

for _command in tm_commands():
    main.add_command(_command)

# The static edition lives in its own module too.
from daybook.cli_site import site_commands  # noqa: E402

for _command in site_commands():
    main.add_command(_command)


if __name__ == "__main__":  # pragma: no cover
    main()

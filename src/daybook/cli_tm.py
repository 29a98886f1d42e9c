"""``daybook tm``: the translation memory (import a back catalogue, align, stats, lookup)."""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter

import click

from daybook.cli_common import _date, _settings, _store, db_option, echo, echo_json

_FORMAT = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                       show_default=True)


@click.group()
def tm() -> None:
    """The translation memory: what a publisher translated, reused before any engine.

    An edited digest ingested with its source pages (en.kremlin.ru URLs) is aligned with
    them, block by block then sentence by sentence, and its pairs are kept as human
    translations; `daybook day DATE --lang fr` then takes exact and near matches from the
    memory (setting tm_threshold) and sends only the rest to the engine.

    \b
    Example:
      daybook tm import ~/digests/ && daybook tm stats 2023-11-09
    """


@tm.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--quiet", "-q", is_flag=True, help="Only the totals.")
def import_(paths: tuple[str, ...], db: str | None, quiet: bool) -> None:
    """Read a back catalogue of digests (files or directories) into the memory.

    The digests are ingested like `daybook ingest` does (they are days of the archive
    too); each event whose source page is already in the archive is aligned at once, the
    others as soon as their page is ingested (or fetched). Exits with status 1 if a file
    failed.

    \b
    Example:
      daybook tm import ~/digests/2023/ --db archive.db
    """
    from daybook.ingest import ingest_paths
    from daybook.translate.memory import waiting

    settings = _settings(db=db)
    with _store(settings) as store:
        before = store.memory.size().segments
        report = ingest_paths(store, paths, limits=settings.read_limits())
        for r in report.files:
            if r.status == "failed":
                echo(f"FAILED  {r.error}", err=True)
            elif not quiet:
                echo(f"{r.status:<7} {r.path}: {r.summary}, "
                     f"{r.outcomes['tm_segments']} pair(s) learned")
        after = store.memory.size().segments
        pending = waiting(store)
    echo(f"{len(report.files)} file(s), {len(report.failed)} failed; memory: {before} → "
         f"{after} segments; {len(pending)} event(s) wait for their source page",
         err=True)
    if report.failed:
        sys.exit(1)


@tm.command()
@db_option
@click.option("--force", is_flag=True, help="Align again pairs already aligned at the same "
              "revisions (after an upgrade of the aligner).")
def align(db: str | None, force: bool) -> None:
    """Align every stored digest event with its stored source page.

    Ingesting either side aligns the pair already; this catches up on archives made
    before the memory existed, or copied. Running it twice changes nothing.

    \b
    Example:
      daybook tm align
    """
    from daybook.translate.memory import learn_all, waiting

    with _store(_settings(db=db)) as store:
        with store.transaction():
            events, segments = learn_all(store, force=force)
        pending = waiting(store)
        size = store.memory.size().segments
    echo(f"{events} event(s) aligned, {segments} segment(s) stored; memory: {size} segments; "
         f"{len(pending)} event(s) wait for their source page")


@tm.command()
@click.argument("date", required=False, callback=_date)
@click.option("--lang", default="fr", show_default=True, help="Language translated into.")
@_FORMAT
@db_option
def stats(date: dt.date | None, lang: str, fmt: str, db: str | None) -> None:
    """The memory's size; with DATE, how much of that day's translation it gives.

    The memory is counted by part of the event (title, lead, caption, body). For a day:
    segments (sentences, titles, captions) and words taken from the memory exactly, by a
    near match, and left to the engine (for titles: to the title grammar and the engine),
    in all and per part, for the text `daybook day DATE --lang LANG` translates (events
    already stored in LANG are shown as they are and not counted), and which titles, leads
    and captions come from memory. Nothing is translated.

    \b
    Example:
      daybook tm stats 2023-11-09
    """
    from daybook.translate.memory import DEFAULT_THRESHOLD, FIELDS, waiting
    from daybook.translate.memory_report import day_report

    settings = _settings(db=db)
    threshold = settings.tm_threshold or DEFAULT_THRESHOLD
    with _store(settings, read_only=True) as store:
        size = store.memory.size()
        aligned = store.memory.alignments()
        pending = len(waiting(store))
        day = day_report(store, date, lang, threshold) if date else None
    out: dict[str, object] = {
        "segments": size.segments, "events": size.events, "first_date": size.first_date,
        "last_date": size.last_date, "waiting": pending, "threshold": threshold,
        "blocks": sum(a.blocks for a in aligned), "blocks_aligned": sum(a.aligned for a in aligned),
        "pairs": [{"source": s, "target": t, "segments": n} for s, t, n in size.by_pair],
        "fields": dict(size.by_field)}
    counts = day.counts if day is not None else Counter[str]()
    if day is not None and date is not None:
        out["day"] = {"date": date.isoformat(), "language": lang,
                      "events_in_language": counts["events_in_language"],
                      **{f"{what}_{kind}": counts[f"{what}_{kind}"]
                         for what in ("segments", "words")
                         for kind in ("exact", "fuzzy", "engine")},
                      "fields": {f: day.part(f) for f in FIELDS},
                      "recalled": [{"event": r.event_id, "field": r.field, "number": r.number,
                                    "note": r.note} for r in day.recalled]}
    if fmt == "json":
        echo_json(out)
        return
    echo(f"memory: {size.segments} segments from {size.events} event(s), "
         f"{size.first_date or '-'} to {size.last_date or '-'}; {pending} event(s) wait for "
         f"their source page; fuzzy threshold {threshold}")
    for s, t, n in size.by_pair:
        echo(f"  {s}→{t}: {n}")
    if size.by_field:
        echo("  by part: " + ", ".join(f"{f} {n}" for f, n in size.by_field))
    if aligned:
        echo(f"  {out['blocks_aligned']} of {out['blocks']} blocks of {len(aligned)} digest "
             "event(s) aligned with their source")
    if day is None or date is None:
        return
    total_s = sum(counts[f"segments_{k}"] for k in ("exact", "fuzzy", "engine"))
    total_w = sum(counts[f"words_{k}"] for k in ("exact", "fuzzy", "engine"))
    echo(f"{date} → {lang}: {total_s} segment(s), {total_w} word(s) to translate"
         f" ({counts['events_in_language']} event(s) already in {lang})")
    for kind, label in (("exact", "memory, exact"), ("fuzzy", "memory, near match"),
                        ("engine", "engine")):
        seg, words = counts[f"segments_{kind}"], counts[f"words_{kind}"]
        share = f"{100 * words / total_w:.1f} %" if total_w else "-"
        echo(f"  {label:<20} {seg:>6} segments {words:>7} words  {share:>7} of the words")
    echo("  per part (segments exact / near / engine):")
    for f in FIELDS:
        p = day.part(f)
        echo(f"    {f:<8} {p['segments_exact']:>5} / {p['segments_fuzzy']:>5} / "
             f"{p['segments_engine']:>5}")
    for r in day.recalled:
        which = f"{r.field} {r.number}" if r.number is not None else r.field
        echo(f"  {r.event_id} {which}: {r.note}")


@tm.command()
@click.argument("text")
@click.option("--source", "src", default="en", show_default=True, help="Language of TEXT.")
@click.option("--lang", default="fr", show_default=True, help="Language translated into.")
@db_option
def lookup(text: str, src: str, lang: str, db: str | None) -> None:
    """What the memory gives for one sentence, and where it comes from.

    \b
    Example:
      daybook tm lookup "Thank you very much."
    """
    from daybook.translate.memory import DEFAULT_THRESHOLD, TranslationMemory

    settings = _settings(db=db)
    with _store(settings, read_only=True) as store:
        hit = TranslationMemory(store.memory, settings.tm_threshold or DEFAULT_THRESHOLD
                                ).lookup(text, src, lang)
    if hit is None:
        echo("not in the memory", err=True)
        sys.exit(1)
    echo(hit.text)
    echo(f"{hit.note()}; event {hit.segment.event_id}: {hit.segment.source}", err=True)


def tm_commands() -> list[click.Command]:
    return [tm]

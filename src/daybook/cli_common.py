"""What every command module shares: the settings, the --db option, dates, the store."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from daybook.errors import DaybookError
from daybook.sanitize import dumps_json, for_terminal
from daybook.settings import Settings, load_settings, open_archive
from daybook.store import Store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(f: F) -> F:
    return click.option(
        "--db",
        "db",
        default=None,
        metavar="PATH|URL",
        help="Archive: an SQLite file (default ./daybook.db, setting db, env DAYBOOK_DB) "
        "or a postgresql:// URL.",
    )(f)


def _settings(**flags: Any) -> Settings:
    """The effective settings: defaults, settings file, environment, then these flags."""
    ctx = click.get_current_context()
    config = ctx.find_root().params.get("config_path")
    try:
        return load_settings(config=config, flags=flags)
    except DaybookError as exc:
        raise click.ClickException(str(exc)) from None


def _date(ctx: click.Context | None, param: click.Parameter | None, value: Any) -> Any:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


@contextmanager
def _store(settings: Settings | str | None, *, read_only: bool = False,
           location: str | None = None) -> Iterator[Store]:
    """The archive of the settings (a ``--db`` value stands for the settings with it)."""
    if not isinstance(settings, Settings):
        settings = _settings(db=settings)
    try:
        store = open_archive(settings, read_only=read_only, location=location)
    except DaybookError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield store
    except DaybookError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()


def echo(text: str = "", *, err: bool = False, nl: bool = True, bold: bool = False,
         lines: bool = False) -> None:
    """Print text that may come from a document or a file name. On a terminal, control
    characters (ESC, OSC, BEL, CR, C1) are shown as escapes, so a page can neither rewrite
    the screen nor forge a line of output; ``lines`` keeps its newlines (a digest, a diff).
    Every command prints what it did not write itself through this."""
    if (sys.stderr if err else sys.stdout).isatty():
        text = for_terminal(text, multiline=lines)
    click.echo(click.style(text, bold=True) if bold else text, err=err, nl=nl)


def echo_json(value: Any) -> None:
    echo(dumps_json(value, indent=2), lines=True)

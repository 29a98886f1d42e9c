"""What every command module shares: the --db option, dates, the store as a context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from daybook.errors import DaybookError
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



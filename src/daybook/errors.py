"""Errors and diagnostics.

Parsers survive odd content and report it as ``Diagnostic`` records; they raise a
``DaybookError`` subclass only for input they cannot read at all. Every error has a code
and a message that names the file or value and says how to fix the problem. This module is
the whole catalogue: every code is a class here, and code elsewhere raises these classes
rather than writing a code in a message.

======  ==========================================================================
E1xx    input: a file cannot be read as any supported document
E2xx    store: the archive cannot be opened, migrated or written
E3xx    lookup: nothing by that date, id or name (E300); a query or request
        parameter that cannot be used (E301, E302)
E4xx    publishing: a format or renderer cannot produce the output
E5xx    translation: an engine is missing, refused the text or has no cached answer
E6xx    configuration: settings files and values, extensions (entry points)
======  ==========================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


class DaybookError(Exception):
    """Base of every error daybook raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, remedy: str | None = None):
        self.message = message
        self.path = path
        self.remedy = remedy
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        fix = f" ({self.remedy})" if self.remedy else ""
        return f"{where}{self.message}{fix} [{self.code}]"


class InputError(DaybookError):
    """A file cannot be read as any supported document."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class UnknownFormatError(InputError):
    code = "E103"


class MalformedInputError(InputError):
    """The format was recognised but the document is broken beyond repair."""

    code = "E104"


class InputTooLargeError(InputError):
    code = "E105"


class DateOutOfRangeError(InputError):
    """A date outside the plausible range (a setting): a typo or a hostile file."""

    code = "E106"


class NotRegularFileError(InputError):
    """A device, FIFO, socket or directory where a file was expected, or a link out of the
    folder being read."""

    code = "E107"


class StoreError(DaybookError):
    code = "E200"


class SchemaVersionError(StoreError):
    code = "E201"


class NotFoundError(DaybookError):
    """Nothing in the archive by that date, id or name."""

    code = "E300"


class QueryError(DaybookError):
    code = "E301"


class BadRequest(DaybookError):
    """A request parameter the web site cannot use; answered with 400 and the message."""

    code = "E302"


class PublishError(DaybookError):
    code = "E400"


class TranslationError(DaybookError):
    """An engine is missing, refused the text or answered something unusable."""

    code = "E500"


class EngineUnavailableError(TranslationError):
    code = "E501"


class NotCachedError(TranslationError):
    """A text has no cached translation and the caller may not run an engine."""

    code = "E502"


class SettingsError(DaybookError):
    """A settings file or value daybook cannot use."""

    code = "E600"


class ExtensionError(DaybookError):
    """An installed extension (entry point) cannot be loaded or is not what its group needs."""

    code = "E601"


class ModelIntegrityError(DaybookError):
    """An installed model's files differ from the ones pinned when it was tested."""

    code = "E602"


Severity = Literal["info", "warning", "error"]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something odd a parser met and survived: what, and where."""

    code: str
    message: str
    where: str | None = None
    severity: Severity = "warning"

    def __str__(self) -> str:
        at = f" at {self.where}" if self.where else ""
        return f"{self.severity} {self.code}{at}: {self.message}"

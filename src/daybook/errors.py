"""Errors and diagnostics.

Parsers survive odd content and report it as ``Diagnostic`` records; they raise a
``DaybookError`` subclass only for input they cannot read at all. Every error has a code
(``E1xx`` input, ``E2xx`` store, ``E3xx`` query, ``E4xx`` publishing) and a message that
names the file or value and says how to fix the problem.
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
    code = "E300"


class QueryError(DaybookError):
    code = "E301"


class PublishError(DaybookError):
    code = "E400"


class ModelIntegrityError(DaybookError):
    """An installed model's files differ from the ones pinned when it was tested."""

    code = "E500"


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

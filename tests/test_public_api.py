"""The package's public entry points: lazy, documented, versioned."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys

import pytest

import daybook
from tests.conftest import ROOT


def test_importing_daybook_loads_nothing_heavy() -> None:
    code = ("import sys, daybook; daybook.__all__; "
            "print(' '.join(sorted(m for m in sys.modules)))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True, timeout=60).stdout.split()
    ours = [m for m in out if m.startswith("daybook")]
    assert ours == ["daybook"]
    for heavy in ("spacy", "lxml", "jinja2", "babel", "feedparser", "starlette", "sqlite3"):
        assert heavy not in out, heavy


def test_version_comes_from_the_package_metadata() -> None:
    assert daybook.__version__ == importlib.metadata.version("daybook")


def test_every_public_name_resolves() -> None:
    assert sorted(daybook.__all__) == sorted(["__version__", *daybook._EXPORTS])
    for name in daybook.__all__:
        assert getattr(daybook, name) is not None
        assert name in dir(daybook)
    from daybook.days import assemble_day
    from daybook.errors import DaybookError

    assert daybook.assemble_day is assemble_day and daybook.DaybookError is DaybookError
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        daybook.nope  # noqa: B018

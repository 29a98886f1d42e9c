"""Golden files: compare rendered output with a reviewed file, or rewrite it on request.

``pytest --update-golden`` (added by tests/conftest.py) sets ``DAYBOOK_UPDATE_GOLDEN=1``; the
rewritten files are then reviewed in the diff like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
GOLDEN = TESTS / "golden"
FIXTURES = TESTS / "fixtures"
ENV = "DAYBOOK_UPDATE_GOLDEN"


def updating() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def assert_golden(actual: str, path: Path) -> None:
    """``actual`` must equal the golden file at ``path`` (rewritten when updating)."""
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    if not path.exists():
        pytest.fail(f"golden file {path} is missing; run pytest --update-golden and review it")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"output differs from {path.relative_to(TESTS)}; if the change is intended, "
        "run pytest --update-golden and review the diff"
    )


def assert_golden_json(value: Any, path: Path) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    assert_golden(text, path)

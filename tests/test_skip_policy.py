"""The CI skip policy: a skip off the allow-list fails a CI run, and only a CI run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.skip_policy import ALLOWLIST, ALLOWLIST_ENV, allowed_reasons

ROOT = Path(__file__).resolve().parent.parent

CONFTEST = """
from tests.skip_policy import (  # noqa: F401
    pytest_collectreport, pytest_runtest_logreport, pytest_sessionfinish,
    pytest_sessionstart, pytest_terminal_summary,
)
"""
TESTS = """
import pytest

def test_runs():
    assert True

def test_needs_a_browser():
    pytest.skip("no browser here")
"""
MODULE_SKIP = """
import pytest
pytest.skip("no database server here", allow_module_level=True)
"""


def run(tmp_path: Path, *, ci: bool, allow: str = "", module_skip: bool = False,
        ) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_some.py").write_text(TESTS)
    if module_skip:
        (tmp_path / "test_db.py").write_text(MODULE_SKIP)
    allowlist = tmp_path / "allow.txt"
    allowlist.write_text("# comment\n\n" + allow)
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env[ALLOWLIST_ENV] = str(allowlist)
    if ci:
        env["CI"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-ra", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def test_outside_ci_a_skip_passes_and_says_why(tmp_path: Path) -> None:
    r = run(tmp_path, ci=False)
    assert r.returncode == 0, r.stdout
    assert "SKIPPED" in r.stdout and "no browser here" in r.stdout
    assert "not allowed in CI" not in r.stdout


def test_in_ci_a_skip_off_the_list_fails(tmp_path: Path) -> None:
    r = run(tmp_path, ci=True)
    assert r.returncode == 1, r.stdout
    assert "skips not allowed in CI" in r.stdout
    assert "test_needs_a_browser: no browser here" in r.stdout


def test_in_ci_a_module_level_skip_fails_too(tmp_path: Path) -> None:
    r = run(tmp_path, ci=True, allow="no browser\n", module_skip=True)
    assert r.returncode == 1, r.stdout
    assert "test_db.py: no database server here" in r.stdout
    assert "test_needs_a_browser" not in r.stdout.split("skips not allowed")[1]


def test_in_ci_an_allowed_skip_passes(tmp_path: Path) -> None:
    r = run(tmp_path, ci=True, allow="no browser\n")
    assert r.returncode == 0, r.stdout
    assert "not allowed in CI" not in r.stdout


def test_a_failure_keeps_its_own_exit_status(tmp_path: Path) -> None:
    (tmp_path / "test_fail.py").write_text("def test_fails():\n    assert False\n")
    r = run(tmp_path, ci=True)
    assert r.returncode == 1, r.stdout
    assert "1 failed" in r.stdout


def test_the_repository_list_is_short_and_readable() -> None:
    reasons = allowed_reasons(ALLOWLIST)
    assert ALLOWLIST.exists()
    assert len(reasons) <= 5, reasons

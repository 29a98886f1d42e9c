"""CI runs every test or fails: a skip whose reason is not on the allow-list fails the run.

Outside CI a skip is a skip (a laptop without PostgreSQL or Chromium still runs the rest),
and ``-ra`` says why. With ``CI`` set (``.ci/run`` sets it), any skip whose reason matches
no line of ``tests/skip_allowlist.txt`` turns the exit status into a failure and is listed
in the terminal summary. The hooks are imported by ``tests/conftest.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ALLOWLIST = Path(__file__).resolve().parent / "skip_allowlist.txt"
# Tests of this module point the hook at their own allow-list.
ALLOWLIST_ENV = "DAYBOOK_SKIP_ALLOWLIST"
# (node id, reason) of every skip of this session.
_SKIPPED: list[tuple[str, str]] = []


def in_ci() -> bool:
    return os.environ.get("CI", "") not in ("", "0", "false")


def allowed_reasons(path: Path | None = None) -> list[str]:
    """Allowed skip reasons: one substring a line; blank lines and ``#`` comments ignored."""
    path = path or Path(os.environ.get(ALLOWLIST_ENV) or ALLOWLIST)
    if not path.exists():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2]).removeprefix("Skipped: ")
    return str(longrepr)


def pytest_sessionstart(session: pytest.Session) -> None:
    _SKIPPED.clear()


def _record(report: pytest.TestReport | pytest.CollectReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        _SKIPPED.append((report.nodeid, skip_reason(report)))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _record(report)


def pytest_collectreport(report: pytest.CollectReport) -> None:
    _record(report)


def disallowed() -> list[tuple[str, str]]:
    """Skips of this session whose reason is on no line of the allow-list."""
    allowed = allowed_reasons()
    return [
        (node, reason)
        for node, reason in _SKIPPED
        if not any(a in reason for a in allowed)
    ]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if in_ci() and disallowed() and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not in_ci():
        return
    bad = disallowed()
    if bad:
        terminalreporter.section("skips not allowed in CI", sep="=", red=True)
        for node, reason in bad:
            terminalreporter.write_line(f"{node}: {reason}")
        terminalreporter.write_line(
            f"CI runs everything: install what is missing, or (rarely) add the reason to "
            f"{ALLOWLIST.name} with why"
        )

"""The CLI reference in docs/cli.md is the commands' real --help output, never stale."""

from __future__ import annotations

import os

import click
from click.testing import CliRunner

from daybook.cli import main
from tests.conftest import ROOT

CLI_DOC = ROOT / "docs" / "cli.md"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name in sorted(group.commands):
        cmd = group.commands[name]
        found.append((*prefix, name))
        if isinstance(cmd, click.Group):
            found += _commands(cmd, (*prefix, name))
    return found


def render_cli_reference() -> str:
    runner = CliRunner()
    parts = ["# CLI reference", "",
             "Generated from `daybook ... --help`; `pytest --update-golden` rewrites it.", ""]
    for command in [(), *_commands(main)]:
        result = runner.invoke(main, [*command, "--help"], terminal_width=88)
        assert result.exit_code == 0, result.output
        title = " ".join(("daybook", *command))
        parts += [f"## {title}", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


def test_cli_reference_is_current() -> None:
    text = render_cli_reference()
    if os.environ.get("DAYBOOK_UPDATE_GOLDEN"):
        CLI_DOC.write_text(text, "utf-8")
    assert CLI_DOC.exists(), "docs/cli.md is missing: run pytest --update-golden"
    assert CLI_DOC.read_text("utf-8") == text, (
        "docs/cli.md differs from the commands' --help: run pytest --update-golden")

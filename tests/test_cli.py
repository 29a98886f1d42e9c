"""The CLI as a user runs it: ingest the sample digest, then read it back every way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from daybook.cli import main
from tests.conftest import DIGEST_SAMPLE
from tests.test_contract import validate

TOC = [
    "1°/Interview au journal Kazakhstanskaya Pravda – 8 novembre 2023",
    "2°/Discours vidéo aux participants de la 11ème réunion des secrétaires des conseils de "
    "sécurité des États membres de la CEI – 8 novembre 2023 à 09h30",
    "3°/Visite du centre médical pour enfants Dima Rogachev – 8 novembre 2023 à 14h25 à Moscou",
    "4°/Rencontre avec le vice-président de la Commission militaire centrale chinoise Zhang "
    "Youxia – 8 novembre 2023 à 15h05 à Novo-Ogaryovo-région de Moscou",
    "5°/Rencontre avec les membres du Gouvernement – 8 novembre 2023 à 20h30 à "
    "Novo-Ogaryovo-région de Moscou",
]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    result = CliRunner().invoke(main, ["ingest", "--db", path, str(DIGEST_SAMPLE)])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_ingest_says_per_file_what_it_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.db"),
                                       str(DIGEST_SAMPLE)])
    assert result.exit_code == 0
    assert "2023-11-08.txt: digest, 1 day(s), 5 event(s) (5 new)" in result.output


def test_day_json_is_the_contract_document(db: str) -> None:
    doc = json.loads(run("day", "2023-11-08", "--db", db, "--format", "json"))
    validate(doc)
    assert [e["id"] for e in doc["events"]] == [
        "kremlin:72682", "kremlin:72683", "kremlin:72686", "kremlin:72687", "kremlin:72692"]
    assert doc["events"][2]["start"] == "2023-11-08T14:25:00+03:00"


def test_day_text_reproduces_the_sample_table_of_contents(db: str) -> None:
    text = run("day", "2023-11-08", "--db", db, "--format", "text")
    lines = text.splitlines()
    start = lines.index(TOC[0])
    assert lines[start:start + 5] == TOC
    sample = DIGEST_SAMPLE.read_text("utf-8").splitlines()
    assert sample[sample.index(TOC[0]):sample.index(TOC[0]) + 5] == TOC


def test_day_md_and_html(db: str, tmp_path: Path) -> None:
    md = run("day", "2023-11-08", "--db", db, "--format", "md")
    assert "Rencontre avec les membres du Gouvernement" in md
    out = tmp_path / "day.html"
    run("day", "2023-11-08", "--db", db, "--format", "html", "-o", str(out))
    html = out.read_text("utf-8")
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert "Zhang Youxia" in html


def test_export_jsonl_one_valid_day_per_line(db: str, tmp_path: Path) -> None:
    lines = run("export", "--db", db, "--format", "jsonl").splitlines()
    assert len(lines) == 1
    validate(json.loads(lines[0]))
    assert run("export", "--db", db, "--from", "2023-11-09") == ""


def test_events_lists_the_day(db: str) -> None:
    out = run("events", "--db", db, "--from", "2023-11-08", "--to", "2023-11-08")
    assert "2023-11-08" in out and "14:25" in out and "kremlin:72686" in out


def test_history_shows_revisions(db: str) -> None:
    out = run("history", "kremlin:72682", "--db", db)
    assert "revision 1" in out


def test_errors_are_messages_not_tracebacks(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["day", "2030-01-01", "--db", db])
    assert missing.exit_code == 1
    assert "no events on 2030-01-01" in missing.output and "2023-11-08" in missing.output
    bad_date = runner.invoke(main, ["day", "08/11/2023", "--db", db])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    failed = runner.invoke(main, ["ingest", "--db", db, str(empty)])
    assert failed.exit_code == 1
    assert "empty.txt" in failed.output and "empty" in failed.output
    assert "Traceback" not in failed.output
    no_db = runner.invoke(main, ["day", "2023-11-08", "--db", str(tmp_path / "none.db")])
    assert no_db.exit_code == 1 and "daybook ingest" in no_db.output


def _commands(group: object, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    import click

    found = []
    assert isinstance(group, click.Group)
    for name, cmd in group.commands.items():
        if isinstance(cmd, click.Group):
            found += _commands(cmd, (*prefix, name))
        else:
            found.append((*prefix, name))
    return found


@pytest.mark.parametrize("command", _commands(main))
def test_every_command_has_help_with_an_example(command: tuple[str, ...]) -> None:
    out = run(*command, "--help")
    assert "Example" in out and "daybook " in out

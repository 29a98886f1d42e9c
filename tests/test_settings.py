"""Settings: defaults < settings file < environment < flags, each value with its origin."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from daybook.cli import main
from daybook.errors import SettingsError
from daybook.settings import (
    FIELDS,
    Settings,
    load_settings,
    open_archive,
    read_file,
    to_toml,
    write_settings,
)
from tests.conftest import ROOT


def test_defaults_with_nothing_around(tmp_path: Path) -> None:
    s = load_settings(env={}, cwd=tmp_path)
    assert s == Settings()
    assert s.db == "daybook.db" and s.translate == "apertium" and s.page_cache
    assert all(s.origin(f.key) == "default" for f in FIELDS)
    assert s.translation_cache() == "daybook.db.translations.sqlite"


def test_each_source_overrides_the_one_below(tmp_path: Path) -> None:
    (tmp_path / "daybook.toml").write_text(
        'db = "file.db"\ntranslate = "none"\npage_cache = false\nquery_max_steps = 5000\n')
    s = load_settings(env={}, cwd=tmp_path)
    assert (s.db, s.translate, s.page_cache, s.query_max_steps) == ("file.db", "none", False,
                                                                    5000)
    where = str(tmp_path / "daybook.toml")
    assert s.origin("db") == where and s.origin("query_max_steps") == where
    assert s.origin("cache") == "default"

    env = {"DAYBOOK_DB": "env.db", "DAYBOOK_PAGE_CACHE": "1", "DAYBOOK_CACHE": "/c.sqlite",
           "UNRELATED": "x"}
    s = load_settings(env=env, cwd=tmp_path)
    assert (s.db, s.page_cache, s.translate) == ("env.db", True, "none")
    assert s.origin("db") == "env DAYBOOK_DB" and s.origin("translate") == where
    assert s.translation_cache() == "/c.sqlite"

    s = load_settings(env=env, cwd=tmp_path, flags={"db": "flag.db", "translate": None})
    assert s.db == "flag.db" and s.origin("db") == "flag --db"
    assert s.translate == "none" and s.origin("translate") == where


def test_pyproject_table_and_explicit_config(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.daybook]\ndb = "postgresql://h/archive"\n')
    s = load_settings(env={}, cwd=tmp_path)
    assert s.db == "postgresql://h/archive"
    assert s.origin("db") == str(tmp_path / "pyproject.toml")
    assert s.translation_cache() is None  # nowhere beside a server archive
    # daybook.toml wins over pyproject.toml; --config over both.
    (tmp_path / "daybook.toml").write_text('db = "own.db"\n')
    assert load_settings(env={}, cwd=tmp_path).db == "own.db"
    other = tmp_path / "site.toml"
    other.write_text('translate = "http://127.0.0.1:5000"\n')
    s = load_settings(config=other, env={}, cwd=tmp_path)
    assert s.db == "daybook.db" and s.translate == "http://127.0.0.1:5000"
    # A pyproject.toml without the table is not a settings file.
    (tmp_path / "daybook.toml").unlink()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_settings(env={}, cwd=tmp_path) == Settings()


@pytest.mark.parametrize(("text", "message"), [
    ('dbb = "x"\n', "unknown setting(s) dbb"),
    ("page_cache = 3\n", "page_cache = 3 has the wrong type"),
    ("query_max_steps = 0\n", "query_max_steps: 0 is not a positive whole number"),
    ("db = \n", "cannot read the settings"),
])
def test_bad_files_name_the_file_and_the_problem(tmp_path: Path, text: str,
                                                  message: str) -> None:
    path = tmp_path / "daybook.toml"
    path.write_text(text)
    with pytest.raises(SettingsError, match="E600") as info:
        load_settings(env={}, cwd=tmp_path)
    assert str(path) in str(info.value) and message in str(info.value)


def test_bad_environment_and_missing_config(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"\$DAYBOOK_PAGE_CACHE: page_cache: 'maybe'"):
        load_settings(env={"DAYBOOK_PAGE_CACHE": "maybe"}, cwd=tmp_path)
    with pytest.raises(SettingsError, match="settings file not found"):
        load_settings(config=tmp_path / "nope.toml", env={})
    with pytest.raises(SettingsError, match="unknown setting"):
        Settings().merged({"colour": "red"}, "flag --colour")


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@given(db=texts.filter(bool), translate=texts, cache=st.none() | texts.filter(bool),
       page_cache=st.booleans(), key=st.none() | texts.filter(bool),
       steps=st.none() | st.integers(1, 10**12))
def test_a_written_file_reads_back_the_same(db: str, translate: str, cache: str | None,
                                            page_cache: bool, key: str | None,
                                            steps: int | None) -> None:
    s = Settings(db=db, translate=translate, cache=cache, page_cache=page_cache,
                 libretranslate_key=key, query_max_steps=steps)
    import tomllib

    data = tomllib.loads(to_toml(s))
    assert Settings().merged(data, "file") == s


def test_write_settings_is_private(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    write_settings(Settings(libretranslate_key="secret"), path)
    assert path.stat().st_mode & 0o077 == 0
    assert read_file(path)["libretranslate_key"] == "secret"


def test_query_max_steps_reaches_the_store(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The setting bounds the searches of a store opened from the settings."""
    from daybook.store import sqlite_search
    from tests.conftest import DIGEST_SAMPLE

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DAYBOOK_QUERY_MAX_STEPS", raising=False)
    monkeypatch.setattr(sqlite_search, "PROGRESS_STEPS", 1)  # the bound checked at each step
    db = str(tmp_path / "s.db")
    assert CliRunner().invoke(main, ["ingest", "-q", "--db", db, str(DIGEST_SAMPLE)]
                              ).exit_code == 0
    ok = CliRunner().invoke(main, ["search", "--db", db, "Poutine"])
    assert ok.exit_code == 0 and "event(s)" in ok.output
    (tmp_path / "daybook.toml").write_text("query_max_steps = 10\n")
    bounded = CliRunner().invoke(main, ["search", "--db", db, "Poutine"])
    assert bounded.exit_code == 1 and "too costly" in bounded.output
    store = open_archive(Settings(db=db, query_max_steps=10), read_only=True)
    try:
        from daybook.errors import QueryError
        from daybook.search import search

        with pytest.raises(QueryError, match="too costly"):
            search(store, "Poutine")
    finally:
        store.close()


def test_only_settings_reads_the_environment() -> None:
    """Nothing under src/ but settings.py reads or writes os.environ or calls getenv."""
    offenders = []
    for path in sorted((ROOT / "src" / "daybook").rglob("*.py")):
        if path.name == "settings.py" and path.parent.name == "daybook":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv",
                                                                  "putenv", "environb")):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


# -- daybook config ----------------------------------------------------------------------


def _config(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner(env=env).invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_config_command_says_where_each_value_comes_from(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for spec in FIELDS:
        if spec.env:
            monkeypatch.delenv(spec.env, raising=False)
    (tmp_path / "daybook.toml").write_text('db = "file.db"\nlibretranslate_key = "k-123"\n')
    env = {"DAYBOOK_TRANSLATE": "none"}
    out = _config(tmp_path, "config", "--format", "json", env=env)
    data = json.loads(out)
    assert data["db"] == {"value": "file.db", "from": str(tmp_path / "daybook.toml")}
    assert data["translate"] == {"value": "none", "from": "env DAYBOOK_TRANSLATE"}
    assert data["page_cache"] == {"value": True, "from": "default"}
    assert data["libretranslate_key"]["value"] == "***"  # never printed
    assert "k-123" not in out

    out = _config(tmp_path, "config", "--db", "flag.db", env=env)
    lines = {line.split()[0]: line for line in out.splitlines()}
    assert lines["db"].split()[1:] == ['"flag.db"', "flag", "--db"]
    assert lines["translate"].endswith("env DAYBOOK_TRANSLATE")

    other = tmp_path / "other.toml"
    other.write_text("page_cache = false\n")
    out = _config(tmp_path, "--config", str(other), "config", "--format", "toml")
    assert out == 'db = "daybook.db"\ntranslate = "apertium"\npage_cache = false\n'


def test_config_errors_are_cli_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "daybook.toml").write_text('colour = "red"\n')
    result = CliRunner().invoke(main, ["events"])
    assert result.exit_code == 1
    assert "daybook.toml: unknown setting(s) colour" in result.output and "[E600]" in result.output


def test_cli_takes_the_archive_from_the_settings_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import DIGEST_SAMPLE

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DAYBOOK_DB", raising=False)
    (tmp_path / "daybook.toml").write_text('db = "from-file.db"\n')
    result = CliRunner().invoke(main, ["ingest", "-q", str(DIGEST_SAMPLE)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "from-file.db").exists() and not (tmp_path / "daybook.db").exists()
    result = CliRunner(env={"DAYBOOK_DB": str(tmp_path / "none.db")}).invoke(
        main, ["db", "info"])
    # The environment wins over the file: the archive it names does not exist.
    assert result.exit_code == 1 and "none.db: no database at this path" in result.output

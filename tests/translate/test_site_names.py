"""The site's French pages use the publisher's name forms (``names_fr``), as ``daybook day
--lang fr`` does, from the same cached translations."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from daybook.cli import main
from daybook.settings import Settings
from tests.conftest import FIXTURES

PAGE = FIXTURES / "kremlin-en-2019" / "news" / "59846.html"
DATE = "2019-02-16"
EVENT = "kremlin:59846"


def test_the_site_honours_the_publishers_name_forms(
    apertium_ok: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    monkeypatch.delenv("DAYBOOK_CACHE", raising=False)
    monkeypatch.delenv("DAYBOOK_TRANSLATE", raising=False)
    names = tmp_path / "names_fr.tsv"
    names.write_text("# the publisher’s forms\nEmmanuel Macron\tE. Macron\n", "utf-8")
    db = str(tmp_path / "site.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(PAGE)]).exit_code == 0
    env = {"DAYBOOK_NAMES_FR": str(names)}
    made = runner.invoke(main, ["day", DATE, "--db", db, "--lang", "fr", "--format", "text"],
                         env=env)
    assert made.exit_code == 0, made.output
    assert "E. Macron" in made.stdout and "Emmanuel Macron" not in made.stdout

    with TestClient(create_app(Settings(db=db, names_fr=str(names)))) as c:
        digest = c.get(f"/day/{DATE}.txt", params={"lang": "fr"})
        assert digest.status_code == 200
        assert digest.text == made.stdout
        page = c.get(f"/event/{EVENT}", params={"lang": "fr"}).text
        assert "E. Macron" in page and "Emmanuel Macron" not in page

    # Without the setting the same cached translations give the usual forms.
    with TestClient(create_app(Settings(db=db))) as c:
        digest = c.get(f"/day/{DATE}.txt", params={"lang": "fr"})
        assert digest.status_code == 200
        assert "Emmanuel Macron" in digest.text and "E. Macron" not in digest.text

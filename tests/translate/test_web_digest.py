"""The web site offers a day's French digest once the CLI has translated it, and never runs
an engine itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from daybook.cli import main
from tests.conftest import FIXTURES

PAGE = FIXTURES / "kremlin-en-2019" / "news" / "59846.html"
DATE = "2019-02-16"


def test_french_digest_is_offered_once_translated(
    apertium_ok: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    monkeypatch.delenv("DAYBOOK_CACHE", raising=False)
    monkeypatch.delenv("DAYBOOK_TRANSLATE", raising=False)
    db = str(tmp_path / "site.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(PAGE)]).exit_code == 0

    with TestClient(create_app(db)) as c:
        page = c.get(f"/day/{DATE}").text
        assert "lang=fr" not in page  # nothing translated yet: nothing offered
        # The site does not translate on request: no French text exists yet.
        assert c.get(f"/day/{DATE}.txt", params={"lang": "fr"}).status_code == 404

    made = runner.invoke(main, ["day", DATE, "--db", db, "--lang", "fr", "--format", "text"])
    assert made.exit_code == 0, made.output

    with TestClient(create_app(db)) as c:
        page = c.get(f"/day/{DATE}").text
        assert f"/day/{DATE}.txt?lang=fr" in page
        digest = c.get(f"/day/{DATE}.txt", params={"lang": "fr"})
        assert digest.status_code == 200
        assert digest.text == made.output
        assert "Traduction automatique" in digest.text and "apertium" in digest.text
        assert "16 février 2019" in digest.text

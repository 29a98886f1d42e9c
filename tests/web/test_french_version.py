"""An event translated by the CLI has a French page on the site, linked to and from the
original, in a French frame, with the machine-translation notice; the site runs no engine."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from daybook.cli import main
from tests.conftest import FIXTURES
from tests.translate.conftest import apertium_ok  # noqa: F401  (the fixture)

PAGE = FIXTURES / "kremlin-en-2019" / "news" / "59846.html"
EVENT = "/event/kremlin:59846"


@pytest.mark.usefixtures("apertium_ok")
def test_french_event_page_from_the_translation_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    monkeypatch.delenv("DAYBOOK_CACHE", raising=False)
    monkeypatch.delenv("DAYBOOK_TRANSLATE", raising=False)
    db = str(tmp_path / "site.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--db", db, str(PAGE)]).exit_code == 0
    with TestClient(create_app(db)) as c:
        # Nothing translated yet: no French page offered, and none made on request.
        assert "fr-version" not in c.get(EVENT).text
        page = lxml.html.fromstring(c.get(EVENT, params={"lang": "fr"}).text)
        assert not page.xpath("//p[@class='notice']")

    made = runner.invoke(main, ["day", "2019-02-16", "--db", db, "--lang", "fr"])
    assert made.exit_code == 0, made.output

    with TestClient(create_app(db)) as c:
        original = lxml.html.fromstring(c.get(EVENT, params={"ui": "en"}).text)
        link = original.xpath("//a[@class='fr-version']/@href")
        assert link == [f"{EVENT}?lang=fr&ui=en"]
        french = lxml.html.fromstring(c.get(EVENT, params={"lang": "fr"}).text)
        assert french.xpath("/html/@lang") == ["fr"]  # the frame follows the text
        assert "Conversation téléphonique" in french.xpath("string(//h1)")
        notice = french.xpath("string(//p[@class='notice'])")
        assert "Traduction automatique" in notice and "apertium" in notice
        back = french.xpath("//p[@class='languages']/a")
        assert back[0].get("href") == f"{EVENT}?lang=en"
        assert "Version originale (anglais)" in back[0].text_content()
        # The tags stay as the source wrote them, and say in which language.
        assert french.xpath("//section[@class='tags']//a/@lang") == ["en", "en"]
        cite = lxml.html.fromstring(c.get(f"{EVENT}/cite", params={"lang": "fr",
                                                                   "block": "0"}).text)
        assert "Traduction automatique" in cite.xpath("string(//p[@class='notice'])")

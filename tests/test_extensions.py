"""Entry points: a third-party distribution adds a source, a day format and an engine.

The distribution is real as far as importlib.metadata can tell: a package and its
``.dist-info`` (METADATA, entry_points.txt) in a directory put on sys.path.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.errors import ExtensionError
from daybook.publish.formats import FORMATS, format_names, render_day
from daybook.sources.registry import SOURCES, detect_reader, walk_suffixes
from daybook.translate.engines import ENGINES, get_engine
from tests.conftest import DIGEST_SAMPLE, ROOT

PACKAGE = '''
from daybook.publish.formats import DayFormat


def render(day):
    return "".join(f"{e.number}. {e.title.upper()}\\n" for e in day.events)


FORMAT = DayFormat("upper", "Upper case", "text/plain; charset=utf-8", "up", render)


class Echo:
    name = "echo"

    def __init__(self, spec, settings):
        self.spec = spec
        self.db = settings.db if settings else None

    def supports(self, src, dst):
        return True

    def translate(self, texts, src, dst):
        return [f"[{dst}] {t}" for t in texts]
'''

SOURCE = '''
import datetime as dt

from daybook.model import Event
from daybook.parsers import Parsed

SUFFIXES = (".up",)


def detect(doc):
    return doc.text.startswith("UPPERDAY ")


def read(doc):
    date = dt.date.fromisoformat(doc.text.split()[1])
    titles = doc.text.splitlines()[1:]
    return Parsed(events=tuple(
        Event(id=f"upper:{n}", title=t, kind="other", date=date, language="en")
        for n, t in enumerate(titles, 1)))
'''


def make_distribution(root: Path, entry_points: str, name: str = "daybook_upper") -> Path:
    pkg = root / name
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(PACKAGE)
    (pkg / "source.py").write_text(SOURCE)
    info = root / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(textwrap.dedent(entry_points))
    return root


ENTRY_POINTS = """
    [daybook.formats]
    upper = daybook_upper:FORMAT

    [daybook.engines]
    echo = daybook_upper:Echo

    [daybook.sources]
    upper = daybook_upper.source
"""


def _reload() -> None:
    for registry in (SOURCES, FORMATS, ENGINES):
        registry.reload()


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = make_distribution(tmp_path / "site", ENTRY_POINTS)
    monkeypatch.syspath_prepend(str(root))
    _reload()
    yield root
    monkeypatch.undo()
    sys.modules.pop("daybook_upper", None)
    sys.modules.pop("daybook_upper.source", None)
    _reload()


def test_nothing_extra_without_the_distribution() -> None:
    _reload()
    assert format_names() == ("text", "md", "html", "json")
    assert "upper" not in [r.name for r in SOURCES.entries().values()]
    assert ENGINES.get("echo") is None


def test_registered_format_engine_and_source(installed: Path, tmp_path: Path) -> None:
    from daybook.model import Day, Event
    from daybook.settings import Settings
    from daybook.sources.document import document_from_text

    assert format_names()[-1] == "upper"
    day = Day(dt.date(2023, 11, 8), (Event("x:1", "A meeting", "meeting",
                                           dt.date(2023, 11, 8), "en"),)).numbered()
    assert render_day(day, "upper") == "1. A MEETING\n"

    engine = get_engine("echo", Settings(db="a.db"))
    assert engine is not None and engine.translate(["Hello."], "en", "fr") == ["[fr] Hello."]
    assert engine.db == "a.db"  # the engine is given the settings

    reader = detect_reader(document_from_text("UPPERDAY 2023-11-08\nOne\nTwo\n", "x.up"))
    assert reader.name == "upper"
    assert [e.id for e in reader.read(document_from_text(
        "UPPERDAY 2023-11-08\nOne\nTwo\n")).events] == ["upper:1", "upper:2"]
    assert ".up" in walk_suffixes()


def test_site_offers_the_format(installed: Path, tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from daybook.ingest import ingest_paths
    from daybook.store import open_store
    from daybook.web.app import create_app

    db = tmp_path / "site.db"
    store = open_store(db)
    ingest_paths(store, [DIGEST_SAMPLE], workers=1)
    store.close()
    with TestClient(create_app(db)) as client:
        page = client.get("/day/2023-11-08")
        assert page.status_code == 200
        assert 'href="/day/2023-11-08.up"' in page.text and "Upper case" in page.text
        download = client.get("/day/2023-11-08.up")
        assert download.status_code == 200
        assert download.text.startswith("1. INTERVIEW AU JOURNAL KAZAKHSTANSKAYA PRAVDA")
        assert client.get("/day/2023-11-08.nope").status_code == 404


def test_cli_sees_the_extension(tmp_path: Path) -> None:
    """A fresh process: the CLI's choices and the directory walk come from the registry."""
    root = make_distribution(tmp_path / "site", ENTRY_POINTS)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(ROOT / "src"),
                                                        str(ROOT)])}
    env.pop("DAYBOOK_DB", None)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "day.up").write_text("UPPERDAY 2023-11-08\nFirst thing\nSecond thing\n")

    def daybook(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "daybook.cli", *args], env=env,
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert "text|md|html|json|upper" in daybook("day", "--help").replace(" ", "").replace(
        "\n", "")
    daybook("ingest", "--db", "x.db", str(docs))
    assert daybook("day", "2023-11-08", "--db", "x.db", "--format", "upper") == (
        "1. FIRST THING\n2. SECOND THING\n")


def test_a_name_daybook_has_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_distribution(tmp_path / "site", """
        [daybook.formats]
        json = daybook_upper:FORMAT
    """)
    monkeypatch.syspath_prepend(str(root))
    FORMATS.reload()
    try:
        with pytest.raises(ExtensionError, match=r"'json' = 'daybook_upper:FORMAT' of group "
                           r"daybook.formats reuses a name daybook already has \(.*\) \[E601\]"):
            format_names()
    finally:
        monkeypatch.undo()
        FORMATS.reload()


def test_a_broken_extension_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_distribution(tmp_path / "site", """
        [daybook.engines]
        gone = daybook_upper.missing:factory

        [daybook.formats]
        wrong = daybook_upper:Echo
    """)
    monkeypatch.syspath_prepend(str(root))
    _reload()
    try:
        with pytest.raises(ExtensionError, match=r"'gone' = 'daybook_upper\.missing:factory'.*"
                           r"cannot be loaded: No module named 'daybook_upper\.missing'"):
            get_engine("apertium")
        with pytest.raises(ExtensionError, match=r"'wrong'.*is not a daybook\.publish\.formats"):
            format_names()
    finally:
        monkeypatch.undo()
        sys.modules.pop("daybook_upper", None)
        _reload()

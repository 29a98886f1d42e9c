"""Crash safety: `daybook ingest` killed with SIGKILL at random moments never leaves a
half-written event, and a final uninterrupted run ends where a clean run does.

Between kills a few pages are edited, so some runs are killed while writing revisions.
Seeded, so a failure replays. SQLite takes 50 kills; PostgreSQL (client killed, server
rolls back) a few.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from daybook.store import Store, open_store
from tests.archive_checks import archive_problems, current_hashes
from tests.conftest import FIXTURES, SAMPLES, backends

pytestmark = [pytest.mark.slow, pytest.mark.crash]

SEED = 20240501
CORPUS_PAGES = 120
KILLS = {"sqlite": 50, "postgres": 6}


def _corpus(dest: Path) -> Path:
    """Event pages and listings to ingest: the sample set's, else fixtures with new ids."""
    news = SAMPLES / "kremlin-en-2019" / "news"
    dest.mkdir()
    if news.is_dir():
        pages = sorted(news.glob("*.html"))[:CORPUS_PAGES]
        for p in pages:
            shutil.copy(p, dest / p.name)
        listings = sorted((news / "by-date").glob("*.html"))[:5]
        (dest / "by-date").mkdir()
        for p in listings:
            shutil.copy(p, dest / "by-date" / p.name)
        return dest
    pages = sorted((FIXTURES / "kremlin-en-2019" / "news").glob("*.html"))
    for copy in range(CORPUS_PAGES // max(1, len(pages)) + 1):
        for p in pages:
            text = p.read_text("utf-8")
            new_id = f"9{copy:02d}{p.stem}"
            (dest / f"{new_id}.html").write_text(
                re.sub(rf"/news/{p.stem}\b", f"/news/{new_id}", text), "utf-8")
    return dest


def _edit(corpus: Path, rng: random.Random, n: int) -> None:
    """Change a paragraph in a few pages so that the next run writes revisions."""
    pages = sorted(corpus.glob("*.html"))
    for p in rng.sample(pages, min(3, len(pages))):
        text = p.read_text("utf-8")
        text = re.sub(r" Crash edit \d+\.</p>", "</p>", text, count=1)
        # The first paragraph of the event's own text, not of the page's furniture.
        at = text.find("</p>", max(0, text.find("read__internal_content")))
        if at >= 0:
            text = f"{text[:at]} Crash edit {n}.{text[at:]}"
        p.write_text(text, "utf-8")


def _ingest(db: str, files: list[Path]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "daybook.cli", "ingest", "--quiet", "--db", db,
         *map(str, files)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )


@pytest.fixture(params=backends())
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        yield "sqlite", str(tmp_path / "crash.db")
    else:
        from tests import pg

        yield "postgres", pg.fresh_database(request)


def _check(db: str) -> list[str]:
    store = open_store(db)
    try:
        return archive_problems(store)
    finally:
        store.close()


def _sqlite_integrity(db: str) -> str:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_kill_minus_nine_never_leaves_a_half_written_event(
    location: tuple[str, str], tmp_path: Path
) -> None:
    backend, db = location
    rng = random.Random(SEED)
    corpus = _corpus(tmp_path / "corpus")
    # Kill moments scale with how long a whole run takes on this machine.
    started = time.monotonic()
    _ingest(str(tmp_path / "timing.db"), sorted(corpus.rglob("*.html"))).wait(timeout=300)
    run_time = time.monotonic() - started
    killed = 0
    for n in range(KILLS[backend]):
        if n % 3 == 2:
            _edit(corpus, rng, n)
        # Files in a new order each run (named files are read as given), so the batch that
        # commits first holds different pages, and edited pages come up early or late.
        files = sorted(corpus.rglob("*.html"))
        rng.shuffle(files)
        proc = _ingest(db, files)
        time.sleep(rng.uniform(0.05, 1.1) * run_time)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(timeout=60)
        if backend == "sqlite" and Path(db).exists():
            assert _sqlite_integrity(db) == "ok", f"after kill {n}"
        if Path(db).exists() or backend == "postgres":
            assert _check(db) == [], f"after kill {n}"
    assert killed >= KILLS[backend] // 3, "the runs ended before the kills"

    # One whole run, then one more edit: the final run writes revisions whatever the kills
    # hit, so the check below does not depend on how fast this machine is.
    assert _ingest(db, sorted(corpus.rglob("*.html"))).wait(timeout=300) == 0
    _edit(corpus, rng, KILLS[backend])
    final = subprocess.run(
        [sys.executable, "-m", "daybook.cli", "ingest", "--quiet", "--db", db, str(corpus)],
        capture_output=True, text=True, timeout=300,
    )
    assert final.returncode == 0, final.stderr[-2000:]
    assert _check(db) == []

    clean_db = str(tmp_path / "clean.db")
    clean = subprocess.run(
        [sys.executable, "-m", "daybook.cli", "ingest", "--quiet", "--db", clean_db,
         str(corpus)], capture_output=True, text=True, timeout=300,
    )
    assert clean.returncode == 0, clean.stderr[-2000:]
    crashed: Store = open_store(db)
    reference: Store = open_store(clean_db)
    try:
        got, want = current_hashes(crashed), current_hashes(reference)
        assert len(got) == len(want) > 0
        assert got == want
        # With 50 kills the edited pages were stored in several versions, each one whole.
        if backend == "sqlite":
            assert crashed.info().revisions > reference.info().revisions
    finally:
        crashed.close()
        reference.close()

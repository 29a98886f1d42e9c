"""``daybook fetch`` killed with SIGKILL mid-run, then run again: nothing lost, nothing
fetched or captured twice but the exchange in flight at each kill."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from daybook.store import open_store
from tests.conftest import ROOT, SAMPLES
from tests.fetch.helpers import export, ingest_from_disk
from tests.fetch.site_server import SiteServer

pytestmark = [pytest.mark.slow, pytest.mark.crash,
              pytest.mark.skipif(not (SAMPLES / "kremlin-en-2019").is_dir(),
                                 reason="needs ../shared/samples/kremlin-en-2019")]
KILLS = 4
SEED = 20191105


def _fetch(server: SiteServer, tmp: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=f"{ROOT / 'src'}{os.pathsep}{ROOT}")
    return subprocess.Popen(
        [sys.executable, "-m", "daybook.cli", "fetch", "--from", "2019-05-01", "--to",
         "2019-05-31", "--site", f"en={server.url}", "--delay", "0.01", "--quiet",
         "--db", str(tmp / "fetch.db"), "--archive", str(tmp / "warc")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_kill_9_then_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    with SiteServer() as server:
        for _ in range(KILLS):
            before = len(server.state.hits)
            proc = _fetch(server, tmp_path)
            target = before + rng.randint(5, 40)
            deadline = time.monotonic() + 60
            while len(server.state.hits) < target and proc.poll() is None:
                assert time.monotonic() < deadline, "the fetch made no progress"
                time.sleep(0.002)
            time.sleep(rng.random() * 0.02)  # anywhere in the next exchange
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        final = _fetch(server, tmp_path)
        _, err = final.communicate(timeout=300)
        assert final.returncode == 1, err  # the four 404 pages of the month stay partial
        hits = list(server.state.hits)
        served = server.served_files()
    store = open_store(tmp_path / "fetch.db")
    try:
        # Nothing lost: the same export as ingesting the served files from disk.
        assert export(store) == ingest_from_disk(served, tmp_path)
        # Nothing captured twice: one good capture per URL (robots.txt is read each run).
        good = Counter(row.url for row in store.captures.all()
                       if row.status == 200 and not row.url.endswith("/robots.txt"))
        assert good and max(good.values()) == 1
        # Nothing fetched twice but what was in flight at a kill (404 pages are retried
        # by each run, robots.txt is read once per run).
        again = Counter(h.path for h in hits if h.status == 200 and h.path != "/robots.txt")
        assert sum(n - 1 for n in again.values()) <= KILLS
        days = {d.date.isoformat(): d.state for d in store.captures.days("en")}
        assert len(days) == 31
        assert sum(state == "complete" for state in days.values()) == 27
    finally:
        store.close()

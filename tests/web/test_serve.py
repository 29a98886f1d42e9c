"""`daybook serve --workers 2`: each worker process gets the settings, not the environment."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.mark.parametrize("page_cache", [False, True])
def test_workers_serve_the_archive_named_in_a_settings_file(web_db: Path, tmp_path: Path,
                                                            page_cache: bool) -> None:
    """With the page cache, the workers share their pages in a directory that lives as
    long as the server."""
    config = tmp_path / "site.toml"
    config.write_text(f'db = "{web_db}"\npage_cache = {str(page_cache).lower()}\n')
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DAYBOOK_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    temp = tmp_path / "temp"
    temp.mkdir()
    env["TMPDIR"] = str(temp)
    proc = subprocess.Popen(
        [sys.executable, "-m", "daybook.cli", "--config", str(config), "serve",
         "--workers", "2", "--port", str(port), "--no-access-log"],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 90
        body = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/days",
                                            timeout=5) as r:
                    body = r.read().decode()
                    break
            except OSError:
                assert proc.poll() is None, proc.communicate()[0]
                time.sleep(0.3)
        assert '"2023-11-08"' in body
        seen = set()
        for _ in range(40):  # both workers answer, each with the archive from the file
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/day/2023-11-08",
                                        timeout=10) as r:
                assert r.status == 200
                seen.add(r.headers.get("etag"))
        assert len(seen) == 1
        assert len(list(temp.glob("daybook-pages-*"))) == int(page_cache)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out = proc.communicate(timeout=30)[0]
        except subprocess.TimeoutExpired:
            proc.kill()
            out = proc.communicate()[0]
    assert out.count("Started server process") == 2, out
    assert not list(temp.glob("daybook-pages-*"))


def test_a_served_app_makes_its_costliest_pages_before_its_first_visitor(web_db: Path) -> None:
    """warm=True (what `daybook serve` builds): before the first request the app has asked
    itself for a page of each kind, all answered, the whole-archive ones kept."""
    from starlette.testclient import TestClient

    from daybook.web.app import create_app

    app = create_app(web_db, warm=True)
    site = app.state.site
    assert site.page_bytes() == 0
    with TestClient(app) as client:
        warmed = app.state.warmed
        assert {"/", "/feed.atom", "/calendar.ics"} <= set(warmed)
        assert any(p.startswith("/event/") for p in warmed)
        assert set(warmed.values()) == {200}, warmed
        kept = site.page_bytes()
        assert kept > 0
        # Served from what the warm-up kept: nothing new is made.
        assert client.get("/calendar.ics").status_code == 200
        assert site.page_bytes() == kept


@pytest.mark.parametrize("threads", [None, 3])
def test_render_threads_bound_the_pages_made_at_once(web_db: Path, threads: int | None) -> None:
    # A burst of first makes shares the GIL: few threads finish in turn, many finish late
    # together (bench/load_web.py, cold p95).
    from anyio import to_thread
    from starlette.testclient import TestClient

    from daybook.settings import Settings
    from daybook.web.app import RENDER_THREADS, create_app

    app = create_app(Settings(db=str(web_db), render_threads=threads))
    with TestClient(app) as client:
        assert client.get("/").status_code == 200
        tokens = client.portal.call(
            lambda: to_thread.current_default_thread_limiter().total_tokens)
    assert tokens == (threads or RENDER_THREADS)

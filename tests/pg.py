"""A throwaway PostgreSQL cluster for the test session, and a fresh database per test.

The cluster lives in a temp dir (trust auth, 127.0.0.1 on a free port, its unix socket in the
same dir) and stops at session end. Each test gets ``CREATE DATABASE ... TEMPLATE`` of a
database that already has the migrations applied, which takes milliseconds. As root, initdb
and pg_ctl run as the ``postgres`` OS user (PostgreSQL refuses to run as root).

In CI (env ``CI`` set) missing server binaries are an error, not a skip: the suite must run
on both backends there.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

# Debian's server packages put the binaries here (postgresql-15 on bookworm).
BIN_GLOB = "/usr/lib/postgresql/*/bin"
DEBIAN_PACKAGES = "postgresql postgresql-contrib"
TEMPLATE = "daybook_template"


def bin_dir() -> Path | None:
    found = [
        Path(d)
        for d in sorted(glob.glob(BIN_GLOB), key=_version_key, reverse=True)
        if (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists()
    ]
    return found[0] if found else None


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parent.name
    return tuple(int(x) for x in part.split(".") if x.isdigit())


def available() -> bool:
    """True when a PostgreSQL server can be started here; in CI, raise if it cannot."""
    found = bin_dir() is not None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        found = False
    if not found and os.environ.get("CI"):
        raise RuntimeError(
            "CI must test the PostgreSQL backend but no server was found under "
            f"{BIN_GLOB} (or psycopg is missing): apt-get install -y {DEBIAN_PACKAGES} "
            "and pip install -e '.[dev]'"
        )
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    as_user: str | None

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str) -> None:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        # Durability is not under test here (crash tests kill the client, not the server).
        opts = (f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
        self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "log"),
                  "-w", "-t", "60", "start")

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError, OSError, subprocess.SubprocessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


_cluster: Cluster | None = None
_lock = threading.Lock()
_names = itertools.count()


def cluster() -> Cluster:
    """The session's cluster, started on first use, with a migrated template database."""
    global _cluster
    with _lock:
        if _cluster is not None:
            return _cluster
        if not available():
            pytest.skip("no PostgreSQL server binaries (apt-get install postgresql)")
        bindir = bin_dir()
        assert bindir is not None
        root = Path(tempfile.mkdtemp(prefix="daybook-pg-"))
        as_user = None
        if os.geteuid() == 0:
            as_user = "postgres"
            shutil.chown(root, user=as_user)
        c = Cluster(bindir, root, _free_port(), as_user)
        c.start()
        atexit.register(c.stop)
        _make_template(c)
        _cluster = c
        return c


def _admin(c: Cluster, sql: str) -> None:
    import psycopg

    with psycopg.connect(c.url("postgres"), autocommit=True) as conn:
        conn.execute(sql.encode())


def _make_template(c: Cluster) -> None:
    from daybook.store.postgres import PostgresStore

    _admin(c, f"CREATE DATABASE {TEMPLATE}")
    PostgresStore(c.url(TEMPLATE)).close()
    _admin(c, f"ALTER DATABASE {TEMPLATE} WITH IS_TEMPLATE true")


def fresh_database(request: pytest.FixtureRequest | None = None, *, empty: bool = False) -> str:
    """URL of a new database with the schema applied (``empty``: no schema at all).

    With a pytest request the database is dropped when the test ends.
    """
    c = cluster()
    name = f"t{os.getpid()}_{next(_names)}"
    _admin(c, f"CREATE DATABASE {name} TEMPLATE {'template0' if empty else TEMPLATE}")
    if request is not None:
        request.addfinalizer(lambda: _admin(c, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    return c.url(name)

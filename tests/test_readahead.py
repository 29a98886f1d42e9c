"""Worker processes read ahead of the writer: order kept, bounded, no file lost to a crash."""

from __future__ import annotations

import os
import time
from pathlib import Path

from daybook.readahead import ReadAhead

MAIN_PID = os.getpid()


def whoami(path: Path) -> tuple[str, int]:
    return path.name, os.getpid()


def die_on_seven(path: Path) -> tuple[str, int]:
    # A worker crashes hard (as under the OOM killer) on one file; the writer survives.
    if path.name == "7" and os.getpid() != MAIN_PID:
        os._exit(3)
    return path.name, os.getpid()


def files(n: int) -> list[Path]:
    return [Path(str(i)) for i in range(n)]


def test_results_come_in_the_files_order_from_the_workers() -> None:
    for workers in (2, 3):
        got = list(ReadAhead(whoami, files(101), workers, chunk=4, depth=2))
        assert [name for name, _ in got] == [str(i) for i in range(101)]
        pids = {pid for _, pid in got}
        assert MAIN_PID not in pids
        assert len(pids) == workers


def test_a_dead_worker_loses_no_file() -> None:
    got = list(ReadAhead(die_on_seven, files(60), 2, chunk=4, depth=2))
    assert [name for name, _ in got] == [str(i) for i in range(60)]
    # The crashed worker's chunks (4-7 and those queued behind it) were read here, and
    # the surviving worker read the rest.
    by_file = dict(got)
    assert by_file["4"] == by_file["7"] == MAIN_PID
    assert by_file["59"] != MAIN_PID
    assert len({pid for _, pid in got} - {MAIN_PID}) == 1


def test_read_ahead_is_bounded() -> None:
    ahead = ReadAhead(whoami, files(10_000), 2, chunk=4, depth=3)
    stream = iter(ahead)
    next(stream)
    # Two workers, three chunks each, plus the one sent when the first was taken.
    assert ahead._sent == 2 * 3 + 1
    ahead.close()


def test_stopping_early_ends_the_workers_at_once() -> None:
    ahead = ReadAhead(whoami, files(10_000), 2, chunk=4, depth=4)
    procs = [w.process for w in ahead._workers]
    stream = iter(ahead)
    for _ in range(10):
        next(stream)
    start = time.monotonic()
    ahead.close()
    assert time.monotonic() - start < 0.9  # no join timeout: the workers saw the stop
    assert not any(p.is_alive() for p in procs)
    assert all(p.exitcode == 0 for p in procs)

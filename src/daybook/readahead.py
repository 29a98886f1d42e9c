"""Read files in worker processes while the caller writes, in the files' order.

A ``multiprocessing.Pool`` moves every task and result through helper threads of the
writing process, which then compete with the writer for the interpreter lock. Here each
worker has its own pair of pipes and the writer reads results itself: chunk n goes to
worker n mod W, so results come back in order without sorting. A worker that dies leaves
its chunks to the writer, which reads them itself: a crash loses no file.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    tasks: Connection
    results: Connection
    alive: bool = True


def _serve(read: Callable[[Path], object], tasks: Connection, results: Connection,
           inherited: list[Connection]) -> None:
    # Ctrl-C goes to the whole process group: the writer stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for conn in inherited:  # the writer's ends of the pipes, copied by fork
        conn.close()
    while True:
        try:
            chunk = tasks.recv()
        except (EOFError, OSError):
            return
        if chunk is None:  # stop: EOF alone is not enough, the other workers hold the pipe
            return
        try:
            results.send([read(path) for path in chunk])
        except OSError:  # the writer has stopped listening
            return


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class ReadAhead(Generic[T]):
    """``read`` over ``files`` in ``workers`` processes, yielded in the files' order.

    At most ``depth`` chunks of ``chunk`` files wait per worker, so memory stays bounded
    however much faster the workers read than the caller consumes. ``read`` must not
    raise, and must be a module-level function when processes are spawned.
    """

    def __init__(self, read: Callable[[Path], T], files: Iterable[Path], workers: int, *,
                 chunk: int = 4, depth: int = 8) -> None:
        self.read = read
        self.depth = depth
        self._chunks = batches(files, chunk)
        # Fork where there is fork: the workers start with the parsers already imported.
        fork = "fork" in multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if fork else None)
        self._workers: list[_Worker] = []
        for _ in range(workers):
            task_out, task_in = ctx.Pipe(duplex=False)
            result_out, result_in = ctx.Pipe(duplex=False)
            # A forked worker holds copies of the writer's ends of its own pipes and of the
            # earlier workers' pipes: it closes them, so that when the writer closes its
            # end the pipe really ends.
            inherited = [task_in, result_out] + [
                c for w in self._workers for c in (w.tasks, w.results)] if fork else []
            proc = ctx.Process(target=_serve, args=(read, task_out, result_in, inherited),
                               daemon=True)
            proc.start()
            task_out.close()
            result_in.close()
            self._workers.append(_Worker(proc, task_in, result_out))
        # (worker index or None for "read here", chunk), in the files' order.
        self._pending: deque[tuple[int | None, list[Path]]] = deque()
        self._sent = 0

    def __iter__(self) -> Iterator[T]:
        try:
            for _ in range(len(self._workers) * self.depth):
                if not self._submit():
                    break
            while self._pending:
                index, chunk = self._pending.popleft()
                results = self._receive(index, chunk)
                self._submit()
                yield from results
        finally:
            self.close()

    def _submit(self) -> bool:
        chunk = next(self._chunks, None)
        if chunk is None:
            return False
        alive = [i for i, w in enumerate(self._workers) if w.alive]
        index = alive[self._sent % len(alive)] if alive else None
        self._sent += 1
        if index is not None:
            try:
                self._workers[index].tasks.send(chunk)
            except OSError:
                self._workers[index].alive = False
                index = None
        self._pending.append((index, chunk))
        return True

    def _receive(self, index: int | None, chunk: list[Path]) -> list[T]:
        if index is not None and self._workers[index].alive:
            try:
                results: list[T] = self._workers[index].results.recv()
                return results
            except (EOFError, OSError):
                self._workers[index].alive = False
        return [self.read(path) for path in chunk]

    def close(self) -> None:
        """Stop the workers (idempotent)."""
        for w in self._workers:
            with contextlib.suppress(OSError):
                w.tasks.send(None)
            w.tasks.close()
            w.results.close()
        for w in self._workers:
            w.process.join(timeout=1)
            if w.process.is_alive():
                w.process.terminate()
                w.process.join()
        self._workers = []

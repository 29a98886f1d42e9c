"""Apertium's programs kept running: the modes' pipelines, an analyser, the tagger.

Loading a pair's data takes most of a short call, so each program chain is started once
per process and fed in null-flush mode (``_Pipeline``); ``close_pipelines`` stops them all.
``word_readings`` gives a word's readings by an analyser, ``tagged_units`` a line's units as
a mode's tagger reads them (for ``preedit``). Split from ``apertium.py``, which drives them.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import selectors
import shlex
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.translate.units import Unit, read_units

T = TypeVar("T")

PIVOT_PACKAGES = {"cat": ("apertium-eng-cat", "apertium-fra-cat"),
                  "spa": ("apertium-eng-spa", "apertium-fr-es")}


def remedy(pivot: str) -> str:
    return "install it: apt-get install -y apertium " + " ".join(PIVOT_PACKAGES[pivot])


def _one_shot(argv: list[str], data: bytes, timeout: float, pivot: str) -> bytes:
    """A small Apertium format filter, run once (it starts in milliseconds)."""
    try:
        done = subprocess.run(argv, input=data, capture_output=True, timeout=timeout,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EngineUnavailableError(f"cannot run {argv[0]}: {exc}",
                                     remedy=remedy(pivot)) from exc
    if done.returncode != 0:
        raise TranslationError(f"{argv[0]} failed (exit {done.returncode}): "
                               f"{done.stderr.decode('utf-8', 'replace').strip()[:300]}",
                               remedy=remedy(pivot))
    return done.stdout


# Apertium's stream specials (``\\`` before each), and what ``deformat`` leaves to the
# programs: "~" (apertium-destxt reads it as a blank), control characters but the line
# break, other blanks than the space.
_STREAM_SPECIAL = re.compile(r"([\[\]^$\\{}@/<>])")
_BLANKS = re.compile(r"[ \n]+")
_UNSURE = re.compile(r"[~\x00-\x09\x0b-\x1f\x7f-\x9f]|[^\S \n]")
# A stream as deformat makes them: escaped specials, blanks of spaces and line breaks in
# brackets, its sentence ends ".[]", other text.
_PIECE = r"\\([\[\]^$\\{}@/<>])|\.\[\]|\[([ \n]*)\]|[^\\\[\].]+|\."
_STREAM = re.compile(_PIECE)
_WHOLE_STREAM = re.compile(rf"(?:{_PIECE})*")


def _blank(m: re.Match[str]) -> str:
    run = m.group(0)
    # apertium-destxt ends a paragraph at two line breaks in a row ("\n \n" is no end)
    if "\n\n" in run or (m.end() == len(m.string) and "\n" in run):
        return ".[][" + run + "]"  # a paragraph's end: a sentence end for the programs
    return "[" + run + "]" if len(run) >= 2 or "\n" in run else run


def deformat(data: bytes, timeout: float, pivot: str) -> bytes:
    """``apertium-destxt``'s stream of ``data``, made here when ``data`` is text that ends
    with a line break and holds no character of ``_UNSURE`` (every text the engine sends:
    made the same on each character's class and on random texts, by
    tests/translate/test_processes_format.py), else by the program itself: one process
    less per exchange."""
    text = _decoded(data)
    if text is None or not text.endswith("\n") or _UNSURE.search(text):
        return _one_shot(["apertium-destxt"], data, timeout, pivot)
    return _BLANKS.sub(_blank, _STREAM_SPECIAL.sub(r"\\\1", text)).encode("utf-8")


def _piece(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return m.group(1)  # an escaped character
    if m.group(2) is not None:
        return m.group(2)  # a blank as it was
    return "" if m.group(0) == ".[]" else m.group(0)  # deformat's sentence end


def reformat(raw: bytes, timeout: float, pivot: str) -> bytes:
    """``apertium-retxt``'s text of a stream, made here like ``deformat``'s (a stream of
    the pieces deformat makes, without ``_UNSURE`` characters), else by the program."""
    text = _decoded(raw)
    if text is None or _UNSURE.search(text) or not _WHOLE_STREAM.fullmatch(text):
        return _one_shot(["apertium-retxt"], raw, timeout, pivot)
    return _STREAM.sub(_piece, text).encode("utf-8")


def _decoded(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


_PLAIN = re.compile(r"[^|$;&<>`()\\\n*?~]*")  # a command without shell syntax


class _Pipeline:
    """The programs of one or more Apertium modes, connected and kept running in
    null-flush mode: each call writes a text and a NUL, and reads up to the NUL that comes
    out. Loading a pair's data takes most of a short call (cat-fra: about 1 s idle, 15 s on
    a loaded machine), so it is paid once per process instead of once per call. The shell
    command is Apertium's own (``apertium-wblank-mode -z`` of the installed mode files, as
    the ``apertium`` program runs it); no text of ours is part of it."""

    def __init__(self, command: str, modes: tuple[str, ...], errors: bool = False) -> None:
        self.modes = modes
        self.lock = threading.Lock()
        self.said = b""  # what the programs wrote on stderr during the last exchange (errors)
        self.damaged = False  # an HMM tagger whose open class a text overwrote (tag_texts)
        # $1 = -g (unknown-word marks on), $2 = no tagger option: what `apertium` passes.
        # One program with no shell syntax is started without a shell (HMM taggers are
        # started again often: tag_texts).
        argv = shlex.split(command) if _PLAIN.fullmatch(command) else [
            "bash", "-c", command, "apertium", "-g", ""]
        self.proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE if errors else subprocess.DEVNULL,
            start_new_session=True)
        if self.proc.stderr is not None:
            os.set_blocking(self.proc.stderr.fileno(), False)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def run(self, data: bytes, timeout: float) -> bytes:
        with self.lock:
            try:
                return self._exchange(data, timeout)
            except BaseException:
                self.close()  # a pipeline in an unknown state is not reused
                raise

    def _exchange(self, data: bytes, timeout: float) -> bytes:
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None
        payload = memoryview(data.replace(b"\0", b"") + b"\0")
        deadline = time.monotonic() + timeout
        chunks: list[bytes] = []
        fd, into = stdout.fileno(), stdin.fileno()
        said: list[bytes] = []
        # Written as the programs take it, in the same loop that reads their output (no
        # thread per exchange): a full pipe each way would block either side.
        os.set_blocking(into, False)
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            sel.register(into, selectors.EVENT_WRITE)
            if self.proc.stderr is not None:  # read as it comes: a full pipe would block
                sel.register(self.proc.stderr.fileno(), selectors.EVENT_READ)
            while True:
                left = deadline - time.monotonic()
                ready = sel.select(left) if left > 0 else []
                if not ready:
                    raise TranslationError(
                        f"apertium {' | '.join(self.modes)} took over {timeout:.0f} s",
                        remedy="translate fewer blocks at once")
                fds = {key.fd for key, _ in ready}
                if into in fds:
                    try:
                        payload = payload[os.write(into, payload[:1 << 16]):]
                    except BlockingIOError:
                        pass
                    except OSError:
                        payload = payload[:0]  # the reader below sees the pipeline end
                    if not payload:
                        sel.unregister(into)
                if fd not in fds:
                    if fds - {into}:  # stderr
                        said.append(self._stderr())
                    continue
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    raise TranslationError(
                        f"apertium {' | '.join(self.modes)} stopped (exit {self.proc.poll()})",
                        remedy="run `apertium -f txt MODE` by hand to see its error")
                if not chunks:
                    chunk = chunk.lstrip(b"\0")  # end-of-input NULs of a previous text
                chunks.append(chunk)
                if b"\0" in chunk:
                    break
        # A program writes its stderr before the output that follows: all of it is here.
        self.said = b"".join(said) + self._stderr()
        return b"".join(chunks).split(b"\0", 1)[0]

    def _stderr(self) -> bytes:
        """What waits on stderr (non-blocking; empty when not read)."""
        got: list[bytes] = []
        while self.proc.stderr is not None:
            try:
                chunk = os.read(self.proc.stderr.fileno(), 1 << 16)
            except BlockingIOError:
                break
            if not chunk:
                break
            got.append(chunk)
        return b"".join(got)

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except OSError:
                self.proc.kill()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)


_PIPELINES: dict[tuple[str, tuple[str, ...]], _Pipeline] = {}
_PIPELINES_LOCK = threading.Lock()


def _pipeline_for(path: str, modes: tuple[str, ...], pivot: str) -> _Pipeline:
    """The running pipeline for ``modes``, started on first use (one per process)."""
    with _PIPELINES_LOCK:
        running = _PIPELINES.get((path, modes))
        if running is not None and running.alive():
            return running
        if not _PIPELINES:
            atexit.register(close_pipelines)
        datadir = Path(path).resolve().parent.parent / "share" / "apertium" / "modes"
        parts = []
        for mode in modes:
            try:
                done = subprocess.run(["apertium-wblank-mode", "-z", str(datadir / f"{mode}.mode")],
                                      capture_output=True, text=True, timeout=30, check=True)
            except (OSError, subprocess.SubprocessError) as exc:
                raise EngineUnavailableError(f"cannot read Apertium mode {mode}: {exc}",
                                             remedy=remedy(pivot)) from exc
            parts.append(done.stdout.strip())
        _PIPELINES[(path, modes)] = started = _Pipeline(" | ".join(parts), modes)
        return started


_ANALYSER_CMD = re.compile(r"lt-proc (?:-\w+ )*'?[^' |]+automorf\.bin'?")
_ANALYSIS = re.compile(r"\^([^/$^]+)/([^$]*)\$")


def _analyser_for(path: str, mode: str) -> _Pipeline | None:
    """The morphological analyser that opens ``mode`` (its own ``lt-proc`` command from
    the mode file), kept running like the pipelines; None when it cannot be read."""
    return _opening(path, mode, "analyser", lambda text: _first(_ANALYSER_CMD, text))


_TAGGER_CMD = re.compile(r"^.*?apertium-tagger [^|]*?'?[^' |]+\.prob'?")


def _tagger_for(path: str, mode: str) -> _Pipeline | None:
    """The analyser, constraint grammar and tagger that open ``mode`` (its own commands,
    surface forms on: ``apertium-tagger -p``), kept running; None when they cannot be read."""

    def command(text: str) -> str | None:
        found = _first(_TAGGER_CMD, text.strip())
        return found and found.replace("apertium-tagger ", "apertium-tagger -p ", 1)

    return _opening(path, mode, "tagger", command)


def after_tagger_for(path: str, mode: str) -> _Pipeline | None:
    """The programs of ``mode`` after its tagger (``apertium-pretransfer`` to the
    generators), kept running: with ``_tagger_for`` they are the whole mode, split where
    ``retag`` may change the tagger's choice of a reading. None when they cannot be read."""

    def command(text: str) -> str | None:
        found = _TAGGER_CMD.search(text.strip())
        rest = text.strip()[found.end():].strip() if found else ""
        return rest[1:].strip() if rest.startswith("|") else None

    return _opening(path, mode, "after-tagger", command)


def split_mode(path: str, mode: str) -> tuple[_Pipeline, _Pipeline] | None:
    """``mode``'s tagger (surface forms on) and its programs after the tagger; None when
    either cannot be read."""
    tagger = _tagger_for(path, mode)
    rest = after_tagger_for(path, mode) if tagger is not None else None
    return (tagger, rest) if tagger is not None and rest is not None else None


# A text's end in an analysed stream: its last word, deformat's blank line.
_TEXT_END = re.compile(rb"\$\[\]\[[ \n]*\n\n[ \n]*\]")
_HMM_LOCK = threading.Lock()  # one stream at a time through the HMM taggers (tag_texts)


def _hmm_parts(text: str) -> tuple[str, str] | None:
    """(the programs before an HMM tagger, the tagger) of a mode's shell text; None when
    its tagger is another (``-x``: the averaged perceptron, which keeps no state)."""
    found = _first(_TAGGER_CMD, text.strip())
    if found is None:
        return None
    at = found.rindex("apertium-tagger")
    before, tagger = found[:at].strip(), found[at:]
    flags = re.findall(r"(?<= )-(\w+)", tagger)
    if not before.endswith("|") or any(set(f) - {"g", "z"} for f in flags):
        return None
    return before[:-1].strip(), tagger


def before_hmm_for(path: str, mode: str) -> _Pipeline | None:
    """The programs of ``mode`` before its HMM tagger, kept running; None when it has no
    HMM tagger or they cannot be read."""
    return _opening(path, mode, "before-hmm", lambda text: (_hmm_parts(text) or ("", ""))[0]
                    or None)


def tag_texts(path: str, mode: str, stream: bytes, timeout: float,
              surface: bool = False) -> bytes | None:
    """``stream`` (from ``before_hmm_for``) through ``mode``'s HMM tagger one text at a
    time (texts end at a blank line), each text tagged as by a tagger just started.

    apertium-tagger 3.8.3 overwrites its open class when a word brings a set of readings
    its training never saw (its ``-d`` warning; tagger_utils.cc,
    find_similar_ambiguity_class) and keeps it for the rest of its life; the open class is
    read only for unknown words and for such words. So a tagger a text damaged tags the
    next one only if it has neither (an unknown word is seen in the stream, ``/*``, the
    other by a warning, and the text is tagged again by a fresh tagger); else it is started
    again first. ``surface``: surface forms on (``-p``). None when ``mode`` has no HMM
    tagger."""

    def command(text: str) -> str | None:
        parts = _hmm_parts(text)
        options = "-d -p " if surface else "-d "  # $2: no option (_Pipeline)
        return parts[1].replace("apertium-tagger ", "apertium-tagger " + options, 1).replace(
            " $2 ", " ") if parts else None

    def fresh(stale: _Pipeline) -> _Pipeline | None:
        stale.close()
        return _opening(path, mode, part, command, errors=True)

    part = "hmm-surface" if surface else "hmm"
    ends = [m.end() for m in _TEXT_END.finditer(stream)]
    out: list[bytes] = []
    with _HMM_LOCK:
        for start, end in zip([0, *ends], [*ends, len(stream)], strict=True):
            text = stream[start:end]
            if not text:  # a stream ending at a text's end: nothing to tag (nor wait for)
                continue
            tagger = _opening(path, mode, part, command, errors=True)
            if tagger is not None and tagger.damaged and b"/*" in text:
                tagger = fresh(tagger)
            if tagger is None:
                return None
            tagged = tagger.run(text, timeout)
            if b"ambiguity class" in tagger.said:
                if tagger.damaged:  # read with the damaged open class: read again
                    tagger = fresh(tagger)
                    if tagger is None:
                        return None
                    tagged = tagger.run(text, timeout)
                tagger.damaged = True
            out.append(tagged)
    return b"".join(out)


def run_mode(path: str, mode: str, stream: bytes, timeout: float, pivot: str) -> bytes:
    """``stream`` through ``mode``'s programs, kept running; a mode with an HMM tagger as
    three parts (before it, ``tag_texts``, after it), so that a text's output does not hang
    on the texts the process translated before it."""
    before = before_hmm_for(path, mode)
    after = after_tagger_for(path, mode) if before is not None else None
    if before is not None and after is not None:
        tagged = tag_texts(path, mode, before.run(stream, timeout), timeout)
        if tagged is not None:
            return after.run(tagged, timeout)
    return _pipeline_for(path, (mode,), pivot).run(stream, timeout)


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    found = pattern.search(text)
    return found.group(0) if found else None


# Modes whose programs could not be read from their mode file (``_opening``).
_UNREADABLE: set[tuple[str, tuple[str, ...]]] = set()
# The commands ``_opening`` read, for a start again (HMM taggers, ``tag_texts``).
_COMMANDS: dict[tuple[str, tuple[str, ...]], str] = {}


def _opening(path: str, mode: str, part: str, command: Callable[[str], str | None],
             errors: bool = False) -> _Pipeline | None:
    """The first programs of ``mode``, as ``command`` takes them from its mode file (shell
    text), started once and kept running like the pipelines; None when they cannot be read.
    ``errors``: their stderr read at each exchange (``_Pipeline.said``)."""
    key = (path, (f"{part}:{mode}",))
    with _PIPELINES_LOCK:
        running = _PIPELINES.get(key)
        if running is not None and running.alive():
            return running
        if key in _UNREADABLE:  # read once: callers fall back to the whole mode
            return None
        found = _COMMANDS.get(key)
        if found is None:
            datadir = Path(path).resolve().parent.parent / "share" / "apertium" / "modes"
            try:
                done = subprocess.run(
                    ["apertium-wblank-mode", "-z", str(datadir / f"{mode}.mode")],
                    capture_output=True, text=True, timeout=30, check=True)
            except (OSError, subprocess.SubprocessError):
                _UNREADABLE.add(key)
                return None
            found = command(done.stdout)
            if found is None:
                _UNREADABLE.add(key)
                return None
            _COMMANDS[key] = found
        if not _PIPELINES:
            atexit.register(close_pipelines)
        _PIPELINES[key] = started = _Pipeline(found, key[1], errors)
        return started


def close_pipelines() -> None:
    """Stop every running Apertium pipeline (at exit, and for tests)."""
    with _PIPELINES_LOCK:
        for pipeline in _PIPELINES.values():
            pipeline.close()
        _PIPELINES.clear()


def tagged_units(lines: Sequence[str], mode: str = "eng-cat", binary: str = "apertium",
                 timeout: float = 60.0) -> list[list[Unit]] | None:
    """Each line's units as the tagger of ``mode`` reads them (``preedit.read_units``: surface,
    lemma, tags, offsets); None when Apertium is not installed."""
    path = shutil.which(binary)
    if path is None:
        return None
    data = "\n\n".join(lines) + "\n"
    timeout += len(data) / 2_000
    formatted = deformat(data.encode("utf-8"), timeout, "cat")
    before = before_hmm_for(path, mode)  # an HMM tagger's lines tagged as by a fresh one
    raw = tag_texts(path, mode, before.run(formatted, timeout), timeout, surface=True) \
        if before is not None else None
    if raw is None:
        tagger = _tagger_for(path, mode)
        if tagger is None:
            return None
        raw = tagger.run(formatted, timeout)
    return read_units(raw.decode("utf-8", errors="replace"), lines)


def read_where(sources: Sequence[str], hint: re.Pattern[str],
               read: Callable[[list[Unit]], T]) -> dict[int, T]:
    """``read`` of the tagged units of each source ``hint`` finds, by index, the sources
    tagged in one exchange; empty when none is found or Apertium is not installed."""
    todo = [k for k, s in enumerate(sources) if hint.search(s)]
    tagged = tagged_units([sources[k] for k in todo]) if todo else None
    if not tagged:
        return {}
    return {k: read(units) for k, units in zip(todo, tagged, strict=True)}


def word_readings(words: Sequence[str], mode: str = "eng-cat",
                  binary: str = "apertium") -> dict[str, tuple[str, ...]]:
    """Each word's readings by the analyser of ``mode``'s source language ("George" ->
    ("George<np><cog><sg>", "George<np><ant><m><sg>"); an unknown word: ()); empty when
    Apertium is not installed."""
    path = shutil.which(binary)
    analyser = _analyser_for(path, mode) if path else None
    if analyser is None or not words:
        return {}
    raw = analyser.run("\n".join(words).encode("utf-8"), 60.0).decode("utf-8", "replace")
    out: dict[str, tuple[str, ...]] = {}
    for m in _ANALYSIS.finditer(raw):
        readings = tuple(r for r in m.group(2).split("/") if r and not r.startswith("*"))
        out.setdefault(m.group(1), readings)
    return out


_REMEMBERED: dict[tuple[str, str], tuple[str, ...]] = {}  # (mode, word) -> its readings


def remembered_readings(words: Sequence[str], mode: str = "eng-cat") -> dict[str, tuple[str, ...]]:
    """``word_readings`` remembered for the process's life (one exchange for the words not
    seen yet); empty when Apertium is not installed."""
    new = sorted({w for w in words if (mode, w) not in _REMEMBERED})
    if new:
        got = word_readings(new, mode)
        if not got:
            return {}
        for w in new:
            _REMEMBERED[mode, w] = got.get(w, ())
    return {w: _REMEMBERED[mode, w] for w in words}


def readings_of(word: str, mode: str = "eng-cat") -> tuple[str, ...]:
    """One word's ``remembered_readings`` (empty when Apertium is not installed)."""
    return remembered_readings([word], mode).get(word, ())


def dictionary_lookup(units: Sequence[str], data: str, flag: str = "-b") -> list[str]:
    """Each lexical unit (``^word<n><sg>$``) looked up in an installed Apertium dictionary
    (``lt-proc -z FLAG DATA``, e.g. -b a pair's bilingual ``autobil.bin``, -g its
    generator), one line out per unit, by a program started once and kept running like the
    pipelines; empty when the dictionary or lt-proc is missing."""
    binary = shutil.which("lt-proc")
    if binary is None or not units or not Path(data).is_file():
        return []
    key = (data, (f"lookup:{flag}",))
    with _PIPELINES_LOCK:
        running = _PIPELINES.get(key)
        if running is None or not running.alive():
            if not _PIPELINES:
                atexit.register(close_pipelines)
            # No text of ours in the command: the program, its flag and an installed file.
            command = f"{shlex.quote(binary)} -z {shlex.quote(flag)} {shlex.quote(data)}"
            _PIPELINES[key] = running = _Pipeline(command, key[1])
    raw = running.run("\n".join(units).encode("utf-8") + b"\n", 30.0)
    return raw.decode("utf-8", "replace").split("\n")[:len(units)]

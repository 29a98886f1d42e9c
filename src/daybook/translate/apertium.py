"""Debian's Apertium, run as a subprocess, offline.

There is no English–French pair in Debian, so English goes through Spanish: ``eng-spa``
(package apertium-eng-spa) then ``es-fr`` (package apertium-fr-es). One ``apertium`` process
per stage translates a whole batch: each text is one input line, and the output is read back
line by line (Apertium keeps line breaks). Arguments are a list, never a shell string.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import cache

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.translate.limits import check_batch

PACKAGES = ("apertium", "apertium-eng-spa", "apertium-fr-es")
# (source, target) -> Apertium modes run one after the other.
PIPELINES: dict[tuple[str, str], tuple[str, ...]] = {
    ("en", "fr"): ("eng-spa", "es-fr"),
    ("en", "es"): ("eng-spa",),
    ("es", "fr"): ("es-fr",),
    ("fr", "es"): ("fr-es",),
    ("es", "en"): ("spa-eng",),
    ("fr", "en"): ("fr-es", "spa-eng"),
}
# Marks Apertium leaves on words it could not handle (# generation, @ transfer, * unknown).
_MARKS = re.compile(r"(?<![\w#@*])[#@*](?=\w)")
_REMEDY = "install it: apt-get install -y " + " ".join(PACKAGES)


@cache
def installed_modes(binary: str = "apertium") -> frozenset[str]:
    """Modes ``apertium -l`` lists; empty when Apertium is not installed."""
    path = shutil.which(binary)
    if path is None:
        return frozenset()
    try:
        done = subprocess.run([path, "-l"], capture_output=True, text=True, timeout=30,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in done.stdout.splitlines() if line.strip())


def available() -> bool:
    return all(m in installed_modes() for m in PIPELINES[("en", "fr")])


class ApertiumEngine:
    """Apertium through the pivot pipelines above."""

    def __init__(self, binary: str = "apertium", timeout: float = 120.0) -> None:
        self.binary = binary
        self.timeout = timeout

    @property
    def name(self) -> str:
        return "apertium"

    def modes(self, src: str, dst: str) -> tuple[str, ...]:
        return PIPELINES.get((src, dst), ())

    def supports(self, src: str, dst: str) -> bool:
        modes = self.modes(src, dst)
        return bool(modes) and all(m in installed_modes(self.binary) for m in modes)

    def describe(self, src: str, dst: str) -> str:
        """ "Apertium (eng-spa, es-fr)" for the published notice."""
        return f"Apertium ({', '.join(self.modes(src, dst))})"

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        if src == dst or not texts:
            return list(texts)
        modes = self.modes(src, dst)
        if not modes:
            raise TranslationError(
                f"Apertium has no {src}→{dst} pipeline",
                remedy=f"use an HTTP engine (--translate http://host:port); Apertium does "
                f"{', '.join(f'{a}→{b}' for a, b in PIPELINES)}",
            )
        if not self.supports(src, dst):
            raise EngineUnavailableError(
                f"Apertium modes {', '.join(modes)} are not installed", remedy=_REMEDY
            )
        check_batch(texts)
        lines = [" ".join(t.split()) for t in texts]  # one text, one line
        out = self._run_all(lines, modes)
        if len(out) != len(lines):
            # Apertium merged or split a line: fall back to one call per text.
            out = [self._run_all([line], modes)[0] if line else "" for line in lines]
        return [_MARKS.sub("", o).strip() for o in out]

    def _run_all(self, lines: list[str], modes: tuple[str, ...]) -> list[str]:
        data = "\n".join(lines) + "\n"
        for mode in modes:
            data = self._run(mode, data)
        out = data.split("\n")
        if out and out[-1] == "":
            out.pop()
        return out

    def _run(self, mode: str, data: str) -> str:
        path = shutil.which(self.binary)
        if path is None:
            raise EngineUnavailableError("the apertium program is not installed",
                                         remedy=_REMEDY)
        timeout = self.timeout + len(data) / 2_000
        try:
            done = subprocess.run(
                [path, "-u", "-f", "txt", mode], input=data, capture_output=True,
                text=True, encoding="utf-8", errors="replace", timeout=timeout, check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise TranslationError(f"apertium {mode} took over {timeout:.0f} s",
                                   remedy="translate fewer blocks at once") from exc
        except OSError as exc:
            raise EngineUnavailableError(f"cannot run apertium: {exc}", remedy=_REMEDY) from exc
        if done.returncode != 0:
            raise TranslationError(
                f"apertium {mode} failed (exit {done.returncode}): {done.stderr.strip()[:300]}",
                remedy=_REMEDY,
            )
        return done.stdout

"""The static edition's search: Pagefind indexes in shards, and a small index for file://.

The indexed pages (events in each language, people) are cut into shards: the events of
one month (``2019-05``), the people in a few fixed groups (``people-3``). Each shard gets
its own Pagefind index (``pagefind/<shard>/``, made by the ``pagefind`` package's
binary) which the search page merges at query time (``mergeIndex``), so that a rebuild after
one day changed indexes again one month and the people it touches, not the whole site.

Pagefind's index cannot be loaded from ``file://`` (browsers refuse its module, worker and
WebAssembly there). For an edition opened from disk each shard is also written as a
script (``search/<shard>.js``: the pages' titles, dates and text, as data), which
``static/search.js`` loads with ``<script src>`` (allowed on ``file://``) and searches
itself.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from daybook.errors import DaybookError
from daybook.publish.static_app import write_whole

PAGEFIND_DIR = "pagefind"
# Pagefind's UI files, once for all shards (each shard keeps what its index loads).
UI_DIR = "ui"
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-component-ui.js",
            "pagefind-component-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
            "pagefind-highlight.js")
FALLBACK_DIR = "search"
# People pages fall into this many shards (by a hash of their URL): a changed day touches
# a few people, whose shards are indexed again.
PEOPLE_SHARDS = 8
# What the file:// index keeps of a page's text: the whole of the longest transcripts
# (the 2019 sample's longest event is 202,000 characters; 2.5 MB of text in all) while a
# hostile page cannot make the scripts too large to load at once.
FALLBACK_TEXT = 250_000
_MAIN = re.compile(r"<main\b[^>]*>(.*?)</main>", re.S)
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_DROP = re.compile(r"<(script|style|nav|svg|form)\b.*?</\1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_SHARD = re.compile(r"^[\w-]+$")


def shard_of(url: str, date: str | None) -> str:
    """The shard of an indexed page: its month for an event, a fixed group for a person."""
    if url.startswith("/event/"):
        return date[:7] if date else "undated"
    group = int(hashlib.sha256(url.encode()).hexdigest()[:8], 16) % PEOPLE_SHARDS
    return f"people-{group}"


@dataclass(frozen=True, slots=True)
class Member:
    """An indexed page of a shard: its file in the edition and a hash of its bytes."""

    file: str
    sha: str
    date: str | None


def fingerprints(shards: Mapping[str, Iterable[Member]]) -> dict[str, str]:
    """Per shard, a hash of its pages and their bytes: a shard whose hash moved is made
    again."""
    out = {}
    for name, members in shards.items():
        h = hashlib.sha256()
        for m in sorted(members, key=lambda m: m.file):
            h.update(f"{m.file}|{m.sha}|{m.date}\n".encode())
        out[name] = h.hexdigest()[:32]
    return out


def page_text(page: str) -> tuple[str, str]:
    """A page's title (its ``h1``, else ``title``) and the text of its ``main``."""
    body = _MAIN.search(page)
    main = body.group(1) if body else page
    title = _H1.search(main) or _TITLE.search(page)
    text = _TAG.sub(" ", _DROP.sub(" ", main))
    clean = _SPACE.sub(" ", html.unescape(text)).strip()
    name = _SPACE.sub(" ", html.unescape(_TAG.sub("", title.group(1)))).strip() if title else ""
    return name, clean


def fallback_script(members: Iterable[Member], out: Path) -> str:
    """The file:// index of one shard: ``daybookSearch([[file, title, date, text], ...])``,
    data only (JSON is a JavaScript expression), every string escaped by the encoder."""
    rows = []
    for m in sorted(members, key=lambda m: m.file):
        try:
            page = (out / m.file).read_text(encoding="utf-8")
        except OSError:
            continue
        title, text = page_text(page)
        rows.append([m.file, title, m.date or "", text[:FALLBACK_TEXT]])
    data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    # Line separators end a JavaScript string in old engines; "</" never closes anything
    # here (a file of its own), but is escaped all the same.
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("</", "<\\/")
    return f"daybookSearch({data});\n"


def write_indexes(out: Path, shards: Mapping[str, list[Member]], changed: set[str],
                  old: Iterable[str], *, pagefind: bool) -> float:
    """Make the indexes of the ``changed`` shards (Pagefind's when ``pagefind``, and the
    file:// scripts), remove those of shards gone since (``old`` minus ``shards``).
    Returns Pagefind's seconds."""
    for gone in set(old) - set(shards):
        if _SHARD.match(gone):
            shutil.rmtree(out / PAGEFIND_DIR / gone, ignore_errors=True)
            (out / FALLBACK_DIR / f"{gone}.js").unlink(missing_ok=True)
    for name in sorted(changed):
        write_whole(out / FALLBACK_DIR / f"{name}.js",
              fallback_script(shards[name], out).encode("utf-8"))
    if not pagefind or not (changed or not (out / PAGEFIND_DIR / UI_DIR).is_dir()):
        return 0.0
    started = time.perf_counter()
    try:
        _pagefind(out, {n: shards[n] for n in sorted(changed)})
    except (OSError, RuntimeError) as exc:
        raise DaybookError(f"pagefind could not index {out}: {exc}",
                           remedy="pip install 'pagefind[bin]', or build with --no-search"
                           ) from exc
    return time.perf_counter() - started


def _pagefind(out: Path, shards: Mapping[str, list[Member]]) -> None:
    """One Pagefind index per shard, written to ``pagefind/<shard>/``: the ``pagefind``
    binary run over a folder of links to the shard's pages (its command line indexes a
    folder several times faster than its Python API, which waits on every page), two at a
    time on two cores."""
    root = out / PAGEFIND_DIR
    command = _command()
    with tempfile.TemporaryDirectory(prefix="daybook-pagefind-") as tmp:
        jobs: list[tuple[str, Path, subprocess.Popen[bytes]]] = []
        for name, members in shards.items():
            site = Path(tmp) / name
            for m in members:
                _link(out / m.file, site / m.file)
            target = root / f"{name}.new"
            shutil.rmtree(target, ignore_errors=True)
            jobs.append((name, target, subprocess.Popen(
                [*command, "--site", str(site), "--output-path", str(target),
                 "--keep-index-url", "--silent"],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)))
            if len(jobs) >= PARALLEL:
                _finish(root, jobs.pop(0))
        while jobs:
            _finish(root, jobs.pop(0))
    if not (root / UI_DIR).is_dir():
        raise RuntimeError("no shard to take Pagefind's UI files from")


# Shards indexed at once: Pagefind uses a core well; the machine may have two.
PARALLEL = 2


def _command() -> list[str]:
    try:
        from pagefind.service import get_executable

        binary = get_executable()
    except ImportError:
        binary = None
    return [str(binary)] if binary else [sys.executable, "-m", "pagefind"]


def _link(source: Path, link: Path) -> None:
    link.parent.mkdir(parents=True, exist_ok=True)
    try:
        link.symlink_to(source.resolve())
    except OSError:  # no symbolic links here: a copy does as well
        shutil.copyfile(source, link)


def _finish(root: Path, job: tuple[str, Path, subprocess.Popen[bytes]]) -> None:
    name, target, process = job
    try:
        output, _ = process.communicate(timeout=600)
    except subprocess.TimeoutExpired as exc:
        process.kill()
        process.communicate()
        raise RuntimeError(f"shard {name} took more than 10 minutes") from exc
    if process.returncode != 0:
        raise RuntimeError(f"shard {name}: {output.decode(errors='replace').strip()[-500:]}")
    final = root / name
    shutil.rmtree(final, ignore_errors=True)  # no stale fragments left
    target.replace(final)
    _share_ui(root, final)


def _share_ui(root: Path, shard: Path) -> None:
    """Pagefind's UI files move to ``pagefind/ui/`` (the newest shard's, which match the
    Pagefind that made it); the shard keeps its index, its WebAssembly and its loader."""
    ui = root / UI_DIR
    ui.mkdir(parents=True, exist_ok=True)
    for name in UI_FILES:
        path = shard / name
        if path.exists():
            path.replace(ui / name)

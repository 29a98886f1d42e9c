"""Speakers, role splits and Q&A numbering on excerpts of kremlin.ru transcripts of other
years than the 2019 sample, against a reading by hand.

    python eval/kremlin_other_years.py [-v] [DIR]

Each excerpt (``eval/kremlin_other_years/*.txt``, sources in its README) is a page's
paragraphs, one a line, after ``TITLE:``/``LEAD:``/``KIND:``/``PERSONS:`` lines; a paragraph
opening with a label up to its colon gets that label in bold, as the site prints it (the
reader still decides whether it names a speaker); a line opening ``P| `` is a paragraph the
page prints plain ("Now, here is my question: ..."). ``G|`` lines are the reading by hand of
each turn's first paragraph: ``text prefix | type | number | speaker | role`` ("-" for
none). The excerpts have no person links, so every label is split by its words alone.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

from daybook.model import Block
from daybook.parsers.kinds import event_kind
from daybook.parsers.kremlin_blocks import parse_body
from daybook.parsers.speakers import split_label

HERE = Path(__file__).resolve().parent / "kremlin_other_years"
_HEAD = re.compile(r"^(TITLE|LEAD|KIND|PERSONS):\s?(.*)$")
# A label as the site bolds it: a capital, words (initials allowed), an optional note.
_LABEL = re.compile(r"^([A-ZА-ЯЁ«\"](?:[^:.!?]|(?<=\b[A-ZА-ЯЁ])\.\s?|\.(?=\S)){0,150}?)"
                    r"(\s?\([^()]{1,40}\))?:(?:\s|$)")
_MAX_LABEL_WORDS = 24
# A paragraph line opening so is printed plain, though its first words end with a colon.
_PLAIN = "P| "


@dataclass
class Excerpt:
    head: dict[str, str] = field(default_factory=dict)
    paragraphs: list[str] = field(default_factory=list)
    gold: list[tuple[str, str, int | None, str | None, str | None]] = field(
        default_factory=list)


def read_excerpt(path: Path) -> Excerpt:
    ex = Excerpt()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("G|"):
            f = [x.strip() for x in line[2:].split("|")]
            ex.gold.append((f[0], f[1], None if f[2] == "-" else int(f[2]),
                            None if f[3] == "-" else f[3], None if f[4] == "-" else f[4]))
        elif (m := _HEAD.match(line)) and not ex.paragraphs:
            ex.head[m.group(1)] = m.group(2)
        elif line.strip():
            ex.paragraphs.append(line.strip())
    return ex


def body_html(paragraphs: list[str]) -> str:
    out = []
    for p in paragraphs:
        if p.startswith(_PLAIN):  # printed plain on the page: "Now, here is my question: ..."
            out.append(f"<p>{html.escape(p[len(_PLAIN):])}</p>")
            continue
        m = _LABEL.match(p)
        if m and len(m.group(1).split()) <= _MAX_LABEL_WORDS:
            out.append(f"<p><b>{html.escape(m.group(0).rstrip())}</b> "
                       f"{html.escape(p[m.end():])}</p>")
        else:
            out.append(f"<p>{html.escape(p)}</p>")
    return f'<div class="entry-content">{"".join(out)}</div>'


def read_blocks(ex: Excerpt) -> tuple[str, list[Block]]:
    """(kind, blocks) of an excerpt as daybook's reader reads its page body."""
    title = ex.head.get("TITLE", "")
    kind = ex.head.get("KIND") or event_kind(title, ())
    persons = tuple(x.strip() for x in ex.head.get("PERSONS", "").split(";") if x.strip())
    root = lxml.html.fragment_fromstring(body_html(ex.paragraphs))
    return kind, list(parse_body(root, kind=kind, title=title, lead=ex.head.get("LEAD"),
                                 known_names=persons).blocks)


def check(path: Path, verbose: bool) -> dict[str, int]:
    ex = read_excerpt(path)
    _, blocks = read_blocks(ex)
    errors = {"turns": 0, "speaker": 0, "role": 0, "qa": 0}
    for prefix, btype, number, speaker, role in ex.gold:
        errors["turns"] += 1
        block = next((b for b in blocks if b.text == prefix), None) or next(
            (b for b in blocks if b.text.startswith(prefix)), None)
        if block is None:  # the label was read as text: the turn is lost
            errors["speaker"] += 1
            if verbose:
                print(f"  {path.name}: no turn {prefix!r}")
            continue
        wrong = [k for k, ok in (
            ("speaker", (block.speaker or "").casefold() == (speaker or "").casefold()),
            ("role", block.role == role),
            ("qa", (block.type, block.number) == (btype, number))) if not ok]
        for k in wrong:
            errors[k] += 1
        if wrong and verbose:
            print(f"  {path.name}: {prefix!r} {wrong}: {block.type} {block.number} "
                  f"{block.speaker!r} {block.role!r}; by hand {btype} {number} {speaker!r} "
                  f"{role!r}")
    return errors


def check_labels(path: Path, verbose: bool) -> tuple[int, int]:
    """(wrong, total) of ``labels.tsv``: a label, a tab, its name; the role is the rest of
    the label (a bracketed note aside)."""
    wrong = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        raw, name = line.split("\t")
        core = raw.split(" (")[0]
        rest = " ".join(core.replace(name, " ", 1).split()).replace(" ,", ",")
        role = rest.strip(" ,") or None
        got = split_label(raw)
        total += 1
        if (got.name, got.role) != (name, role):
            wrong += 1
            if verbose:
                print(f"  {raw!r}: {got.name!r} | {got.role!r}")
    return wrong, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", nargs="?", type=Path, default=HERE)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    total = {"turns": 0, "speaker": 0, "role": 0, "qa": 0}
    paths = sorted(args.dir.glob("*.txt"))
    for path in paths:
        for k, v in check(path, args.verbose).items():
            total[k] += v
    print(f"{len(paths)} excerpts, {total['turns']} turns read by hand; wrong: speaker "
          f"{total['speaker']}, role {total['role']}, Q&A type/number {total['qa']}")
    if (args.dir / "labels.tsv").exists():
        wrong, n = check_labels(args.dir / "labels.tsv", args.verbose)
        print(f"{n} label shapes; name or role wrong: {wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

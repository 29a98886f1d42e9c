"""Instructions counted by callgrind (valgrind), which do not move with the machine's load.

The measured process runs each counted call inside ``functools.reduce``, the C function
whose entry and exit switch counting on and off and dump the count (``--dump-after``), so
that one process gives the instructions of every such call apart, in order; the rest of
the process (start-up, a warm pass) is not counted.
"""

from __future__ import annotations

import glob
import subprocess
import tempfile
from pathlib import Path

CALLGRIND = ["valgrind", "--tool=callgrind", "--collect-atstart=no",
             "--toggle-collect=functools_reduce", "--dump-after=functools_reduce"]


def counted(argv: list[str], env: dict[str, str]) -> list[int]:
    """Run ``argv`` under callgrind; the instructions of each ``reduce`` call, in order
    (a leading empty dump, if any, included)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([*CALLGRIND, f"--callgrind-out-file={tmp}/cg.out", *argv], check=True,
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        counts = []
        for path in sorted(glob.glob(f"{tmp}/cg.out.*"), key=lambda p: int(p.rsplit(".", 1)[1])):
            text = Path(path).read_text()
            line = next(x for x in text.splitlines() if x.startswith(("summary:", "totals:")))
            counts.append(int(line.split()[1]))
    return counts

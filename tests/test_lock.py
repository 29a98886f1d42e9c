"""requirements.lock pins, with hashes, every dependency pyproject.toml asks for (core and the
``dev`` extra CI installs), at a version the project accepts: `make lock` after a change."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def _locked() -> dict[str, tuple[str, int]]:
    """Name -> (version, number of hashes)."""
    found: dict[str, tuple[str, int]] = {}
    current = None
    for line in (ROOT / "requirements.lock").read_text("utf-8").splitlines():
        m = _PIN.match(line)
        if m:
            current = canonicalize_name(m.group(1))
            found[current] = (m.group(2), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, n = found[current]
            found[current] = (version, n + 1)
    return found


def test_the_lock_pins_every_dependency_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = [Requirement(r) for r in (*project["dependencies"],
                                       *project["optional-dependencies"]["dev"])]
    locked = _locked()
    assert len(locked) > 50 and all(n >= 1 for _, n in locked.values())
    stale = [str(r) for r in wanted if canonicalize_name(r.name) not in locked
             or not r.specifier.contains(locked[canonicalize_name(r.name)][0],
                                         prereleases=True)]
    assert not stale, f"requirements.lock lacks or mis-pins {stale}: run `make lock`"


def test_the_lock_names_no_local_index() -> None:
    text = (ROOT / "requirements.lock").read_text("utf-8")
    assert "--index-url" not in text and "--find-links" not in text and "file://" not in text

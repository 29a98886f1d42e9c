"""Versioned schema migrations, one SQL file per version and backend: ``NNNN_name.sql``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Migrations after which the search rows of the events in these languages are rebuilt from
# their stored documents (the index format changed in Python, not in SQL).
REINDEX: dict[int, tuple[str, ...]] = {8: ("ru",)}


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str

    def statements(self) -> list[str]:
        """The file's statements; comments dropped, split on ';' at line ends."""
        lines = [ln for ln in self.sql.splitlines() if not ln.strip().startswith("--")]
        body = "\n".join(re.sub(r"\s+--.*$", "", ln) for ln in lines)
        return [s.strip() for s in re.split(r";\s*$", body, flags=re.M) if s.strip()]


@cache
def load_migrations(backend: str) -> tuple[Migration, ...]:
    folder = resources.files("daybook.store.migrations").joinpath(backend)
    found = []
    for entry in folder.iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    return tuple(sorted(found, key=lambda m: m.version))

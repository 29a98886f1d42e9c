"""A counted noun phrase in a title slot: "from 17 foreign ambassadors" -> "de 17
ambassadeurs étrangers".

The noun-phrase grammar reads "the foreign ambassadors" ("les ambassadeurs étrangers"); a
cardinal before it takes the article's place in French, as in "17 ambassadeurs" (no "les"
where English has none; "the 17" is a definite count, "les 17 ambassadeurs"). A figure of
four digits is a year ("the 2012 Prize") and a span of time ("100 years since X") a phrase
of its own: both are left to the rest of the grammar.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_COUNTED = re.compile(r"^(?P<the>the\s+)?(?P<n>[1-9]\d{0,2})\s+(?P<rest>[a-z][\w’'-]*(?:\s.+)?)$")

# A span of time is a phrase of its own ("100 years since X" -> "les 100 ans de X").
_TIME = re.compile(r"(?:years?|months?|weeks?|days?|hours?|decades?|centuries)\b")


def counted_phrase(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """ "17 foreign ambassadors" -> "17 ambassadeurs étrangers", "the 12 governors" -> "les
    12 gouverneurs"; None unless the rest reads as a plural with "les"."""
    m = _COUNTED.match(" ".join(x.split()))
    if m is None or m["n"] == "1" or _TIME.match(m["rest"]):
        return None
    inner = resolve("the " + m["rest"])
    if inner is None or not inner.startswith("les "):
        return None
    rest = inner[len("les "):]
    return f"les {m['n']} {rest}" if m["the"] else f"{m['n']} {rest}"

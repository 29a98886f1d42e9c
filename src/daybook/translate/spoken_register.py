"""The written register of a published French text, where the engine wrote a spoken one.

The pivot says *this*, *that* as a pronoun with the familiar "ça" (Catalan "això"): "Nous
avons parlé de ça à maintes reprises", "Mais ça ne signifie pas que", "J'espère que ça
deviendra". "Ça" is the spoken form of "cela" (TLFi: "forme contractée de cela, usuelle
dans la langue parlée"; Petit Robert: "fam."); a digest the site publishes is written French,
speech turns included, as an official transcript is: "cela" ("Nous avons parlé de cela à
maintes reprises", "Mais cela ne signifie pas que", "J'espère que cela deviendra").

Runs with ``speech_spoken.spoken``, after the per-sentence rules (``fixed_phrases`` reads the
engine's "faire ça" first: "le faire"); the rules after it read "cela" as they read "ça".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["written"]

# "ça" as a word (not "çà", "deçà", nor inside a hyphenated word).
_CA = re.compile(r"(?<![\w’'-])([Çç]a)(?![\w’'-])")


def _cela(m: re.Match[str]) -> str:
    return "Cela" if m.group(1)[0] == "Ç" else "cela"


def written(texts: Sequence[str]) -> list[str]:
    """Each French text with the familiar "ça" said "cela"."""
    return [_CA.sub(_cela, t) if "ça" in t or "Ça" in t else t for t in texts]

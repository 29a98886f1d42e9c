"""*large-scale* before a noun: French "à grande échelle" after the noun and its adjectives
("des projets humanitaires à grande échelle").

The engine reads the hyphenated word as "large" and the noun or verb *scale*, and garbles
it several ways ("grand-escalade des compétitions", "des grains-escalade des projets", the
noun dropped: "un grand chaque année"). Before the engine (``preedit``) *large-scale* before
a word becomes *extensive*, which the engine puts after the noun and agrees with it
("des compétitions internationales étendues"); after it (``postedit_np``) that "étendu"
becomes "à grande échelle", as often as the source says *large-scale* and only where the
source does not say *extensive* or *extend* itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from daybook.translate.preedit_np import Edit
    from daybook.translate.units import Unit


# "-scale" then a word: an adjective before its noun ("large-scale, high-tech" is left).
_SCALE = re.compile(r"-scale (?=[a-z])")
TRIGGERS = (r"\blarge-scale [a-z]",)

_SAID = re.compile(r"\blarge-scale (?=[a-z])", re.IGNORECASE)
_OWN = re.compile(r"\b(?:extensive|extend)", re.IGNORECASE)
# "étendu" after a noun, not a participle after an auxiliary or a pronoun ("a étendu").
_ETENDU = re.compile(r"(?<![\w’'-])(?<!\ba )(?<!\bai )(?<!\bas )(?<!\bont )(?<!\best )"
                     r"(?<!\bsont )(?<!\bété )(?<!\bavons )(?<!\bavez )(?<!\bse )"
                     r"(?<=[a-zà-ÿœ] )étendu(?:e|s|es)?(?![\w’'-])")


def large_scale(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "large-scale humanitarian projects" -> "extensive humanitarian projects" (see the
    module's docstring; ``at_scale`` writes "à grande échelle")."""
    u = units[k]
    if u.surface.lower() != "large":
        return None
    m = _SCALE.match(line, u.end)
    if m is None:
        return None
    return u.start, m.end() - 1, "Extensive" if u.surface[:1].isupper() else "extensive"


def at_scale(source: str, french: str) -> str:
    """ "des exercices étendus" -> "des exercices à grande échelle" where the source says
    *large-scale* (at most as often), and not *extensive* or *extend*."""
    count = len(_SAID.findall(source))
    if not count or "étendu" not in french or _OWN.search(source):
        return french
    return _ETENDU.sub("à grande échelle", french, count=count)

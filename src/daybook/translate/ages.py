"""*at the age of 83* is "à l'âge de 83 ans": French says the unit the English leaves out.

English gives a person's age after *at the age of* as a bare number; the pivot says it word
for word ("Il est décédé à l'âge de 83."), where French names the years (Robert, *âge*: "à
l'âge de vingt ans", "mourir à l'âge de 83 ans"). "ans" goes after each "à l'âge de" + a
figure that has no unit after it, where the English has the same figures after *at the age
of*, in the same order, with no unit (*months*, *weeks*: kept as the engine says them); "1 an".
"""

from __future__ import annotations

import re

_AGE_EN = re.compile(r"\b(?:at|by|from|until|till|before|after) the age of (?:just |only )?(\d+)"
                     r"(?![\d.,]*\s*(?:-|years?|months?|weeks?|days?)\b)", re.IGNORECASE)
_AGE_FR = re.compile(r"(?<![\w’'-])(l['’]âge de (?:seulement |juste )?(\d+))"
                     r"(?![\d.,]*(?: ans| an| mois| semaines?| jours?|[\w’'-]))")


def ages(source: str, french: str) -> str:
    """ "Il est décédé à l'âge de 83." -> "Il est décédé à l'âge de 83 ans." where the source
    says "at the age of 83"."""
    if "âge de" not in french:
        return french
    figures = _AGE_EN.findall(source)
    if not figures or [n for _, n in _AGE_FR.findall(french)] != figures:
        return french  # not the same ages, in the same order
    return _AGE_FR.sub(lambda m: m.group(1) + (" an" if m.group(1).endswith(" 1") else " ans"),
                       french)

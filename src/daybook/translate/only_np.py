"""*only* before a clause's subject: "seul" agreed with it, not "seulement".

"only the people of Venezuela can decide" comes out "seulement le peuple du Venezuela
peuvent": English's *only* before a subject noun phrase is French's adjective "seul" before
its determiner, agreed with the noun ("seul le peuple peut", "seule la loi", "seuls les
citoyens", "seules les régions"; Grevisse, *seul* adjective before a determiner). Only where
the English opens a clause with *only the* and the French with "seulement" + an article;
"seulement" after a verb ("il a seulement dit") is left.
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD
from daybook.translate.gender import readings

_ONLY_THE_EN = re.compile(r"(?:^|[,;:]\s+|\b(?:that|and|but|because)\s+)only\s+the\b",
                          re.IGNORECASE)
_SEULEMENT = re.compile(r"(?:^|(?<=[,;:] )|(?<=\bque )|(?<=\bqu[’'])|(?<=\bet )|(?<=\bmais )"
                        r"|(?<=\bcar ))([Ss])eulement (le |la |les |l[’'])(" + LOWER_WORD + ")")


def _seul(m: re.Match[str]) -> str:
    art, noun = m.group(2), m.group(3)
    nouns = [r for r in readings([noun]).get(noun, ()) if r.pos == "n"]
    feminine = art == "la " or (art != "le " and bool(nouns) and nouns[0].gender == "f")
    if art not in ("la ", "le ") and not nouns:
        return m.group(0)  # "l'" before a word that is no noun: its gender is not known
    plural = art == "les "
    seul = m.group(1) + "eul" + ("e" if feminine else "") + ("s" if plural else "")
    return f"{seul} {art}{noun}"


def only_subjects(source: str, french: str) -> str:
    """ "seulement le peuple du Venezuela" -> "seul le peuple du Venezuela" where the English
    has *only the* opening a clause's subject (``plural_subjects`` then agrees the verb)."""
    if "eulement" not in french or not _ONLY_THE_EN.search(source):
        return french
    return _SEULEMENT.sub(_seul, french)

"""Plural nouns of products the analyser does not know (pre-editing, see ``preedit``).

English names classes of goods with the plural of an adjective ("chemicals",
"pharmaceuticals", "textiles"); the analyser knows some ("chemicals") and not others
("pharmaceuticals", "agrochemicals", "textiles"). An unknown word passes through untranslated
and the tagger then misreads its neighbours: "Chemicals and pharmaceuticals show stable
growth" -> "Substances chimiques et pharmaceuticals spectacle croissance" (the verb read as a
noun). French says these "produits" + the adjective ("produits pharmaceutiques", "produits
textiles", Petit Robert s.v. *pharmaceutique*, *textile*): the word is said "pharmaceutical
products", which the engine reads as a noun phrase and its verb as a verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from daybook.translate.processes import word_readings

if TYPE_CHECKING:
    from daybook.translate.units import Unit

Edit = tuple[int, int, str]

# Adjectives whose plural names a class of goods: the chemical and pharmaceutical families
# (pharma-/nutra-/cosmeceutical, agro-/bio-/petrochemical) and "textile". Not every -ical
# adjective ("periodicals", "physicals", "medicals" name other things).
_GOODS_ENDINGS = ("chemical", "ceutical", "textile")

TRIGGERS = (r"\b[a-z]*(?:chemical|ceutical|textile)s\b",)


def goods_plural(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "pharmaceuticals" -> "pharmaceutical products": a word the analyser does not know
    (no tags), the plural of an adjective it knows whose ending names goods; capitalised only
    where a sentence opens."""
    unit = units[k]
    word = unit.surface
    if unit.tags or not word.endswith("s") or not word[1:].islower():
        return None
    if word[0].isupper() and k and units[k - 1].pos not in ("sent", "lquot", "lpar"):
        return None  # in a name ("the Pharmaceuticals Company")
    stem = word[:-1]
    if not stem.lower().endswith(_GOODS_ENDINGS):
        return None
    readings = word_readings([stem.lower()]).get(stem.lower(), ())
    if not any(r.endswith("<adj>") for r in readings):
        return None
    return unit.start, unit.end, stem + " products"

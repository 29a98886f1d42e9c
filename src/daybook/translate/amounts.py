"""*a lot*, *much* as the subject of a passive, and *relocate* people from their housing, as
French says them (the English beside the French; run with ``sourced.source_rules``):

- *a lot was done*, *much has been done*, *a great deal remains to be done*: the pivot
  reads *a lot* as the adverb "très" ("Très a été fait", "Très il a été fait", "Beaucoup il
  a été fait"); French
  says the quantity "beaucoup" as the subject ("Beaucoup a été fait", Petit Robert,
  *beaucoup* II: "beaucoup reste à faire");
- *a lot remains to be done* "beaucoup de restes pour être faites" -> "il reste beaucoup à
  faire";
- *relocate*, *resettle* people from (dilapidated, unsafe) housing: the pivot's
  "déplacer" (Catalan "traslladar", a displacement) -> "reloger" (to rehouse: Petit
  Robert), in the engine's tense and person; only where the English speaks of housing,
  homes, flats or barracks (a plant is relocated, "déplacé"); *resettle* people elsewhere
  (*the resettling of Old-Believers from abroad*, *families have been resettled in the Far
  East*): "réinstaller" (Petit Robert: "installer de nouveau", the word for refugees and
  settlers), where no other verb of the English can be the "déplacer" (*move*,
  *relocate*, *displace*, *transfer*, *shift*) and "déplacer" comes no more often than
  *resettle*.
"""

from __future__ import annotations

import re

from daybook.translate.collocations import reverb
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

_A_LOT_EN = re.compile(r"\b(?:a\s+lot|much|a\s+great\s+deal|a\s+good\s+deal)\s+(?:has|have|had|"
                       r"was|were|will|is|remains|remained|still|needs|must|can|could|should|"
                       r"would|is\s+being)\b", re.IGNORECASE)
_TRES_FR = re.compile(_B + r"(?:([Tt])rès|([Bb])eaucoup) (?:il )?(?=(?:a|avait|aura|sera|est|"
                      r"reste|restait|doit|peut|pourrait|devrait|devra|va|encore|serait|"
                      r"était|a été)" + _E + ")")
_REMAINS_EN = re.compile(r"\b(?:a\s+lot|much|a\s+great\s+deal)\s+(?:still\s+)?remains\s+to\s+be\s+"
                         r"done\b", re.IGNORECASE)
# the pivot's noun "restes" (*remains*, leftovers) and a passive infinitive
_RESTES_FR = re.compile(_B + r"([Bb])eaucoup (?:de )?restes? (?:encore )?(?:pour|à) être fai\w*"
                        + _E)
_RELOCATE_EN = re.compile(r"\b(?:relocat|resettl)\w*\b[^.;:!?]*\b(?:housing|homes?|flats?|"
                          r"apartments?|barracks|dwellings?|residential|slums?)\b",
                          re.IGNORECASE)
_DEPLACER = re.compile(_B + r"(déplac\w*|déplaç\w*)" + _E)
_RESETTLE_EN = re.compile(r"\bresettl\w*", re.IGNORECASE)
_MOVE_EN = re.compile(r"\b(?:mov|relocat|displac|transfer|shift)\w*", re.IGNORECASE)


def a_lot(source: str, french: str) -> str:
    """ "Très a été fait" -> "Beaucoup a été fait" where the English says *a lot was done*;
    "déplacer des personnes de logements" -> "reloger" where it *relocates* people from
    housing."""
    if ("rès " in french or "eaucoup il" in french) and _A_LOT_EN.search(source):
        french = _TRES_FR.sub(lambda m: ("B" if (m.group(1) or m.group(2)).isupper() else "b")
                              + "eaucoup ",
                              french, count=len(_A_LOT_EN.findall(source)))
    if "reste" in french and _REMAINS_EN.search(source):
        french = _RESTES_FR.sub(lambda m: ("I" if m.group(1) == "B" and m.start() == 0 else "i")
                                + "l reste beaucoup à faire", french)
    if "dépla" in french and _RELOCATE_EN.search(source):
        french = _DEPLACER.sub(lambda m: reverb(m.group(1), "reloger") or m.group(1), french)
    elif "dépla" in french and not _MOVE_EN.search(source) and len(_DEPLACER.findall(
            french)) <= len(_RESETTLE_EN.findall(source)):
        french = _DEPLACER.sub(lambda m: reverb(m.group(1), "réinstaller") or m.group(1),
                               french)
    return french

"""*all* + a plural noun phrase in French: "tous nos", "toutes ces", "tous les".

The pivot writes Catalan "tot" ("tots els" lost its agreement) as "tout" before a plural
determiner ("Tout ces questions", "tout nos collègues"; "tout les" ``frames`` agrees), and
*all* before a bare plural as "toutes" with no article ("Toutes salles de classe", "presque
tous pays"); French says "toutes ces questions", "tous nos collègues", "toutes les salles
de classe", "tous les pays" (``quantifiers`` says *all the* before Apertium where *all*
opens a clause; this rule reads the French anywhere). "tout des" (*all of the*) is "tous
les", "tout de nos" (*all of our*) "tous nos". The gender is the noun's, read with
Apertium's French analyser; only where the source says *all*, never "avant tout", "après
tout", "malgré tout" (*above all*...).
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD, cased_like
from daybook.translate.gender import Reading, readings

_ALL = re.compile(r"\ball\b", re.IGNORECASE)
_DETS = "ces|nos|vos|leurs|ses|mes|des"  # "tout les": ``frames``
# "tout les cadets", "tout nos chers collègues": the noun up to one adjective after.
_TOUT = re.compile(rf"(?<![\w’'-])(?<!avant )(?<!après )(?<!malgré )(?<!du )"
                   rf"(?P<tout>[Tt]out) (?:de )?(?P<det>{_DETS}) (?P<a>{LOWER_WORD})"
                   rf"(?: (?P<b>{LOWER_WORD}))?(?![\w’'-])")
# "Toutes salles de classe", "tous secteurs": a plural noun right after.
_BARE = re.compile(rf"(?<![\w’'-])(?P<tout>[Tt]ous|[Tt]outes) (?P<a>{LOWER_WORD})"
                   rf"(?![\w’'-])")


def _noun(word: str | None, reads: dict[str, tuple[Reading, ...]],
          after_det: bool = False) -> Reading | None:
    """The word's plural noun reading, when it has no verb's, pronoun's or determiner's
    (after a determiner, a verb's reading too: "nos entreprises")."""
    got = reads.get(word or "", ())
    if any(r.pos in ("det", "prn", "adv", "pr") or (not after_det and r.pos in (
            "vblex", "vbser", "vbhaver", "vbmod", "pp")) for r in got):
        return None
    return next((r for r in got if r.pos == "n" and r.number in ("pl", "sp")), None)


def all_plural(source: str, french: str) -> str:
    """ "tout nos collègues" -> "tous nos collègues", "Tout ces questions" -> "Toutes ces
    questions", "Toutes salles de classe" -> "Toutes les salles de classe" where the source
    says *all*."""
    if "tou" not in french.lower() or not _ALL.search(source):
        return french
    spots = [*_TOUT.finditer(french), *_BARE.finditer(french)]
    if not spots:
        return french
    reads = readings(sorted({w for m in spots for w in (m.group("a"), m.groupdict().get("b"))
                             if w}))

    def tout(m: re.Match[str]) -> str:
        noun = _noun(m.group("a"), reads, True) or (
            _noun(m.group("b"), reads, True) if any(r.pos == "adj" for r in reads.get(
                m.group("a"), ())) else None)
        if noun is None:
            return m.group(0)
        word = "toutes" if noun.gender == "f" else "tous"
        det = "les" if m.group("det") == "des" else m.group("det")
        rest = m.group(0)[m.end("det") - m.start():]
        return cased_like(f"{word} {det}", m.group("tout")) + rest

    def bare(m: re.Match[str]) -> str:
        noun = _noun(m.group("a"), reads)
        if noun is None:
            return m.group(0)
        word = "toutes" if noun.gender == "f" else "tous"
        return cased_like(f"{word} les {m.group('a')}", m.group("tout"))

    return _BARE.sub(bare, _TOUT.sub(tout, french))

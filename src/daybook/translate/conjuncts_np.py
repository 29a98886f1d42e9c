"""A second noun joined by "et" to a noun phrase, with the determiner it needs.

English says the determiner once for two nouns ("a constructive dialogue and cooperation",
"with fists and violence"), and so does the pivot ("un dialogue constructif et
coopération", "avec des poings et violence"); French repeats it, and must where the second
noun's gender or number is not the first determiner's: "un dialogue constructif et une
coopération", "des poings et de la violence", "une prévention et des diagnostics". Only
then (two plurals, "des plans et initiatives", are left as they are), the second noun read
as a noun only by Apertium's French analyser, the first as a noun after its determiner,
the word between them (if any) an adjective.
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD
from daybook.translate.gender import DETERMINERS, Reading, determiner, readings

_PHRASE = re.compile(
    rf"(?<![\w’'-])(?<!de )(?<!à )(?<![dD][’'])"
    rf"(?P<det>[Ll]es|[Dd]es|[Ss]es|[Ll]eurs|[Nn]os|[Vv]os|[Cc]es|[Ll]e|[Ll]a|[Uu]n|[Uu]ne|"
    rf"[Ss]on|[Ss]a|[Ll]eur|[Nn]otre|[Vv]otre|[Cc]e|[Cc]ette|[Dd]u) "
    rf"(?P<first>{LOWER_WORD})(?: (?P<adj>{LOWER_WORD}))? et (?P<second>{LOWER_WORD})"
    r"(?![\w’'-])")


def _only(reads: tuple[Reading, ...], pos: str) -> bool:
    return bool(reads) and all(r.pos == pos for r in reads)


def _rewrite(m: re.Match[str], reads: dict[str, tuple[Reading, ...]]) -> str:
    det, first, adj, second = (m.group("det").lower(), m.group("first"), m.group("adj"),
                               m.group("second"))
    kind, g, n = DETERMINERS[det]
    nouns = [r for r in reads.get(second, ()) if r.pos == "n"]
    if len(second) < 3 or not _only(reads.get(second, ()), "n") or not any(
            r.pos == "n" for r in reads.get(first, ())) or any(
            r.pos in ("prn", "det") for r in reads.get(first, ())) or (
            adj is not None and not _only(reads.get(adj, ()), "adj")):
        return m.group(0)
    gender, number = nouns[0].gender, nouns[0].number
    if number == "sp" or (number == n and (gender == "mf" or g == "mf" or gender == g)):
        return m.group(0)  # the first determiner fits the second noun too
    # "des" before a singular is partitive: "des poings et de la violence".
    if number == "pl":
        new = determiner("des" if kind in ("un", "du") else det, gender, "pl", second)
    else:
        new = determiner({"des": "du", "les": "le", "ses": "son", "leurs": "leur",
                          "nos": "notre", "vos": "votre", "ces": "ce"}.get(det, det),
                         gender, "sg", second)
    if new is None:
        return m.group(0)
    sep = "" if new.endswith(("'", "’")) else " "
    return f"{m.group(0)[:m.start('second') - m.start()]}{new}{sep}{second}"


def conjuncts(french: str) -> str:
    """ "un dialogue constructif et coopération" -> "un dialogue constructif et une
    coopération", "avec des poings et violence" -> "avec des poings et de la violence"."""
    if " et " not in french:
        return french
    spots = list(_PHRASE.finditer(french))
    if not spots:
        return french
    reads = readings(sorted({w for m in spots for w in (m.group("first"), m.group("adj"),
                                                        m.group("second")) if w}))
    return _PHRASE.sub(lambda m: _rewrite(m, reads), french)

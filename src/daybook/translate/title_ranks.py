"""Roles made from other roles by a word of rank or of time (general French usage).

English makes an office's holder for a while, a second or one not yet sworn in with the same
few words before or after any role: "Acting Governor", "Deputy Speaker", "First Deputy
Director", "President-elect", "Prime Minister-designate". French has one form for each
(Larousse; the French press's usage): "gouverneur par intérim", "vice-président" (a
president's, a minister's or a governor's second: "vice-ministre", "vice-gouverneur",
"vice-chancelier"), "directeur adjoint" (any other head's: "chef adjoint", "secrétaire
adjoint du Conseil de sécurité", "directeur général adjoint"), "premier ...", "président élu",
"Premier ministre désigné". ``derived_roles`` writes them for every role of the vocabulary
whose French head takes them, so that a title with "Acting President of X" or "Deputy Head of
Y" reads with the role grammar instead of going to the engine.
"""

from __future__ import annotations

import re

# French heads whose second is "vice-" ("vice-président", "vice-ministre"); any other of
# _HEADS takes "adjoint" after the head ("chef adjoint", "directeur général adjoint").
_VICE = ("président", "Premier ministre", "ministre", "gouverneur", "chancelier")
_HEADS = frozenset({
    "président", "Premier", "ministre", "gouverneur", "chancelier", "chef", "directeur",
    "secrétaire", "procureur", "maire", "commissaire", "représentant", "envoyé", "PDG",
    "recteur", "commandant", "président-directeur"})
# Where a role's complement starts: "secrétaire | du Conseil de sécurité".
_COMPLEMENT = re.compile(r" (?=(?:de la|de l’|du|des|d’|de|aux|auprès de|dans|à|pour) \S)")
# English words joined to a role, and the French they give it.
_AFTER = {"-elect": " élu", "-designate": " désigné"}


def _deputy(fr: str) -> str | None:
    """The second of a role: "vice-" before a president's, a minister's, a governor's,
    "adjoint" after any other head ("chef adjoint de ..."); None for a head with neither
    or an "adjoint" already."""
    if "adjoint" in fr or fr.startswith(("vice-", "PDG")) or fr.split(" ")[0] not in _HEADS:
        return None
    if fr.startswith(_VICE):
        return "vice-" + fr
    cut = _COMPLEMENT.search(fr)
    head, rest = (fr[:cut.start()], fr[cut.start():]) if cut else (fr, "")
    if " " in head and head.split(" ")[-1][:1].isupper():
        return None  # "attaché de presse" style heads with their own noun: not derived
    return f"{head} adjoint{rest}"


def derived_roles(roles: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The roles ``roles`` (English -> (French, gender)) gives with "Acting", "Deputy",
    "First Deputy", "-elect", "-designate", those it lacks: "Acting Governor" ->
    "gouverneur par intérim", "Deputy Speaker" -> "vice-président", "President-elect" ->
    "président élu"."""
    out: dict[str, tuple[str, str]] = {}
    for en, (fr, gender) in roles.items():
        if not en[:1].isupper() or fr.split(" ")[0] not in _HEADS or en.startswith(
                ("Acting", "Deputy", "First Deputy", "Vice", "First Vice", "Former")):
            continue
        out[f"Acting {en}"] = (f"{fr} par intérim", gender)
        deputy = _deputy(fr) if gender == "m" and "-in-" not in en else None
        if deputy is not None:
            out[f"Deputy {en}"] = (deputy, gender)
            out[f"First Deputy {en}"] = (f"premier {deputy}", gender)
        if re.fullmatch(r"[A-Z][a-z]+|Prime Minister", en):
            for after, word in _AFTER.items():
                out[en + after] = (fr + word, gender)
    return {k: v for k, v in out.items() if k not in roles}

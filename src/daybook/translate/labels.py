"""Roles of speaker labels and participant lists in French, by the role grammar of titles
(``titles.role_fr``) where the whole role is not in its vocabulary.

The site's labels hold roles the vocabulary knows only in part: a role in capitals ("DEPUTY
CHIEF OF STAFF OF THE PRESIDENTIAL EXECUTIVE OFFICE AND PRESIDENTIAL PRESS SECRETARY", as
older transcripts print it), two roles joined by "and", a known role with a complement
("Moderator of the Valdai Club’s plenary session") or with a modifier before it ("Direct
Line programme host"). The engine alone wrote "Moderator de la séance plénière" and "DÉPUTÉ
CHIEF DE PERSONNEL": each known role is written by the grammar (in the feminine for a
woman) and only the complement or the modifier goes to the engine, as a noun phrase put
after "de" ("modérateur de la séance plénière du club Valdaï", "animateur du programme de la
Ligne directe").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from daybook.translate.french import contract, lower_article
from daybook.translate.titles import role_fr

_SMALL = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"})
_MARK = "\x00{}\x00"


def site_case(role: str) -> str:
    """A role printed in capitals in the site's own case ("PRESIDENT OF RUSSIA" ->
    "President of Russia"); short words ("CEO", "UN") stay in capitals, others unchanged."""
    words = role.split()
    if not any(len(w) > 3 for w in words) or role != role.upper():
        return role
    out = []
    for k, w in enumerate(words):
        if w.lower() in _SMALL and k:
            out.append(w.lower())
        elif len(w) <= 3 and w.isalpha():
            out.append(w)
        else:
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


@dataclass(frozen=True, slots=True)
class RolePlan:
    """A role's French with marks where the engine's French of ``pieces`` goes (after
    "de"); no pieces when the vocabulary writes it all, None as ``frame`` when it knows no
    part of it (the engine gets the whole role)."""

    role: str
    frame: str | None
    pieces: tuple[str, ...] = ()

    def for_engine(self) -> tuple[str, ...]:
        """The English texts the engine must translate for this role."""
        return self.pieces if self.frame is not None else (self.role,)

    def fill(self, done: Mapping[str, str]) -> str | None:
        """The role in French from the engine's French of the pieces, or None when a piece
        is missing."""
        if self.frame is None:
            return None
        out = self.frame
        for k, piece in enumerate(self.pieces):
            fr = done.get(piece)
            if not fr:
                return None
            out = out.replace(_MARK.format(k), contract("de", lower_article(fr.strip())))
        return out


def _known(role: str, female: bool) -> str | None:
    """The vocabulary's French of a whole role, also with its first letter in the other case
    ("editor-in-chief" as "Editor-in-chief", "Teacher" as "teacher")."""
    found = role_fr(role, female=female)
    if found is None and role[:1].isalpha():  # "editor-in-chief", "Teacher"
        other = role[:1].upper() if role[:1].islower() else role[:1].lower()
        found = role_fr(other + role[1:], female=female)
    return found


def _headed(role: str, female: bool, pieces: list[str]) -> str | None:
    """A role whose head the vocabulary knows: whole, "Head of X" or "X Head"."""
    whole = _known(role, female)
    if whole is not None:
        return whole
    words = role.split()
    # "Moderator of the Valdai Club’s plenary session": the longest known head before "of".
    for k in range(len(words) - 1, 0, -1):
        if words[k] != "of" or k == len(words) - 1:
            continue
        head = _known(" ".join(words[:k]), female)
        if head is not None:
            pieces.append(" ".join(words[k + 1:]))
            return f"{head} {_MARK.format(len(pieces) - 1)}"
    # "Direct Line programme host": the longest known head after a modifier that is no
    # list ("X of Y and Z"), no possessive, no dash, and no role itself.
    for k in range(1, len(words)):
        head = _known(" ".join(words[k:]), female)
        if head is not None:
            modifier = " ".join(words[:k])
            if ("and" in words[1:k] or modifier.endswith(("’s", "'s")) or not any(
                    c.isalnum() for c in words[k - 1]) or _known(modifier, female)):
                return None
            pieces.append(modifier if words[0].lower() == "the" else f"the {modifier}")
            return f"{head} {_MARK.format(len(pieces) - 1)}"
    return None


def role_plan(role: str, *, female: bool = False) -> RolePlan:
    """How ``role`` is written in French: the vocabulary's words and the engine's pieces."""
    key = site_case(" ".join(role.split()))
    whole = _known(key, female)
    if whole is not None:
        return RolePlan(role, whole)
    # Two roles, each with a known head: "Deputy Chief of Staff ... and Presidential Press
    # Secretary", "Deputy Prime Minister – Minister of Defence", "Moderator of the plenary
    # session, Bloomberg Editor-in-Chief" (", " in French but for "and").
    for m in re.finditer(r" and | [–—-] |, ", key):
        left_pieces: list[str] = []
        left = _headed(key[:m.start()], female, left_pieces)
        right_pieces: list[str] = []
        right = _headed(key[m.end():], female, right_pieces) if left else None
        if left is not None and right is not None:
            for k in range(len(right_pieces)):
                right = right.replace(_MARK.format(k), _MARK.format(k + len(left_pieces)))
            return RolePlan(role, left + (" et " if m.group(0) == " and " else ", ") + right,
                            tuple(left_pieces + right_pieces))
    pieces: list[str] = []
    return RolePlan(role, _headed(key, female, pieces), tuple(pieces))

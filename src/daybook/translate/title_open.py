"""A title's slot the grammar reads but for one noun phrase: that phrase alone to the engine.

A slot no table reads whole is most often a phrase the grammar reads but for one noun
phrase holding a word it does not know: "builders of the biobank in Novosibirsk" ("the
biobank"), "President of Argentina on hydrogen cooperation" ("hydrogen cooperation").
Sending the whole slot to the engine loses what the grammar writes well (names, places,
roles, "les constructeurs"). ``open_phrase`` cuts the slot at a preposition into a head and
its complement: the part the grammar reads is written in French, the other is read the same
way again or goes to the engine alone (``named.OPEN``), after the French preposition the
engine's article contracts with ("de" + "la biobanque"). Of the cuts, the one leaving the
engine the fewest words wins. A preposition inside a name ("Institute of Cell Biophysics")
or a compound of the lexicon ("quality of life") is no cut.
"""

from __future__ import annotations

import re

from daybook.translate.named import CLOSE, OPEN
from daybook.translate.title_np import PREPS, splits_compound, with_prep
from daybook.translate.title_roles import role_fr
from daybook.translate.title_stack import Resolve
from daybook.translate.title_vocab import READING

__all__ = ["open_phrase"]

# The French preposition the engine's piece takes after it, contracted with the article the
# engine writes ("de" + "la biobanque" -> "de la biobanque", "à" + "le" -> "au"); another
# preposition ("in", "at": "à", "en" or "dans" by the noun) goes to the engine with it.
_BEFORE_PIECE = {"of": "de", "for": "pour", "on": "sur", "with": "avec", "to": "à",
                 "about": "sur", "against": "contre"}
_CUT = re.compile(r" (" + "|".join(PREPS) + r") ")
_DETERMINED = re.compile(r"(?i)(?:the|a|an|his|her|its|their|our|this|that|these|those|all|"
                         r"each|every|some|any|both|many|several|no|\d+)\s|[a-z]+ing\s")


def _piece(text: str, prep: str) -> str:
    """The engine's piece: the English text with "the" where it has no determiner, as
    French wants one ("avec les constructeurs"; Apertium writes "le Ingouchie" for a
    capital: none then), unless it opens with its own preposition ("in a mudslide")."""
    article = "" if _DETERMINED.match(text) or text[:1].isupper() or \
        text.split(" ", 1)[0] in PREPS else "the "
    return f"{OPEN}{prep}|{article}{text}{CLOSE}"


def _in_name(head: str, prep: str, rest: str) -> bool:
    """A preposition between two capitalised words is a name's ("Council for Strategic
    Development", "Institute of Cell Biophysics"), as the title writes them (a lowered
    reading of a headline keeps no capitals: "Health of the Nation" is still a name)."""
    before = head.split(" ")[-1]
    after = re.sub(r"^(?:the|a|an)\s+", "", rest, flags=re.I).split(" ", 1)[0]
    written = re.search(rf"(?i)(?<![\w’'-]){re.escape(before)} {prep} (?:(?:the|a|an) )?"
                        rf"{re.escape(after)}(?![\w’'-])", " ".join(READING.get().split()))
    if written is not None:
        words = written[0].split(" ")
        before, after = words[0], words[-1]
    # A role before its organisation is no name's word: "Head of Rosrybolovstvo".
    return before[:1].isupper() and after[:1].isupper() and role_fr(head) is None


def _read(text: str, resolve: Resolve) -> str | None:
    """The grammar's French of a part; a name of several words kept as written ("Alabuga
    SEZ") is none: its common words would stay in English."""
    found = resolve(text)
    return None if found == text and " " in text else found


# What "to" takes as a preposition: a determined or named phrase, a plural ("to veterans");
# otherwise it may be an infinitive's ("to attend the summit").
_NOUN_START = re.compile(r"(?:the|a|an|his|her|its|their|our|this|that|these|those|all|"
                         r"\d+\w*)\s|[A-Z]|\w+s\b")
# A verb's auxiliary makes a clause, which is no noun phrase for the engine to fill in.
_CLAUSE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|can|"
                     r"could|may|might|must|does|did)\b")


def open_phrase(x: str, resolve: Resolve, depth: int = 0, *, title: bool = False
                ) -> str | None:
    """``x`` in French with one noun phrase marked for the engine, or None when no cut
    leaves the grammar a head and a complement it reads (or when it reads them all). A
    whole ``title`` keeps its head to the grammar (its head may be a clause: "Park zone
    was opened in the city")."""
    if _CLAUSE.search(x):
        return None
    words = x.split(" ")
    if depth > 2 or len(words) > 16:
        return None
    best: tuple[int, str] | None = None
    for m in _CUT.finditer(x):
        head, prep, rest = x[:m.start()], m[1], x[m.end():]
        if prep == "to" and not _NOUN_START.match(rest):
            continue
        if _in_name(head, prep, rest) or splits_compound(words, len(head.split(" "))) \
                or not rest or not re.search(r"[a-z]", head):
            continue
        head_fr, rest_fr = _read(head, resolve), _read(rest, resolve)
        found: str | None = None
        if head_fr is not None and rest_fr is not None:
            # Both read, a head the noun-phrase grammar does not extend (a role, a person:
            # "President of Argentina on hydrogen cooperation"): joined, nothing left.
            if depth or OPEN in head_fr + rest_fr:
                continue
            found = f"{head_fr} {with_prep(prep, rest_fr)}"
        elif head_fr is not None and OPEN not in head_fr:
            inner = open_phrase(rest, resolve, depth + 1)
            if inner is not None and inner.startswith(OPEN + "|") and prep in _BEFORE_PIECE:
                tail = OPEN + _BEFORE_PIECE[prep] + inner[len(OPEN):]
            elif inner is not None and not inner.startswith(OPEN):
                tail = with_prep(prep, inner)
            elif prep in _BEFORE_PIECE:
                tail = _piece(rest, _BEFORE_PIECE[prep])
            else:
                tail = _piece(f"{prep} {rest}", "")
            found = f"{head_fr} {tail}"
        elif rest_fr is not None and OPEN not in rest_fr and _CUT.search(head) is None \
                and not title \
                and re.match(r"(?:the|a|an)\s|[A-Z]", rest):
            # The head alone, no phrase with its own complement ("Prime Minister of X on
            # the situation": the grammar reads the role), before a whole phrase (not a
            # stack going on: "65th Anniversary of Victory Jubilee Medals").
            found = f"{_piece(head, '')} {with_prep(prep, rest_fr)}"
        if found is None:
            continue
        size = len(found.partition(OPEN)[2].partition(CLOSE)[0].split(" ")) \
            if OPEN in found else 0
        if best is None or size < best[0]:
            best = (size, found)
    return best[1] if best is not None else None

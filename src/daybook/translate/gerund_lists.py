"""A list of gerunds after a preposition, each member said as a noun (pre-editing).

English lists gerund phrases after a preposition (*focus on improving the culture, creating
incentives for companies, upgrading the legal base and actively spreading the best
practices*; *ways of improving health, developing medical science and promoting ...*).
``preedit`` says the first one as a noun ("of the improvement of": "l'amélioration de"),
but ``eng-cat`` reads the next ones as participles of clauses of their own ("créant des
stimulants, en mettant à jour la base légale et activement en tartinant"). French keeps
the list's members alike (Grevisse, *Le Bon Usage*, § 269: coordinated terms of the same
function and nature); each member is said as a noun too, with the verb's noun of
``preedit``'s table (*creating incentives* -> *the creation of incentives*: "la création de
stimulants"), an adverb in -ly before it as the adjective ("actively spreading" -> "the
active spreading"), *also* left where it is, and the list's *of* or *to* said again, which
French repeats ("du renforcement des valeurs et de l'éducation des générations").

A member is a gerund after a comma or *and*/*or*, with a noun phrase after it, whose list
opens with a gerund after one of ``preedit``'s prepositions (*of*, *for*, *on*, *to*...)
in the same sentence, with no clause between: walking back to that gerund, a finite verb
is allowed only after a relative word (*companies that want to use*); a finite verb of a
main clause (*On arriving, the President met them, discussing ...*: an adverbial
participle) ends the search. *include* (*including*, *includes*) and a colon open such a
list too, the first gerund said as a noun by ``preedit`` ("comprend la construction de
routes, la réparation de ponts", was "comprend bâtissant de nouvelles routes, réparer").
The search for the opening gerund stops at a semicolon, a colon or a dash (a colon opens a
list only right before its first gerund); not a gerund that
shares its object with the one before (*in preparing and holding the Cup*).

After the engine (``holding``): *holding* said as a noun (*preparations for holding the
exam*, *contribution to holding the Olympics*) comes out the company's "holding"
("préparations pour le holding de l'étape"); French says "la tenue de" (Petit Robert,
*tenue* I.1: "le fait de tenir une assemblée, une séance").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from daybook.translate.processes import remembered_readings
from daybook.translate.units import NP_START, Unit

__all__ = ["holding", "member"]

Edit = tuple[int, int, str]

_FINITE = frozenset(("vbser", "vbhaver", "vbmod", "vbdo"))
_RELATIVE = frozenset(("that", "which", "who", "whom", "whose", "where"))
_REPEATED = frozenset(("of", "to"))
_STOP = frozenset(("sent", "guio", "lpar", "rpar", "lquot", "rquot"))


def _gerund(u: Unit) -> bool:
    return u.pos == "vblex" and (u.has("ger") or u.has("pprs") or u.has("subs")) \
        and u.surface.endswith("ing") and u.surface.islower()


def _finite(u: Unit) -> bool:
    return u.pos in _FINITE or (u.pos == "vblex" and (u.has("pres") or u.has("past")))


def _glued(units: Sequence[Unit], i: int) -> bool:
    """Whether unit ``i`` is a hyphen inside a word (*eco-friendly*), not a dash."""
    return 0 < i < len(units) - 1 and units[i - 1].end == units[i].start \
        and units[i].end == units[i + 1].start


def _opens_list(units: Sequence[Unit], i: int, after: frozenset[str]) -> str | None:
    """The preposition (of ``after``) of the gerund that opens the list, walking back from
    unit ``i`` (before the comma or the conjunction before a member); None when there is
    none (see above)."""
    finite = False
    while i >= 0:
        u = units[i]
        if (u.pos in _STOP and not _glued(units, i)) or u.surface in (";", ":"):
            return None
        low = u.surface.lower()
        if _finite(u):
            finite = True
        elif low in _RELATIVE:
            finite = False
        elif u.pos == "cm" and finite:
            return None  # a clause of its own between
        elif _gerund(u) and i > 0 and ((units[i - 1].pos in ("pr", "adv")
                                         and units[i - 1].lemma.lower() in after)
                                        or opener(units[i - 1])):
            return None if finite else units[i - 1].lemma.lower()
        i -= 1
    return None


def opener(u: Unit) -> bool:
    """Whether a list of gerunds said as nouns may open after unit ``u`` with no
    preposition: *include* (*including building roads, repairing bridges*: "y compris la
    construction de routes, la réparation de ponts"), a colon (*three priorities: building
    roads, ...*)."""
    return (u.pos == "vblex" and u.lemma.lower() == "include") or u.surface == ":"


def _adjective(adverb: str) -> str | None:
    """ "actively" -> "active", "steadily" -> "steady": the adjective of an adverb in -ly,
    when the analyser knows it as one."""
    low = adverb.lower()
    for stem in (low[:-2], low[:-3] + "y" if low.endswith("ily") else "",
                 low[:-2] + "e" if low.endswith("bly") else ""):
        if len(stem) > 2 and any("<adj>" in r for r in remembered_readings([stem]).get(
                stem, ())):
            return stem
    return None


def member(line: str, units: Sequence[Unit], k: int, nouns: Mapping[str, str],
           after: frozenset[str]) -> Edit | None:
    """ "..., creating incentives" -> "..., the creation of incentives" in a list opened by a
    gerund after a preposition of ``after``; ``nouns``: a verb's noun (``preedit``'s
    table); see above."""
    u = units[k]
    if not _gerund(u) or u.lemma.lower() not in nouns or k < 2 or k + 1 >= len(units) \
            or units[k + 1].pos not in NP_START:
        return None
    i, start, adjective = k - 1, u.start, ""
    if units[i].pos == "adv" and units[i].surface.lower().endswith("ly"):
        made = _adjective(units[i].surface)
        if made is None:
            return None
        start, adjective = units[i].start, made + " "
        i -= 1
    elif units[i].pos == "adv":
        i -= 1  # "and also resolving": *also* stays
    if i < 1 or units[i].pos not in ("cm", "cnjcoo") or units[i - 1].pos in ("vblex", "pr"):
        return None  # "in preparing (for) and holding the Cup": one object for both verbs
    prep = _opens_list(units, i - 1, after)
    if prep is None:
        return None
    nxt = units[k + 1]
    article = " the" if nxt.pos in ("adj", "n") and "acr" not in nxt.tags else ""
    # French says "de" and "à" again before each member ("du renforcement ... et de
    # l'éducation"; Grevisse, § 1044)
    again = f"{prep} " if prep in _REPEATED else ""
    return start, u.end, f"{again}the {adjective}{nouns[u.lemma.lower()]} of{article}"


_HOLDING = re.compile(r"(?<![\w’'-])(?:(le|du|au|Le|Du|Au) )holding (?=d['’]|de |du |des )")
_TENUE = {"le": "la tenue", "du": "de la tenue", "au": "à la tenue"}
# *holding* with an object or an *of* (the gerund or its noun), not *a holding company*
_HOLDING_EN = re.compile(r"\bholding (?:the|a|an|this|these|its|their|our|of)\b", re.IGNORECASE)


def holding(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "pour le holding de l'étape" -> "pour la tenue de l'étape" where the English has
    *holding* with an object or *of* (a gerund, not a company)."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if "holding" in text and _HOLDING_EN.search(source):

            def tenue(m: re.Match[str]) -> str:
                new = _TENUE[m.group(1).lower()]
                return (new[:1].upper() + new[1:] if m.group(1)[:1].isupper() else new) + " "

            out[k] = _HOLDING.sub(tenue, text)
    return out

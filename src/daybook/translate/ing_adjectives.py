"""-ing words before a noun that eng-cat's tagger reads as verbs ("dans défiant des
circonstances", "résoudre presser des questions"): replaced before the engine by an English
adjective it translates (*challenging* -> *difficult*, 'difficile'). The table is
preedit_en.json's "adjectives"; ``preedit`` runs the rule. Gerunds the English dictionary has
no noun for, after a determiner and before no noun ("l'inonder", "son fonder" for *the
flooding*, *its founding*), get the noun of their sense the same way (its "gerund_nouns":
*flooding* -> *floods*, "les inondations")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from daybook.translate.units import Unit

# Adjectives in -ing eng-cat has with no Catalan ("des tâches beaucoup de" for *very
# challenging tasks*): replaced on the adjective's reading and after *and* too.
_LOST_ADJECTIVES = frozenset(("challenging",))


def before_noun(units: Sequence[Unit], k: int) -> bool:
    """Whether ``units[k]`` stands before a noun or an adjective, or before *and* and one
    ("leading and promising companies", "loving and generous parents")."""
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is not None and nxt.pos == "cnjcoo" and k + 2 < len(units):
        after = units[k + 3] if units[k + 2].pos in ("adv", "preadv") and k + 3 < len(units) \
            else units[k + 2]
        return after.pos == "adj" or (after.pos == "vblex" and after.surface.endswith("ing"))
    return nxt is not None and nxt.pos in ("adj", "n")


def _gerund_noun(units: Sequence[Unit], k: int, nouns: Mapping[str, str]) -> str | None:
    """The noun for a gerund of ``nouns`` read as a verb after a determiner or a possessive
    (or one and an adjective: *the massive flooding*), before no noun or adjective."""
    u = units[k]
    word = u.surface.lower()
    if word not in nouns or u.pos != "vblex" or before_noun(units, k) or k == 0:
        return None
    prev = units[k - 1]
    if prev.pos == "adj" and k > 1:
        prev = units[k - 2]
    return nouns[word] if prev.pos in ("det", "gen") else None


def adjective(units: Sequence[Unit], k: int, adjectives: Mapping[str, str],
              nouns: Mapping[str, str] | None = None) -> tuple[int, int, str] | None:
    """ "leading organisations" -> "major organisations" (the engine: "porteur"): an -ing
    word of ``adjectives`` (preedit_en.json) read as a verb between a determiner, an
    adjective or a preposition and a noun is replaced by the English adjective given; a
    gerund of ``nouns`` after a determiner by the noun given (``_gerund_noun``)."""
    u = units[k]
    word = u.surface.lower()
    if nouns and (noun := _gerund_noun(units, k, nouns)) is not None:
        return u.start, u.end, noun[:1].upper() + noun[1:] if u.surface[:1].isupper() else noun
    if word not in adjectives or not (
            u.pos == "vblex" or (u.pos == "adj" and word in _LOST_ADJECTIVES)) or \
            not before_noun(units, k):
        return None  # read as an adjective, the engine translates it ("de pointe")
    prev = units[k - 1] if k else None
    if prev is not None and prev.pos == "cnjcoo" and word not in _LOST_ADJECTIVES:
        return None  # "fierce and growing competition": the engine's coordination says it
    if prev is not None and prev.pos in ("vbser", "vbhaver", "adv", "prn", "n", "np") and \
            prev.surface.lower() not in ("most", "more", "least", "less") and not (
                prev.surface in ("'s", "’s") and k > 1 and units[k - 2].pos != "prn"):
        # "is leading talks": a verb; "farmers growing wheat": a participle clause; not
        # *the most challenging*, nor *today's* read as "today has"
        return None
    new = adjectives[word]
    return u.start, u.end, new[:1].upper() + new[1:] if u.surface[:1].isupper() else new

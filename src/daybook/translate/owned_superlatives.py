"""An owner's *'s* before *most* + an adjective and its noun, said after the noun (an
English pre-edit, run by ``preedit``).

English puts the range of a superlative before it as an owner (*our country's most
complicated problems*, *one of the world's most beautiful cities*, *the collection's most
outstanding and impressive masterpieces*). Before *most* + a participle the engine's tagger reads
the *'s* as *has* ("notre a compliqué des problèmes", "l'a avancé des technologies"), and
before *most* + an adjective it reads *most* as the quantifier ("un du monde la plupart des
belles villes"). French says the range after the noun with "de" and the article before the
superlative (Grevisse, *Le Bon Usage*, § 989: "les problèmes les plus compliqués de notre
pays", "l'une des plus belles villes du monde"); the engine writes that from *the more
complicated problems of our country*, *the more beautiful cities in the world* (*in the
world* is one of its units: "du monde"), as it already does from *the country's largest
airport*; *more*, as ``preedit_np.superlative`` says it, before an adjective, *most*
before a participle (the engine's *more* + participle is a verb). Only where *most* follows
the *'s* of a noun or a name, then adjectives (one, or two joined by *and*) and nouns up to
the last noun; not where the phrase goes on with *and*, a comma before another noun or
adjective, another owner's *'s* or *of*, nor with a hyphened word or an adverb after
*most* (*the world's most widely used*), which this does not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from daybook.translate.units import Unit

__all__ = ["owned_most"]

Edit = tuple[int, int, str]


def _adjective(u: Unit) -> bool:
    return u.pos == "adj" or (u.pos == "vblex" and ("pp" in u.tags or "past" in u.tags))


def _owner_start(units: Sequence[Unit], k: int) -> int | None:
    """Where the owner before the *'s* at ``k`` starts: back over nouns, names, adjectives
    and figures, then a determiner; None when the word before is no noun or name."""
    if k == 0 or units[k - 1].pos not in ("n", "np"):
        return None
    i = k
    while i > 0 and units[i - 1].pos in ("n", "np", "adj", "num"):
        i -= 1
    if i > 0 and units[i - 1].pos == "det":
        i -= 1
    return i


def _phrase_end(units: Sequence[Unit], j: int) -> int | None:
    """The index after the superlative's phrase from ``j`` (after *most*): one adjective or
    two joined by *and*, then adjectives and nouns up to the last noun; None where it has no
    noun or goes on in a way not read here."""
    if j >= len(units) or not _adjective(units[j]):
        return None
    j += 1
    if j + 1 < len(units) and units[j].pos == "cnjcoo" and units[j].lemma == "and" and \
            _adjective(units[j + 1]):
        j += 2
    end = None
    while j < len(units) and units[j].pos in ("n", "adj"):
        if units[j].pos == "n":
            end = j + 1
        j += 1
    if end is None or end != j:
        return None
    after = units[end:end + 2]
    if after and (after[0].pos in ("cnjcoo", "gen", "np") or after[0].lemma == "of" or
                  after[0].surface in ("'s", "’s") or (
                      after[0].pos == "cm" and len(after) > 1 and after[1].pos in ("adj", "n"))):
        return None  # "most modern airports and ports", "airports, ports": a list
    return end


def owned_most(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "our country's most complicated problems" -> "the most complicated problems in our
    country", "the world's most beautiful cities" -> "the most beautiful cities in the
    world" (``k``: the *'s*, read as an owner's or as *has*)."""
    u = units[k]
    if u.surface not in ("'s", "’s") or k + 1 >= len(units) or \
            units[k + 1].surface.lower() != "most":
        return None
    start = _owner_start(units, k)
    end = _phrase_end(units, k + 2)
    if start is None or end is None:
        return None
    owner = line[units[start].start:units[k - 1].end]
    first = units[start]
    opening = start == 0 and owner[:1].isupper()
    if opening and first.pos in ("det", "n") and owner[1:2].islower():
        owner = owner[:1].lower() + owner[1:]  # "Our country's" -> "in our country"
    if first.pos == "n" and "acr" not in first.tags:
        owner = "the " + owner  # "people's" -> "in the people"
    the = "The" if opening else "the"
    phrase = line[units[k + 2].start:units[end - 1].end]
    # "the more" before an adjective, as preedit_np.superlative says it (the engine's "most"
    # there is the quantifier); a participle keeps "most", which the engine then reads
    most = "more" if units[k + 2].pos == "adj" else units[k + 1].surface
    # *in the world* is one unit for the engine ("du monde"); "of" for the others
    of = "in" if owner.lower() == "the world" else "of"
    return first.start, units[end - 1].end, f"{the} {most} {phrase} {of} {owner}"

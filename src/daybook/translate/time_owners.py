"""A time adverb's possessive before a noun (*today's meeting*, *yesterday's deal*, *next
year's priorities*), which eng-cat's tagger reads as the adverb and *has* ("Je crois en
connaissant", "Spécialistes – de vainqueurs", "l'année que priorités": the word is lost),
said before the engine as the noun phrase and *of* + the adverb, which it translates ("la
rencontre d'aujourd'hui", "l'accord d'hier", "les priorités de l'année prochaine"; Robert &
Collins: *today's* "d'aujourd'hui"). Before *of* and its complement, *today's* is *the
current* ("la génération actuelle de soldats", not "la génération d'aujourd'hui de
soldats"). ``preedit`` runs the rule."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from daybook.translate.units import Unit

# The time adverbs the tagger reads as one unit before *'s*.
TIMES = frozenset(("today", "yesterday", "tomorrow", "tonight", "this year", "next year",
                   "last year", "this week", "next week", "last week", "this month",
                   "next month", "last month"))

TRIGGERS = (r"\b(?:today|yesterday|tomorrow|tonight|(?:this|next|last) (?:year|week|month))"
            r"['’]s \w",)

# ``ing_adjectives``' rule as ``preedit`` calls it: an edit (start, end, new) or None.
Adjective = Callable[[Sequence[Unit], int], tuple[int, int, str] | None]


def _words(line: str, units: Sequence[Unit], i: int, j: int, adjective: Adjective) -> str:
    """The text of ``units[i:j]``, an -ing adjective read as a verb replaced as
    ``ing_adjectives`` does it (*challenging* -> *difficult*)."""
    out, last = [], units[i].start
    for k in range(i, j):
        found = adjective(units, k)
        if found is not None:
            out.append(line[last:found[0]] + found[2])
            last = found[1]
    out.append(line[last:units[j - 1].end])
    return "".join(out)


def time_owner(line: str, units: Sequence[Unit], k: int,
               adjective: Adjective) -> tuple[int, int, str] | None:
    """ "today's meeting" -> "the meeting of today", "Today's challenging circumstances"
    -> "The difficult circumstances of today", "Today's generation of soldiers" -> "The
    current generation of soldiers": ``units[k]`` a time adverb of ``TIMES`` followed by
    *'s* read as *has* and a noun phrase of adjectives and nouns (an -ing word read as a
    verb ends it as a noun when no noun follows: *today's meeting to be*)."""
    u = units[k]
    if u.pos != "adv" or u.surface.lower() not in TIMES or k + 2 >= len(units):
        return None
    owner = units[k + 1]
    if owner.surface not in ("'s", "’s") or owner.start != u.end:
        return None
    j, head = k + 2, 0
    while j < len(units):
        w = units[j]
        if w.pos in ("n", "np") and "acr" not in w.tags:
            head = j + 1
        elif w.pos == "adj" or (w.pos == "vblex" and w.surface.lower().endswith("ing")):
            nxt = units[j + 1] if j + 1 < len(units) else None
            if nxt is None or nxt.pos not in ("n", "adj", "vblex"):
                if w.pos == "vblex":
                    head = j + 1  # "today's meeting to be": the -ing word is the noun
                break
        else:
            break
        j += 1
    if not head or units[head - 1].pos == "adj":
        return None
    phrase = _words(line, units, k + 2, head, adjective)
    when = u.surface.lower()
    the = "The" if u.surface[:1].isupper() else "the"
    if when == "today" and head < len(units) and units[head].lemma.lower() == "of":
        return u.start, units[head - 1].end, f"{the} current {phrase}"
    return u.start, units[head - 1].end, f"{the} {phrase} of {when}"

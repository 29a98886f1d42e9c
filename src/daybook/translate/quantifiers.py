"""*All* opening a clause before a bare plural noun, said "all the" before Apertium (called
from ``preedit``).

English says *all* before a bare plural ("All participants agreed", "All attempts to isolate
Russia have failed"); French says "tous les". Apertium's English tagger reads *all* there as
a pronoun and a noun that can be a verb as a verb ("Tous essaient d'isoler la Russie",
*attempts*; "Tous prévoient de le bâtir", *plans*), or keeps the noun and drops the article
or the agreement ("Tous pays conviennent", "Tout les participants", "Tout les régions").
With *the* it reads a determiner and a noun, and writes "Tous les pays", "Toutes les
régions", "Toutes les tentatives". Only at the opening of a clause (the sentence, after a
comma, a conjunction): after a preposition the engine has its own phrase ("at all levels":
"à tous les niveaux"; "at all the levels" comes out "en absolu les niveaux"), and after a
verb it writes the article itself ("appuyons tous les efforts"). Not *all* after its noun
or pronoun ("we all", "it all depends"), nor before *kinds*, *sorts* ("toutes sortes de").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from daybook.translate.processes import word_readings
from daybook.translate.units import Unit

__all__ = ["TRIGGERS", "all_the"]

Edit = tuple[int, int, str]

TRIGGERS = (r"(?:^|[,;:(–—]\s*|\b(?:and|but|or|that|while|because|if|when|as) )all "
            r"(?:\w+ )?\w+s\b",)
# What a clause opens after (besides the line's start).
_OPENERS = frozenset(("sent", "cm", "cnjcoo", "cnjsub", "lpar", "guio", "lquot", "rel"))
# Heads *all* takes without an article in French too ("toutes sortes de").
_NO_ARTICLE = frozenset(("kinds", "sorts", "intents"))
# What may follow a plural noun the tagger read as a verb: a preposition (*to*, *of*,
# *for*), a finite verb, a clause's end.
_AFTER_NOUN = frozenset(("pr", "vbser", "vbhaver", "vbmod", "vblex", "cm", "sent", "cnjcoo",
                         "rel"))


@cache
def plural_noun(word: str) -> bool:
    """Whether the engine's analyser reads ``word`` as a plural noun among its readings
    ("attempts", "plans"; not "depends")."""
    return any("<n><pl>" in r for r in word_readings([word]).get(word, ()))


def all_the(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "All attempts to" -> "All the attempts to", "All Russian regions" -> "All the
    Russian regions"; the edit (start, end, new), or None."""
    u = units[k]
    if u.surface.lower() != "all" or u.pos not in ("predet", "prn", "det"):
        return None
    if k > 0 and units[k - 1].pos not in _OPENERS:
        return None  # "at all levels", "we all", "it all depends"
    j = k + 1
    while j < len(units) and (units[j].pos == "adj" or units[j].lemma.lower() == "other"):
        j += 1  # "All Russian regions", "All other countries"
    if j >= len(units) or units[j].surface.lower() in _NO_ARTICLE:
        return None
    head, after = units[j], units[j + 1] if j + 1 < len(units) else None
    if head.pos == "n" and "pl" in head.tags:
        pass
    elif not (head.has("vblex", "pres", "p3", "sg") and " " not in head.lemma
              and after is not None and after.pos in _AFTER_NOUN
              and plural_noun(head.surface.lower())):
        return None  # "All looks good", "All depends on": a verb
    return u.start, u.end, f"{u.surface} the"

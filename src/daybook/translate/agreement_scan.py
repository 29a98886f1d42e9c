"""What ``agreement`` reads past when it looks back from a predicate for its subject, beyond
the noun phrase itself: the complements a subject's noun takes, and the gender a noun of
both genders has from its determiner.

A subject's noun often has a complement between it and its verb that is no noun phrase after
"de": a preposition before a bare noun or a name ("Le respect pour service militaire est
basé", "La branche d'une banque en Amérique latine a été lancée"), an infinitive after "de"
or "pour" with its object ("Le besoin d'honorer des accords a été souligné", "La décision pour
renforcer les liens a été prise", Grevisse § 357), an adverb in -ment after that infinitive
or before an adjective ("ce projet stratégiquement important"). A noun the dictionary has in
both genders ("page", "manche") takes the gender of the determiner before it ("une page").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from daybook.translate.agreement_tokens import Word, adjective_of
from daybook.translate.agreement_words import COMPLEMENTS, OF
from daybook.translate.gender import DETERMINERS


def _infinitive(words: Sequence[Word], j: int) -> bool:
    return 0 <= j < len(words) and any("inf" in r.tags for r in words[j].reads)


def complement(words: Sequence[Word], k: int, det: Callable[[int], bool]) -> bool:
    """Word ``k`` is of a subject's complement the scan reads past (``det(j)``: word ``j``
    is a determiner): a preposition before a determiner, a bare noun or a name, "pour"
    before an infinitive, an infinitive after "de"/"pour", an adverb in -ment after an
    infinitive or before an adjective."""
    low = words[k].text.lower()
    before = words[k - 1].text.lower() if k > 0 else ""
    if low in COMPLEMENTS and k + 1 < len(words):
        nxt = words[k + 1]
        return det(k + 1) or nxt.only("n") or nxt.text[:1].isupper() or (
            low == "pour" and _infinitive(words, k + 1))
    if _infinitive(words, k):
        return before in OF or before == "pour"
    # not "comment", which opens a clause ("comprendre comment l'argent est dépensé")
    return low.endswith("ment") and low != "comment" and words[k].has("adv") and (
        _infinitive(words, k - 1) or (k + 1 < len(words) and bool(adjective_of(words[k + 1]))))


def gender_by_determiner(words: Sequence[Word], head: int, found: tuple[str, str],
                         det: Callable[[int], bool]) -> tuple[str, str]:
    """``found`` (the head noun's gender and number) with the gender of the determiner
    right before the head when the noun has both ("une page" -> feminine)."""
    if found[0] != "mf" or head < 1 or not det(head - 1):
        return found
    gender = DETERMINERS[words[head - 1].text.lower()][1]
    return (gender, found[1]) if gender in ("m", "f") else found

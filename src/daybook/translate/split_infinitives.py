"""A split infinitive, *to* + adverb + verb: the adverb put after the verb (pre-editing).

English puts a manner adverb between *to* and its verb (*managed to substantially increase
trade*, *it is essential to resolutely eliminate risks*, *allow me to once again
congratulate*). ``eng-cat`` then no longer reads *to* + verb as the infinitive the governing
word asks for: its frame breaks ("Nous avons obtenu à substantiellement accroître", "il est
essentiel à de façon décidée d'éliminer", "permettez-moi à une fois de plus féliciter").
Said with the adverb after the verb, the English the engine reads well ("managed to increase
substantially our trade": "Nous avons réussi à accroître substantiellement notre commerce"),
and where French puts such an adverb: after the infinitive (Grevisse, *Le Bon Usage*,
§ 1003: the adverb of manner follows the verb; before an infinitive it is literary).

Where the adverb goes, after the verb:
- after an object pronoun (*to reliably protect them along*: "de les protéger de façon
  fiable le long"), the pronoun stays the verb's clitic;
- after the verb's noun phrase when the phrase is short and ends the clause (a comma, a full
  stop, *and*: *to resolutely eliminate risks, including*: "d'éliminer des risques de façon
  décidée, y compris"): a bare noun right after the adverb loses its article ("éliminer de
  façon décidée risques");
- right after the verb before a determiner, a possessive, a figure or an adjective (*to once
  again congratulate the President*: "de féliciter une fois de plus le Président"), or at
  the clause's end.
Left alone: a verb followed by a preposition or a particle (*to fully participate in*,
*to jointly search for*: the adverb would split the verb from its own preposition), a phrasal
verb, *be*/*have*, an adverb that is not one of manner or time (*only*, *not*, *further*,
which ``adjsenses`` says "davantage"), two adverbs coordinated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from daybook.translate.processes import remembered_readings
from daybook.translate.units import Unit

__all__ = ["TRIGGERS", "is_infinitive", "split_infinitive"]

Edit = tuple[int, int, str]

TRIGGERS = (r"\bto (?:\w+ly|once again|once more|always) [a-z]",)
# Adverbs in -ly that are no manner adverb of the verb (*to only discuss*: a focus on what
# follows; *to really* and *to actually* stress the verb and are left where they are).
_NOT_MANNER = frozenset(("only", "really", "actually", "merely", "simply", "early",
                         "likely", "nearly", "hardly", "scarcely", "barely", "mostly",
                         "mainly", "largely", "partly", "particularly", "especially"))
_OTHER = frozenset(("once again", "once more", "always"))
_CLAUSE_END = frozenset(("sent", "cm", "cnjcoo", "lpar", "rpar", "guio", "lquot", "rquot"))
# What the verb's noun phrase holds, when the adverb goes after it.
_PHRASE = frozenset(("det", "predet", "adj", "n", "num"))
# Before these the adverb goes right after the verb: the start of a noun phrase with a
# determiner (*the*, *our*, *all*) or a figure.
_DETERMINED = frozenset(("det", "predet", "num"))


def _to(u: Unit) -> bool:
    """*to*, or a modal the tagger reads with it (*want to*, *have to*)."""
    low = u.surface.lower()
    return (low == "to" and u.pos == "pr") or (u.pos == "vbmod" and low.endswith(" to"))


def is_infinitive(word: str) -> bool:
    """Whether the analyser reads ``word`` as an infinitive too (after an adverb the tagger
    takes *act*, *study* for nouns)."""
    return any("<vblex><inf>" in r for r in remembered_readings([word.lower()]).get(
        word.lower(), ()))


def _adverb(u: Unit) -> bool:
    low = u.surface.lower()
    if low in _OTHER:
        return True
    if not (low.endswith("ly") and u.surface.islower() and u.surface.isalpha()) \
            or low in _NOT_MANNER:
        return False
    return u.pos == "adv" or not u.tags  # an unknown word in -ly ("substantively")


def _ends_clause(units: Sequence[Unit], i: int) -> bool:
    """Whether the clause (or the verb's part of it) ends before unit ``i``: the line's end,
    a full stop, or a comma or *and* that a noun phrase does not follow (*pork and chicken*
    is one object)."""
    if i >= len(units) or units[i].pos == "sent":
        return True
    if units[i].pos not in _CLAUSE_END:
        return False
    return i + 1 >= len(units) or units[i + 1].pos not in (*_PHRASE, "np")


def _phrase_end(units: Sequence[Unit], i: int) -> int | None:
    """The last unit of the noun phrase that starts at ``i`` (determiners, adjectives and an
    adverb before one, nouns, figures; *of* and another such phrase), None when there is
    none or it is longer than eight units."""
    end = None
    j = i
    while j < len(units) and j - i < 8:
        u = units[j]
        if u.pos in _PHRASE or u.pos == "np" or (
                u.pos == "adv" and j + 1 < len(units) and units[j + 1].pos == "adj"):
            if u.pos in ("n", "np", "num"):
                end = j
        elif not (u.lemma.lower() == "of" and end == j - 1):
            break
        j += 1
    return end if end is not None and (j >= len(units) or j - i < 8) else None


def _landing(units: Sequence[Unit], j: int) -> int | None:
    """The unit after which the adverb goes, the verb being ``units[j]``; None where it must
    stay."""
    if _ends_clause(units, j + 1):
        return j
    nxt = units[j + 1]
    if nxt.has("prn", "obj"):
        return j + 1
    end = _phrase_end(units, j + 1)
    if end is not None and _ends_clause(units, end + 1):
        return end  # a short noun phrase that ends the clause: the verb keeps its object
    if nxt.pos in _DETERMINED and nxt.pos != "adj":
        # an article, one noun and a preposition: a set phrase (*keep an eye on*, *take
        # the lead in*) or the noun's own complement (*discuss the prospects for*): left
        if j + 3 < len(units) and nxt.lemma.lower() in ("a", "the") and units[j + 2].pos == "n" \
                and units[j + 3].pos in ("pr", "adv") and units[j + 3].lemma.lower() != "of":
            return None
        return j
    return None  # a bare noun phrase followed by more: an adverb before it costs its article


def split_infinitive(line: str, units: Sequence[Unit], k: int,
                     phrasal: Callable[[Sequence[Unit], int], object] | None = None,
                     ) -> Edit | None:
    """ "to substantially increase our trade" -> "to increase substantially our trade":
    ``k`` is *to*; ``phrasal`` tells a phrasal verb at a unit (left alone); see above."""
    if k + 2 >= len(units) or not _to(units[k]):
        return None
    adv, verb = units[k + 1], units[k + 2]
    if not _adverb(adv) or verb.surface.lower() != verb.lemma.lower() \
            or not verb.surface.isalpha() or not verb.surface.islower() or not (
                verb.pos == "vblex" or (verb.pos == "n" and is_infinitive(verb.surface))):
        return None
    if phrasal is not None and phrasal(units, k + 2) is not None:
        return None
    at = _landing(units, k + 2)
    if at is None:
        return None
    return adv.start, units[at].end, f"{line[verb.start:units[at].end]} {adv.surface}"

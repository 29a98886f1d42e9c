"""*that*'s class from the trained English tagger, where ``eng-cat``'s tagger picked another.

*that* is a conjunction (*shows that 99 percent*), a relative (*classes that offer
education*) or a demonstrative (*impressions of that meeting*); the engine's HMM tagger reads
it from its two neighbours' tags and the transfer writes the French of the class it picked:
"le contrôle montre cela 99 %" (a pronoun for the conjunction), "des classes cette
éducation d'offre" (a determiner for the relative, and the verb after it read as a noun),
"mes impressions de que vous rencontrer" (the conjunction for the determiner). spaCy's
tagger (``english_tags``: IN, WDT, DT) reads it from the whole sentence. Its class is taken,
by the same margin of its scores as ``english_tags``'s, in the pairs the tuning paragraphs
showed right and only where the English allows it (Quirk et al., *A Comprehensive Grammar*
§§ 6.40, 15.3, 17.11: a relative follows its antecedent, a noun phrase; a conjunction never
follows a preposition but in the locutions *in that*, *so that*, *now that*, *except that*):

- a demonstrative read, spaCy's conjunction: "montre que 99 %", "cette inflation" -> "que
  l'inflation";
- the determiner read, spaCy's relative, after a noun or a pronoun: "des classes cette
  éducation d'offre" -> "des classes qui offrent l'éducation", "une source d'inspiration ces
  plombs nous" -> "qui nous porte" (the demonstrative pronoun read is left: ``relatives``
  already makes its "cela" a "qui" agreeing with the antecedent, which the engine's relative
  does not: *the values that unite us* "qui nous unirent");
- the conjunction read, spaCy's demonstrative, after a preposition (*of that meeting*,
  *about that*: "de que vous rencontrer" -> "de cette rencontre avec vous") or before
  punctuation (*not just that,*), or opening its clause after punctuation or *and*, *but*
  before a verb (*and that is what he was* "et que c'est" -> "et cela est"): the determiner
  before a noun or an adjective, else the pronoun.

The relative read as the conjunction, or the conjunction as the relative, is left to
``relatives`` (the French "que" / "qui" they give is the post-edit's to choose).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from daybook.translate.english_tags import MARGIN, Opinion, Unit

# The analyser's readings of *that* by class (``eng-cat``: cnjsub, det, prn dem, prn rel).
READINGS = {"cnjsub": "that<cnjsub>", "det": "that<det><dem><sg>",
            "dem": "that<prn><dem><mf><sg>", "rel": "that<prn><rel><an><mf><sp>"}
# spaCy's tag -> the class ``english_tags`` scores it under.
_CLASS = {"IN": "cnjsub", "WDT": "rel", "DT": "dem"}
# What may stand before a relative *that*: its antecedent.
_ANTECEDENT = frozenset(("n", "np", "prn", "num", "adj"))
# Prepositions that make a conjunction with *that* (*in that*, *so that*, *now that*).
_CONJ_PREPS = frozenset(("in", "so", "now", "except", "given", "provided", "such", "save",
                         "but", "considering", "seeing"))
# What follows a demonstrative pronoun: punctuation.
_PUNCT = frozenset(("cm", "sent", "lpar", "rpar", "guio", "lquot", "rquot", "apos"))
# What opens a clause before a demonstrative subject (not a subordinating conjunction:
# *although that is* the engine's conjunction already says "même si c'est").
_OPENS = frozenset(("sent", "cm", "cnjcoo", "lquot", "guio", "lpar"))
_VERBS = frozenset(("vbser", "vbhaver", "vbmod", "vblex", "vbdo"))
# What a determiner stands before (the engine's classes, spaCy's tags).
_NOMINAL = frozenset(("n", "adj", "num", "np"))
_NOMINAL_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD"))
# spaCy's tags of an antecedent (the engine may have read *classes* as a verb).
_ANTECEDENT_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "JJ"))


def _read_as(units: Sequence[Unit], opinions: Mapping[int, Opinion], j: int,
             classes: frozenset[str], tags: frozenset[str]) -> bool:
    """Whether unit ``j`` is of one of the engine's ``classes`` or spaCy's ``tags``."""
    if not 0 <= j < len(units):
        return False
    op = opinions.get(j)
    return (bool(units[j].tags[:1]) and units[j].tags[0] in classes) \
        or (op is not None and op.tag in tags)


def _engine_class(u: Unit) -> str | None:
    tags = u.tags
    if tags[:1] == ("cnjsub",):
        return "cnjsub"
    if tags[:1] == ("det",):
        return "det"
    if tags[:2] == ("prn", "rel"):
        return "rel"
    if tags[:2] == ("prn", "dem"):
        return "dem"
    return None


def _after_preposition(units: Sequence[Unit], i: int) -> bool:
    """Whether unit ``i`` follows a preposition that takes no conjunction (*of*, *about*)."""
    prev = units[i - 1] if i else None
    return prev is not None and prev.tags[:1] == ("pr",) \
        and prev.surface.lower() not in _CONJ_PREPS


def _as_demonstrative(units: Sequence[Unit], opinions: Mapping[int, Opinion],
                      i: int) -> str | None:
    """The conjunction read where spaCy reads a demonstrative: its reading, in the
    contexts where only a demonstrative can be."""
    prev = units[i - 1] if i else None
    nxt = units[i + 1] if i + 1 < len(units) else None
    before_punct = nxt is None or (bool(nxt.tags[:1]) and nxt.tags[0] in _PUNCT)
    subject = (prev is None or (bool(prev.tags[:1]) and prev.tags[0] in _OPENS)) \
        and nxt is not None and bool(nxt.tags[:1]) and nxt.tags[0] in _VERBS
    if not (_after_preposition(units, i) or before_punct or subject):
        return None
    if _read_as(units, opinions, i + 1, _NOMINAL, _NOMINAL_TAGS):
        return READINGS["det"]
    return READINGS["dem"]


def _new_class(units: Sequence[Unit], opinions: Mapping[int, Opinion], i: int) -> str | None:
    """The reading spaCy's opinion gives unit ``i`` (a *that*), or None."""
    op = opinions[i]
    was, now = _engine_class(units[i]), _CLASS.get(op.tag)
    if was is None or now is None:
        return None
    scored = "dem" if was == "det" else was  # the determiner and the pronoun are both DT
    if scored == now:
        return None
    # after a preposition the grammar already excludes the conjunction: spaCy's choice does
    sure = op.margin(scored) >= MARGIN or (
        now == "dem" and op.margin(scored) > 0 and _after_preposition(units, i))
    if not sure:
        return None
    if scored == "dem" and now == "cnjsub":
        return None if _after_preposition(units, i) else READINGS["cnjsub"]
    if was == "det" and now == "rel":
        if not _read_as(units, opinions, i - 1, _ANTECEDENT, _ANTECEDENT_TAGS):
            return None  # a relative follows its antecedent
        return READINGS["rel"]
    if was == "cnjsub" and now == "dem":
        return _as_demonstrative(units, opinions, i)
    return None


def readings(units: Sequence[Unit], opinions: Mapping[int, Opinion]) -> dict[int, str]:
    """Unit index -> *that*'s reading of the class spaCy gives it, where the engine's tagger
    picked another (in the pairs and contexts taken)."""
    out = {}
    for i in opinions:
        u = units[i]
        if u.surface.lower() != "that" or "+" in u.analysis:
            continue
        new = _new_class(units, opinions, i)
        if new is not None:
            out[i] = u.surface[0] + new[1:]  # *That* opening a sentence keeps its capital
    return out

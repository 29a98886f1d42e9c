"""Nouns the English tagger reads as verbs, and verbs it reads as nouns, given their other
reading before the transfer (between ``eng-cat``'s tagger and its ``apertium-pretransfer``).

The tagger picks one reading of a noun/verb homograph by its neighbours' tags, and the
transfer then writes the French of the wrong class: "of all levels" "de tous nivellent",
"the five countries' meeting will" "les cinq pays connaître aura", "construction and
assembly works come to" "l'assemblée travaillent des venues à". The English says the class
itself:

- a word right after a determiner, a possessive (*'s*, *s'*), an ordinal, a number or an
  adjective, and before a preposition, a conjunction, a verb, a relative or punctuation, is
  a noun (a verb there would have no subject): "les cinq pays la rencontre aura lieu"
  -> its noun reading "meeting<n><sg>"; a demonstrative takes a noun of its number
  (*these works*, not *this leads to*), a number above one a plural one, an ordinal a
  singular one; not after a year ("in 2020 amounts to"), nor after *one* (a pronoun);
- a noun before a finite *be*, *have* or a modal, or before a verb in the past participle
  that is also a plural present ("works come to"), is a noun too, and that verb a present:
  "les travaux [...] viennent à";
- conversely a third person singular form read as a plural noun after *it*, *he*, *she*
  ("it covers"), after *this* before its complement (*this* then the pronoun, *that* after
  the verb the conjunction: "Cela signifie que", was "Ces moyens que"), or after a singular
  subject noun phrase opening its clause before *to* + an infinitive ("the project aims to
  help") or a complement with no other finite verb in the clause ("fuel accounts for 40
  percent") is the verb.

Only readings the analyser itself gives the word are used (``processes.remembered_readings``,
one exchange per batch for the words not seen yet); the stream reaches the rest of the mode
as the untouched mode would have sent it (surface forms off). Guards: a word after a subject
pronoun, a modal or *to* is never made a noun (none of the contexts above has them before
the word), nor one that is followed by a determiner or an object (a verb with its object).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from daybook.translate import english_tags, ing_prepositions, participle_tags, that_tags, verb_nouns

# A tagger unit with its surface (``apertium-tagger -p``), or any other piece of the stream.
_PIECE = re.compile(r"\\.|\[(?:[^\]\\]|\\.)*\]|\^((?:[^/$^\\]|\\.)*)/((?:[^$^\\]|\\.)*)\$")
_TAG = re.compile(r"<([^<>]+)>")
# What may follow a noun phrase's head: a preposition, a conjunction, a verb, a relative,
# punctuation.
_AFTER_NOUN = frozenset(("pr", "cnjcoo", "cnjsub", "cnjadv", "rel", "vbmod", "vbser", "vbhaver",
                         "vbdo", "vblex", "cm", "sent", "lpar", "rpar", "guio", "lquot", "rquot",
                         "apos"))
_FINITE_AUX = frozenset(("vbmod", "vbser", "vbhaver"))
# Determiners that also open clauses or questions ("what matters", "which helps").
_NOT_OPENERS = frozenset(("what", "which", "whatever", "whichever", "whose"))
_QUANTIFIERS = frozenset(("all", "both", "many", "several", "various", "few", "most"))
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True, slots=True)
class Tok:
    """A unit of the tagged stream: its surface, its analysis, its tags."""

    surface: str
    analysis: str
    tags: tuple[str, ...]

    @property
    def pos(self) -> str:
        return self.tags[0] if self.tags else ""

    @property
    def lemma(self) -> str:
        return self.analysis.split("<", 1)[0].lower()


def _tok(surface: str, analysis: str) -> Tok:
    return Tok(surface, analysis, tuple(_TAG.findall(analysis.split("+", 1)[0])))


def _noun_of(readings: Sequence[str], number: str | None = None) -> str | None:
    """The word's first noun reading (of ``number``, "sg"/"pl", when given)."""
    for r in readings:
        tags = _TAG.findall(r)
        if tags[:1] == ["n"] and "+" not in r and (number is None or number in tags
                                                   or "sp" in tags):
            return r
    return None


def _reading(readings: Sequence[str], *tags: str) -> str | None:
    """The word's first reading with all ``tags`` (and no person when "p3" is not asked)."""
    for r in readings:
        have = _TAG.findall(r)
        if "+" not in r and all(t in have for t in tags) and ("p3" in tags or "p3" not in have):
            return r
    return None


def _opener(toks: Sequence[Tok], i: int) -> str | None:
    """What the unit before ``i`` asks of a noun there: "" any noun, "sg"/"pl" a number,
    None when it opens no noun phrase."""
    if i == 0:
        return None
    p = toks[i - 1]
    if p.pos in ("gen", "apos"):
        return ""
    if p.pos == "det":
        if p.lemma in _NOT_OPENERS:
            return None
        if "dem" in p.tags:  # "these" is this<det><dem><pl>
            return "pl" if "pl" in p.tags else "sg"
        return ""
    if p.pos == "num":
        if _YEAR.fullmatch(p.surface) or p.lemma == "one" or p.surface == "1":
            return None
        return "pl"
    if p.pos == "adj":
        if "ord" in p.tags:
            return "sg"
        # a predicate (*is ready*, *became stronger*) may end a clause before a verb
        verb = toks[i - 2].pos if i >= 2 else ""
        return None if verb in ("vbser", "vbhaver", "vbmod", "adv") else ""
    if p.pos == "prn" and "qnt" in p.tags and p.lemma in _QUANTIFIERS:
        before = toks[i - 2] if i >= 2 else None
        return None if before is not None and before.pos == "prn" else "pl"
    return None


def _subject_start(toks: Sequence[Tok], j: int) -> bool:
    """Whether the noun phrase ending at ``j`` opens a clause (a subject): what comes before
    it is the line's start, punctuation or a conjunction, not a verb or a preposition
    (*set up special research centres to analyse*: an object)."""
    while j >= 0 and (toks[j].pos in ("n", "np", "adj", "det", "num", "gen") or (
            toks[j].pos == "cnjcoo" and j and toks[j - 1].pos in ("n", "np", "adj")
            and toks[j + 1].pos != "det")):
        # over a list of nouns or adjectives: "business and infrastructure projects"; not
        # over *and* + a determiner, which opens a noun phrase of its own, a clause's
        # subject after the last one's object ("it covers the region and the project aims")
        j -= 1
    return j < 0 or toks[j].pos in ("sent", "cm", "cnjcoo", "cnjsub", "lquot", "lpar")


def _verb_candidate(t: Tok) -> bool:
    """A verb the rules may make a noun: a present, an infinitive, an imperative, an -ing
    read as a gerund (after a possessive: *the countries' meeting* "les pays connaître";
    elsewhere the engine says most of them as nouns: "la première réunion")."""
    return t.pos == "vblex" and any(x in t.tags for x in ("pres", "inf", "imp", "subs", "ger"))


def candidates(toks: Sequence[Tok]) -> list[int]:
    """The units a rule may retag: verbs in the present, infinitive or imperative, plural
    nouns; their readings are looked up before ``retags`` decides."""
    return sorted({i for i, t in enumerate(toks) if t.surface.isalpha() and (
        _verb_candidate(t) or (t.pos == "n" and "pl" in t.tags)
        or (t.pos == "vblex" and "pp" in t.tags) or (t.pos == "det" and "dem" in t.tags)
        or t.lemma == "that")} | set(ing_prepositions.candidates(toks)))


def _as_noun(toks: Sequence[Tok], i: int, readings: Mapping[str, Sequence[str]]) -> dict[
        int, str]:
    """A verb read where only a noun can be: after a noun phrase's opener, before what
    follows a noun (a noun too after a determiner or a possessive: *the foundation's grant
    recipients*); after a noun, before a finite auxiliary or a participle that is also a
    plural present (*assembly works come to*)."""
    t, p = toks[i], toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    had = readings.get(t.surface, ())
    want = _opener(toks, i)
    if want is not None and ("subs" in t.tags or "ger" in t.tags) and p is not None \
            and p.pos not in ("gen", "apos"):
        want = None  # "the first meeting" "la première réunion": the -ing as it was
    modifier = nxt is not None and nxt.pos == "n" and p is not None and (
        p.pos in ("gen", "apos") or (p.pos == "det" and "dem" not in p.tags))
    if want is not None and (nxt is None or nxt.pos in _AFTER_NOUN or modifier):
        noun = _noun_of(had, want or None)
        if noun is not None:
            return {i: noun}
    if p is None or p.pos != "n" or nxt is None or (noun := _noun_of(had)) is None:
        return {}
    if nxt.pos in _FINITE_AUX and any(x in nxt.tags for x in ("pres", "past")):
        return {i: noun}  # "construction works will be"
    if nxt.pos == "vblex" and "pp" in nxt.tags and "pl" in _TAG.findall(noun):
        present = _reading(readings.get(nxt.surface, ()), "vblex", "pres")
        if present is not None:  # "assembly works come to"
            return {i: noun, i + 1: present}
    return {}


# What shows that a word is a verb with its complement: an object, a figure, an adverb, a
# clause ("shows that"), a preposition (*accounts for*), not *of* (*member states of*).
_COMPLEMENT = frozenset(("det", "adj", "num", "adv", "preadv", "pr", "cnjsub", "prn"))
# Where a clause's verbs end: its full stop, a conjunction or a relative opening another.
_CLAUSE_END = frozenset(("sent", "cnjsub", "cnjcoo", "rel", "lpar"))
_FINITE = frozenset(("vbser", "vbhaver", "vbmod", "vbdo"))


def _has_verb(toks: Sequence[Tok], j: int) -> bool:
    """Whether the clause goes on with a finite verb from ``j`` (then the word before is
    no verb: "Russian oil exports exceeded")."""
    while j < len(toks) and toks[j].pos not in _CLAUSE_END and not (
            toks[j].pos == "prn" and ("subj" in toks[j].tags or "rel" in toks[j].tags)):
        t = toks[j]
        if (t.pos in _FINITE and not ("inf" in t.tags or "ger" in t.tags or "pp" in t.tags)) or (
                t.pos == "vblex" and ("pres" in t.tags or "past" in t.tags)):
            return True
        j += 1
    return False


def _as_verb(toks: Sequence[Tok], i: int, readings: Mapping[str, Sequence[str]]) -> dict[
        int, str]:
    """A plural noun read where the verb's third person singular is: after *it*, *he*,
    *she*; after *this* before its complement; after a singular subject noun phrase that
    opens its clause, before *to* + an infinitive or a complement, the clause having no
    other finite verb (*the aspect plays an important role*, *fuel accounts for 40
    percent*)."""
    t, p = toks[i], toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    verb = _reading(readings.get(t.surface, ()), "vblex", "pres", "p3", "sg")
    if verb is None or nxt is None:
        return {}
    if p.pos == "prn" and "subj" in p.tags and "sg" in p.tags and "p3" in p.tags:
        return {i: verb}  # "it covers"
    if p.surface.lower() == "this" and "dem" in p.tags and "sg" in p.tags \
            and ((nxt.pos in ("pr", "det", "adv") and nxt.lemma != "of") or nxt.lemma == "that"
                 or (nxt.pos == "prn" and "obj" in nxt.tags)) \
            and (i < 2 or toks[i - 2].pos != "pr"):
        # "this leads to": *this* the pronoun too ("cela conduit", not "ce conduit"); *this
        # means that*: *that* the conjunction ("cela signifie que")
        out = {i: verb}
        pronoun = _reading(readings.get(p.surface, ()), "prn", "dem")
        if pronoun is not None:
            out[i - 1] = pronoun
        if nxt.lemma == "that" and nxt.pos != "cnjsub":
            out[i + 1] = _reading(readings.get(nxt.surface, ()), "cnjsub") or nxt.analysis
        return out
    if not (p.pos in ("n", "np") and ("sg" in p.tags or p.pos == "np")
            and _subject_start(toks, i - 1)):
        return {}
    if nxt.lemma == "to" and i + 2 < len(toks) and toks[i + 2].pos == "vblex" \
            and "inf" in toks[i + 2].tags:
        return {i: verb}  # "the project aims to help"
    if nxt.pos in _COMPLEMENT and nxt.lemma != "of" and not _has_verb(toks, i + 1):
        return {i: verb}
    return {}


# Subject pronouns that are never objects (*you*, *it* are: "help you understand").
_SUBJECTS_ONLY = frozenset(("we", "i", "they"))


def _as_present(toks: Sequence[Tok], i: int, readings: Mapping[str, Sequence[str]]) -> dict[
        int, str]:
    """An infinitive read right after *we*, *I*, *they* (no infinitive follows a subject
    with nothing between) is the present: "We unite our efforts" read "unite<inf>" the
    engine writes "Unir nos efforts" (the subject dropped), as *Let us unite* said "We
    unite" by ``speech_en``."""
    t, p = toks[i], toks[i - 1] if i else None
    if "inf" not in t.tags or p is None or p.pos != "prn" or "subj" not in p.tags \
            or p.surface.lower() not in _SUBJECTS_ONLY \
            or (i >= 2 and toks[i - 2].pos in ("vbmod", "vbdo", "vbhaver", "vbser")):
        return {}  # a question's or an inversion's modal before it: *only then can we act*
    present = _reading(readings.get(t.surface, ()), "vblex", "pres")
    return {i: present} if present is not None else {}


def retags(toks: Sequence[Tok], readings: Mapping[str, Sequence[str]]) -> dict[int, str]:
    """Unit index -> its new analysis (``readings``: the analyser's readings by surface)."""
    out = ing_prepositions.prepositions(toks, readings)  # *issues regarding* "quant à"
    for i, t in enumerate(toks):
        if i in out:
            continue
        if _verb_candidate(t):
            out.update(_as_noun(toks, i, readings) or _as_present(toks, i, readings))
        elif t.pos == "n" and "pl" in t.tags and i:
            out.update(_as_verb(toks, i, readings))
    out.update(verb_nouns.nouns(toks, readings, out))  # *on fire safety*, *imposing sanctions*
    return out


def retagged(stream: str, lookup: Callable[[Sequence[str]], Mapping[str, Sequence[str]]]) -> str:
    """The tagger's stream (surface forms on) as the rest of the mode reads it (surface forms
    off), with the units ``retags`` changes given their other reading; ``lookup``: the
    analyser's readings of surfaces."""
    pieces: list[str | Tok] = []
    last = 0
    for m in _PIECE.finditer(stream):
        if m.group(1) is None:
            continue
        if m.start() > last:
            pieces.append(stream[last:m.start()])
        pieces.append(_tok(m.group(1), m.group(2)))
        last = m.end()
    pieces.append(stream[last:])
    toks = [p for p in pieces if isinstance(p, Tok)]
    opinions = english_tags.tags(pieces)  # a trained tagger's classes, where retags is silent
    early = that_tags.readings(toks, opinions)  # *that*'s class first: its neighbours' hang on it
    toks = [_tok(t.surface, early[i]) if i in early else t for i, t in enumerate(toks)]
    tense = participle_tags.candidates(toks, opinions)  # past participle or past tense
    if tense:
        early.update(participle_tags.readings(toks, opinions, lookup(
            [toks[i].surface for i in tense])))
        toks = [_tok(t.surface, early[i]) if i in early else t for i, t in enumerate(toks)]
    asked = sorted({toks[i].surface for i in candidates(toks)}
                   | {toks[i].surface for i in english_tags.disagreements(toks, opinions)})
    readings = lookup(asked) if asked else {}
    changes = retags(toks, readings) if asked else {}
    for i, reading in [*english_tags.second_opinion(toks, opinions, readings).items(),
                       *early.items()]:
        changes.setdefault(i, reading)
    out: list[str] = []
    k = 0
    for p in pieces:
        if isinstance(p, Tok):
            out.append("^" + changes.get(k, p.analysis) + "$")
            k += 1
        else:
            out.append(p)
    return "".join(out)

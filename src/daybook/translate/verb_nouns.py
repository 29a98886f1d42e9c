"""Nouns eng-cat's tagger reads as verbs where English has no room for a verb, given their
noun reading before the transfer (called by ``retag.retags``, between the tagger and
``apertium-pretransfer``).

``retag`` finds a noun after a determiner or an adjective; these places have none:

- after a preposition (not *to*, *than*, *but*, *except*, which may take a bare verb), a
  bare verb cannot stand (Quirk § 9.1: a preposition's complement is a noun phrase, a
  clause or an -ing), so a present or infinitive there with a noun or a preposition, a
  conjunction or punctuation after it is a noun: *awareness on fire safety* "sensibiliser
  sur licencie la sécurité", *weapons on alert duty* "sur alertent devoir", *engines for
  launch vehicles* "pour lancer des véhicules", *from product design to marketing* (the
  second noun of a compound after a preposition and a singular noun) "de produit dessine";
  *on*, *at*, *over* the tagger reads as adverbs count after a noun (a particle follows a
  verb); not after *in*, whose bare noun ``rereads`` says again with its article ("dans le
  commerce") and whose phrases the engine has (*in terms of* "en termes de");
- after an -ing verb that takes an object, a present read where the object is, before
  punctuation, a conjunction or a preposition: *imposing sanctions and starting trade wars*
  "en imposant sanctionne", *exciting gifts and surprises*; a noun joined to it by *and*
  or *or* is a noun too; also after an -ing the tagger reads as a noun (``subs``) after a
  preposition: ``preedit`` says *by imposing* "through imposing" (*by* + a verb with its
  object), whose "sanctions" the tagger read as the verb ("a través d'imposar sanciona",
  "imposer sanctionne"; now "imposer des sanctions": the Catalan bare plural was never
  cat-fra's misreading). Not after the verbs that take a bare infinitive (*helping build*,
  *letting go*, *seeing grow*), nor after an -ing that is a noun after a determiner (*the
  training helps*).

Only the analyser's own noun reading is used, of the number the verb form has (*sanctions*
a plural, *design* a singular).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

# Prepositions whose complement is never a bare verb; not *in*, whose bare noun
# ``rereads`` says again with its article ("dans le commerce", not "dans commerce") and
# whose phrases the engine says from the verb reading (*in terms of* "en termes de").
_PREPOSITIONS = frozenset((
    "of", "on", "for", "from", "with", "at", "by", "about", "into", "over", "under",
    "without", "against", "through", "between", "among", "during", "via", "across", "within",
    "per", "upon", "onto", "towards", "toward", "throughout", "amid", "beyond", "despite"))
# Read as adverbs (particles) by the tagger, prepositions after a noun.
_PARTICLES = frozenset(("on", "at", "over"))
# What may follow a noun: a preposition, a conjunction, punctuation.
_AFTER = frozenset(("pr", "cnjcoo", "cm", "sent", "rpar", "lpar", "guio", "rquot"))
# Verbs whose -ing or participle takes a bare infinitive: *helping build*, *letting go*.
_BARE_INFINITIVE = frozenset(("help", "let", "see", "hear", "watch", "make", "have", "feel",
                              "go", "come", "get"))


class _Tok(Protocol):
    @property
    def surface(self) -> str: ...
    @property
    def analysis(self) -> str: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def pos(self) -> str: ...
    @property
    def lemma(self) -> str: ...


def _bare(t: _Tok) -> bool:
    """A present, infinitive or imperative (the tagger's verb reading of a noun)."""
    return t.pos == "vblex" and any(x in t.tags for x in ("pres", "inf", "imp")) \
        and t.surface.isalpha() and t.surface.islower()


def _noun(t: _Tok, readings: Mapping[str, Sequence[str]]) -> str | None:
    """The word's noun reading of the verb form's number (*sanctions* plural)."""
    number = "<pl>" if "p3" in t.tags else "<sg>"
    for r in readings.get(t.surface, ()):
        if "+" not in r and r.split(">", 1)[0].endswith("<n") and (number in r or "<sp>" in r):
            return r
    return None


def _after_preposition(toks: Sequence[_Tok], i: int) -> bool:
    """Whether ``toks[i]`` follows a preposition (or a singular noun after one: *from
    product design*) and comes before a noun or what follows one."""
    p = toks[i - 1]
    nxt = toks[i + 1]
    if p.pos == "n" and "sg" in p.tags and i >= 2 and toks[i - 2].pos == "pr" \
            and toks[i - 2].surface.lower() in _PREPOSITIONS and "inf" in toks[i].tags:
        # *from product design to marketing*: *to* the second end of *from*
        return nxt.pos in _AFTER and (nxt.surface.lower() != "to"
                                      or toks[i - 2].surface.lower() == "from")
    word = p.surface.lower()
    if word not in _PREPOSITIONS:
        return False
    if p.pos == "adv" and not (word in _PARTICLES and i >= 2 and toks[i - 2].pos == "n"):
        return False
    if p.pos not in ("pr", "adv"):
        return False
    return nxt.pos == "n" or (nxt.pos in _AFTER and nxt.surface.lower() != "to")


def _after_ing(toks: Sequence[_Tok], i: int) -> bool:
    """Whether ``toks[i]`` is the object of an -ing verb before it: *imposing sanctions and*."""
    p = toks[i - 1]
    # an -ing the tagger reads as a noun (subs) after a preposition still takes an object:
    # *through imposing sanctions* "a través d'imposar sanciona"
    after_pr = "subs" in p.tags and i >= 2 and toks[i - 2].pos == "pr"
    if p.pos != "vblex" or not (after_pr or any(x in p.tags for x in ("ger", "pprs"))) \
            or not p.surface.lower().endswith("ing") or p.lemma in _BARE_INFINITIVE:
        return False
    if i >= 2 and toks[i - 2].pos in ("det", "gen", "apos"):
        return False  # *the training helps*: the -ing is the subject
    nxt = toks[i + 1]
    return nxt.pos in _AFTER and nxt.surface.lower() != "to"


def nouns(toks: Sequence[_Tok], readings: Mapping[str, Sequence[str]],
          done: Mapping[int, str]) -> dict[int, str]:
    """Unit index -> the noun reading of each verb read where a noun must be (``done``:
    the units other rules have changed already)."""
    out: dict[int, str] = {}
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if i in done or not _bare(t):
            continue
        joined = toks[i - 1].pos == "cnjcoo" and (i - 2) in out \
            and toks[i + 1].pos in _AFTER  # *sanctions and surprises*
        if joined or _after_preposition(toks, i) or _after_ing(toks, i):
            noun = _noun(t, readings)
            if noun is not None:
                out[i] = noun
    return out

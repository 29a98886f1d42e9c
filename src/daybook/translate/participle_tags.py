"""A verb's past participle against its past tense, from the trained English tagger where
``eng-cat``'s tagger picked the other and the grammar around the verb confirms it.

Regular verbs (and *set*, *put*, *made*, *held* ...) have one form for both; the engine's HMM
tagger picks one by its two neighbours' tags and the transfer writes the French of the tense
it picked: a past tense is a passé composé ("une initiative spéciale a ingénié pour la
Russie", *devised for Russia*; "les buts ont mis pour nous", *the targets set for us*; "sera
remorqué par mer et a casé", *towed by sea and stationed*), a participle read for a past
tense leaves the finite verb out ("Le ministre du transport noté, à son tour, que", *The
Minister of Transport noted*). spaCy's tagger (``english_tags``: VBN, VBD) reads the whole
sentence; its tag is taken by ``english_tags.MARGIN`` over the other, and only where the
English grammar allows no other reading (Quirk et al., *A Comprehensive Grammar* §§ 3.54,
17.97, 13.47):

- the participle after a form of *be* or *have*, adverbs between (*have worthily
  continued*, *have already been put*);
- the participle right after a noun or its comma (a reduced relative: *the targets set for
  us*, *a promise to the workers, made during*), an adverb in -ly between, before a
  preposition or the clause's end, where the noun is no subject opening its clause or the
  clause has a finite verb of its own after it (*the laws adopted in May concerned*);
- the participle coordinated with another participle (*towed by sea and stationed at*,
  *seized, detained, put behind bars*);
- the past tense right after its subject with no auxiliary: a subject pronoun, or a noun
  phrase opening its clause (with its *of* complements: *the overall portfolio of contracts
  reached*), adverbs between (*warmly congratulated*).

The units are read left to right, each change seen by the next (a coordination's second
participle follows the first's new class).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from daybook.translate.english_tags import MARGIN, Opinion, Unit, reading_of

# spaCy's tag -> the engine's tense tag.
_TENSE = {"VBD": "past", "VBN": "pp"}
# What may stand between an auxiliary or a subject and its verb: an adverb (an unknown word
# in -ly, which the analyser does not know: *worthily*).
_ADVERBS = frozenset(("adv", "preadv"))
# Adverbs of time the engine reads as conjunctions (*the company then traded it*, *Yeltsin
# once said*).
_TIME_ADVERBS = frozenset(("then", "once"))
# The forms of *be* and *have* the engine reads as auxiliaries (or, for *have*, a verb).
_AUX_LEMMAS = frozenset(("be", "have"))
# What ends a clause after a reduced relative's participle.
_CLAUSE_END = frozenset(("cm", "sent", "rpar", "lpar", "guio", "rquot"))
# What a noun phrase (a subject) is made of, before its head.
_NP = frozenset(("n", "np", "adj", "det", "num", "gen", "apos"))
_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))
# What opens a clause before its subject.
_OPENS = frozenset(("sent", "cm", "cnjcoo", "cnjsub", "cnjadv", "lquot", "lpar", "guio"))
# Where a clause's verbs end: its full stop, a conjunction or a relative opening another.
_VERBS_END = frozenset(("sent", "cnjsub", "cnjcoo", "rel", "lpar", "cm"))
_FINITE = frozenset(("vbser", "vbhaver", "vbmod", "vbdo"))
_FINITE_TAGS = frozenset(("VBD", "VBP", "VBZ", "MD"))


def _pos(u: Unit) -> str:
    return u.tags[0] if u.tags else ""


def _lemma(u: Unit) -> str:
    return u.analysis.split("<", 1)[0].lower()


def _skip_adverbs(units: Sequence[Unit], j: int) -> int:
    """The first unit at or before ``j`` that is no adverb (-1 at the start)."""
    while j >= 0 and (_pos(units[j]) in _ADVERBS or units[j].surface.lower() in _TIME_ADVERBS
                      or (not units[j].tags and units[j].surface.lower().endswith("ly"))):
        j -= 1
    return j


def _after_auxiliary(units: Sequence[Unit], i: int) -> bool:
    """Whether unit ``i`` follows a form of *be* or *have*, adverbs between."""
    j = _skip_adverbs(units, i - 1)
    return j >= 0 and (_pos(units[j]) in ("vbser", "vbhaver") or (
        _pos(units[j]) == "vblex" and _lemma(units[j]) in _AUX_LEMMAS))


def _is_noun(units: Sequence[Unit], opinions: Mapping[int, Opinion], j: int) -> bool:
    op = opinions.get(j)
    return _pos(units[j]) in ("n", "np") or (op is not None and op.tag in _NOUN_TAGS
                                              and _pos(units[j]) not in _FINITE)


def _np_start(units: Sequence[Unit], opinions: Mapping[int, Opinion], j: int) -> int:
    """The unit before the noun phrase whose head is ``j``, with its prepositional
    complements (*the Minister of Transport*, *17 localities in 13 districts*) and its
    coordinated nouns (*officers and men*)."""
    while j >= 0 and (_pos(units[j]) in _NP or _is_noun(units, opinions, j) or (
            j > 0 and _pos(units[j]) in ("pr", "cnjcoo") and _is_noun(units, opinions, j - 1))):
        j -= 1
    return j


def _opens_clause(units: Sequence[Unit], j: int) -> bool:
    """Whether the unit ``j`` (before a noun phrase) is the start of a clause, so that the
    noun phrase is its subject (a relative or *what* too: *what the people thought*)."""
    return j < 0 or _pos(units[j]) in _OPENS or "rel" in units[j].tags or "itg" in units[j].tags


def _nouns_joined(units: Sequence[Unit], j: int) -> bool:
    """Whether unit ``j`` is *and* / *or* between two nouns (*their work and professional
    duty*), no clause's start."""
    return _pos(units[j]) == "cnjcoo" and 0 < j < len(units) - 1 \
        and _pos(units[j - 1]) in ("n", "np") and _pos(units[j + 1]) in ("n", "adj")


def _finite_after(units: Sequence[Unit], opinions: Mapping[int, Opinion], j: int) -> bool:
    """Whether the clause has a finite verb from ``j`` on (*the laws adopted this year
    concerned*), one spaCy reads as a verb too (the engine's tagger reads *wildfires last
    week* as a noun and a verb)."""
    while j < len(units) and (_pos(units[j]) not in _VERBS_END or _nouns_joined(units, j)) \
            and not (_pos(units[j]) == "prn" and ("subj" in units[j].tags
                                                  or "rel" in units[j].tags)):
        u, op = units[j], opinions.get(j)
        if ((_pos(u) in _FINITE and not any(x in u.tags for x in ("inf", "ger", "pp"))) or (
                _pos(u) == "vblex" and any(x in u.tags for x in ("pres", "past")))) \
                and (op is None or op.tag in _FINITE_TAGS):
            return True
        j += 1
    return False


def _reduced_relative(units: Sequence[Unit], opinions: Mapping[int, Opinion], i: int) -> bool:
    """Whether unit ``i`` is a participle after its noun (a reduced relative): a noun before
    it, a preposition or the clause's end after it, and the noun no subject of ``i``."""
    head = i - 2 if i > 1 and _pos(units[i - 1]) == "cm" else i - 1  # *a promise, made in*
    if head < 0 or not _is_noun(units, opinions, head):
        return False
    k = i + 1  # over an adverb of manner: *an initiative devised specifically for*
    while k < len(units) and _pos(units[k]) == "adv" and units[k].surface.endswith("ly"):
        k += 1
    nxt = units[k] if k < len(units) else None
    after = units[k + 1] if k + 1 < len(units) else None
    if nxt is not None and (_pos(nxt) not in ("pr", *_CLAUSE_END) or (
            _lemma(nxt) == "to" and after is not None and "inf" in after.tags)):
        return False  # *designed to improve*: ``reduced`` agrees it with its noun
    start = _np_start(units, opinions, head)
    return not _opens_clause(units, start) or _finite_after(units, opinions, i + 1)


def _coordinated(units: Sequence[Unit], i: int) -> bool:
    """Whether unit ``i`` follows *and*, *or* or a comma after a participle."""
    j = _skip_adverbs(units, i - 1)
    if j < 1 or not (_pos(units[j]) == "cm" or _lemma(units[j]) in ("and", "or")):
        return False
    k = _skip_adverbs(units, j - 1)
    return k >= 0 and _pos(units[k]) == "vblex" and "pp" in units[k].tags


def _after_subject(units: Sequence[Unit], opinions: Mapping[int, Opinion], i: int) -> bool:
    """Whether unit ``i`` follows its subject with no auxiliary: a subject pronoun, or a
    noun phrase opening its clause."""
    j = _skip_adverbs(units, i - 1)
    if j < 0:
        return False
    u = units[j]
    if _pos(u) == "prn" and ("subj" in u.tags or "rel" in u.tags):
        return True
    return _is_noun(units, opinions, j) and _opens_clause(units, _np_start(units, opinions, j))


def candidates(units: Sequence[Unit], opinions: Mapping[int, Opinion]) -> list[int]:
    """The units the engine read in one tense and spaCy, by ``MARGIN``, in the other."""
    out = []
    for i, op in opinions.items():
        u = units[i]
        now = _TENSE.get(op.tag)
        if now is None or _pos(u) != "vblex" or "+" in u.analysis or not u.surface.isalpha():
            continue
        was = "past" if "past" in u.tags else "pp" if "pp" in u.tags else None
        if was is not None and was != now and op.margin(was) >= MARGIN:
            out.append(i)
    return sorted(out)


def readings(units: Sequence[Unit], opinions: Mapping[int, Opinion],
             analyses: Mapping[str, Sequence[str]]) -> dict[int, str]:
    """Unit index -> the analyser's reading of the tense spaCy gives it, among
    ``candidates``, where the grammar confirms it (``analyses``: readings by surface)."""
    out: dict[int, str] = {}
    seen = list(units)
    for i in candidates(units, opinions):
        if "past" in units[i].tags:
            sure = _after_auxiliary(seen, i) or _reduced_relative(seen, opinions, i) \
                or _coordinated(seen, i)
            want = "pp"
        else:
            sure = _after_subject(seen, opinions, i)
            want = "past"
        new = reading_of(analyses.get(units[i].surface, ()), "vblex", (want,)) if sure else None
        if new is not None:
            out[i] = new
            seen[i] = _Changed(units[i].surface, new)
    return out


class _Changed:
    """A unit with its new reading (seen by the units after it)."""

    __slots__ = ("analysis", "surface", "tags")

    def __init__(self, surface: str, analysis: str) -> None:
        self.surface = surface
        self.analysis = analysis
        self.tags = tuple(t.strip("<>") for t in analysis.split("<")[1:])

""""de" and "à" said again before each infinitive of a list they govern.

English says *to* once before coordinated verbs (*the plan is to concentrate the resources in
Chita and step up efforts*, *it is necessary to move forward and steadily develop*, *to
enjoy sightseeing, appreciate its streets, visit theatres, and talk to your peers*), and the
engine says "de" or "à" once too: "est de concentrer les ressources à Tchita et intensifier
les efforts", "Il est nécessaire d'avancer et développer", "de jouir ..., apprécier ...".
French says the preposition again before each infinitive it governs (Grevisse, *Le Bon
Usage*, § 1040: "à", "de", "en" are repeated before each complement): "et d'intensifier",
"d'avancer et de développer", "de jouir ..., d'apprécier ..., de visiter ... et de parler".

``repeat_infinitive_preps``: after "de"/"d'"/"à" + an infinitive (past its clitics and an
adverb in -ment), each later member of its list, an infinitive right after "et", "ou" or a
comma (past its clitics: "et de les aider", "et d'en parler"), is given the preposition.
Only where the English has *to* + a bare verb followed by as many bare verbs after *and*,
*or* or a comma (not *looking forward to deepening ... and hope that*, whose *hope* is no
member of *to*'s list); the list ends at a sentence's or a clause's end (punctuation, a
relative, a conjunction), at a finite verb, at another preposition before an infinitive
(which governs what follows: "pour créer et améliorer" is left), and after 40 tokens.
"pouvoir", "savoir", "devoir" (nouns too) and "être"/"avoir" after "ou" are not read as
members. Readings from Apertium's French dictionaries (``gender``). Run by ``framed``
(``protect``'s step after the clause rules), after ``frames``, which gives the first
infinitive its preposition after a verb ("continuerons à renforcer", "prévoit de
distribuer").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.frames import frames
from daybook.translate.french import VOWEL_START, folded
from daybook.translate.gender import (
    CLAUSE_STOPS,
    CLAUSE_WORDS,
    Reading,
    clause_tokens,
    tokens_and_readings,
)

__all__ = ["framed", "repeat_infinitive_preps"]

_TOKEN = clause_tokens("‘\\[\\]")
Token = tuple[int, int, str]

# English words that are no bare verb after *to*, *and*, *or* or a comma.
_NOT_VERB = (r"the|a|an|this|that|these|those|its|their|our|his|her|your|my|we|they|you|i|he|"
             r"she|it|which|who|whom|whose|what|where|when|while|as|if|so|but|not|all|both|"
             r"each|every|some|any|other|such|more|most|many|much|one|two|three|in|on|at|by|"
             r"for|with|from|of|into|about|over|under|between|among|also|then|even|still|"
             r"including|and|or|to|be|is|are|was|were|has|have|had|will|would|can|could|"
             r"should|must|may|might|shall|do|does|did|there|here|thus|therefore|because|"
             r"since|after|before|until|than|no|nor|only|just|very|especially|particularly")
_ADV_EN = r"(?:\w+ly|further|also|then|jointly|together|not)"
# A bare verb: lower case (*to Russian citizens* is no verb), no -ing, -ed or -s.
_BARE = (rf"(?:{_ADV_EN}\s+)?(?!(?:{_NOT_VERB}|further|together|jointly)\b)"
         r"(?![a-z]+(?:ing|ed)\b)[a-z]+(?<![^s]s)\b")
_TO_EN = re.compile(rf"\b[Tt]o\s+{_BARE}")
_MEMBER_EN = re.compile(rf"(?:,|\band\b|\bor\b)\s+(?:to\s+)?{_BARE}")
_END_EN = re.compile(r"[.;:!?]")

_PREPS = frozenset(("de", "d'", "à"))
_OTHER_PREPS = frozenset(("pour", "sans", "par", "en", "afin", "avant", "après"))
_CLAUSE = CLAUSE_WORDS | {"comme", "parce"}
_CLITICS = frozenset(("le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "nous",
                      "vous", "me", "m'", "te", "t'"))
_NOT_MEMBER = frozenset(("pouvoir", "savoir", "devoir", "vouloir", "souvenir", "avenir"))
_FINITE = ("pri", "pii", "fti", "cni", "ifi", "prs", "pis")
_REACH = 40
_MODALS = frozenset(("devoir", "pouvoir", "falloir"))
_DETERMINER = re.compile(r"(?:le|la|les|l'|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|"
                         r"leurs|notre|nos|votre|vos|mon|ma|mes|tout|toute|tous|toutes|"
                         r"chaque|plusieurs|quelques?|\d+)$")


def _english_members(source: str) -> int:
    """How many bare verbs follow *to* + a bare verb in its sentence after *and*, *or* or
    a comma (the members French gives their "de"/"à" again)."""
    count = 0
    for to in _TO_EN.finditer(source):
        end = _END_EN.search(source, to.end())
        stop = end.start() if end else len(source)
        count = max(count, sum(1 for _ in _MEMBER_EN.finditer(source, to.end(), stop)))
    return count


def _by_part(source: str, french: str) -> list[int]:
    """``_english_members`` of each part of the sentence between semicolons, where the
    French has as many; of the whole sentence as one part otherwise."""
    parts = source.split(";")
    if len(parts) != french.count(";") + 1:
        parts = [source]
    return [_english_members(part) for part in parts]


def _infinitive(reads: Sequence[Reading]) -> bool:
    """A verb's infinitive (a noun reading too only for "être", "avoir")."""
    if not any(r.tags[:1] and r.tags[0].startswith("vb") and r.tags[1:2] == ("inf",)
               for r in reads):
        return False
    return all(r.tags[0].startswith("vb") or r.lemma in ("être", "avoir") for r in reads)


def _finite(reads: Sequence[Reading]) -> bool:
    """A finite verb read as nothing else (a clause of its own)."""
    return bool(reads) and all(r.tags[:1] and r.tags[0].startswith("vb") and len(r.tags) > 1
                               and r.tags[1] in _FINITE for r in reads)


def _verb_at(toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int) -> int | None:
    """The index of an infinitive at ``i`` past its clitics, None if there is none."""
    j = i
    while j < len(toks) and folded(toks[j][2]) in _CLITICS:
        j += 1
    if j < len(toks) and _infinitive(reads.get(toks[j][2].lower(), ())) \
            and folded(toks[j][2]) not in _NOT_MEMBER:
        return j
    return None


def _governor(toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int) -> str | None:
    """ "de" or "à" where the token at ``i`` is one before an infinitive (past clitics and
    an adverb in -ment)."""
    word = folded(toks[i][2])
    if word not in _PREPS:
        return None
    j = i + 1
    if j < len(toks) and toks[j][2].endswith("ment") and toks[j][2].islower():
        j += 1
    return None if _verb_at(toks, reads, j) is None else ("à" if word == "à" else "de")


def _modal_before(toks: list[Token], reads: dict[str, tuple[Reading, ...]], i: int) -> bool:
    """Whether the preposition at ``i`` completes a noun after a modal's infinitive in the
    same part of the sentence ("Vous devez couper toutes les tentatives d'infiltrer ...,
    identifier": the list is the modal's, not the noun's)."""
    before = reads.get(toks[i - 1][2].lower(), ()) if i else ()
    if not before or not all(r.pos == "n" for r in before):
        return False
    for j in range(i - 1, -1, -1):
        if toks[j][2] in (";", ".", "!", "?"):
            return False
        if any(r.lemma in _MODALS and len(r.tags) > 1 and r.tags[1] in _FINITE
               for r in reads.get(toks[j][2].lower(), ())):
            return True
    return False


def _plan(toks: list[Token], reads: dict[str, tuple[Reading, ...]]) -> dict[int, str]:
    """Token index -> the preposition to put before it (a member's first word)."""
    plan: dict[int, str] = {}
    i = 0
    while i < len(toks):
        prep = _governor(toks, reads, i)
        if prep is None or _modal_before(toks, reads, i):
            i += 1
            continue
        k = i + 1
        while k < min(len(toks) - 1, i + _REACH):
            word = folded(toks[k][2])
            got = reads.get(toks[k][2].lower(), ())
            if word in CLAUSE_STOPS or word in _CLAUSE or _finite(got):
                break
            if word in _OTHER_PREPS and _verb_at(toks, reads, k + 1) is not None:
                break  # "pour créer et améliorer": that preposition's list
            if word in _PREPS and _governor(toks, reads, k) is not None:
                break  # the member already has its own, or a list of its own begins
            if word == "à" and toks[k + 1][2].islower() and not _DETERMINER.match(
                    folded(toks[k + 1][2])):
                break  # "les tentatives à truie conflit": a misread *to* of a noun
            if word in (",", "et", "ou"):
                first = k + 1
                if first < len(toks) and folded(toks[first][2]) == "et":
                    first += 1  # ", et" closing a list
                verb = _verb_at(toks, reads, first)
                if verb is not None and not (word == "ou" and folded(toks[verb][2]) in (
                        "être", "avoir")):
                    plan[first] = prep
            k += 1
        i = k
    return plan


def _with(prep: str, word: str, apostrophe: str) -> str:
    """ "de" elided before a vowel ("d'intensifier", "d'en parler"), "à" as it is."""
    if prep == "de" and VOWEL_START.match(word):
        return "d" + apostrophe
    return prep + " "


def repeat_infinitive_preps(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each text with "de"/"à" said again before its list's infinitives: see the module."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if (" et " in t or ", " in t or " ou " in t) and (" de " in t or " d'" in t
                                                               or " d’" in t or " à " in t)
            and ("to " in s or "To " in s) and any(_by_part(s, t))]  # cheap tests first
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    out = list(texts)
    for k in todo:
        plan = _plan(toks[k], reads)
        allowed = _by_part(sources[k], texts[k])
        part = [sum(1 for _, _, w in toks[k][:j] if w == ";") if len(allowed) > 1 else 0
                for j in plan]
        if not plan or any(part.count(n) > allowed[n] for n in set(part)):
            continue
        text = texts[k]
        apostrophe = "’" if "’" in text else "'"
        for j in sorted(plan, reverse=True):
            start, _, word = toks[k][j]
            text = text[:start] + _with(plan[j], word, apostrophe) + text[start:]
        out[k] = text
    return out


def framed(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``frames.frames`` (which gives a verb's infinitive its "à"/"de": "continuerons à
    renforcer"), then the lists of those infinitives their preposition again."""
    return repeat_infinitive_preps(sources, frames(texts))

"""Participle clauses joined by *and* said alike: "en maintenant le rythme et en renforçant".

English joins two -ing clauses of manner or circumstance (*The economy is making headway,
maintaining the pace and building up cooperation*; *fought ..., sacrificing their lives and
showing courage*); the pivot writes the second one as an infinitive or a finite verb, or
drops the "en" the first one has ("en maintenant le pas et renforcer", "en sacrifiant leurs
vies et montrant la valeur"). French keeps coordinated gerunds alike and says "en" again
before each one (Grevisse, *Le Bon Usage*, § 926 b and § 1044: the gerund's "en" is
repeated before each coordinated verb): "en maintenant le pas et en renforçant", "en
sacrifiant leurs vies et en montrant la valeur"; members after commas of the same list take
it too ("en améliorant l'infrastructure, en introduisant la technologie"), with an "et" or
none after them. A bare present
participle keeps a bare one ("résolvant des problèmes et obtenant"). Where the engine wrote
a list's first member after a comma as an infinitive and the second as a gerund ("...,
prêter attention à leur valeur et appliquant des méthodes", *, paying attention ... and
applying*), both become gerunds with "en".

Only where the English has an -ing form after *and* and an -ing form before it in the same
sentence, as many verbs after "et" as it has such *and*; the gerund before "et" found in its
clause past commas but never past another verb (a relative's "qui ont besoin", an
infinitive), a sentence's end or a quotation.

``comma_participles``: a participle clause after a comma (*their number has doubled,
increasing by 93 percent*) that the engine wrote as a bare infinitive (", augmenter de 93
%"), which French never puts there, becomes the present participle (", augmentant de 93
%"); not in a list of infinitives. Forms from Apertium's French dictionaries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import (
    CLAUSE_STOPS,
    Reading,
    clause_tokens,
    generate,
    put_forms,
    tokens_and_readings,
)

_TOKEN = clause_tokens("‘\\[\\]")
Token = tuple[int, int, str]
# *V-ing ... and (adv) V-ing* in one sentence: the second -ing form after *and*.
_ING_AND_EN = re.compile(r"\b[a-z]{2,}ing\b[^.;:!?]*?\band\s+(?:[a-z]+ly\s+|also\s+)?"
                         r"(?!thing|during|king|ring|spring|evening|morning|nothing|anything|"
                         r"something|everything)[a-z]{2,}ing\b")
# *, V-ing*: a list member after a comma.
_COMMA_ING_EN = re.compile(r",\s+[a-z]{2,}ing\b")
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")
_STOP = CLAUSE_STOPS | {"’"}
_CLITICS = frozenset(("le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "nous",
                      "vous", "me", "m'"))
_REACH = 40  # tokens back from "et" to the list's first gerund


def verb_only(reads: Sequence[Reading]) -> bool:
    """Readings that are all verbs' (no noun, adjective or adverb among them)."""
    return bool(reads) and all(r.tags[:1] and r.tags[0] in _VERB for r in reads)


def _gerund(reads: Sequence[Reading]) -> bool:
    return verb_only(reads) and all(r.tags[1:2] == ("ger",) for r in reads)


def _any_gerund(reads: Sequence[Reading]) -> bool:
    return any(r.tags[:1] and r.tags[0] in _VERB and r.tags[1:2] == ("ger",) for r in reads)


def _clause_verb(reads: Sequence[Reading]) -> bool:
    """A verb that is no participle: an infinitive or a finite verb (a clause's own)."""
    return verb_only(reads) and not any(r.pos == "pp" or r.tags[1:2] == ("ger",)
                                         for r in reads)


def _with_en(toks: list[Token], k: int) -> tuple[int, bool]:
    """The first token of the member whose verb is at ``k`` (its clitics, its "en") and
    whether "en" opens it."""
    j = k
    while j > 0 and folded(toks[j - 1][2]) in _CLITICS and folded(toks[j - 1][2]) != "en":
        j -= 1
    return (j - 1, True) if j > 0 and folded(toks[j - 1][2]) == "en" else (j, False)


def _plan(toks: list[Token], reads: dict[str, tuple[Reading, ...]], et: int, commas: int
          ) -> dict[int, tuple[str, bool]] | None:
    """Verb token -> (its lemma's head tag and lemma as "head:lemma", whether "en" goes
    before it) for the member after "et" at ``et`` and the members of its list; None when
    the list is not read safely."""
    j = et + 1
    while j < len(toks) - 1 and folded(toks[j][2]) in _CLITICS:
        j += 1
    second = reads.get(toks[j][2].lower(), ()) if j < len(toks) else ()
    if not verb_only(second) or toks[j][2][:1].isupper() or any(r.pos == "pp" for r in second):
        return None
    if any(r.lemma in ("avoir", "être") for r in second) and j + 1 < len(toks) and any(
            r.pos == "pp" for r in reads.get(toks[j + 1][2].lower(), ())):
        return None  # "et a fixé": a compound tense
    members: list[int] = []  # gerunds after commas between the first one and "et"
    first_en = False  # a list of bare participles after commas ("progrès, maintenant")
    for k in range(et - 1, max(-1, et - _REACH), -1):
        word = toks[k][2]
        got = reads.get(word.lower(), ())
        if word in _STOP or folded(word) in ("et", "qui", "que", "qu'", "dont", "où"):
            if members:
                break
            return None
        if _gerund(got) or (_any_gerund(got) and (
                _with_en(toks, k)[1] or (k > 0 and toks[k - 1][2] == ","))):
            # also "maintenant" (an adverb), "dirigeant" (a noun) after "en" or a comma
            if k > 0 and toks[k - 1][2] == "," and _with_en(toks, k)[0] == k:
                members.append(k)
                continue  # a bare member after a comma: the list goes on before it
            first_en = _with_en(toks, k)[1]
            break
        if _clause_verb(got):
            if members:
                break
            if not _gerund(second) or k == 0 or toks[k - 1][2] != "," or not all(
                    r.tags[1:2] == ("inf",) for r in got) or commas == 0:
                return None
            # ", prêter attention ... et appliquant": both said as gerunds with "en"
            return {k: (_key(got), True), j: (_key(second), True)}
    else:
        if not members:
            return None
    out = {m: (_key([r for r in reads[toks[m][2].lower()] if r.tags[1:2] == ("ger",)]), True)
           for m in members} if first_en else {}
    if not _gerund(second) or (first_en and not _with_en(toks, j)[1]):
        out[j] = (_key(second), first_en)
    return out


def _key(reads: Sequence[Reading]) -> str:
    """The generator input of the gerund of the verb read as ``reads``."""
    r = reads[0]
    return f"^{r.lemma}<{r.tags[0]}><ger>$"


# *V-ing ..., V-ing*: a list of participle clauses after commas.
_ING_COMMA_EN = re.compile(r"\b[a-z]{2,}ing\b[^.;:!?]*?,\s+[a-z]{2,}ing\b")


def _comma_members(toks: list[Token], reads: dict[str, tuple[Reading, ...]], limit: int
                   ) -> dict[int, tuple[str, bool]]:
    """The bare gerunds after commas that follow a gerund with "en" in its sentence ("en
    améliorant l'infrastructure, introduisant la technologie" -> ", en introduisant"), at
    most ``limit``; the search ends at a sentence's end, a quotation or a finite verb."""
    out: dict[int, tuple[str, bool]] = {}
    i = 0
    while i < len(toks) - 1 and len(out) < limit:
        if folded(toks[i][2]) != "en" or not _any_gerund(reads.get(
                toks[_with_verb(toks, i)][2].lower(), ())):
            i += 1
            continue
        j = _with_verb(toks, i) + 1
        while j < len(toks) - 1 and len(out) < limit:
            word = toks[j][2]
            got = reads.get(word.lower(), ())
            if word in _STOP or (verb_only(got) and any(len(r.tags) > 3 for r in got)):
                break  # another sentence or clause
            after = reads.get(toks[j + 1][2].lower(), ())
            if word == "," and toks[j + 1][2].islower() and _any_gerund(after) and not any(
                    r.pos in ("det", "prn", "pr", "adv") for r in after):
                # not "maintenant" (*now*: ", maintenant présume")
                out[j + 1] = (_key([r for r in after if r.tags[1:2] == ("ger",)]), True)
            j += 1
        i = j
    return out


def _with_verb(toks: list[Token], en: int) -> int:
    """The verb after "en" at ``en`` and its clitics ("en les souhaitant")."""
    j = en + 1
    while j < len(toks) - 1 and folded(toks[j][2]) in _CLITICS - {"en"}:
        j += 1
    return min(j, len(toks) - 1)


def gerunds_alike(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the verbs of its coordinated participle clauses as gerunds,
    "en" said again where the first one has it (see the module's doc); one exchange with
    the analyser and one with the generator for all texts."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if (" et " in t and _ING_AND_EN.search(s)) or (
                " en " in t and ", " in t and _ING_COMMA_EN.search(s))]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    plans: dict[int, dict[int, tuple[str, bool]]] = {}
    for k in todo:
        plan: dict[int, tuple[str, bool]] = {}
        left = len(_ING_AND_EN.findall(sources[k]))
        commas = len(_COMMA_ING_EN.findall(sources[k]))
        for i, (_, _, word) in enumerate(toks[k][:-1]):
            if word == "et" and left and (got := _plan(toks[k], reads, i, commas)):
                plan.update(got)
                left -= 1
        if _ING_COMMA_EN.search(sources[k]):
            plan.update({j: got for j, got in _comma_members(
                toks[k], reads, commas).items() if j not in plan})
        if plan:
            plans[k] = plan
    forms = generate(sorted({key for plan in plans.values() for key, _ in plan.values()}))
    out = list(texts)
    for k, plan in plans.items():
        text = texts[k]
        for j in sorted(plan, reverse=True):
            key, en = plan[j]
            if key not in forms:
                continue
            start, end, _ = toks[k][j]
            first, has_en = _with_en(toks[k], j)
            text = text[:start] + forms[key] + text[end:]
            if en and not has_en:
                at = toks[k][first][0]
                text = text[:at] + "en " + text[at:]
        out[k] = text
    return out


# *, V-ing* of a participle clause: not a preposition in -ing (*including*, *following*)
# nor a noun.
_COMMA_PARTICIPLE_EN = re.compile(
    r",\s+(?!(?:including|according|regarding|concerning|following|excluding|during|"
    r"something|nothing|everything|anything|morning|evening|building|meeting|"
    r"notwithstanding)\b)[a-z]{2,}ing\b")
_PREPOSITIONS = frozenset(("de", "d'", "à", "pour", "sans", "par", "en", "afin", "avant",
                           "après", "ne", "pas"))


def _after_infinitive(toks: list[Token], reads: dict[str, tuple[Reading, ...]], comma: int
                      ) -> bool:
    """Whether the nearest verb before the comma at ``comma`` in its sentence is an
    infinitive (a list of infinitives: "de pratiquer l'art, améliorer"), or there is none."""
    for k in range(comma - 1, -1, -1):
        word = toks[k][2]
        if word in _STOP:
            return True
        got = reads.get(word.lower(), ())
        if any(r.tags[:1] and r.tags[0] in _VERB for r in got) and (not any(
                r.pos in ("n", "adj", "pr", "prn", "det", "adv") for r in got) or any(
                r.tags[0] in ("vbser", "vbhaver") and len(r.tags) > 3 for r in got)):
            # a verb only, or "est", "a" (also a noun, a preposition)
            return any(r.tags[1:2] == ("inf",) for r in got)
    return True


def comma_participles(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "leur nombre a presque doublé, augmenter de 93 %" -> ", augmentant de 93 %": an
    English participle clause after a comma (*has almost doubled, increasing by 93
    percent*; *maintain a dialogue, cooperating in*) that the engine wrote as a bare
    infinitive after a comma, which French never says there, said as the present
    participle; at most as many as the English has, never in a list of infinitives (the
    nearest verb before the comma an infinitive) nor after a preposition."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if ", " in t and _COMMA_PARTICIPLE_EN.search(s)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    plans: dict[int, dict[int, str]] = {}
    for k in todo:
        left = len(_COMMA_PARTICIPLE_EN.findall(sources[k]))
        plan: dict[int, str] = {}
        for i, (_, _, word) in enumerate(toks[k][:-1]):
            got = reads.get(toks[k][i + 1][2].lower(), ())
            if word != "," or not left or not got or not all(
                    r.tags[:1] and r.tags[0] in _VERB and r.tags[1:2] == ("inf",) for r in got) \
                    or not toks[k][i + 1][2].islower() or _after_infinitive(toks[k], reads, i):
                continue
            plan[i + 1] = _key(got)
            left -= 1
        if plan:
            plans[k] = plan
    return put_forms(texts, plans, {k: [(a, b) for a, b, _ in toks[k]] for k in plans})

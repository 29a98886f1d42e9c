"""The second -ing form of *V-ing ... and V-ing* in the form French gave the first.

English joins two -ing forms that share what governs them: a preposition or an aspect verb
(*your help in preparing and holding the World Cup*, *continue working ... and producing
results*) or the auxiliary *be* of a progressive (*our ties are developing dynamically and
becoming more diverse*). French says the first one as the infinitive or the finite verb it
takes there and the second one alike; the pivot writes the second one as a gerund
("votre aide à préparer et en organisant", "se développent aussi dynamiquement et en
devenant"). Grevisse, *Le Bon Usage*, § 269 and § 1044: coordinated verbs keep one form,
and "à", "de" are said again before each coordinated infinitive.

- ``infinitives_alike``: where the English first -ing form follows a preposition or an
  aspect verb and the nearest French verb before "et" is an infinitive, the gerund after
  "et" (with or without its "en") becomes the infinitive, with the first one's "à" or "de"
  ("à préparer et à organiser", "à travailler ... et à produire"); gerunds of the same list
  after commas ("à construire, en modernisant, en réparant et en maintenant") too.
- ``progressives_alike``: where the English has *be* before the first -ing form and the
  nearest French verb before "et" is a finite lexical verb, the gerund takes its tense,
  person and number ("se développe régulièrement et offre"); after the engine's "sont en
  train de se développer", which ``progressive.simple_tense`` later says "se développent",
  the tense, person and number of that "être" ("et deviennent"), also for the infinitive
  the engine wrote after it ("est en train d'apporter une contribution ... et aider" ->
  "apporte ... et aide", *is making ... and helping*); never after "être" or
  "avoir" themselves (*are interesting and inspiring*: an adjective). The infinitive of
  "en train de" is no preposition's: ``infinitives_alike`` leaves it.

Never past a sentence's end, a quotation, a relative ("qui", "que"), a participle ("d'avoir
organisé et préparant": a pair of its own), a comma that opens no member of the list, or
a verb of another clause; never more times than the English has such a pair. Forms from Apertium's
French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import VOWEL_START, folded
from daybook.translate.gender import (
    CLAUSE_STOPS,
    CLAUSE_WORDS,
    Reading,
    clause_tokens,
    generate,
    tokens_and_readings,
)
from daybook.translate.gerund_pairs import verb_only

_TOKEN = clause_tokens("‘\\[\\]")
Token = tuple[int, int, str]
_ING = r"[a-z]{2,}ing\b"
# Between the two: no other -ing form but the members of a list after commas.
_BETWEEN = rf"(?:(?!\b{_ING})[^.;:!?]|,\s+(?:\w+ly\s+)?{_ING})*?"
_SECOND = rf"\band\s+(?:\w+ly\s+|also\s+)?(?!during\b|nothing\b|something\b){_ING}"
# A preposition or an aspect verb before a gerund its complement.
_GOVERNED_EN = re.compile(
    r"\b(?:in|of|for|with|to|at|on|about|from|into|towards?|without|through|regarding|"
    r"concerning|concerns|continue[sd]?|continuing|keeps?|kept|keeping|start(?:s|ed)?|"
    r"begins?|began|stop(?:s|ped)?|finish(?:es|ed)?|avoid(?:s|ed)?)\s+(?:\w+ly\s+)?"
    rf"(?!(?:the|a|an|this|that|our|their|its|his|her)\b){_ING}{_BETWEEN}{_SECOND}")
# *be* (adverbs) V-ing: a progressive.
_PROGRESSIVE_EN = re.compile(
    r"\b(?:am|is|are|was|were)\s+(?:(?:\w+ly|also|still|now|not|all|both)\s+)*"
    rf"{_ING}{_BETWEEN}{_SECOND}")

_CLITICS = frozenset(("le", "la", "les", "l'", "lui", "leur", "y", "se", "s'", "nous",
                      "vous", "me", "m'"))
_REPEATED = frozenset(("à", "de", "d'"))
_TENSES = ("pri", "fti", "pii", "cni", "ifi")
_REACH = 40  # tokens back from "et" to the first verb


def _gerund(reads: Sequence[Reading], after_en: bool = False) -> bool:
    """A gerund: nothing but one, or one that may be a noun or an adjective ("offrant");
    after "en" any ("en maintenant"), never a preposition or an adverb alone ("pendant")."""
    if not any(r.tags[1:2] == ("ger",) for r in reads):
        return False
    return after_en or all(r.tags[1:2] == ("ger",) or r.pos in ("n", "adj") for r in reads)


def _second(toks: list[Token], reads: dict[str, tuple[Reading, ...]], et: int,
            infinitive: bool = False) -> tuple[int, int] | None:
    """(first token of the member, its gerund) after "et" or a comma at ``et``: "en",
    clitics, then a lower-case gerund that is nothing but a verb's (``infinitive``: or
    an infinitive with no "en")."""
    j = et + 1
    en = j < len(toks) and folded(toks[j][2]) == "en"
    j += en
    while j < len(toks) and folded(toks[j][2]) in _CLITICS:
        j += 1
    if j >= len(toks) or not toks[j][2].islower():
        return None
    got = reads.get(toks[j][2], ())
    if not _gerund(got, en) and not (infinitive and not en and _infinitive(got)):
        return None
    return et + 1, j


def _first(toks: list[Token], reads: dict[str, tuple[Reading, ...]], et: int
           ) -> tuple[int, list[tuple[int, int]]] | None:
    """The nearest verb before "et" in its clause and the gerunds after commas between
    them (members of one list): (its token, [(member start, gerund)])."""
    members: list[tuple[int, int]] = []
    for k in range(et - 1, max(-1, et - _REACH), -1):
        word = toks[k][2]
        low = folded(word)
        if word in CLAUSE_STOPS or low in CLAUSE_WORDS or (low == "et" and not members):
            return None
        if word == "," and not any(start == k + 1 for start, _ in members):
            return None  # a comma that opens no gerund of the list: another phrase
        got = reads.get(word.lower(), ())
        if any(r.pos == "pp" for r in got):
            return None  # "d'avoir organisé et préparé": a participle's pair
        after_en = k > 0 and folded(toks[k - 1][2]) == "en"
        if not verb_only(got) and not (after_en and _gerund(got, True)):
            continue
        if _gerund(got, after_en) and k > 0:
            start = k
            while start > 0 and folded(toks[start - 1][2]) in _CLITICS:
                start -= 1
            if start > 0 and folded(toks[start - 1][2]) == "en":
                start -= 1
            if start > 0 and toks[start - 1][2] == ",":
                members.append((start, k))
                continue
            return None
        return k, members
    return None


def _infinitive(reads: Sequence[Reading]) -> bool:
    return all(r.tags[1:2] == ("inf",) for r in reads)


def _adverb(reads: Sequence[Reading]) -> bool:
    return bool(reads) and all(r.pos == "adv" for r in reads)


def _en_train(toks: list[Token], verb: int) -> int:
    """The index of "en" of "en train de" before the infinitive at ``verb`` (past its
    clitics), or -1."""
    k = verb - 1
    while k >= 0 and folded(toks[k][2]) in _CLITICS:
        k -= 1
    if k < 2 or folded(toks[k][2]) not in ("de", "d'") or [
            folded(t[2]) for t in toks[k - 2:k]] != ["en", "train"]:
        return -1
    return k - 2


def _progressive(toks: list[Token], reads: dict[str, tuple[Reading, ...]], verb: int
                 ) -> Reading | None:
    """The finite "être" of the engine's progressive before the infinitive at ``verb``
    ("sont en train de se développer": "sont"), which ``progressive.simple_tense`` later
    says as the verb's own tense; None for none or a compound one ("a été en train de")."""
    k = _en_train(toks, verb) - 1
    if k < 0:
        return None
    while k > 0 and _adverb(reads.get(toks[k][2].lower(), ())):
        k -= 1  # "sont aussi en train de"
    return next((r for r in reads.get(toks[k][2].lower(), ()) if r.tags[0] == "vbser"
                 and r.tags[1:2] in (("pri",), ("pii",)) and len(r.tags) >= 4), None)


def _preposition(toks: list[Token], verb: int) -> str:
    """ "à" or "de" right before the infinitive at ``verb`` (past its clitics), or ""."""
    k = verb - 1
    while k >= 0 and folded(toks[k][2]) in _CLITICS:
        k -= 1
    return folded(toks[k][2]) if k >= 0 and folded(toks[k][2]) in _REPEATED else ""


def _finite(reads: Sequence[Reading]) -> Reading | None:
    """The finite reading of a lexical verb, the indicative first, or None (for "être",
    "avoir" and the modals, which the analyser also reads as lexical verbs)."""
    if any(r.tags[0] != "vblex" or r.lemma in ("être", "avoir") for r in reads):
        return None
    for tense in _TENSES:
        for r in reads:
            if r.tags[:2] == ("vblex", tense) and len(r.tags) >= 4:
                return r
    return None


Plan = dict[int, tuple[int, str, str]]  # gerund -> (member start, generator input, prefix)


def _plans(sources: Sequence[str], texts: Sequence[str], english: re.Pattern[str],
           progressive: bool) -> tuple[dict[int, list[Token]], dict[int, Plan]]:
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if " et " in t and "ing" in s and english.search(s)]
    if not todo:
        return {}, {}
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    plans: dict[int, Plan] = {}
    for k in todo:
        left = len(english.findall(sources[k]))
        plan: Plan = {}
        for i, (_, _, word) in enumerate(toks[k][:-1]):
            if word != "et" or not left or not (second := _second(
                    toks[k], reads, i, progressive)):
                continue
            first = _first(toks[k], reads, i)
            if first is None:
                continue
            verb, members = first
            got = reads.get(toks[k][verb][2].lower(), ())
            if progressive:
                model = _finite(got)
                if model is None and _infinitive(got):
                    model = _progressive(toks[k], reads, verb)
                elif _infinitive(reads[toks[k][second[1]][2]]):
                    continue  # an infinitive after a finite verb: ``coordination``'s
                if model is None or members:
                    continue
                ending = "><".join(model.tags[1:])
                keys = [(second, f"<{ending}>", "")]
            else:
                if not _infinitive(got) or _en_train(toks[k], verb) >= 0:
                    continue  # not after "en train de", the engine's progressive
                prep = _preposition(toks[k], verb)
                keys = [(m, "<inf>", prep) for m in [*members, second]]
            for (start, gerund), ending, prep in keys:
                lemma = next(r for r in reads[toks[k][gerund][2].lower()]
                             if r.tags[1:2] in (("ger",), ("inf",)))
                plan[gerund] = (start, f"^{lemma.lemma}<{lemma.tags[0]}>{ending}$", prep)
            left -= 1
        if plan:
            plans[k] = plan
    return toks, plans


def _apply(texts: Sequence[str], toks: dict[int, list[Token]], plans: dict[int, Plan]
           ) -> list[str]:
    forms = generate(sorted({key for plan in plans.values() for _, key, _ in plan.values()}))
    out = list(texts)
    for k, plan in plans.items():
        text = texts[k]
        for j in sorted(plan, reverse=True):
            start, key, prep = plan[j]
            if key not in forms:
                continue  # a form the generator does not make: the member as it was
            a, b, _ = toks[k][j]
            text = text[:a] + forms[key] + text[b:]
            # the member's own opening: its "en" goes, the first one's "à"/"de" comes
            lead = toks[k][start][0]
            rest = text[lead:]
            if folded(toks[k][start][2]) == "en":
                rest = rest[len(toks[k][start][2]):].lstrip()
            if prep:
                rest = ("d'" if VOWEL_START.match(rest) else "de ") + rest if prep in (
                    "de", "d'") else "à " + rest
            text = text[:lead] + rest
        out[k] = text
    return out


def infinitives_alike(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "votre aide à préparer et en organisant" -> "à préparer et à organiser" (*help in
    preparing and holding*): see the module's doc."""
    toks, plans = _plans(sources, texts, _GOVERNED_EN, False)
    return _apply(texts, toks, plans) if plans else list(texts)


def progressives_alike(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "se développent aussi dynamiquement et en devenant" -> "et deviennent" (*are
    developing dynamically and becoming*): see the module's doc."""
    toks, plans = _plans(sources, texts, _PROGRESSIVE_EN, True)
    return _apply(texts, toks, plans) if plans else list(texts)


def ing_conjuncts(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Both rules, infinitives first."""
    return progressives_alike(sources, infinitives_alike(sources, texts))

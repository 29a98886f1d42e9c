"""The first person plural the pivot garbled, said from the English's *we* and *X and I*.

- *X and I* + adverbs + a verb: the engine writes "et je" and the verb of a third person
  ("Le président Poutine et je juste ont tenu", "Mr le président et je parfois travaillent");
  French says "X et moi" with the first person plural, the adverbs after the verb ("et moi
  avons juste tenu", "et moi travaillons parfois"); ``agree.with_me`` does those the engine
  writes with one adverb of its list. *a moment ago* ("(juste) un moment") is said "il y a
  un instant" after the participle.
- *we/you/they both/all* + a verb: "Nous tous deux savent", "Nous tous savoir" -> "Nous
  savons tous les deux", "Nous savons tous" (Grevisse: "tous" floated after the verb), the
  verb in the subject's person.
- *we* dropped by the pivot: "Bientôt déciderons" -> "Bientôt nous déciderons".

Readings and forms from Apertium's French analyser and generator (``gender``); the
adverbs, clitics and verb tags as ``first_person`` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.first_person import (
    CLITICS,
    FINITE,
    OPENERS,
    VERB,
    after_preposition,
    finite,
    movable_adverb,
)
from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings

_TOKEN = clause_tokens()


def first_plurals(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """*X and I*, *we both/all* and a dropped *we* said in French (see the module's doc)."""
    return we_subjects(sources, both_verbs(sources, with_me_texts(sources, texts)))


# *X and I* before a word (a verb, an adverb): a subject of the first person plural.
_X_AND_I = re.compile(r"\w\s+and\s+I\s+(?=[a-z])")
_MOMENT_EN = re.compile(r"\bmoments?\s+ago\b", re.IGNORECASE)


def _plural_form(reads: Sequence[Reading], person: str) -> str | None:
    """Generator input for a finite verb (or an infinitive, said in the present) in the
    plural of ``person``; None if it is one already or no verb."""
    if any(len(r.tags) > 3 and r.tags[2:4] == (person, "pl") for r in reads):
        return None
    verb = next((r for r in reads if len(r.tags) > 3 and r.tags[0] in VERB
                 and r.tags[1] in FINITE), None) or next(
        (r for r in reads if r.tags[:1] and r.tags[0] in VERB and r.tags[1:2] == ("inf",)),
        None)
    if verb is None:
        return None
    tense = "pri" if verb.tags[1] == "inf" else verb.tags[1]
    return f"^{verb.lemma}<{verb.tags[0]}><{tense}><{person}><pl>$"


def _verb_group(words: list[str], reads: dict[str, tuple[Reading, ...]], i: int,
                moment: bool) -> tuple[int, int, int] | None:
    """From token ``i`` (after the subject): (end of the adverbs, end of the clitics, the
    verb) where adverbs (or the engine's "(juste) un moment" of *a moment ago*), the
    verb's clitics and a finite verb (or an infinitive) follow; None otherwise."""
    a = i
    while a < len(words) and a - i < 3:
        low = folded(words[a])
        if moment and low == "un" and a + 1 < len(words) and folded(words[a + 1]) == "moment":
            a += 2
        elif movable_adverb(words[a], reads.get(low, ())) and low != "un":
            a += 1
        else:
            break
    c = a
    while c < len(words) and folded(words[c]) in CLITICS - {"me", "m'"}:
        c += 1
    if c >= len(words):
        return None
    got = reads.get(words[c].lower(), ())
    # a verb whatever else it reads: after a subject it is one ("devons", also *devon*)
    if (_plural_form(got, "p1") is None and not any(
            len(r.tags) > 3 and r.tags[2:4] == ("p1", "pl") for r in got)) or \
            words[c][:1].isupper():
        return None
    return a, c, c


def with_me_texts(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Le président Poutine et je juste ont eu" -> "Le président Poutine et moi avons juste
    eu", "et je parfois travaillent" -> "et moi travaillons parfois": *X and I* is "X et moi"
    with the verb in the first person plural and its adverbs after it (``agree.with_me``
    does those the engine writes with one adverb of its list); *a moment ago* said "il y a un
    instant" after the participle."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if _X_AND_I.search(s) and re.search(r"(?<![\w’'-])et (?:je |j['’])", t)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    out = list(texts)
    for k in todo:
        words = [t[2] for t in toks[k]]
        moment = bool(_MOMENT_EN.search(sources[k]))
        edits = []
        for i in range(len(words) - 2):
            if folded(words[i]) != "et" or folded(words[i + 1]) not in ("je", "j'"):
                continue
            group = _verb_group(words, reads, i + 2, moment)
            if group is None:
                continue
            a, c, v = group
            if finite(reads.get(words[v].lower(), ()), "p1") is not None:
                continue  # "le ministre et j'ai visité": a clause of its own, *and I V*
            wanted = _plural_form(reads.get(words[v].lower(), ()), "p1")
            edits.append((i, a, c, v, wanted))
        if not edits:
            continue
        forms = generate(sorted({e[4] for e in edits if e[4]}))
        text = out[k]
        spans = toks[k]
        for i, a, c, v, wanted in reversed(edits):
            verb = forms.get(wanted, "") if wanted else words[v]
            if not verb:
                continue
            adverbs = text[spans[i + 2][0]:spans[a - 1][1]] if a > i + 2 else ""
            end = spans[v][1]
            participle = ""
            if "moment" in adverbs and v + 1 < len(words) and any(
                    r.pos == "pp" for r in reads.get(words[v + 1].lower(), ())):
                participle = " " + words[v + 1]  # "avons dit il y a un instant"
                end = spans[v + 1][1]
            if "moment" in adverbs:
                adverbs = (re.sub(r"(?:juste )?un moment", "", adverbs).strip() + " il y a un "
                           "instant").strip()
            clitics = text[spans[c][0]:spans[v][0]] if c > a else ""
            said = "moi " + clitics + verb + participle + (" " + adverbs if adverbs else "")
            text = text[:spans[i + 1][0]] + said + text[end:]
        out[k] = text
    return out


# *we/you/they both/all* + a verb: the engine's "Nous tous deux savent", "Nous tous savoir".
_BOTH_EN = re.compile(r"\b(?:we|you|they)\s+(?:both|all)\s+(?:\w+ly\s+)?[a-z]", re.IGNORECASE)
_BOTH_FR = re.compile(r"(?<![\w’'-])([Nn]ous|[Vv]ous|[Ii]ls|[Ee]lles) (tous deux|toutes deux|"
                      r"tous les deux|toutes les deux|tous|toutes) ")
_PERSON = {"nous": "p1", "vous": "p2", "ils": "p3", "elles": "p3"}


def both_verbs(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Nous tous deux savent cela" -> "Nous savons tous les deux cela", "Nous tous
    devons travailler" -> "Nous devons tous travailler": *we/you/they both/all* before a
    verb, the quantifier after the finite verb (Grevisse § 660: "tous" floated after
    it), the verb in the subject's person."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if _BOTH_EN.search(s) and _BOTH_FR.search(t)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    out = list(texts)
    for k in todo:
        text = out[k]
        found = list(_BOTH_FR.finditer(text))
        starts = {t[0]: j for j, t in enumerate(toks[k])}
        words = [t[2] for t in toks[k]]
        plans = []
        for m in found:
            before = starts.get(m.start(1), 0)
            if m.start(2) not in starts or (before and folded(words[before - 1]) not in (
                    *OPENERS, "et", "mais", "donc", "alors")):
                continue  # "pour nous tous": an object
            j = starts[m.start(2)] + len(m.group(2).split())
            group = _verb_group(words, reads, j, False)
            if group is None or group[0] != j:
                continue  # an adverb between: left as it is
            _, _, v = group
            person = _PERSON[m.group(1).lower()]
            plans.append((m, v, _plural_form(reads.get(words[v].lower(), ()), person)))
        forms = generate(sorted({w for _, _, w in plans if w}))
        for m, v, wanted in reversed(plans):
            verb = forms.get(wanted, "") if wanted else words[v]
            if not verb:
                continue
            both = m.group(2).replace(" deux", " les deux").replace("les les", "les")
            start, end, _ = toks[k][v]
            text = (text[:m.start(2)] + text[m.end(0):start] + verb + " " + both
                    + text[end:])
        out[k] = text
    return out



_WE_EN = re.compile(r"\bwe\b(?!['’])", re.IGNORECASE)
_NOUS_FR = re.compile(r"(?<![\w’'-])[Nn]ous(?![\w’'-])")
# After these a verb with no subject of its own shares the one before ("Nous avons visité
# les sols et avons vu"): French leaves it out as English does.
_SHARED = frozenset(("et", "mais", "ou", "ni", "puis", "nous", "vous", "on"))


def we_subjects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Bientôt déciderons" -> "Bientôt nous déciderons", "Malheureusement, en fait avons
    perdu du temps" -> "en fait nous avons perdu": where the English has more *we* than the
    French has "nous", a verb read only in the first person plural with no subject before
    it (its clitics aside; not after "et", "mais", "ou", where the subject is shared) gets
    "nous", as many as are missing; the words before it stay where they are."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if len(_WE_EN.findall(s)) > len(_NOUS_FR.findall(t))]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    out = list(texts)
    for k in todo:
        missing = len(_WE_EN.findall(sources[k])) - len(_NOUS_FR.findall(texts[k]))
        words = [t[2] for t in toks[k]]
        gaps = []
        for i, word in enumerate(words):
            got = reads.get(word.lower(), ())
            if not got or not all(len(r.tags) > 3 and r.tags[0] in VERB and r.tags[1] in
                                  FINITE and r.tags[2:4] == ("p1", "pl") for r in got):
                continue
            c = i
            while c > 0 and folded(words[c - 1]) in CLITICS - {"nous", "vous"} and \
                    not after_preposition(words, reads, c - 1):
                c -= 1  # "avec lui avons établi": "lui" the preposition's
            if c and (folded(words[c - 1]) in _SHARED or words[c - 1] in ("«", "“")):
                continue
            gaps.append(c)
        if not gaps or len(gaps) > missing:
            continue
        text = out[k]
        for c in reversed(gaps):
            start = toks[k][c][0]
            rest = text[start:]
            if start == 0:
                text = "Nous " + rest[:1].lower() + rest[1:]
            else:
                text = text[:start] + "nous " + rest
        out[k] = text
    return out

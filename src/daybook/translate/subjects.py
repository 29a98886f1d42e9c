"""A third-person subject the pivot dropped, given back where the English sentence has it.

Catalan leaves out a subject pronoun, and ``cat-fra`` does not always put it back: "He has
thoroughly studied the history" came out "Longuement a étudié l'histoire", "why she was
convicted" "pourquoi a été condamnée", "where he was told about" "où a été dit sur". Where
the English sentence has more *he* or *she* than the French has "il" or "elle", a finite
verb in the third person singular with no subject before it (at the start of the sentence
or after one adverb there, after a comma, "où", "pourquoi", "que", "quand", "si",
"comme", "lorsque", "parce que") gets "il" or "elle", in the order of the English pronouns,
as many as are missing. Never after "et" or "mais" (English repeats no subject there), nor
before a verb that is also a noun or an adjective. Readings from Apertium's French analyser
(``gender``).

*they* the same way with "ils" before a verb in the third person plural ("pour découvrir
ce que pensent de" -> "ce qu'ils pensent de", "où peuvent prouver" -> "où ils peuvent"),
and *it is/was...* with "il" before "est", "était", "sera"... ("En particulier, est
impératif" -> "il est impératif"). A clause may also open with a prepositional phrase and
no verb ("Dans le même temps est essentiel" -> "Dans le même temps il est essentiel").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.dropped_you import CLAUSE_OPEN_EN, TOKEN, dropped_you
from daybook.translate.first_person import first_subjects
from daybook.translate.first_plural import first_plurals
from daybook.translate.french import folded
from daybook.translate.gender import Reading, put_forms, readings

_HE_SHE = re.compile(r"\b(he|she)\b(?!['’])", re.IGNORECASE)
_IL_ELLE = re.compile(r"(?<![\w’'-])(?:[Ii]l|[Ee]lle)(?![\w’'-])")
_CLITICS = frozenset(("ne", "n'", "le", "la", "les", "l'", "lui", "leur", "y", "en", "se",
                      "s'", "me", "m'", "nous", "vous"))
# What may stand right before a clause whose subject was dropped.
_OPENERS = frozenset((",", ";", ":", "–", "—", "(", "où", "pourquoi", "que", "qu'", "quand",
                      "si", "comme", "lorsque", "lorsqu'", "puisque", "puisqu'", "car", "dont"))
# *they* as a subject, and the French plural subject pronouns.
_THEY = re.compile(r"\bthey\b(?!['’])", re.IGNORECASE)
_ILS_ELLES = re.compile(r"(?<![\w’'-])(?:[Ii]ls|[Ee]lles)(?![\w’'-])")
# *it* before a verb (a subject), and French "il" (not *there is* "il y a"), "ce", "cela".
_IT = re.compile(r"\bit\s+(?:(?:\w+ly|also|still|now|always|not|certainly)\s+)?(?:is|was|"
                 r"will|would|has|had|can|could|should|must|may|might|seems|appears)\b",
                 re.IGNORECASE)
_IL_CE = re.compile(r"(?<![\w’'-])(?:[Ii]l(?! y\b)|[Cc][’']|[Cc]e|[Cc]ela|[Çç]a)(?![\w-])")
# Articles after *it is*: a noun phrase, said "c'est un", "c'était le".
_ARTICLES = frozenset(("un", "une", "le", "la", "les", "l'", "des", "du"))
# Adverbs that link the sentence to the one before ("Autrement", *otherwise*): they stay
# first, never moved after the verb.
_CONNECTIVES = frozenset(("autrement", "finalement", "premièrement", "deuxièmement",
                          "troisièmement", "notamment", "évidemment", "naturellement",
                          "également", "seulement", "heureusement", "malheureusement"))
# Forms of "être" an impersonal *it is* takes ("est" reads as a noun too: *east*).
_BE = frozenset(("est", "était", "sera", "serait", "fut"))
_FINITE = ("pri", "pii", "fti", "cni", "ifi")
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")


def _third_singular(reads: Sequence[Reading]) -> bool:
    """A finite verb in the third person singular and nothing else."""
    return bool(reads) and all(r.tags[:1] and r.tags[0] in _VERB and len(r.tags) > 3
                               and r.tags[1] in _FINITE and r.tags[2:4] == ("p3", "sg")
                               for r in reads)


def _third_plural(reads: Sequence[Reading]) -> bool:
    """A finite verb in the third person plural and nothing else (its subjunctive too:
    "pensent", "font")."""
    return bool(reads) and all(r.tags[:1] and r.tags[0] in _VERB and len(r.tags) > 3
                               and r.tags[1] in (*_FINITE, "prs")
                               and r.tags[2:4] == ("p3", "pl") for r in reads)


_WHOLE = frozenset(("tout", "toute", "tous", "toutes"))


def _after_phrase(toks: list[str], reads: dict[str, tuple[Reading, ...]], k: int) -> bool:
    """Whether the words before ``k`` back to the clause's start are a prepositional
    phrase with no verb ("Dans le même temps", "À cet égard"): no subject among them."""
    j = k
    while j > 0 and folded(toks[j - 1]) not in _OPENERS and toks[j - 1] not in ".!?":
        j -= 1
    if k - j < 2 or not any(r.pos == "pr" for r in reads.get(folded(toks[j]), ())):
        return False
    determiners = 0
    for t in toks[j + 1:k]:
        got = reads.get(folded(t), ())
        # "tout" before a determiner is one noun phrase with it ("avec toute sa vie")
        determiners += any(r.pos == "det" for r in got) and folded(t) not in _WHOLE
        if t[:1].isupper() or determiners > 1 or any(
                r.pos in ("rel", "cnjsub") for r in got) or not got or not any(
                r.pos in ("n", "adj", "det", "adv", "pr", "pp", "num") for r in got):
            # a verb or a pronoun only, a name, a second noun phrase ("Dans ce cas la
            # Russie"): a subject or a clause may be there
            return False
    return True


def _gaps(toks: list[str], reads: dict[str, tuple[Reading, ...]], number: str = "sg",
          it: bool = False) -> list[int]:
    """Token indices where a dropped subject goes (before the verb's clitics): before a
    verb in the third person ``number`` (or, for *it*, a form of "être")."""
    out = []
    for i, word in enumerate(toks):
        got = reads.get(word.lower(), ())
        verb = _third_plural(got) if number == "pl" else (
            _third_singular(got) or (it and folded(word) in _BE))
        if not verb or word[:1].isupper() or (
                i + 1 < len(toks) and toks[i + 1][:1].isupper()):
            continue  # "a Mérité personne": a title the engine read, not a clause
        k = i
        while k > 0 and folded(toks[k - 1]) in _CLITICS:
            k -= 1
        prev = folded(toks[k - 1]) if k else ""
        if k == 0 or prev in _OPENERS or (
                k == 1 and toks[0][:1].isupper() and prev.endswith("ment")
                and any(r.pos == "adv" for r in reads.get(prev, ()))) or (
                _after_phrase(toks, reads, k)):
            out.append(k)
    return out


def dropped_subjects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The subjects the pivot dropped given back: *he*, *she*, *they*, *it* (below), then
    *I* (``first_person``), *we* and *X and I* (``first_plural``)."""
    return first_plurals(sources, first_subjects(sources, third_subjects(sources, texts)))


def third_subjects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the *he*, *she*, *they* and *it* of its English given back as
    "il", "elle", "ils" where the pivot dropped them (see above)."""
    texts = _given_back(sources, texts, "sg")
    texts = _given_back(sources, texts, "pl")
    return _given_back(sources, texts, "it")


def _given_back(sources: Sequence[str], texts: Sequence[str], kind: str) -> list[str]:
    """The dropped subjects of one ``kind`` given back: "sg" *he*/*she*, "pl" *they*,
    "it" *it*."""
    english, french = {"sg": (_HE_SHE, _IL_ELLE), "pl": (_THEY, _ILS_ELLES),
                       "it": (_IT, _IL_CE)}[kind]
    todo = {k: missing for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if (missing := len(english.findall(s)) - len(french.findall(t))) > 0}
    if not todo:
        return list(texts)
    toks = {k: [m.group(0) for m in TOKEN.finditer(texts[k])] for k in todo}
    spans = {k: [m.span() for m in TOKEN.finditer(texts[k])] for k in todo}
    reads = readings(sorted({w.lower() for k in todo for w in toks[k] if w[:1].isalpha()}))
    out = list(texts)
    for k, missing in todo.items():
        gaps = _gaps(toks[k], reads, "pl" if kind == "pl" else "sg", kind == "it")
        if not gaps or len(gaps) > missing:
            continue  # more places than pronouns: which one is not known
        if kind == "sg":
            said = [m.group(1).lower() for m in _HE_SHE.finditer(sources[k])]
            # the pronouns the French lacks are taken to be the English ones in order
            pronouns = ["elle" if p == "she" else "il" for p in said][-len(gaps):]
        else:
            pronouns = ["ils" if kind == "pl" else "il"] * len(gaps)
        text = texts[k]
        for gap, pronoun in sorted(zip(gaps, pronouns, strict=True), reverse=True):
            start = spans[k][gap][0]
            if kind == "it" and gap + 1 < len(toks[k]) and folded(toks[k][gap]) in _BE \
                    and folded(toks[k][gap + 1]) in _ARTICLES:
                pronoun = "ce"  # "il est un événement": *it is* + a noun phrase "c'est"
            if gap == 1 and start > 0 and toks[k][0].lower().endswith("ment") \
                    and folded(toks[k][0]) not in _CONNECTIVES:
                # "Longuement a étudié" -> "Il a longuement étudié"
                verb = next(i for i in range(gap, len(toks[k]))
                            if folded(toks[k][i]) not in _CLITICS)
                end = spans[k][verb][1]
                adverb = text[:spans[k][0][1]]
                text = (pronoun.capitalize() + " " + text[start:end] + " " + adverb.lower()
                        + text[end:])
                continue
            before = text[:start]
            if pronoun != "ce" and re.search(r"(?<![\w’'-])(?:[Qq]ue|[Ss]i) $", before) and (
                    pronoun in ("il", "ils") or before[-4:-1].lower() == "que"):
                before = before[:-2] + "'"  # "qu'il", "s'il", "qu'elle"
            word = pronoun.capitalize() if start == 0 else pronoun
            rest = text[start:]
            if start == 0 and rest[:1].isupper() and rest[1:2].islower():
                rest = rest[:1].lower() + rest[1:]
            if pronoun == "ce" and rest[:1] in ("e", "é"):
                text = before + word[:1] + "'" + rest  # "c'est", "c'était"
                continue
            text = before + word + " " + rest
        out[k] = text
    return out


# *you* opening a clause (after its start, a comma, a conjunction, or a verb or adjective
# whose *that* the English leaves out: *I am sure you are*): a subject. The
# pivot's Catalan says it "vostè", whose verb is in the third person singular, and
# ``cat-fra`` writes "vous" with that verb ("et que vous l'assisterait", *and that you would
# attend it*): the verb takes the second person plural ("vous y assisteriez").
_YOU_EN = re.compile(CLAUSE_OPEN_EN + r"you\s+(?!all\b|both\b)", re.IGNORECASE)
# *we* the same way: the engine's "nous" with a third person singular ("C'est pourquoi
# nous a immédiatement appuyé", *This is why we immediately supported*).
_WE_EN = re.compile(CLAUSE_OPEN_EN + r"we\s+(?!all\b|both\b)", re.IGNORECASE)
_YOU_OPENERS = _OPENERS | {"et", "mais", "ce"}
_AUXILIARIES = ("vbser", "vbhaver", "vbmod")


def you_subjects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "et que vous y assisterait" -> "et que vous y assisteriez": a "vous" after a clause's
    opener (or at the start), its clitics, then a verb in the third person singular only,
    as many times as the English has *you* opening a clause; "nous" the same way for *we*
    ("pourquoi nous a appuyé" -> "pourquoi nous avons appuyé"); first the *you* the pivot
    dropped (``dropped_you``: "probablement sais" -> "vous savez probablement")."""
    texts = _opening_pronouns(sources, dropped_you(sources, texts), _YOU_EN, "vous", "p2")
    return _opening_pronouns(sources, texts, _WE_EN, "nous", "p1")


def _opening_pronouns(sources: Sequence[str], texts: Sequence[str], english: re.Pattern[str],
                      pronoun: str, person: str) -> list[str]:
    """``pronoun`` opening a clause with a verb of the third person singular (or, for
    "vous", the pivot's "tu": "vous es") put in ``person`` plural."""
    todo = {k: n for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if pronoun in t.lower() and (n := len(english.findall(s)))}
    if not todo:
        return list(texts)
    toks = {k: [m.group(0) for m in TOKEN.finditer(texts[k])] for k in todo}
    spans = {k: [m.span() for m in TOKEN.finditer(texts[k])] for k in todo}
    reads = readings(sorted({w.lower() for k in todo for w in toks[k] if w[:1].isalpha()}))
    persons = (("p3", "sg"), ("p2", "sg")) if pronoun == "vous" else (("p3", "sg"),)
    wanted: dict[int, dict[int, str]] = {}
    for k, count in todo.items():
        ts = toks[k]
        for i, word in enumerate(ts):
            if word.lower() != pronoun or len(wanted.get(k, {})) >= count or (
                    i and folded(ts[i - 1]) not in _YOU_OPENERS):
                continue
            j = i + 1
            # after "vous" a "nous", "me" is an object ("que vous nous visitera", *you will
            # visit us*); after "nous" a "vous" ("nous vous remercie")
            objects = _CLITICS - {pronoun}
            while j < len(ts) and folded(ts[j]) in objects:
                j += 1
            got = reads.get(ts[j].lower(), ()) if j < len(ts) else ()
            # a verb only ("représente" is a first person too, never after "vous"); an
            # auxiliary or a modal whatever else it reads ("est", also *east*; "doit",
            # also *debit*); the second person
            # singular of the pivot's "tu" ("vous es", "vous as")
            third = [r for r in got if len(r.tags) > 3 and r.tags[1] in _FINITE
                     and r.tags[2:4] in persons]
            verbs = [r for r in got if r.tags[:1] and r.tags[0] in _VERB]
            if third and (len(verbs) == len(got) or any(
                    r.tags[0] in _AUXILIARIES for r in third)) and not ts[j][:1].isupper():
                r = third[0]
                wanted.setdefault(k, {})[j] = (f"^{r.lemma}<{r.tags[0]}><{r.tags[1]}>"
                                               f"<{person}><pl>$")
    return put_forms(texts, wanted, spans)

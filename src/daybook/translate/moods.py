"""The subjunctive of a whole clause after a trigger: a long subject, a second verb, "et que".

French puts the verb of a clause in the subjunctive after a conjunction of purpose,
concession or time ("pour que", "afin que", "de (telle) sorte que", "bien que", "avant que",
"sans que"), after an impersonal adjective of judgement, necessity or feeling ("il est
important / nécessaire / gratifiant que") and a verb of will ("je veux que"), Grevisse
§§ 1123-1124, 1139, 1142. ``frames`` gives the subjunctive to the first verb of such a
clause when it comes within a few words, before any comma; the pivot, which knows no
subjunctive, leaves the rest in the indicative:

- a subject that is a list or has its complements, commas inside ("Il est important que les
  positions de la Russie, de l'Inde et de la Chine sont proches" -> "soient"; "que votre
  travail, votre talent et la détermination ont prouvé" -> "aient prouvé");
- the second verb of the clause after "et"/"ou", which shares its subject ("que les
  traditions soient préservées et sert" -> "et servent": the person and number of the
  first);
- a second clause joined by "et que" to a subjunctive one (Grevisse § 1125: the
  coordinated "que" repeats the mood: "Il est important que ces traditions continuent, et
  qu'aujourd'hui ces jeunes ont" -> "aient").

Only where the English has the clause's *that* (*so that*, *in order that*, *although*,
*before*, *without*, *important that* ...): never a comparison ("plus important que"
with *than*). The verb's subjunctive is generated from its analysis (``gender.generate``),
so its person and number are those the pivot gave it; a relative clause inside the
subject ("qui", "que", "dont") ends the search: its verb is not the clause's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.frames import IMPERSONAL_BE, JUDGING, OPENER
from daybook.translate.gender import Reading, clause_tokens, put_forms, tokens_and_readings
from daybook.translate.impersonal import judgements
from daybook.translate.verbals import IT_IS_EN, impersonal

__all__ = ["clauses", "subjunctive"]

_TOKEN = clause_tokens()
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")
# Auxiliaries and modals: a verb wherever they stand ("est" is also a noun, "la Russie est").
_STRONG = ("vbser", "vbhaver", "vbmod")
# The English of a clause that takes the subjunctive.
_THAT_EN = re.compile(r"\b(?:that|although|though|before|without|unless|until|lest)\b",
                      re.IGNORECASE)
_THAN_EN = re.compile(r"\bthan\b", re.IGNORECASE)
# Where a clause ends, or another (relative, adverbial) begins.
_ENDS = frozenset((".", ";", ":", "!", "?", "–", "—", "(", ")", "«", "»", "“", "”", "que", "qu'",
                   "qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "si",
                   "quand", "lorsque", "comme", "parce", "puisque", "car", "mais"))
_DETS = frozenset(("le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "ce", "cet",
                   "cette", "ces", "mon", "ma", "mes", "son", "sa", "ses", "notre", "nos",
                   "votre", "vos", "leur", "leurs", "chaque", "tous", "toutes", "plusieurs",
                   "beaucoup", "certains", "certaines", "au", "aux", "à"))
_PRONOUNS = {"je": "p1", "j'": "p1", "tu": "p2", "nous": "p1", "vous": "p2"}
_SUBJECT = frozenset(("je", "j'", "tu", "nous", "vous", "il", "elle", "ils", "elles", "on"))
# Between "et" and a second verb: a negation, a clitic, an adverb.
_BEFORE_VERB = frozenset(("ne", "n'", "se", "s'", "le", "la", "les", "l'", "lui", "leur", "y",
                          "en", "aussi", "également", "toujours", "déjà", "donc"))
_MOST = 30  # tokens a clause's subject and verb may take
# A comparison before the adjective: "plus important que" is "than" unless the English says
# *more important that*.
_DEGREE = frozenset(("plus", "moins", "aussi", "si", "tellement"))

Token = tuple[int, int, str]


def _low(toks: Sequence[Token], i: int) -> str:
    return toks[i][2].lower().replace("’", "'") if 0 <= i < len(toks) else ""


def _trigger(toks: Sequence[Token], i: int, than: bool) -> bool:
    """Whether "que" at token i opens a clause French puts in the subjunctive."""
    before = _low(toks, i - 1)
    if before in JUDGING or before in ("important", "nécessaire", "essentiel",
                                        "indispensable", "souhaitable", "crucial", "vital",
                                        "primordial", "urgent", "capital"):
        # "il est (très) important que": the impersonal "il"/"c'" and "être" within 4 words
        window = [_low(toks, k) for k in range(max(0, i - 5), i - 1)]
        if not IMPERSONAL_BE & set(window) or not {"il", "c'", "ce"} & set(window):
            return False
        return not (than and _DEGREE & set(window))
    if before == "bien":
        return _low(toks, i - 2) in ("", ",", ";", ":", ".", "et", "mais", "–", "—", "(")
    return before in OPENER


def _finite(reads: Sequence[Reading]) -> list[Reading]:
    return [x for x in reads if len(x.tags) > 2 and x.tags[0] in _VERB
            and x.tags[1] in ("pri", "fti")]


def _is_verb(reads: Sequence[Reading], before: Sequence[Reading], before_word: str) -> bool:
    """A finite verb here: an auxiliary or modal anywhere, a verb with no noun or adjective
    reading, or one after a noun (not after a determiner or a preposition)."""
    finite = _finite(reads)
    if not finite:
        return False
    if any(x.tags[0] in _STRONG for x in finite):
        return True
    if not any(x.tags[:1] in (("n",), ("adj",), ("np",)) for x in reads):
        return True
    return before_word not in _DETS and any(x.tags[:1] == ("n",) for x in before) and not any(
        x.tags[:1] in (("pr",), ("det",)) or "det" in x.tags for x in before)


def _wanted(verb: Reading) -> str:
    """Generator input for the present subjunctive of ``verb``'s reading."""
    number = "pl" if "pl" in verb.tags else "sg"
    return f"^{verb.lemma}<{verb.tags[0]}><prs><{verb.tags[2]}><{number}>$"


def _clause(toks: Sequence[Token], reads: dict[str, tuple[Reading, ...]],
            i: int) -> dict[int, str]:
    """Token -> generator input for the verbs of the clause opened by "que" at token i: the
    first finite verb past its subject (commas of a list inside it), then a verb after
    "et"/"ou" in the same person and number."""
    out: dict[int, str] = {}
    first: Reading | None = None
    k = i + 1
    while k < min(len(toks), i + _MOST):
        w = _low(toks, k)
        r = reads.get(w, ())
        if w in _ENDS:
            break
        if first is None:
            if w == "," and not (_low(toks, k + 1) in _DETS or _low(toks, k + 1) in _SUBJECT or (
                    not _finite(nr := reads.get(_low(toks, k + 1), ())) and any(
                        x.tags[:1] in (("n",), ("adj",)) for x in nr))):
                break  # a comma before something other than a list's next noun or a subject
                # pronoun after an inserted phrase ("qu'avant de rencontrer mes collègues, je")
            if toks[k][2][:1].isupper():
                k += 1
                continue  # a name ("la Chine"), never the verb
            if not _finite(r) and any(x.tags[:1] and x.tags[0] in _VERB and "prs" in x.tags
                                      for x in r) and not any(
                    x.tags[:1] in (("n",), ("adj",)) for x in r):
                break  # a subjunctive already: nothing to do
            if w in ("c'", "ce", "ça", "cela"):
                break  # "que c'est": ``frames``' ("que ce soit")
            if w in _PRONOUNS or w in ("il", "elle", "ils", "elles", "on"):
                k += 1
                continue
            before = _low(toks, k - 1)
            if _is_verb(r, reads.get(before, ()), before) and k > i + 1:
                subject = before if before in _PRONOUNS else _low(toks, k - 2) if before in (
                    _BEFORE_VERB) and _low(toks, k - 2) in _PRONOUNS else ""
                person = _PRONOUNS.get(subject)
                fit = [x for x in _finite(r) if person is None or x.tags[2] == person]
                if subject == "" and any(x.tags[2] == "p3" for x in fit):
                    fit = [x for x in fit if x.tags[2] == "p3"]
                if not fit:
                    return {}
                first = fit[0]
                out[k] = _wanted(first)
        elif w in ("et", "ou"):
            j = k + 1
            while _low(toks, j) in _BEFORE_VERB:
                j += 1
            r = reads.get(_low(toks, j), ())
            nxt = [x for x in _finite(r) if x.tags[2] == first.tags[2]]
            if nxt and (nxt[0].tags[0] in _STRONG or not any(
                    x.tags[:1] in (("n",), ("adj",)) for x in r)):
                # the shared subject's number, which the pivot may have lost ("sont … et sert")
                out[j] = _wanted(Reading(nxt[0].lemma, (*nxt[0].tags[:3], first.number)))
                k = j
        k += 1
    return out


def _texts_to_do(sources: Sequence[str], texts: Sequence[str]) -> list[int]:
    return [n for n, (s, t) in enumerate(zip(sources, texts, strict=True))
            if _THAT_EN.search(s) and re.search(r"\bqu(?:e\b|['’])", t)]


def clauses(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Il est important que les positions de la Russie, de l'Inde et de la Chine sont
    proches" -> "soient proches", "que les traditions soient préservées et sert" -> "et
    servent", "..., et qu'aujourd'hui ces jeunes ont" -> "aient": see above."""
    todo = _texts_to_do(sources, texts)
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    wanted: dict[int, dict[int, str]] = {}
    for n in todo:
        ts = toks[n]
        than = bool(_THAN_EN.search(sources[n]))
        found: dict[int, str] = {}
        last_opened = -1  # the token of the last subjunctive clause's "que"
        for i in range(len(ts)):
            if _low(ts, i) not in ("que", "qu'"):
                continue
            joined = _low(ts, i - 1) in ("et", "ou") and last_opened >= 0 and not any(
                _low(ts, k) in (".", ";", ":", "!", "?") for k in range(last_opened, i))
            if joined or _trigger(ts, i, than):
                last_opened = i
                found.update(_clause(ts, reads, i))
        if found:
            wanted[n] = found
    spans = {n: [(s, e) for s, e, _ in toks[n]] for n in wanted}
    return put_forms(texts, wanted, spans)


def subjunctive(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``impersonal.judgements`` ("Il gratifie que" -> "Il est gratifiant que", *It is
    gratifying that*) and ``verbals``' impersonal "il" once more (the engine's "C'est
    extrêmement en important que" is an adjective only after the rules before), then the
    clauses after every trigger in the subjunctive (``clauses``): the trigger must be French
    before its clause is read."""
    texts = [impersonal(t) if IT_IS_EN.search(s) else t
             for s, t in zip(sources, judgements(sources, texts), strict=True)]
    return clauses(sources, texts)

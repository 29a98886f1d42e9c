"""Relatives whose French pronoun the English does not show: "dont", "ce que", "qui".

- A preposition left at the end of an English relative (*the projects I have talked
  about*, *the goals we are proud of*) comes out word for word after the verb, the
  relative "que": "que j'ai parlé environ", "que nous sommes fiers de". French puts the
  "de" of the verb or adjective in the pronoun, "dont" (Grevisse § 717: "parler de",
  "être fier de", "avoir besoin de" -> "dont"): "dont j'ai parlé", "dont nous sommes
  fiers"; *what we need* "ce que nous avons besoin" -> "ce dont nous avons besoin" (the
  "de" of "avoir besoin", with no preposition in the English). Only after "que"/"qu'"/
  "ce que", before the clause's end, where the English has as many stranded *about*/*of*
  (before punctuation, *and*, *many times*...) or a relative *need*; a participle the
  pivot agreed with "que" ("parlés") goes back to the masculine singular.
- *and which have been formulated*: after "et"/"mais"/a comma, the pivot's interrogative
  "quels ont été" is the subject relative "qui ont été", where the English has
  *and/but/, which* + a verb.
- *what* as a free relative (*exactly what the people thought*) came out "lequel", the
  pronoun of a question: not after a preposition ("par lequel" is a relative), it is
  "ce que" before a subject and "ce qui" before a verb, where the English has *what*.
- *(,) the aim of which is to* (a noun's complement relative) came out "le but desquels
  doivent appuyer": French puts the relative first, "dont" (Grevisse § 719: "dont le but
  est de"), the noun's article after it, and the verb in the English's number and tense
  (*is to* "est de" + the infinitive, the pivot's "doivent"), where the English has as
  many *the N of which* + *is/are/was/were* (with a comma before it or not: *Projects the
  aim of which is*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from daybook.translate.aux_forms import AVOIR
from daybook.translate.french import elide, elides
from daybook.translate.gender import Reading, clause_tokens, generate, readings

__all__ = ["stranded"]

_TOKEN = clause_tokens()
# English: a preposition left at a relative's end (after a verb or an adjective, before
# punctuation, a conjunction or an adverb of time).
_STRANDED_EN = re.compile(r"\b(?:talk|talked|talking|spoke|spoken|speak|speaking|dreamed|"
                          r"dreamt|dream|proud|aware|capable|heard|thought|think|informed|"
                          r"told|warned|complained|worried|sure|afraid|fond|ashamed|"
                          r"mentioned|reminded) (?:about|of)(?=[.,;:!?)–—]| and\b| but\b| "
                          r"many\b| several\b| repeatedly\b| earlier\b| before\b| today\b| "
                          r"yesterday\b| here\b| now\b| so\b| a lot\b| at\b| in\b|$)",
                          re.IGNORECASE)
# English: *need* in a relative (*what we need*, *the things that we need*).
_NEED_EN = re.compile(r"\b(?:what|that|which|whatever|all(?= (?:we|you|they|I) )) (?:\w+ ){1,3}"
                      r"(?:need|needs|needed)"
                      r"(?![\w-]| to\b)", re.IGNORECASE)
# French: "que" + the clause + the stranded "environ"/"de" at its end.
_END = r"(?=\s*(?:[.,;:!?)–—]|et\b|mais\b|à maintes|plusieurs|aujourd|hier|ici|$))"
_STRANDED_FR = re.compile(r"(?<![\w’'-])(que |qu['’])(?!quel)"
                          r"((?:(?!que\b|qu['’]|qui\b)[\w’'-]+ ?){1,8}?) (?:environ|de)" + _END)
_NEED_FR = re.compile(r"(?<![\w’'-])(que |qu['’])((?:(?!que\b|qu['’]|qui\b)[\w’'-]+ ){1,3}?"
                      r"(?:besoin))(?! d[e'’])")
# *and which* + a verb.
_WHICH_EN = re.compile(r"(?:\band|\bbut|,) which (?:\w+ly )?(?:is|are|was|were|has|have|had|"
                       r"will|would|can|could|\w+s|\w+ed)\b", re.IGNORECASE)
_WHICH_FR = re.compile(r"((?:(?<![\w’'-])et|(?<![\w’'-])mais|,) )(quel|quelle|quels|quelles)"
                       r" (?=\w)")
# *what* (not a question's) and the pivot's "lequel" outside a preposition's phrase.
_WHAT_EN = re.compile(r"\bwhat\b(?![^.!?]*\?)", re.IGNORECASE)
_LEQUEL = re.compile(r"(?<![\w’'-])(?<!par )(?<!pour )(?<!dans )(?<!avec )(?<!sur )"
                     r"(?<!sous )(?<!pendant )(?<!parmi )(?<!selon )(?<!vers )(?<!contre )"
                     r"(?<!entre )(?<!après )(?<!chez )(?<!sans )(?<!à )(?<!de )"
                     r"(lequel|laquelle) (?=(\w+))")
_WHAT_SUBJECT = re.compile(r"\bwhat (it|he|she|we|they|I|you)\b", re.IGNORECASE)
_PRONOUNS = {"it": "il", "he": "il", "she": "elle", "we": "nous", "they": "ils", "i": "je",
             "you": "vous"}
# *, the aim of which is (to)*: its verb.
_OF_WHICH_EN = re.compile(r"\bthe (?:[\w-]+ ){1,3}of which (is|are|was|were)( to)?\b",
                          re.IGNORECASE)
_OF_WHICH_FR = re.compile(r"(?<![\w’'-])(le |la |les |l['’])((?:[\w’'-]+ ){0,2}[\w’'-]+) "
                          r"(?:duquel|de laquelle|desquels|desquelles) "
                          r"(?:est|sont|était|étaient|doit|doivent|devait|devaient) ")
_BE_FR = {"is": "est", "are": "sont", "was": "était", "were": "étaient"}
# *whose* (a noun's complement relative with its own noun: *a country whose people*) came
# out "un pays les gens desquelles apprécient": "dont" first, the noun with its article
# after it ("un pays dont les gens apprécient"; Grevisse § 719).
_WHOSE_FR = re.compile(r"(?<![\w’'-])(le |la |les |l['’])((?:(?!(?:le|la|les|l['’]|des|du|de|"
                       r"un|une)\b)[\w’'-]+ ){0,2}?[\w’'-]+) "
                       r"(?:duquel|de laquelle|desquels|desquelles) (?=[a-zàâçéèêîôû])")
# *everything/all (that) we ...* "tout que nous", *all we need* "tout dont": "tout ce que"
# (Grevisse § 700: "ce" before a relative with no antecedent); not *all that is*, mostly
# the demonstrative ("Tout cela est prévu").
_ALL_EN = re.compile(r"\b(?:[Ee]verything|[Aa]ll) (?:that |which )?(?:we|you|they|I|he|she|"
                     r"the|our|this|needs?|matters?)\b")
_ALL_FR = re.compile(r"(?<![\w’'-])([Tt]out) (que |qu['’]|dont |qui )")
# *with whom*, *to whom*: the pivot's question "avec qui est-ce que nous" -> "avec qui nous";
# *the one who* "le qui est-ce qui" -> "celui qui".
_WHOM_FR = re.compile(r"(?<=\bqui) est-ce qu(?:e |['’](?=[aeiouéèêh]))")
_ONE_EN = re.compile(r"\bthe (?:one|ones) who\b", re.IGNORECASE)
_ONE_FR = re.compile(r"(?<![\w’'-])([Ll]e|[Ll]a|[Ll]es) qui est-ce qui\b")
_ONE = {"le": "celui", "la": "celle", "les": "ceux"}
_FINITE = ("pri", "fti", "pii", "cni", "ifi", "prs")
_AVOIR = AVOIR


def _finite(reads: Sequence[Reading]) -> bool:
    return any(len(x.tags) > 1 and x.tags[0].startswith("vb") and x.tags[1] in _FINITE
               for x in reads)


def participle_after_avoir(clause: str, reads: dict[str, tuple[Reading, ...]]
                           ) -> tuple[str, str] | None:
    """A participle after "avoir" the pivot agreed with "que" ("avons parlés") -> its
    word and the generator input of its masculine singular."""
    words = clause.split()
    for a, b in pairwise(words):
        if a.lower() in _AVOIR and b[-1:] in ("s", "e"):
            pp = [x for x in reads.get(b.lower(), ()) if x.pos == "pp"]
            if pp:
                return b, f"^{pp[0].lemma}<vblex><pp><m><sg>$"
    return None


def _dont(text: str, count: int, pattern: re.Pattern[str],
          reads: dict[str, tuple[Reading, ...]], drop: bool) -> tuple[str, list[tuple[str,
                                                                                  str]]]:
    """The first ``count`` matches of ``pattern`` said with "dont" (the stranded word
    dropped with ``drop``); the participles to put back in the singular."""
    found: list[tuple[str, str]] = []

    def fix(m: re.Match[str]) -> str:
        clause = m.group(2).strip()
        if (pp := participle_after_avoir(clause, reads)) is not None:
            found.append(pp)
        said = "dont " + clause
        return said if drop else said + text[m.end(2):m.end()]

    return pattern.sub(fix, text, count=count), found


def _which(text: str, count: int, reads: dict[str, tuple[Reading, ...]]) -> str:
    """ "et quels ont été" -> "et qui ont été" (a finite verb after it)."""
    def fix(m: re.Match[str]) -> str:
        verb = text[m.end():].split(" ", 1)[0].lower()
        return m.group(1) + "qui " if _finite(reads.get(verb, ())) else m.group(0)

    return _WHICH_FR.sub(fix, text, count=count)


def _what(text: str, reads: dict[str, tuple[Reading, ...]], pronoun: str | None) -> str:
    """ "lequel les gens" -> "ce que les gens", "lequel est" -> "ce qui est" (with the
    English *what* + a pronoun subject the pivot dropped: "ce qu'il est")."""
    def fix(m: re.Match[str]) -> str:
        if _finite(reads.get(m.group(2).lower(), ())):
            if pronoun is None:
                return "ce qui "
            return ("ce qu'" if elides(pronoun) else "ce que ") + pronoun + " "
        return "ce qu'" if elides(m.group(2)) else "ce que "

    return _LEQUEL.sub(fix, text)


def _of_which(source: str, text: str) -> str:
    """ ", le but desquels doivent appuyer" -> ", dont le but est d'appuyer" (``of_which``
    leaves *the N of which* + *be* to this rule)."""
    verbs = [(_BE_FR[m.group(1).lower()], bool(m.group(2))) for m in _OF_WHICH_EN.finditer(
        source)]
    if not verbs:
        return text
    found = iter(verbs)

    def fix(m: re.Match[str]) -> str:
        verb, to = next(found, ("", False))
        if not verb:
            return m.group(0)
        return "dont " + m.group(1) + m.group(2) + " " + verb + (" de " if to else " ")

    return elide(_OF_WHICH_FR.sub(fix, text, count=len(verbs)))


def _whose(source: str, text: str) -> str:
    """ "un pays les gens desquelles apprécient" -> "un pays dont les gens apprécient", as
    many as the English has *whose*; *everything that we* "tout ce que"; *with whom* "avec
    qui nous" (was "avec qui est-ce que nous"), *the one who* "celui qui"."""
    if many := len(re.findall(r"\bwhose\b", source)):
        text = _WHOSE_FR.sub(lambda m: "dont " + m.group(1) + m.group(2) + " ", text,
                             count=many)
    if _ALL_EN.search(source):
        text = _ALL_FR.sub(lambda m: m.group(1) + " ce " + m.group(2), text)
    if re.search(r"\bwhom\b", source):
        text = _WHOM_FR.sub(" ", text)
    if _ONE_EN.search(source):
        text = _ONE_FR.sub(lambda m: (_ONE[m.group(1).lower()].capitalize()
                                      if m.group(1)[0].isupper() else _ONE[m.group(1)])
                           + " qui", text)
    return text


def stranded(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "que j'ai parlé environ" -> "dont j'ai parlé", "et quels ont été" -> "et qui ont
    été", "exactement lequel les gens" -> "exactement ce que les gens": see above."""
    texts = [_whose(s, t) for s, t in zip(sources, texts, strict=True)]
    todo = [n for n, (s, t) in enumerate(zip(sources, texts, strict=True))
            if (_STRANDED_EN.search(s) and _STRANDED_FR.search(t))
            or (_NEED_EN.search(s) and _NEED_FR.search(t))
            or (_WHICH_EN.search(s) and _WHICH_FR.search(t))
            or (_WHAT_EN.search(s) and _LEQUEL.search(t))
            or (_OF_WHICH_EN.search(s) and _OF_WHICH_FR.search(t))]
    if not todo:
        return list(texts)
    reads = readings(sorted({m.group(0).lower() for n in todo
                             for m in _TOKEN.finditer(texts[n]) if m.group(0)[:1].isalpha()}))
    out = list(texts)
    wanted: dict[int, list[tuple[str, str]]] = {}
    for n in todo:
        source, text = sources[n], texts[n]
        if (many := len(_STRANDED_EN.findall(source))) and reads:
            text, found = _dont(text, many, _STRANDED_FR, reads, drop=True)
            wanted.setdefault(n, []).extend(found)
        if (many := len(_NEED_EN.findall(source))) and reads:
            text, found = _dont(text, many, _NEED_FR, reads, drop=False)
            wanted.setdefault(n, []).extend(found)
        if (many := len(_WHICH_EN.findall(source))) and reads:
            text = _which(text, many, reads)
        text = _of_which(source, text)
        if _WHAT_EN.search(source) and reads:
            said = _WHAT_SUBJECT.search(source)
            text = _what(text, reads, _PRONOUNS[said.group(1).lower()] if said else None)
        out[n] = text
    forms = generate(sorted({g for pps in wanted.values() for _, g in pps}))
    for n, pps in wanted.items():
        for word, g in pps:
            if g in forms:
                out[n] = re.sub(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", forms[g], out[n],
                                count=1)
    return out

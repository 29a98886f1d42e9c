"""Indirect questions and clauses of quantity the pivot says word for word.

- *what NP is like* (an indirect question on a quality) came out "ce que NP est comment"
  (*like* read as "comme", then the question word): French asks with "comment" and puts
  the verb before its noun subject (Grevisse § 412, "Je sais comment est la situation"):
  "comment est la situation". A pronoun subject stays before its verb ("comment il est").
  The pivot's "quelle vie ... était comment" (*what* read as a determiner) gives the
  noun its definite article back: "comment était la vie".
- *who is where* (two question words, one clause) came out "que c'est où" (*who* read as
  the conjunction, *is* as "c'est"): "qui est où" (Grevisse § 411), in the French tense.
- *as much/many N as possible/needed/necessary/required* came out "tellement d'eau comme
  a eu besoin", "comme beaucoup de gens tellement possible": the comparison of equality
  of a quantity is "autant de N que possible/nécessaire" (Grevisse § 987). Only as many
  times as the English has the construction with a noun (*as much as possible* already
  comes out "autant que possible"). With a pronoun and its auxiliary (*as many children
  as you do*, "comme beaucoup d'enfants tandis que faire") the second term is the stressed
  pronoun: "autant d'enfants que vous" (*they* "qu'eux").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import partial

from daybook.translate.aux_forms import AVOIR_PRESENT, alternation
from daybook.translate.french import cased_like, elides

__all__ = ["indirect"]

_WORD = r"[\w’'-]+"
# English: *what* + a noun phrase + *be* + *like* (not *like-minded*).
_LIKE_EN = re.compile(r"\bwhat(?: " + _WORD + r"){1,8}? (?:is|are|was|were|will be) like\b"
                      r"(?![\w-])", re.IGNORECASE)
_BE = r"(?P<be>est|sont|était|étaient|sera|seront)"
# French: "ce que / quel(le)(s) / que" + a noun phrase with no punctuation + "être" +
# "comment", or "comme" ending the clause (before a dash: "est comme – l'été").
_LIKE_FR = re.compile(r"(?<![\w’'-])(?P<what>ce que|ce qu['’]|quel|quelle|quels|quelles|que|qu['’])"
                      r"(?: |(?<=['’]))(?P<np>(?:[\w’'-]+ ){0,7}?[\w’'-]+) " + _BE
                      + r" (?:comment(?![\w’'-])|comme(?= ?[–—.,;:!?]| ?$))")
_ARTICLES = {"quel": "le ", "quelle": "la ", "quels": "les ", "quelles": "les "}
_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu"})
_WHO_WHERE_EN = re.compile(r"\bwho (?:is|are|was|were) where\b", re.IGNORECASE)
_WHO_WHERE_FR = re.compile(r"(?<![\w’'-])(?:que c['’]|qui )(?P<be>est|était|sont|étaient) où"
                           r"(?![\w’'-])")
_AS_MUCH_EN = re.compile(r"\bas (?:much|many) (?!as\b)(?:" + _WORD + r" ){1,4}?as "
                         r"(?P<end>possible|needed|necessary|required)\b", re.IGNORECASE)
# French: the pivot's word of quantity, its noun (1-4 words, "beaucoup" dropped), its
# comparison word and the end's French.
_AS_MUCH_FR = re.compile(r"(?<![\w’'-])(?:comme beaucoup|aussi beaucoup|tellement|tant|autant)"
                         r"(?: de | d['’]| des | )(?:beaucoup (?:de |d['’]))?"
                         r"(?P<noun>(?:[\w’'-]+ ){0,3}?[\w’'-]+) (?:tellement|aussi|comme|que"
                         r"|tandis que)(?: il)?(?: a)? (?:eu besoin|nécessaire|possible|requis"
                         r"|exigé)(?![\w’'-])")
# *as many N as you do*: the comparison with a pronoun and its auxiliary; the pivot's
# "tandis que" (*as* of time) + its verb of the auxiliary ("faire", "avons fait", "tendu").
_AS_DO_EN = re.compile(r"\bas (?:much|many) (?!as\b)(?:" + _WORD + r" ){1,5}?as "
                       r"(?P<who>I|we|you|they|he|she) (?:do|did|have|had)\b")
_AS_DO_FR = re.compile(r"(?<![\w’'-])(?:comme beaucoup|tellement|tant|autant)(?: de | d['’])"
                       r"(?P<noun>(?:[\w’'-]+ ){0,5}?[\w’'-]+) tandis que (?:(?:je|j['’]|nous|"
                       r"vous|ils|elles|il|elle) ?)?(?:faire|fais|fait|faisons|faites|font|"
                       r"(?:" + alternation(AVOIR_PRESENT) + r") fait|tendu|avoir)(?=[ ,.;:!?]|$)")
_STRESSED = {"i": "moi", "we": "nous", "you": "vous", "they": "eux", "he": "lui",
             "she": "elle"}
_END_FR = {"possible": "possible", "needed": "nécessaire", "necessary": "nécessaire",
           "required": "nécessaire"}


def _like(m: re.Match[str]) -> str:
    np, be = m.group("np"), m.group("be")
    if article := _ARTICLES.get(m.group("what").lower()):
        np = ("l'" if article != "les " and elides(np) else article) + np
    if np.lower() in _PRONOUNS:
        return cased_like(f"comment {np} {be}", m.group(0))
    return cased_like(f"comment {be} {np}", m.group(0))


def _as_much(ends: Iterator[str], m: re.Match[str]) -> str:
    """ "tellement d'eau comme a eu besoin" -> "autant d'eau que nécessaire", "comme
    beaucoup d'enfants tandis que faire" -> "autant d'enfants que vous"."""
    noun = m.group("noun")
    end = next(ends, "nécessaire")
    return cased_like("autant " + ("d'" if elides(noun) else "de ") + noun
                      + (" qu'" if elides(end) else " que ") + end, m.group(0))


def indirect(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "ce que la situation est comment" -> "comment est la situation", "que c'est où" ->
    "qui est où", "tellement d'eau comme a eu besoin" -> "autant d'eau que nécessaire":
    see above."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        if many := len(_LIKE_EN.findall(source)):
            text = _LIKE_FR.sub(_like, text, count=many)
        if many := len(_WHO_WHERE_EN.findall(source)):
            text = _WHO_WHERE_FR.sub(lambda m: f"qui {m.group('be')} où", text, count=many)
        whos = [_STRESSED[m.group("who").lower()] for m in _AS_DO_EN.finditer(source)]
        if whos:
            text = _AS_DO_FR.sub(partial(_as_much, iter(whos)), text, count=len(whos))
        ends = [_END_FR[m.group("end").lower()] for m in _AS_MUCH_EN.finditer(source)]
        if ends:
            text = _AS_MUCH_FR.sub(partial(_as_much, iter(ends)), text, count=len(ends))
        out.append(text)
    return out

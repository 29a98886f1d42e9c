"""*could* of past ability, and *so (that) ... could* of purpose, out of the engine's
conditional.

English *could* is both the past of *can* (*When I was young, I could run fast*; *We could
not agree yesterday*) and a conditional (*We could discuss this tomorrow*: Swan, *Practical
English Usage* § 122, § 124). The pivot always wrote the conditional "pourrait". The rule:
*could* is past where its sentence is anchored in the past by a time adverbial (*yesterday*,
*last year*, *ago*, *at that time*, *in the past*) or by a time clause with a past
verb (*when I was young*, *before the bridge was built*; a clause of cause is no anchor),
and nothing in the sentence makes it hypothetical or reported (*if*, *unless*, *would*,
*should*, a relative's *which could* of a potential, a verb of saying or thinking:
backshifted *could* stays conditional in French too, "il a dit que nous pourrions",
Grevisse § 888), nor *could have* (the past conditional), nor a question. French then says
an ability in the past with the imperfect ("je pouvais courir", "avant que le pont soit
bâti, les gens ne pouvaient pas traverser", Grevisse § 883) and a failure at a past point
(*could not* with a time adverbial and no time clause) with the compound past, the event
being over ("L'année dernière nous n'avons pas pu finir le projet"). Only where every
*could* of the sentence is such, and the French has as many conditionals of "pouvoir".

*so (that) they could* + a verb after a past main verb, not negated, is a purpose (Swan
§ 541): "pour qu'elles puissent produire" (Grevisse § 1139, "pour que" + subjunctive),
was "donc elles pourraient produire".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

__all__ = ["past_could"]

_PAST_TIME = re.compile(
    r"\b(?:yesterday|ago|last (?:week|month|year|time|summer|winter|spring|autumn|night|"
    r"decade|century)|at (?:that|the) time|in those days|back then|in the past)\b",
    re.IGNORECASE)
_PAST_VERB = r"(?:was|were|had|did|[a-z]{3,}ed|came|went|saw|met|made|took|began|became|got)"
_PAST_CLAUSE = re.compile(r"\b(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|"
                          rf"[Uu]ntil)\s+(?:[\w’'-]+\s+){{0,4}}?{_PAST_VERB}\b")
_HYPOTHETICAL = re.compile(
    r"\b(?:if|unless|would|wish|whether|say|says|said|tell|told|think|thought|believe|"
    r"believed|hope|hoped|feel|felt|know|knew|agree|agreed|suggest|suggested|ask|asked|"
    r"decide|decided|announce|announced|note|noted|should|might|may)\b|"
    r"\b(?:which|that|who)\s+(?:[a-z]+\s+)?could\b|could(?: not| n['’]t)? have\b|"
    r"\?", re.IGNORECASE)
_COULD = re.compile(r"\bcould(?:n['’]t)?\b", re.IGNORECASE)
# French: the conditional of "pouvoir", negated or not.
_POURR = re.compile(r"(?<![\w’'-])(?:(?P<ne>ne |n['’])?pourr(?P<end>ais|ait|ions|iez|aient)"
                    r"(?P<neg> (?:pas|jamais|plus))?)(?![\w’'-])")
_IMPERFECT = {"ais": "pouvais", "ait": "pouvait", "ions": "pouvions", "iez": "pouviez",
              "aient": "pouvaient"}
_AVOIR = {"ais": "ai", "ait": "a", "ions": "avons", "iez": "avez", "aient": "ont"}
_SUBJUNCTIVE = {"ais": "puisse", "ait": "puisse", "ions": "puissions", "iez": "puissiez",
                "aient": "puissent"}
# Purpose: *so (that)* + a pronoun + *could* + a verb, after a past main verb.
_EN_PURPOSE = re.compile(rf"\b{_PAST_VERB}\b[^.;:!?]*?,? so (?:that )?"
                         r"(?:we|they|you|I|he|she|it) could (?!not\b|n['’]t\b)[a-z]")
_FR_PURPOSE = re.compile(r"(?<![\w’'-])(?:donc|alors|ainsi|de sorte que|de telle sorte que|"
                         r"aussi) (?P<subj>ils|elles|nous|vous|je|il|elle|on) "
                         r"pourr(?P<end>ais|ait|ions|iez|aient)(?= [a-zéèêàâîôû])")


def _past(sentence: str) -> bool:
    """Whether every *could* of the English sentence is the past of *can* (see above)."""
    return bool(_COULD.search(sentence)) and not _HYPOTHETICAL.search(sentence) and bool(
        _PAST_TIME.search(sentence) or _PAST_CLAUSE.search(sentence))


def _said_past(m: re.Match[str], point: bool) -> str:
    """The imperfect; the compound past for a failure at a past point (``point``: a time
    adverbial and no time clause: "L'année dernière nous n'avons pas pu finir")."""
    end = m.group("end")
    if point and m.group("ne") and m.group("neg"):  # "ne pourrions pas" -> "n'avons pas pu"
        return f"n'{_AVOIR[end]}{m.group('neg')} pu"
    return (m.group("ne") or "") + _IMPERFECT[end] + (m.group("neg") or "")


def _purpose(m: re.Match[str]) -> str:
    subject = m.group("subj")
    that = "qu'" if subject[0] in "aeiou" else "que "
    return f"pour {that}{subject} {_SUBJUNCTIVE[m.group('end')]}"


def past_could(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Quand j'étais jeune, je pourrais courir" -> "je pouvais courir", "Hier nous ne
    pourrions pas convenir" -> "nous n'avons pas pu convenir", "donc elles pourraient
    produire" -> "pour qu'elles puissent produire" (see above)."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if "ould" not in source or "pourr" not in text:
            continue
        coulds = len(_COULD.findall(source))
        if _past(source) and len(_POURR.findall(text)) == coulds:
            point = bool(_PAST_TIME.search(source)) and not _PAST_CLAUSE.search(source)
            out[k] = _POURR.sub(partial(_said_past, point=point), text)
            continue
        purposes = len(_EN_PURPOSE.findall(source))
        if purposes and purposes == len(_FR_PURPOSE.findall(text)):
            out[k] = _FR_PURPOSE.sub(_purpose, text)
    return out
